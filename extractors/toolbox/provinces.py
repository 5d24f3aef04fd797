"""Which province a document comes from, with its GSO code and 2025 merger.

Looked for, in order: the header (issuing body lines; else a district of
2021 or a commune, ward or special zone of the 2025 map the header names,
when its name belongs to one province only), the place in the date line,
then the body — the province named most often after "tỉnh" or "thành phố"
(plans copied from portals often lack their header).

After the 1 July 2025 merger a document names one of the 34 provinces, each
of which carries the name of one of the 63 before it: the record holds that
name, its 2021 GSO code and ``merged_2025`` (the same province).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import takewhile

from extractors.model import Document, Province, Span
from extractors.text.fold import fold
from extractors.toolbox.data_files import (
    DataFileError,
    DistrictRow,
    ProvinceRow,
    compile_pattern,
    load_districts,
    load_province_aliases,
    load_provinces,
    read_csv,
    read_yaml,
)

RULE_HEADER = "province.header"
RULE_PLACE = "province.place_line"
RULE_BODY = "province.body_mentions"
RULE_DISTRICT = "province.header_district"
RULE_COMMUNE = "province.header_commune_2025"
RULE_LOCALITY = "province.body_locality"
# communes of the 2025 map exist from this date on
_TWO_LEVEL_FROM = "2025-07-01"

# "UBND HUYỆN ĐỨC PHỔ", "THỊ XÃ BA ĐỒN": a district-level body names no province
_DISTRICT = re.compile(
    r"(?<!\w)(huyện|quận|thị xã|thành phố|TP\.?)\s+([^\W\d][^\n,;(]{1,30}?)\s*(?=\n|$|,|;|\()",
    re.IGNORECASE,
)


# "UBND XÃ IA GRAI", "ĐẢNG ỦY PHƯỜNG CÁI KHẾ", "ĐẶC KHU PHÚ QUỐC": a commune-level body
_COMMUNE = re.compile(
    r"(?<!\w)(xã|phường|đặc khu)\s+([^\W\d][^\n,;(]{1,30}?)\s*(?=\n|$|,|;|\()", re.IGNORECASE
)


@cache
def _office_heads() -> str:
    name = "district_offices.yaml"
    heads = sorted(read_yaml(name)["heads"], key=len, reverse=True)
    return "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads)


@cache
def _office_head() -> re.Pattern[str]:
    return compile_pattern("district_offices.yaml", "heads", rf"(?:{_office_heads()})\s+\S", re.I)


def is_district_office(name: str) -> bool:
    """Whether ``name`` opens with a district body that names its district bare after it
    ("PHÒNG GD&ĐT GIO LINH", "HUYỆN ỦY NGHI LỘC")."""
    return bool(_office_head().match(name))


@cache
def _district_office() -> re.Pattern[str]:
    """A district body and the words after it, where its district's bare name begins."""
    return compile_pattern(
        "district_offices.yaml",
        "heads",
        rf"(?<!\w)(?:{_office_heads()})[ \t]+(?P<rest>[^\W\d][^\n,;(]{{0,40}})",
        re.IGNORECASE,
    )


def _from_offices(doc: Document, span: Span) -> Province | None:
    """The province of the district a district body names bare ("PHÒNG GD&ĐT GIO LINH",
    also run on into the next cell: "PHÒNG GD&ĐT SƠN TỊNH TRƯỜNG THCS …"), when the
    name (its longest run of up to three words that is a district) is unique."""
    districts = load_districts()
    for m in _district_office().finditer(doc.text, span.start, span.end):
        words = m.group("rest").split()
        for n in range(min(3, len(words)), 0, -1):
            name = " ".join(words[:n])
            found = {r.province for r in districts.get(name.lower(), ())}
            row = lookup(found.pop()) if len(found) == 1 else None
            if row is not None:
                end = m.start("rest") + len(name)
                return Province(
                    name=row.name,
                    code=row.code,
                    merged_2025=row.merged_2025,
                    evidence=doc.evidence(m.start("rest"), end, RULE_DISTRICT),
                )
    return None


@cache
def load_communes() -> dict[str, tuple[DistrictRow, ...]]:
    """Communes, wards and special zones of 2025 by lower-cased name, with their province."""
    name = "communes_2025.csv"
    known = {p.name for p in load_provinces()}
    by_name: dict[str, list[DistrictRow]] = {}
    for r in read_csv(name):
        if r["province"] not in known:
            raise DataFileError(f"{name}: unknown province {r['province']!r}")
        row = DistrictRow(r["commune"], r["type"], r["province"])
        by_name.setdefault(row.district.lower(), []).append(row)
    return {k: tuple(v) for k, v in by_name.items()}


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
    # a unit word of its own: not the "TP" of the Young Pioneers' "TNTP" / "TN TP" (Tiền phong)
    return re.compile(
        rf"(?<!\w)(?<!TN )(?:tỉnh|thành\s+phố|TP\.?)\s+{_mention().pattern}", re.IGNORECASE
    )


