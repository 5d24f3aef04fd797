"""The province × award matrices: award offered (``award_matrix``) and quotas
(``quota_pivot``, also by occasion), each cell with the evidence ids it sums up."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pandas as pd

from outputs.collation import vi_key
from outputs.columns import Lang, label, labels, table_specs, word
from outputs.frames import frame, province_2025, province_of
from outputs.part_tables import occasion_label
from outputs.plans import PlanLike, evidence_id, plan_key, quantity_text

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


def matrix(
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
            "province_2025": province_2025(members[0]),
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


def offered(items: list[tuple[PlanLike, int, dict[str, Any]]], lang: Lang, _: bool) -> str:
    conferrers = list(dict.fromkeys(str(a["conferrer"]) for _, _, a in items if a.get("conferrer")))
    return "; ".join(conferrers) if conferrers else word("offered", lang)


def quota_cell(items: list[tuple[PlanLike, int, dict[str, Any]]], lang: Lang, several: bool) -> str:
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
