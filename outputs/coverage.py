"""The sheet "Thực hiện VB trung ương": central document × province, cited or not.

Rows: every central document a plan cites (as a basis or a reference) and every
core document of the catalogue dated on or before the latest plan, × every
province in its scope (a sector document: the provinces that have a plan of
that sector, and only those plans count). Status: cited; not cited; or issued
after the province's plans (they could not cite it).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from typing import Any

import pandas as pd

from outputs.central import (
    catalogue,
    citation_key,
    is_central,
    sector_of_citation,
    sector_of_plan,
)
from outputs.collation import vi_key
from outputs.columns import Lang, label, word
from outputs.frames import days, doc_of, frame, province_2025, province_of, to_date
from outputs.plans import PlanLike, evidence_id, plan_key

_Hit = tuple[PlanLike, str, int]  # the plan, the list (legal_basis/references), the index


def _central_cited(
    plans: list[PlanLike],
) -> tuple[dict[str, dict[str, Any]], dict[str, list[_Hit]]]:
    docs: dict[str, dict[str, Any]] = {}
    hits: dict[str, list[_Hit]] = defaultdict(list)
    for p in plans:
        for part in ("legal_basis", "references"):
            for i, c in enumerate((p.record or {}).get(part) or [], start=1):
                if not is_central(c):
                    continue
                key = citation_key(c)
                known = docs.setdefault(key, {**c, "scope": sector_of_citation(c)})
                for k in ("date", "issuer", "title", "number"):
                    known[k] = known.get(k) or c.get(k)
                hits[key].append((p, part, i))
    latest = max((str(doc_of(p).get("issue_date") or "") for p in plans), default="")
    for core in catalogue().documents:
        if core.core and core.date <= latest:
            docs.setdefault(citation_key({"number": core.number}), {"number": core.number})
    for doc in docs.values():  # the catalogue completes what plans leave out
        entry = catalogue().find(doc)
        if entry:
            doc.update({k: v for k, v in asdict(entry).items() if k != "core"})
    return docs, hits


def _status(members: list[PlanLike], hits: list[_Hit], date: Any) -> str:
    if hits:
        return "cited"
    issued = to_date(date)
    dates = [to_date(doc_of(p).get("issue_date")) for p in members]
    if issued and dates and all(d is not None and d < issued for d in dates):
        return "issued_after_plans"
    return "not_cited"


def _scope_label(scope: str, lang: Lang) -> str:
    sector = catalogue().sectors.get(scope)
    return sector.label[lang] if sector else word("national", lang)


def coverage(plans: list[PlanLike], lang: Lang = "vi") -> pd.DataFrame:
    """Every central document × every province of its scope, with the plans citing it."""
    docs, hits = _central_cited(plans)
    by_prov: dict[str, list[PlanLike]] = defaultdict(list)
    for p in plans:
        by_prov[province_of(p, lang)].append(p)
    order = sorted(docs, key=lambda k: (str(docs[k].get("date") or "9999"), k))
    rows = []
    for key in order:
        c = docs[key]
        scope = c.get("scope") or "national"
        for prov in sorted(by_prov, key=vi_key):
            members = [
                p for p in by_prov[prov] if scope == "national" or sector_of_plan(p) == scope
            ]
            if not members:
                continue  # a sector document: this province has no plan of the sector
            cited = [h for h in hits.get(key, []) if any(h[0] is m for m in members)]
            lags = [
                days(to_date(doc_of(p).get("issue_date")), to_date(c.get("date")))
                for p, _, _ in cited
            ]
            known_lags = [lag for lag in lags if lag is not None]
            rows.append(
                {
                    "central_number": c.get("number"),
                    "central_doc_type": label("doc_type", c.get("doc_type"), lang),
                    "central_date": c.get("date"),
                    "central_issuer": c.get("issuer"),
                    "central_title": c.get("title"),
                    "scope": _scope_label(scope, lang),
                    "province": prov,
                    "province_2025": province_2025(members[0]),
                    "status": word(_status(members, cited, c.get("date")), lang),
                    "plan_ids": ", ".join(dict.fromkeys(plan_key(p) for p, _, _ in cited)) or None,
                    "plan_numbers": ", ".join(
                        dict.fromkeys(str(doc_of(p).get("number") or "?") for p, _, _ in cited)
                    )
                    or None,
                    "lag_days": min(known_lags) if known_lags else None,
                    "evidence_ids": ", ".join(evidence_id(p, part, i) for p, part, i in cited)
                    or None,
                }
            )
    return frame("coverage", rows)