def lookup(name: str) -> ProvinceRow | None:
    """The province row for a name or alias, ignoring case and spacing."""
    return _names().get(re.sub(r"\s+", " ", name.strip()).lower())


def _first(doc: Document, pattern: re.Pattern[str], span: Span) -> re.Match[str] | None:
    return pattern.search(doc.text, span.start, span.end)


# a unit below the province just before a name: "PHƯỜNG SÓC TRĂNG" (a ward of Cần Thơ
# since 2025), "HUYỆN QUẢNG NINH" (a district of Quảng Bình) name no province
_LOWER_UNIT_BEFORE = re.compile(r"(?:xã|phường|đặc khu|huyện|quận|thị xã|thị trấn)\s+$", re.I)


# "TP. HỒ CHÍ MINH", "THÀNH PHỐ HỒ CHÍ MINH": a province named after a person, qualified;
# not the Young Pioneers' "ĐỘI TN TP HỒ CHÍ MINH", "TNTP" (TP there is "Tiền phong")
_CITY_BEFORE = re.compile(r"(?:thành\s+phố|TP\.?)\s*$", re.I)
_PIONEERS_BEFORE = re.compile(r"TN\s*(?:TP\.?\s*)?$", re.I)


def _header_mention(doc: Document, span: Span) -> re.Match[str] | None:
    """The first province name in the header that is not the name of a lower unit, nor
    a person's ("ĐOÀN TNCS HỒ CHÍ MINH": a city named after a person is qualified)."""
    for m in _mention().finditer(doc.text, span.start, span.end):
        before = doc.text[max(span.start, m.start() - 12) : m.start()]
        if _LOWER_UNIT_BEFORE.search(before):
            continue
        row = lookup(m.group(1))
        if row is not None and row.name in _NAMED_AFTER_A_PERSON:
            # the person's name itself needs its unit word before it; an alias holds it
            # ("TP. HỒ CHÍ MINH", "TP.HCM"), unless that "TP" is the Pioneers' "Tiền phong"
            bare = " ".join(m.group(1).split()).casefold() == row.name.casefold()
            if _PIONEERS_BEFORE.search(before) or (bare and not _CITY_BEFORE.search(before)):
                continue
        return m
    return None


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


def extract(doc: Document, place: Span | None = None, issued: str | None = None) -> Province | None:
    """The document's province, from header, place line or body.

    ``issued`` (ISO date) keeps the 2025 commune list for documents issued
    after the merger, or undated.
    """
    header = doc.blocks.header
    if header is not None:
        m = _header_mention(doc, Span(header.start, place.start if place else header.end))
        if m:
            return _record(doc, m, RULE_HEADER)
        lines = Span(header.start, header.end)
        found = _from_units(doc, lines, _DISTRICT, load_districts(), RULE_DISTRICT)
        if found is None and (issued is None or issued >= _TWO_LEVEL_FROM):
            found = _from_units(doc, lines, _COMMUNE, load_communes(), RULE_COMMUNE)
        if found is None:
            found = _from_offices(doc, lines)
        if found is not None:
            return found
    if place is not None:
        m = _first(doc, _mention(), place)
        if m:
            return _record(doc, m, RULE_PLACE)
    found = _from_body(doc)
    if found is None and (header is None or _below_province(doc, header)):
        # a press page or print view, or a header naming only its commune or district (a
        # commune's decision citing its district's plan): the localities the text names
        found = _from_localities(doc, issued)
    return found


# a commune or district unit named in a header ("XÃ SƠN KIM 1", "HUYỆN YÊN LẬP"); not the
# quốc hiệu's "XÃ HỘI"
_LOWER_UNIT = re.compile(
    r"(?<!\w)(?:xã|phường|thị trấn|đặc khu|huyện|quận|thị xã)(?![ \t]+hội\b)[ \t]+[^\W\d]", re.I
)


def _below_province(doc: Document, header: Span) -> bool:
    """Whether the header names a commune or district unit (and no province)."""
    return bool(_LOWER_UNIT.search(doc.text, header.start, header.end))


_FOLDED: dict[int, dict[str, tuple[DistrictRow, ...]]] = {}


