"""The comparison tables researchers read, as pandas DataFrames.

:func:`build_tables` is a pure function of stored plans and failures (see
:mod:`outputs.plans`); every table's columns, in order, come from
``outputs/data/columns.yaml``. Documents marked as a duplicate of another are
listed in the overview but never counted in the comparisons. Every row that
holds an extracted value carries its ``evidence_id``, the key of the
``evidence`` table (file, page, section, quote).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pandas as pd

from outputs.central import is_central
from outputs.collation import vi_key
from outputs.columns import Lang, label, labels, table_specs, word
from outputs.formulas import defuse_frame
from outputs.plans import (
    PlanLike,
    evidence_id,
    evidence_items,
    iter_failures,
    plan_key,
    quantity_text,
)

_INT_TYPES = {"int", "money"}


class Tables(dict[str, pd.DataFrame]):
    """The tables by key, plus the evidence ids behind each matrix cell.

    ``cell_evidence[table][(row, column_key)]`` lists the evidence ids a cell
    of ``award_matrix`` or ``quota_pivot`` summarises.
    """

    def __init__(self) -> None:
        super().__init__()
        self.cell_evidence: dict[str, dict[tuple[int, str], list[str]]] = {}


def to_date(value: Any) -> dt.date | None:
    """An ISO date string (or date) as a date; anything else as ``None``."""
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _days(later: dt.date | None, earlier: dt.date | None) -> int | None:
    return (later - earlier).days if later and earlier else None


def frame(key: str, rows: list[dict[str, Any]], extra: list[str] | None = None) -> pd.DataFrame:
    """A DataFrame with exactly the spec's columns (then ``extra``), typed."""
    spec = table_specs()[key]
    cols = spec.keys + (extra or [])
    df = pd.DataFrame.from_records(rows, columns=cols) if rows else pd.DataFrame(columns=cols)
    for col in spec.columns:
        if col.type in _INT_TYPES:
            df[col.key] = df[col.key].astype("Int64")
        elif col.type == "bool":
            df[col.key] = df[col.key].astype("boolean")
        elif col.type == "date":
            df[col.key] = df[col.key].astype(object).map(to_date).astype(object)
        else:
            df[col.key] = df[col.key].astype(object).where(df[col.key].notna(), None)
    for key_ in extra or []:
        df[key_] = df[key_].astype(object).where(df[key_].notna(), None)
    return df


def _doc(plan: PlanLike) -> dict[str, Any]:
    return (plan.record or {}).get("document") or {}


def province_of(plan: PlanLike, lang: Lang) -> str:
    prov = _doc(plan).get("province") or {}
    return str(prov.get("name") or word("unknown_province", lang))


def _province_2025(plan: PlanLike) -> str | None:
    return (_doc(plan).get("province") or {}).get("merged_2025")


def canonical(plans: Iterable[PlanLike]) -> list[PlanLike]:
    """The plans that count in comparisons: not a duplicate of another."""
    return [p for p in plans if p.duplicate_of is None]


_DOC_EVIDENCE = ("province", "issuer", "signer")
_FIELD_EV = ("number", "issue_date")


