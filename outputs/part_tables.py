"""One comparison table per record part: a row per value, with its evidence id.

Each builder reads the part's values from the plans as typed records (the
registry's item dataclasses, :func:`outputs.frames.numbered`) and writes the columns of its spec in
``outputs/data/columns.yaml``; labels come from ``labels.yaml`` and the
registry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from typing import Any

import pandas as pd

from extractors.model import AwardForm, Citation, Criterion, Deadline, Quota, Recipient, Threshold
from outputs.central import is_central
from outputs.collation import vi_key
from outputs.columns import Lang, label, word
from outputs.frames import days, doc_of, frame, numbered, province_of, to_date
from outputs.plans import PlanLike, evidence_id, evidence_items, plan_key, quantity_text


def legal_basis(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = []
    for p in plans:
        doc = doc_of(p)
        plan_date = to_date(doc.get("issue_date"))
        for i, c in numbered(p, "legal_basis", Citation):
            cited = to_date(c.date)
            rows.append(
                {
                    "plan_id": plan_key(p),
                    "province": province_of(p, lang),
                    "plan_number": doc.get("number"),
                    "plan_date": plan_date,
                    "cited_doc_type": label("doc_type", c.doc_type, lang),
                    "cited_number": c.number,
                    "cited_date": cited,
                    "cited_issuer": c.issuer,
                    "cited_title": c.title,
                    "central": is_central(dataclasses.asdict(c)),
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
            "form": a.form,
            "form_name": label("award", a.form, lang),
            "label": a.label,
            "conferrer": a.conferrer,
            "standard": a.standard,
            "evidence_id": evidence_id(p, "award_forms", i),
        }
        for p in plans
        for i, a in numbered(p, "award_forms", AwardForm)
    ]
    return frame("award_forms", rows)


def occasion_label(item: Mapping[str, Any] | Quota | Deadline, lang: Lang) -> str:
    """The occasion of a quota or deadline (added field ``occasion``), or "none named"."""
    occasion = item.get("occasion") if isinstance(item, Mapping) else item.occasion
    return label("occasion", occasion or "none", lang) or ""


def quotas(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = [
        {
            "plan_id": plan_key(p),
            "province": province_of(p, lang),
            "award": q.award,
            "award_name": label("award", q.award, lang),
            "recipient_kind": label("recipient_kind", q.recipient_kind, lang),
            "quantity": quantity_text(q, lang),
            "min": q.min,
            "max": q.max,
            "unlimited": bool(q.unlimited),
            "scope": word("total", lang) if q.per is None else word("per_unit", lang),
            "occasion": occasion_label(q, lang),
            "per": q.per,
            "selected_by": q.selected_by,
            "evidence_id": evidence_id(p, "quotas", i),
        }
        for p in plans
        for i, q in numbered(p, "quotas", Quota)
    ]
    return frame("quotas", rows)


def thresholds(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = [
        {
            "plan_id": plan_key(p),
            "province": province_of(p, lang),
            "award": t.award,
            "award_name": label("award", t.award, lang),
            "recipient_kind": label("recipient_kind", t.recipient_kind, lang),
            "basis": label("basis", t.basis, lang),
            "amount_vnd": t.amount_vnd,
            "evidence_id": evidence_id(p, "thresholds", i),
        }
        for p in plans
        for i, t in numbered(p, "thresholds", Threshold)
    ]
    return frame("thresholds", rows)


def deadlines(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    """Deadlines as a calendar: by date, with days after the plan's date."""
    rows: list[dict[str, Any]] = []
    for p in plans:
        plan_date = to_date(doc_of(p).get("issue_date"))
        for i, d in numbered(p, "deadlines", Deadline):
            date = to_date(d.date)
            rows.append(
                {
                    "date": date,
                    "province": province_of(p, lang),
                    "plan_id": plan_key(p),
                    "plan_number": doc_of(p).get("number"),
                    "plan_date": plan_date,
                    "days_after_plan": days(date, plan_date),
                    "action_kind": label("action_kind", d.action_kind, lang),
                    "occasion": occasion_label(d, lang),
                    "action": d.action,
                    "to": d.to,
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
            "target": c.target,
            "text": c.text,
            "evidence_id": evidence_id(p, "criteria", i),
        }
        for p in plans
        for i, c in numbered(p, "criteria", Criterion)
    ]
    return frame("criteria", rows)


def recipients(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = [
        {
            "plan_id": plan_key(p),
            "province": province_of(p, lang),
            "n": i,
            "text": r.text,
            "expanded": r.expanded,
            "level": label("level", r.level, lang),
            "evidence_id": evidence_id(p, "recipients", i),
        }
        for p in plans
        for i, r in numbered(p, "recipients", Recipient)
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
