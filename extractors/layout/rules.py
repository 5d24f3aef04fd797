"""The named patterns of the layout stage (``data/header_layout.yaml``), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.parts.citation_rules import load_rules as load_citation_rules
from extractors.toolbox.data_files import DataFileError, compile_pattern, load_doc_types, read_yaml

_NAME = "header_layout.yaml"


@dataclass(frozen=True)
class LayoutRules:
    national: re.Pattern[str]
    motto: re.Pattern[str]
    number_label: str
    date_words: tuple[str, ...]
    preamble_start: re.Pattern[str]
    text_opening: re.Pattern[str]
    authority: re.Pattern[str]
    authority_not_after: frozenset[str]
    authority_line: re.Pattern[str]
    attached_note: re.Pattern[str]
    attached_issuer: re.Pattern[str]
    type_heading: re.Pattern[str]
    type_codes: dict[str, str]
    body_head: re.Pattern[str]
    placed: re.Pattern[str]
    name_joiners: frozenset[str]
    place_units: tuple[str, ...]
    chrome_line: re.Pattern[str]
    office_titles: frozenset[str]
    type_word: re.Pattern[str]
    basis_word: re.Pattern[str]
    decision_formula: re.Pattern[str]
    appendix: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ ]+") for w in sorted(words, key=len)[::-1])


def _type_codes() -> dict[str, str]:
    """Short type codes of a số ký hiệu ("QĐ", "KH") → doc type, from the citation words."""
    codes = {w.upper(): t for w, t in load_citation_rules().types.items() if len(w) <= 3}
    if not codes:
        raise DataFileError("citations.yaml: no short type codes (QĐ, KH …) among the types")
    return codes


@cache
def type_heading_words() -> str:
    """The type words a document prints above its title ("KẾ HOẠCH", "QUYẾT ĐỊNH"), from
    ``doc_types.yaml``, as one alternation: every pattern that reads them is built on it."""
    return _alternation([n.upper() for t in load_doc_types() if t.heading for n in t.names])


@cache
def load_layout_rules() -> LayoutRules:
    data = read_yaml(_NAME)
    heads = _alternation(data["authority_heads"])
    types = type_heading_words()
    return LayoutRules(
        national=compile_pattern(_NAME, "national", data["national"]),
        motto=compile_pattern(_NAME, "motto", data["motto"]),
        number_label=str(data["number_label"]),
        date_words=tuple(data["date_words"]),
        preamble_start=compile_pattern(
            _NAME, "preamble_start", rf"(?m)^[ \t]*{data['preamble_start']}"
        ),
        text_opening=compile_pattern(_NAME, "text_opening", data["text_opening"]),
        # an authority line run into the end of an upper-case title line
        authority=compile_pattern(
            _NAME, "authority_heads", rf"(?m)(?<=\S)[ ]+(?=(?:{heads})\b[^\n]{{0,60}}$)"
        ),
        authority_not_after=frozenset(data["authority_not_after"]),
        authority_line=compile_pattern(_NAME, "authority_heads", rf"(?:{heads})\b[^\n]{{0,60}}$"),
        attached_note=compile_pattern(_NAME, "attached_note", data["attached_note"]),
        attached_issuer=compile_pattern(_NAME, "attached_issuer", data["attached_issuer"]),
        type_heading=compile_pattern(_NAME, "doc_types", rf"(?m)^[ \t]*(?:{types})\b"),
        type_codes=_type_codes(),
        body_head=compile_pattern(
            _NAME, "body_heads", rf"(?<=\s)(?:{_alternation(data['body_heads'])})(?=\s)"
        ),
        placed=compile_pattern(
            _NAME,
            "place_units",
            rf"(?:^|\s)(?:{_alternation(data['place_units'])})\s+\S|VIỆT NAM$|\d$",
        ),
        name_joiners=frozenset(data["name_joiners"]),
        place_units=tuple(data["place_units"]),
        office_titles=frozenset(data["office_titles"]),
        decision_formula=compile_pattern(_NAME, "decision_formula", data["decision_formula"]),
        appendix=compile_pattern(
            _NAME,
            "appendix_heads",
            rf"(?m)^[ \t]*((?:{_alternation(data['appendix_heads'])})\b"
            rf"|(?:{_alternation(data['attached_heads'])})(?=[ \t]*$|[ \t]+[A-ZĐ][A-ZĐÀ-Ỹ]))",
        ),
        # the type word and the basis clauses inside a line (a document on one line); the
        # title after it may open in lower case ("KẾ HOẠCH về thực hiện …")
        type_word=compile_pattern(
            _NAME, "doc_types", rf"(?<=[ ])(?:{types})(?=[ ]+(?:[A-ZĐÀ-Ỹ]|v(?:ề|e)?[ ]))"
        ),
        basis_word=compile_pattern(
            _NAME, "preamble_start", rf"(?<=[ ;.])(?:{data['preamble_start']})"
        ),
        chrome_line=compile_pattern(
            _NAME, "chrome_line", rf"[ \t]*(?:{data['chrome_line']})[ \t]*"
        ),
    )
