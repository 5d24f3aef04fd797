"""The rules of extractors/parts/citations.py: number patterns and ``data/citations.yaml``.

Loaded once and validated: every type id is a schema doc type, every citation
word unique (case-insensitive) across ``citations.yaml`` and ``doc_types.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.toolbox.data_files import (
    DataFileError,
    load_doc_types,
    load_known_issuers,
    read_yaml,
    unique,
)
from extractors.toolbox.doc_numbers import number_pattern

NUMBER = number_pattern()
DAMAGED_NUMBER = number_pattern("?")
# a law's number after its name: "Luật Thi đua, khen thưởng số 06/2022/QH15"
LAW_NUMBER = rf"(?:[ ,]+số[ ]*:?[ ]*(?P<num>{NUMBER}))"
# "số", also as OCR reads it without its tone mark ("sô", "so")
_SO = r"s[ốôo]"
# between words of a citation: spaces, or a line break where a line wrapped
GAP = r"(?:[ ]+|[ ]*\n[ ]*)"
# the issuer named once for a list of numbers: "các Nghị định của Chính phủ: số 98/…, số …"
_GROUP_ISSUER = r"[ ]+của[ ]+(?P<who>[^:;\n]{2,80}?)[ ]*:"
# a line break that ends the issuer: one not followed by a lower-case word (a known
# issuer is still read whole across it: "Thủ tướng\nChính phủ")
_LOWER = "".join(c for c in map(chr, range(0xE0, 0x1EFA)) if c.islower() and c.isalpha())
_BREAK = rf"\n(?![ ]*[a-z{_LOWER}])"


@dataclass(frozen=True)
class Rules:
    types: dict[str, str]
    numbered: re.Pattern[str]
    named: re.Pattern[str]
    named_undated: re.Pattern[str]
    named_types: dict[str, str]
    issuer_stop: re.Pattern[str]
    issuer_field: re.Pattern[str]
    known_issuer: re.Pattern[str]
    joint: re.Pattern[str]
    not_law: re.Pattern[str]
    law_tail: re.Pattern[str]
    lost_hyphen: re.Pattern[str]
    law_again: re.Pattern[str]
    issuer_of_code: dict[tuple[str, str], str]


def alternation(words: list[str], gap: str = r"[ ]+") -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", gap) for w in ordered)


def _type_words(data: dict) -> dict[str, str]:
    """Citation words → doc type: doc_types.yaml's names and citations.yaml's ``types``."""
    name = "citations.yaml"
    ids = {t.id for t in load_doc_types()} | {"other"}
    extra = {row["name"]: row["id"] for row in data["types"]}
    for word, type_id in extra.items():
        if type_id not in ids:
            raise DataFileError(f"{name}: type {word!r}: unknown doc type {type_id!r}")
    words = [(n, t.id) for t in load_doc_types() for n in t.names] + list(extra.items())
    unique(name, [w.lower() for w, _ in words], "type name (also in doc_types.yaml)")
    return {w.lower(): t for w, t in words}


def _law_patterns(data: dict) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(named, named_undated): laws cited by name with their date, and without one in a
    basis (at a clause's start, after "Căn cứ", or after another law's year)."""
    # "luật sửa đổi, bổ sung …" also in lower case, after the law it amends
    named = rf"(?-i:{alternation([row['name'] for row in data['named']])}|luật(?=[ ]+sửa[ ]+đổi))"
    # a law's name, also wrapped over a line ("Luật Tổ chức chính\nquyền địa phương")
    title = rf"[^\W\d_](?:[^\n;.]|\n(?=[ ]*[a-z{_LOWER}])){{1,160}}?"
    # the year a law is cited by: "năm 2015", "(2003)", "năm 2015, 2019"
    year = r"(?P<year>[ ]+năm[ ]+\d{4}(?:,[ ]*\d{4}){0,5}|[ ]*\((?:năm[ ]+)?\d{4}\))"
    dated = re.compile(
        rf"(?P<type>{named})[ ]+(?P<title>{title}){LAW_NUMBER}?(?:[ ,]+|[ ,]*\n[ ]*)ngày[ ]+"
    )
    undated = re.compile(
        rf"(?:^|;[ ]*|(?<=[ ])(?=Căn cứ[ ])|(?<=\d)(?:,|[ ]+và)[ ]+|(?<=\d\))(?:,|[ ]+và)[ ]+)"
        rf"(?:[-–+•*][ ]*)?(?:Căn cứ(?:[ ]+vào)?[ ]+)?(?P<type>{named})[ ]+(?P<title>{title})"
        rf"{LAW_NUMBER}?"
        rf"{year}?[ ]*(?=;|[.,]?[ ]*$(?!\n[ ]*[a-z{_LOWER}])|(?(year)(?:,|[ ]+và)[ ]+|(?!)))",
        re.MULTILINE,
    )
    return dated, undated


