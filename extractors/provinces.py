"""Which province a document comes from, with its GSO code and 2025 merger.

Looked for, in order: the header (issuing body lines), the place in the date
line, then the body — the province named most often after "tỉnh" or
"thành phố" (plans copied from portals often lack their header).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from extractors.data_files import (
    ProvinceRow,
    load_districts,
    load_province_aliases,
    load_provinces,
)
from extractors.model import Document, Province, Span

RULE_HEADER = "province.header"
RULE_PLACE = "province.place_line"
RULE_BODY = "province.body_mentions"
RULE_DISTRICT = "province.header_district"

# "UBND HUYỆN ĐỨC PHỔ", "THỊ XÃ BA ĐỒN": a district-level body names no province
_DISTRICT = re.compile(
    r"(?<!\w)(huyện|quận|thị xã|thành phố|TP\.?)\s+([^\W\d][^\n,;(]{1,30}?)\s*(?=\n|$|,|;|\()",
    re.IGNORECASE,
)


@cache
def _names() -> dict[str, ProvinceRow]:
    by_name = {p.name.lower(): p for p in load_provinces()}
    for alias, target in load_province_aliases().items():
        by_name[alias.lower()] = by_name[target.lower()]
    return by_name


@cache
def _mention() -> re.Pattern[str]:
    names = sorted(_names(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(rf"(?<!\w)({alternatives})(?!\w)", re.IGNORECASE)


@cache
def _qualified() -> re.Pattern[str]:
    return re.compile(rf"(?:tỉnh|thành\s+phố|TP\.?)\s+{_mention().pattern}", re.IGNORECASE)


def lookup(name: str) -> ProvinceRow | None:
    """The province row for a name or alias, ignoring case and spacing."""
    return _names().get(re.sub(r"\s+", " ", name.strip()).lower())


def _first(doc: Document, pattern: re.Pattern[str], span: Span) -> re.Match[str] | None:
    return pattern.search(doc.text, span.start, span.end)


def _province(doc: Document, row: ProvinceRow, m: re.Match[str], rule: str) -> Province:
    return Province(
        name=row.name,
        code=row.code,
        merged_2025=row.merged_2025,
        evidence=doc.evidence(m.start(), m.end(), rule),
    )


def _record(doc: Document, m: re.Match[str], rule: str) -> Province:
    row = lookup(m.group(1))
    assert row is not None
    return _province(doc, row, m, rule)


def extract(doc: Document, place: Span | None = None) -> Province | None:
    """The document's province, from header, place line or body."""
    header = doc.blocks.header
    if header is not None:
        m = _first(doc, _mention(), Span(header.start, place.start if place else header.end))
        if m:
            return _record(doc, m, RULE_HEADER)
        district = _from_district(doc, Span(header.start, header.end))
        if district is not None:
            return district
    if place is not None:
        m = _first(doc, _mention(), place)
        if m:
            return _record(doc, m, RULE_PLACE)
    return _from_body(doc)


def _from_district(doc: Document, span: Span) -> Province | None:
    """The province of a district named in the header, when the name is unique."""
    for m in _DISTRICT.finditer(doc.text, span.start, span.end):
        unit = m.group(1).lower().replace("tp", "thành phố").rstrip(".")
        rows = load_districts().get(re.sub(r"\s+", " ", m.group(2).strip()).lower(), ())
        typed = [r for r in rows if r.type.lower() == unit] or list(rows)
        provinces_found = {r.province for r in typed}
        if len(provinces_found) != 1:
            continue
        row = lookup(provinces_found.pop())
        assert row is not None
        return _province(doc, row, m, RULE_DISTRICT)
    return None


def _from_body(doc: Document) -> Province | None:
    """The province most often named after "tỉnh"/"thành phố" in the text."""
    counts: Counter[str] = Counter()
    first: dict[str, re.Match[str]] = {}
    for m in _qualified().finditer(doc.text):
        row = lookup(m.group(1))
        if row is None:
            continue
        counts[row.name] += 1
        first.setdefault(row.name, m)
    if not counts:
        for m in _mention().finditer(doc.text):
            row = lookup(m.group(1))
            if row is not None:
                counts[row.name] += 1
                first.setdefault(row.name, m)
    if not counts:
        return None
    best = max(counts, key=lambda n: (counts[n], -first[n].start()))
    return _record(doc, first[best], RULE_BODY)
