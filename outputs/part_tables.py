"""One comparison table per record part: a row per value, with its evidence id.

Each builder reads the part's values from the plans (see
:data:`extractors.registry.RECORD_PARTS`) and writes the columns of its spec in
``outputs/data/columns.yaml``; labels come from ``labels.yaml`` and the
registry.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from outputs.central import is_central
from outputs.collation import vi_key
from outputs.columns import Lang, label, word
from outputs.frames import days, doc_of, frame, province_of, to_date
from outputs.plans import PlanLike, evidence_id, evidence_items, plan_key, quantity_text


def legal_basis(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = []
    for p in plans:
        doc = doc_of(p)
        plan_date = to_date(doc.get("issue_date"))
        for i, c in enumerate((p.record or {}).get("legal_basis") or [], start=1):
            cited = to_date(c.get("date"))
            rows.append(
                {
                    "plan_id": plan_key(p),
                    "province": province_of(p, lang),
                    "plan_number": doc.get("number"),
                    "plan_date": plan_date,
                    "cited_doc_type": label("doc_type", c.get("doc_type"), lang),
                    "cited_number": c.get("number"),
                    "cited_date": cited,
                    "cited_issuer": c.get("issuer"),
                    "cited_title": c.get("title"),
                    "central": is_central(c),
                    "lag_days": days(plan_date, cited),
                    "evidence_id": evidence_id(p, "legal_basis", i),
                }
            )
    return frame("legal_basis", rows)


def award_forms(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = [
        {
            "plan_id": plan_key(p),
            "province": province_of(p, lang),
            "form": a.get("form"),
            "form_name": label("award", a.get("form"), lang),
            "label": a.get("label"),
            "conferrer": a.get("conferrer"),
            "standard": a.get("standard"),
            "evidence_id": evidence_id(p, "award_forms", i),
        }
        for p in plans
        for i, a in enumerate((p.record or {}).get("award_forms") or [], start=1)
    ]
    return frame("award_forms", rows)


def occasion_label(item: dict[str, Any], lang: Lang) -> str:
    """The occasion of a quota or deadline (added field ``occasion``), or "none named"."""
    return label("occasion", item.get("occasion") or "none", lang) or ""


def quotas(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = [
        {
            "plan_id": plan_key(p),
            "province": province_of(p, lang),
            "award": q.get("award"),
            "award_name": label("award", q.get("award"), lang),
            "recipient_kind": label("recipient_kind", q.get("recipient_kind"), lang),
            "quantity": quantity_text(q, lang),
            "min": q.get("min"),
            "max": q.get("max"),
            "unlimited": bool(q.get("unlimited")),
            "scope": word("total", lang) if q.get("per") is None else word("per_unit", lang),
            "occasion": occasion_label(q, lang),
            "per": q.get("per"),
            "selected_by": q.get("selected_by"),
            "evidence_id": evidence_id(p, "quotas", i),
        }
        for p in plans
        for i, q in enumerate((p.record or {}).get("quotas") or [], start=1)
    ]
    return frame("quotas", rows)


def thresholds(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = [
        {
            "plan_id": plan_key(p),
            "province": province_of(p, lang),
            "award": t.get("award"),
            "award_name": label("award", t.get("award"), lang),
            "recipient_kind": label("recipient_kind", t.get("recipient_kind"), lang),
            "basis": label("basis", t.get("basis"), lang),
            "amount_vnd": t.get("amount_vnd"),
            "evidence_id": evidence_id(p, "thresholds", i),
        }
        for p in plans
        for i, t in enumerate((p.record or {}).get("thresholds") or [], start=1)
    ]
    return frame("thresholds", rows)


def deadlines(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    """Deadlines as a calendar: by date, with days after the plan's date."""
    rows = []
    for p in plans:
        plan_date = to_date(doc_of(p).get("issue_date"))
        for i, d in enumerate((p.record or {}).get("deadlines") or [], start=1):
            date = to_date(d.get("date"))
            rows.append(
                {
                    "date": date,
                    "province": province_of(p, lang),
                    "plan_id": plan_key(p),
                    "plan_number": doc_of(p).get("number"),
                    "plan_date": plan_date,
                    "days_after_plan": days(date, plan_date),
                    "action_kind": label("action_kind", d.get("action_kind"), lang),
                    "occasion": occasion_label(d, lang),
                    "action": d.get("action"),
                    "to": d.get("to"),
                    "evidence_id": evidence_id(p, "deadlines", i),
                }
            )
    rows.sort(key=lambda r: (r["date"] or dt.date.max, vi_key(r["province"]), r["evidence_id"]))
    return frame("deadlines", rows)


def participants(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = [
        {
            "plan_id": plan_key(p),
            "province": province_of(p, lang),
            "participants": (p.record or {}).get("participants"),
            "evidence_id": evidence_id(p, "participants"),
        }
        for p in plans
        if (p.record or {}).get("participants")
    ]
    return frame("participants", rows)


def criteria(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = [
        {
            "plan_id": plan_key(p),
            "province": province_of(p, lang),
            "n": i,
            "target": c.get("target"),
            "text": c.get("text"),
            "evidence_id": evidence_id(p, "criteria", i),
        }
        for p in plans
        for i, c in enumerate((p.record or {}).get("criteria") or [], start=1)
    ]
    return frame("criteria", rows)


def recipients(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = [
        {
            "plan_id": plan_key(p),
            "province": province_of(p, lang),
            "n": i,
            "text": r.get("text"),
            "expanded": r.get("expanded"),
            "level": label("level", r.get("level"), lang),
            "evidence_id": evidence_id(p, "recipients", i),
        }
        for p in plans
        for i, r in enumerate((p.record or {}).get("recipients") or [], start=1)
    ]
    return frame("recipients", rows)


def evidence(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    """Every extracted value with file, page, section, span, quote and a check."""
    rows = []
    for p in plans:
        for item in evidence_items(p, lang):
            ev = item.evidence or {}
            rows.append(
                {
                    "evidence_id": item.id,
                    "plan_id": plan_key(p),
                    "province": province_of(p, lang),
                    "field": item.field,
                    "value": item.value,
                    "check": label("check", item.check, lang),
                    "source_path": p.source_path,
                    "page": ev.get("page"),
                    "section": ev.get("section"),
                    "start": ev.get("start"),
                    "end": ev.get("end"),
                    "quote": ev.get("quote"),
                    "rule": ev.get("rule"),
                }
            )
    return frame("evidence", rows)
