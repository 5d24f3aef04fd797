"""The comparison tables researchers read, as pandas DataFrames.

:func:`build_tables` is a pure function of stored plans and failures (see
:mod:`outputs.plans`); every table's columns, in order, come from
``outputs/data/columns.yaml``. Documents marked as a duplicate of another are
listed in the overview but never counted in the comparisons. Every row that
holds an extracted value carries its ``evidence_id``, the key of the
``evidence`` table (file, page, section, quote).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from outputs import part_tables
from outputs.columns import Lang, label, table_specs, word
from outputs.frames import Tables, canonical, doc_of, frame, province_of
from outputs.matrix import OWN_AWARD, matrix, offered, quota_cell
from outputs.plans import PlanLike, evidence_id, iter_failures, plan_key

_DOC_EVIDENCE = ("province", "issuer", "signer")
_FIELD_EV = ("number", "issue_date")


def overview(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    rows = []
    for p in plans:
        rec, doc = p.record or {}, doc_of(p)
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
    out["legal_basis"] = part_tables.legal_basis(counted, lang)
    from outputs.coverage import coverage  # it builds on outputs.frames

    out["coverage"] = coverage(counted, lang)
    out["award_forms"] = part_tables.award_forms(counted, lang)
    out["award_matrix"], out.cell_evidence["award_matrix"] = matrix(
        "award_matrix", counted, "award_forms", "form", offered, lang
    )
    out["quotas"] = part_tables.quotas(counted, lang)
    out["quota_pivot"], out.cell_evidence["quota_pivot"] = matrix(
        "quota_pivot", counted, "quotas", "award", quota_cell, lang
    )
    for key in ("thresholds", "deadlines", "participants", "criteria", "recipients", "evidence"):
        out[key] = getattr(part_tables, key)(counted, lang)
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