def _issuer_patterns(data: dict) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(issuer_stop, issuer_field): where an issuer's words end, and a head with a field of
    the State and its place."""
    fields = alternation(data["issuer_fields"])
    stops = alternation(data["issuer_stops"])
    # (any case: an upper-case title's "… CỦA THỦ TƯỚNG CHÍNH PHỦ TRÊN ĐỊA BÀN …")
    stop = re.compile(rf"\s+(?i:{stops})(?![\w/])|\s*[,;.:(“\"”)]|\s*{_BREAK}")
    # a place after a field, with its unit word or without ("Sở Giáo dục và Đào tạo Nghệ An")
    field = re.compile(
        rf"(?:{alternation(data['issuer_heads'])})[ ]+(?:{fields})(?![\w])"
        rf"(?:[ ]+{data['issuer_places']}"
        rf"|(?:[ ]+(?!(?i:{stops})(?!\w))[A-ZĐÀ-Ỹ][\wÀ-ỹ-]*){{1,3}})?"
    )
    return stop, field


@cache
def load_rules() -> Rules:
    """The citation rules of ``data/citations.yaml`` (with doc_types.yaml), compiled."""
    data = read_yaml("citations.yaml")
    types = _type_words(data)
    kinds = alternation(list(types))
    named, named_undated = _law_patterns(data)
    issuer_stop, issuer_field = _issuer_patterns(data)
    return Rules(
        types=types,
        numbered=re.compile(
            rf"(?<!\w)(?P<type>{kinds})(?:{_GROUP_ISSUER})?[ ]*:?{GAP}(?:{_SO}[ ]*:?(?:{GAP})?)?"
            rf"(?P<num>{NUMBER})",
            re.IGNORECASE,
        ),
        named=named,
        law_again=re.compile(data["law_again"]),
        named_undated=named_undated,
        not_law=re.compile(rf"\b(?:{alternation(data['not_in_law_names'])})\b"),
        law_tail=re.compile(rf"[ ,]+(?:{alternation(data['law_name_tails'])})\b.*$"),
        joint=re.compile(rf"[ ]+và[ ]+(?=(?:{alternation(data['joint_heads'])})\b)"),
        named_types={row["name"].lower(): row["id"] for row in data["named"]},
        issuer_of_code={
            (r["code"], r["said"].lower()): r["issuer"] for r in data["issuer_of_code"]
        },
        lost_hyphen=re.compile(
            rf"/(?P<code>{alternation(data['number_type_codes'])})"
            rf"(?P<issuer>{data['number_issuer_codes']})$"
        ),
        issuer_stop=issuer_stop,
        issuer_field=issuer_field,
        known_issuer=re.compile(
            rf"(?:{alternation(list(load_known_issuers()), GAP)})(?![\w])", re.IGNORECASE
        ),
    )


def law_key(title: str) -> str:
    """A law's name compared whole: lower case, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[,;.\-–]", " ", title.lower()).split())


@cache
def known_law_dates() -> dict[tuple[str, str], str]:
    """(name key, year) → the date of a law cited by its year only (data/known_laws.yaml),
    validated: an ISO date of that year, each law once."""
    name = "known_laws.yaml"
    out: dict[tuple[str, str], str] = {}
    for row in read_yaml(name)["laws"]:
        date, year = str(row["date"]), str(row["year"])
        if not re.fullmatch(r"\d{4}-\d\d-\d\d", date) or date[:4] != year:
            raise DataFileError(f"{name}: {row['name']} {year}: date {date} is not of its year")
        key = (law_key(row["name"]), year)
        if key in out:
            raise DataFileError(f"{name}: {row['name']} {year} listed twice")
        out[key] = date
    return out