def overview(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = []
    for p in plans:
        rec, doc = p.record or {}, _doc(p)
        prov, issuer, signer = (doc.get(k) or {} for k in ("province", "issuer", "signer"))
        ev = {
            f"ev_{k}": evidence_id(p, k) if doc.get(k) else None
            for k in ("province", "issuer", "signer")
        }
        rows.append(
            {
                "plan_id": plan_key(p),
                "province": province_of(p, lang),
                "province_code": prov.get("code"),
                "province_2025": prov.get("merged_2025"),
                "issuer": issuer.get("name"),
                "issuer_kind": label("issuer_kind", issuer.get("kind"), lang),
                "issuer_parent": issuer.get("parent"),
                "doc_type": label("doc_type", doc.get("doc_type"), lang),
                "number": doc.get("number"),
                "issue_date": doc.get("issue_date"),
                "title": doc.get("title"),
                "movements": "; ".join(doc.get("movement_names") or []) or None,
                "signer": signer.get("name"),
                "signer_title": signer.get("title"),
                "signer_authority": signer.get("authority"),
                "source_path": p.source_path,
                "format": p.format,
                "status": p.status,
                "duplicate_of": None if p.duplicate_of is None else str(p.duplicate_of),
                "warnings": "; ".join(p.warnings or []) or None,
                **{f"n_{k}": len(rec.get(k) or []) for k in _COUNTED},
                **ev,
            }
        )
    return frame("overview", rows)


_COUNTED = (
    "legal_basis",
    "award_forms",
    "quotas",
    "thresholds",
    "deadlines",
    "criteria",
    "recipients",
)


def legal_basis(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = []
    for p in plans:
        doc = _doc(p)
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
                    "lag_days": _days(plan_date, cited),
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


OWN_AWARD = "other:"


def award_column(plan: PlanLike, item: dict[str, Any], field: str) -> str:
    """The column of an award: its id; an organisation's own award ("other" in the
    schema, e.g. the provincial labour federation's Bằng khen) gets a column of its
    own, named by the award form's label (for a quota: the plan's only such form)."""
    award = str(item.get(field))
    if award != "other":
        return award
    if field == "form":
        own = {item.get("label")}
    else:
        forms = (plan.record or {}).get("award_forms") or []
        own = {a.get("label") for a in forms if a.get("form") == "other"}
    own.discard(None)
    return f"{OWN_AWARD}{own.pop()}" if len(own) == 1 else award


def _award_order(ids: Iterable[str]) -> list[str]:
    vocab = list(labels()["award"])
    return sorted(set(ids), key=lambda a: (vocab.index(a) if a in vocab else len(vocab), a))


def _province_rows(plans: list[PlanLike], lang: Lang) -> dict[str, list[PlanLike]]:
    by_prov: dict[str, list[PlanLike]] = defaultdict(list)
    for p in plans:
        by_prov[province_of(p, lang)].append(p)
    return dict(sorted(by_prov.items(), key=lambda kv: vi_key(kv[0])))


def _matrix(
    key: str,
    plans: list[PlanLike],
    part: str,
    award_field: str,
    cell: Any,
    lang: Lang,
) -> tuple[pd.DataFrame, dict[tuple[int, str], list[str]]]:
    """Province (and, for quotas, occasion) × award: ``cell(items, lang, several_plans)``
    writes each cell."""
    by_occasion = "occasion" in table_specs()[key].keys
    groups: dict[tuple[str, str], list[tuple[PlanLike, int, dict[str, Any]]]] = {}
    plans_of: dict[str, list[PlanLike]] = {}
    for prov, members in _province_rows(plans, lang).items():
        plans_of[prov] = members
        for p in members:
            for i, a in enumerate((p.record or {}).get(part) or [], start=1):
                occasion = occasion_label(a, lang) if by_occasion else ""
                groups.setdefault((prov, occasion), []).append((p, i, a))
        if not any(k[0] == prov for k in groups):  # a province without any: an empty row
            groups[(prov, "")] = []
    awards = _award_order(award_column(p, a, award_field) for v in groups.values() for p, _, a in v)
    rows, cell_ev = [], {}
    ordered = sorted(groups.items(), key=lambda kv: (vi_key(kv[0][0]), _occasion_rank(kv[0][1])))
    for r, ((prov, occasion), items) in enumerate(ordered):
        members = [p for p in plans_of[prov] if not items or any(p is q for q, _, _ in items)]
        row: dict[str, Any] = {
            "province": prov,
            "province_2025": _province_2025(members[0]),
            "occasion": occasion or None,
            "plan_ids": ", ".join(plan_key(p) for p in members),
        }
        for award in awards:
            hits = [(p, i, a) for p, i, a in items if award_column(p, a, award_field) == award]
            row[award] = cell(hits, lang, len(members) > 1) if hits else None
            if hits:
                cell_ev[(r, award)] = [evidence_id(p, part, i) for p, i, _ in hits]
        rows.append({k: v for k, v in row.items() if by_occasion or k != "occasion"})
    return frame(key, rows, extra=awards), cell_ev


def _occasion_rank(name: str) -> tuple[int, str]:
    """Occasions in the order of the vocabulary (sơ kết before tổng kết), none named last."""
    order = list(labels()["occasion"])
    names = {label("occasion", o, "vi"): n for n, o in enumerate(order)}
    names |= {label("occasion", o, "en"): n for n, o in enumerate(order)}
    return names.get(name, len(order)), name


def _offered(items: list[tuple[PlanLike, int, dict[str, Any]]], lang: Lang, _: bool) -> str:
    conferrers = list(dict.fromkeys(str(a["conferrer"]) for _, _, a in items if a.get("conferrer")))
    return "; ".join(conferrers) if conferrers else word("offered", lang)


def _quota_cell(
    items: list[tuple[PlanLike, int, dict[str, Any]]], lang: Lang, several: bool
) -> str:
    """Totals first, then per-unit quotas; each line keeps its range or words."""
    groups: dict[tuple[str, str | None], list[str]] = {}
    for p, _, q in items:
        kind = label("recipient_kind", q.get("recipient_kind"), lang)
        groups.setdefault((plan_key(p), q.get("per")), []).append(
            f"{quantity_text(q, lang)} {kind}"
        )
    ordered = sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] is not None))
    lines = []
    for (pid, per), parts in ordered:
        head = word("total", lang) if per is None else f"{word('per_unit', lang)} {per}"
        prefix = f"[{pid}] " if several else ""
        lines.append(f"{prefix}{head}: {'; '.join(parts)}")
    return "\n".join(lines)


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
        plan_date = to_date(_doc(p).get("issue_date"))
        for i, d in enumerate((p.record or {}).get("deadlines") or [], start=1):
            date = to_date(d.get("date"))
            rows.append(
                {
                    "date": date,
                    "province": province_of(p, lang),
                    "plan_id": plan_key(p),
                    "plan_number": _doc(p).get("number"),
                    "plan_date": plan_date,
                    "days_after_plan": _days(date, plan_date),
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


def errors(plans: list[PlanLike], failures: Iterable[Any], lang: Lang = "vi") -> pd.DataFrame:
    """Failed files, then stored documents whose status is not ``ok`` (warnings only:
    notes on how a value was read are not errors), each with what to do."""
    rows = [
        {
            "source_path": f.path,
            "sha256": f.sha256,
            "status": f.status,
            "reason": f.reason,
            "hint": f.hint or word("check_failed", lang),
            "plan_id": None,
        }
        for f in iter_failures(failures)
    ]
    rows += [
        {
            "source_path": p.source_path,
            "sha256": p.sha256,
            "status": p.status,
            "reason": "; ".join(p.warnings or []) or None,
            "hint": word("check_partial", lang).format(page=f"plans/{plan_key(p)}.html"),
            "plan_id": plan_key(p),
        }
        for p in plans
        if p.status not in ("ok", "unchanged")
    ]
    return frame("errors", rows)


def build_tables(
    plans: Iterable[PlanLike], failures: Iterable[Any] = (), lang: Lang = "vi"
) -> Tables:
    """All the comparison tables, keyed and ordered as in ``columns.yaml``."""
    every = list(plans)
    counted = canonical(every)
    out = Tables()
    out["overview"] = overview(every, lang)
    out["legal_basis"] = legal_basis(counted, lang)
    from outputs.coverage import coverage  # it builds on this module

    out["coverage"] = coverage(counted, lang)
    out["award_forms"] = award_forms(counted, lang)
    out["award_matrix"], out.cell_evidence["award_matrix"] = _matrix(
        "award_matrix", counted, "award_forms", "form", _offered, lang
    )
    out["quotas"] = quotas(counted, lang)
    out["quota_pivot"], out.cell_evidence["quota_pivot"] = _matrix(
        "quota_pivot", counted, "quotas", "award", _quota_cell, lang
    )
    out["thresholds"] = thresholds(counted, lang)
    out["deadlines"] = deadlines(counted, lang)
    out["participants"] = participants(counted, lang)
    out["criteria"] = criteria(counted, lang)
    out["recipients"] = recipients(counted, lang)
    out["evidence"] = evidence(counted, lang)
    out["errors"] = errors(every, failures, lang)
    assert list(out) == list(table_specs()), "build_tables and columns.yaml disagree"
    return out


def headers(key: str, df: pd.DataFrame, lang: Lang) -> list[str]:
    """The column headers of table ``key`` in ``lang`` (award columns by name)."""
    spec = table_specs()[key]
    out = []
    for col in df.columns:
        c = spec.column(col)
        own = col.removeprefix(OWN_AWARD) if col.startswith(OWN_AWARD) else None
        out.append(c.header(lang) if c else own or label(spec.dynamic or "award", col, lang) or col)
    return out


def write_csv(tables: Tables, folder: Path, raw: bool = False) -> list[Path]:
    """One UTF-8 ``<key>.csv`` per table, headers = column keys (stable); a text cell a
    spreadsheet would run as a formula gets a ``'`` in front unless ``raw``
    (:mod:`outputs.formulas`)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for key, df in tables.items():
        path = folder / f"{key}.csv"
        (df if raw else defuse_frame(df)).to_csv(path, index=False, encoding="utf-8")
        paths.append(path)
    return paths


def write_parquet(tables: Tables, folder: Path) -> list[Path]:
    """One ``<key>.parquet`` per table (pyarrow), dates as dates."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for key, df in tables.items():
        path = folder / f"{key}.parquet"
        out = df.copy()
        out.attrs = {}
        for col in out.columns:
            if out[col].dtype == object and not out[col].map(_is_date_or_none).all():
                out[col] = out[col].astype("string")
        out.to_parquet(path, index=False, engine="pyarrow")
        paths.append(path)
    return paths


def _is_date_or_none(value: Any) -> bool:
    return value is None or isinstance(value, dt.date)


def write_jsonl(tables: Tables, folder: Path) -> list[Path]:
    """One ``<key>.jsonl`` per table, one JSON object per row, ISO dates."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for key, df in tables.items():
        path = folder / f"{key}.jsonl"
        df.to_json(path, orient="records", lines=True, force_ascii=False, date_format="iso")
        paths.append(path)
    return paths