def _rows(units: dict[str, tuple[DistrictRow, ...]], name: str) -> tuple[DistrictRow, ...]:
    """The units of ``name``; a name without diacritics ("luong tai", a copy that lost them)
    is looked up without theirs too, and read only where that gives one province."""
    rows = units.get(name, ())
    if rows or not name.isascii():
        return rows
    folded = _FOLDED.get(id(units))
    if folded is None:
        grouped: dict[str, list[DistrictRow]] = {}
        for key, found in units.items():
            grouped.setdefault(fold(key), []).extend(found)
        folded = _FOLDED[id(units)] = {k: tuple(v) for k, v in grouped.items()}
    return folded.get(name, ())


def _from_units(
    doc: Document,
    span: Span,
    pattern: re.Pattern[str],
    units: dict[str, tuple[DistrictRow, ...]],
    rule: str,
) -> Province | None:
    """The province of a district or commune named in ``span``, when the name is unique;
    a match that names none is read again from inside its name, where a unit word may
    start the real one ("ĐỘI TN TP HỒ CHÍ MINH HUYỆN HOÀI ÂN": TP is "Tiền phong")."""
    pos = span.start
    while (m := pattern.search(doc.text, pos, span.end)) is not None:
        pos = m.start(2)
        unit = m.group(1).lower().replace("tp", "thành phố").rstrip(".")
        rows = _rows(units, re.sub(r"\s+", " ", m.group(2).strip()).lower())
        typed = [r for r in rows if r.type.lower() == unit] or list(rows)
        provinces_found = {r.province for r in typed}
        if len(provinces_found) != 1:
            continue
        row = lookup(provinces_found.pop())
        assert row is not None
        return _province(doc, row, m, rule)
    return None


def _from_body(doc: Document) -> Province | None:
    """The province most often named after "tỉnh"/"thành phố" in the text; else most often
    named bare (never a province named after a person, "Chủ tịch Hồ Chí Minh")."""
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
            if row is not None and row.name not in _NAMED_AFTER_A_PERSON:
                counts[row.name] += 1
                first.setdefault(row.name, m)
    if not counts:
        return None
    best = max(counts, key=lambda n: (counts[n], -first[n].start()))
    return _record(doc, first[best], RULE_BODY)


# a province named after a person is read only when qualified ("thành phố Hồ Chí Minh")
_NAMED_AFTER_A_PERSON = frozenset({"Hồ Chí Minh"})
# a district or commune named in running text: its unit word, then capitalised words on
# the same line; also through the name of its youth union or party committee ("Huyện đoàn
# Phù Cát", "Huyện ủy Giồng Riềng")
_LOCALITY = re.compile(
    r"(?<!\w)((?i:huyện|quận|thị xã|xã|phường|thị trấn))(?:[ ](?:đoàn|ủy|uỷ)(?=[ ][A-ZĐÀ-Ỹ]))?"
    r"[ ]+([^\W\d_]+(?:[ ][^\W\d_]+){0,3})"
)
_LOCALITY_REACH = 3000  # characters of the text where its localities are looked for


def first_locality(text: str, unit: str) -> str | None:
    """The name of the first locality of ``unit`` the text names: the capitalised words
    after the unit word ("huyện Quảng Xương" → "Quảng Xương")."""
    for m in _LOCALITY.finditer(text):
        words = _capitalised(m.group(2))
        if m.group(1).lower() == unit.lower() and words:
            return " ".join(words)
    return None


def _capitalised(run: str) -> list[str]:
    return list(takewhile(lambda w: w[:1].isupper(), run.split(" ")))


def _from_localities(doc: Document, issued: str | None) -> Province | None:
    """The province of the first district or commune named in the text whose name is
    unique (the longest run of capitalised words after its unit word): press pages name
    the locality, not its province ("huyện Nghi Lộc"). Communes of the 2025 map only for
    a text issued after the merger, or undated."""
    for m in _LOCALITY.finditer(doc.text, 0, min(len(doc.text), _LOCALITY_REACH)):
        words = m.group(2).split(" ")
        capital = len(_capitalised(m.group(2)))
        unit = m.group(1).lower()  # "Huyện Diên Khánh …" opening a sentence
        commune = unit in ("xã", "phường", "thị trấn")
        if commune and issued is not None and issued < _TWO_LEVEL_FROM:
            continue
        table = load_communes() if commune else load_districts()
        for n in range(capital, 0, -1):
            rows = _rows(table, " ".join(words[:n]).lower())
            typed = [r for r in rows if r.type.lower() == unit] or list(rows)
            found = {r.province for r in typed}
            row = lookup(found.pop()) if len(found) == 1 else None
            if row is not None:
                end = m.start(2) + len(" ".join(words[:n]))
                return Province(
                    name=row.name,
                    code=row.code,
                    merged_2025=row.merged_2025,
                    evidence=doc.evidence(m.start(), end, RULE_LOCALITY),
                )
    return None
