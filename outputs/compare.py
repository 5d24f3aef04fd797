"""Two to four provinces side by side: plans, movements, bases, award forms,
quotas by occasion and deadlines, each value with its evidence id.

:func:`compare` picks the provinces' plans (duplicates left out) and builds a
:class:`Comparison` — one row per aspect, one column per province — that the
report renders as a page (``compare.html``) and the workbook as a sheet.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from outputs.central import is_central
from outputs.collation import vi_key
from outputs.columns import Lang, label, word
from outputs.errors import CompareError
from outputs.frames import canonical, province_of
from outputs.matrix import OWN_AWARD, award_column
from outputs.part_tables import occasion_label
from outputs.plans import PlanLike, evidence_id, plan_key, quantity_text, vn_date

MIN_PROVINCES, MAX_PROVINCES = 2, 4


@dataclass(frozen=True)
class Value:
    """One value of a cell: its words and the evidence id (or plan id) it links to."""

    text: str
    evidence: str | None = None
    plan: str | None = None


@dataclass
class Row:
    key: str
    label: str
    cells: dict[str, list[Value]] = field(default_factory=dict)


@dataclass
class Comparison:
    provinces: list[str]
    rows: list[Row]


def _fold(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold().strip()


def pick_provinces(plans: list[PlanLike], asked: list[str], lang: Lang) -> list[str]:
    """The stored province names for ``asked`` (case and spacing ignored), checked."""
    names = {_fold(province_of(p, lang)): province_of(p, lang) for p in plans}
    codes = {
        str(((p.record or {}).get("document") or {}).get("province", {}).get("code")): province_of(
            p, lang
        )
        for p in plans
        if ((p.record or {}).get("document") or {}).get("province")
    }
    out = []
    for name in asked:
        found = names.get(_fold(name)) or codes.get(name.strip())
        if found is None:
            known = ", ".join(sorted(names.values(), key=vi_key))
            raise CompareError(f"no plan of {name!r} in the store (provinces there: {known})")
        if found not in out:
            out.append(found)
    if not MIN_PROVINCES <= len(out) <= MAX_PROVINCES:
        raise CompareError(f"compare {MIN_PROVINCES} to {MAX_PROVINCES} provinces, not {len(out)}")
    return out


Part = Callable[[PlanLike, Lang], list[Value]]


def _plans(p: PlanLike, lang: Lang) -> list[Value]:
    doc = (p.record or {}).get("document") or {}
    words = f"{label('doc_type', doc.get('doc_type'), lang)} {doc.get('number') or ''}".strip()
    date = vn_date(doc.get("issue_date"))
    return [Value(f"{words} ({date})" if date else words, plan=plan_key(p))]


def _issuer(p: PlanLike, _: Lang) -> list[Value]:
    issuer = ((p.record or {}).get("document") or {}).get("issuer") or {}
    return [Value(str(issuer["name"]), evidence_id(p, "issuer"))] if issuer.get("name") else []


def _movements(p: PlanLike, _: Lang) -> list[Value]:
    doc = (p.record or {}).get("document") or {}
    return [Value(str(m)) for m in doc.get("movement_names") or []]


def _bases(p: PlanLike, _: Lang) -> list[Value]:
    return [
        Value(str(c.get("number") or c.get("title") or "?"), evidence_id(p, "legal_basis", i))
        for i, c in enumerate((p.record or {}).get("legal_basis") or [], start=1)
        if is_central(c)
    ]


def _awards(p: PlanLike, lang: Lang) -> list[Value]:
    return [
        Value(
            str(a.get("label") or label("award", a.get("form"), lang)),
            evidence_id(p, "award_forms", i),
        )
        for i, a in enumerate((p.record or {}).get("award_forms") or [], start=1)
    ]


def _quotas(p: PlanLike, lang: Lang) -> list[Value]:
    out = []
    for i, q in enumerate((p.record or {}).get("quotas") or [], start=1):
        kind = label("recipient_kind", q.get("recipient_kind"), lang)
        per = f" / {word('per_unit', lang)} {q['per']}" if q.get("per") else ""
        column = award_column(p, q, "award")  # an organisation's own award by its name
        name = column.removeprefix(OWN_AWARD) if column.startswith(OWN_AWARD) else None
        words = f"{occasion_label(q, lang)} · {name or label('award', q.get('award'), lang)}: "
        text = f"{words}{quantity_text(q, lang)} {kind}{per}"
        out.append(Value(text, evidence_id(p, "quotas", i)))
    return sorted(out, key=lambda v: v.text)


def _deadlines(p: PlanLike, lang: Lang) -> list[Value]:
    items = (p.record or {}).get("deadlines") or []
    ordered = sorted(enumerate(items, start=1), key=lambda iv: str(iv[1].get("date")))
    return [
        Value(
            f"{vn_date(d.get('date'))}: {label('action_kind', d.get('action_kind'), lang)}"
            f" · {occasion_label(d, lang)}",
            evidence_id(p, "deadlines", i),
        )
        for i, d in ordered
    ]


PARTS: tuple[tuple[str, Part], ...] = (
    ("plans", _plans),
    ("issuer", _issuer),
    ("movements", _movements),
    ("central_bases", _bases),
    ("award_forms", _awards),
    ("quotas", _quotas),
    ("deadlines", _deadlines),
)


def compare(plans: list[PlanLike], asked: list[str], lang: Lang = "vi") -> Comparison:
    """The provinces' plans side by side, one row per aspect."""
    counted = canonical(plans)
    provinces = pick_provinces(counted, asked, lang)
    rows = [Row(key, word(f"compare_{key}", lang)) for key, _ in PARTS]
    for prov in provinces:
        members = [p for p in counted if province_of(p, lang) == prov]
        for row, (_, part) in zip(rows, PARTS, strict=True):
            row.cells[prov] = [v for p in members for v in part(p, lang)]
    return Comparison(provinces, rows)


def as_records(comparison: Comparison) -> list[dict[str, Any]]:
    """One dict per row (aspect, then one text per province), for a sheet or CSV."""
    return [
        {
            "aspect": row.label,
            **{
                prov: "\n".join(
                    f"{v.text} [{v.evidence or v.plan}]" if (v.evidence or v.plan) else v.text
                    for v in row.cells.get(prov, [])
                )
                for prov in comparison.provinces
            },
        }
        for row in comparison.rows
    ]
