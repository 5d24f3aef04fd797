"""Citations of a text whose diacritics were stripped or whose non-ASCII letters were lost.

Old OCR and ASCII copies give "Can cu Nghi dinh so 91/2017/ND-CP ngay 31/7/2017"; a broken
converter drops the letters ("Cn c Ngh nh s 91/2017/N-CP ngy 31/7/2017") or types "?" for
them ("K? ho?ch s? 45-KH/T?TN-TH"). The type words, "số", "ngày" and the basis words are
matched on the diacritic-free form of the text (:mod:`extractors.text.fold`), the number on
the text itself; a code that lost its "Đ" is written whole again ("ND", "N" → "NĐ"). Only
words read bare (no mark: ASCII, or "?" for a lost letter) count, so a sound text, or the
words a repair already restored, are left to the ordinary rules. The issuer is not read:
its words cannot be restored with certainty.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from extractors.model import Citation, Document, Span
from extractors.parts.citation_rules import DAMAGED_NUMBER
from extractors.parts.citation_rules import load_rules as load_citation_rules
from extractors.text.fold import damaged_forms, fold
from extractors.toolbox.data_files import read_yaml
from extractors.toolbox.dates import find_dates, to_iso

RULE_DAMAGED = "citation.damaged"
_MIN_BARE = 6  # a shorter bare form ("e n" of "Đề án") is found in any text
_WORD = re.compile(r"\w+")
_GAP = r"(?:[ ]+|[ ]*\n[ ]*)"


@dataclass(frozen=True)
class DamagedRules:
    quick: frozenset[str]  # the type words' bare forms, two words each (a fast first look)
    type_ids: tuple[str, ...]
    types: re.Pattern[str]  # on folded text; group t<i> is type_ids[i]
    number_lead: re.Pattern[str]
    number: re.Pattern[str]  # on the text
    date_lead: re.Pattern[str]
    word_date: re.Pattern[str]
    openers: re.Pattern[str]
    inline: re.Pattern[str]  # capitalised in the text
    codes: dict[str, str]


def _forms(word: str) -> list[str]:
    """The folded forms of a word under damage, "?" for each lost letter among them."""
    forms = set(damaged_forms(word))
    forms.add("".join("?" if not ch.isascii() else ch for ch in fold(word) if ch) if word else "")
    forms.add("".join("?" if not c.isascii() else fold(c) for c in word))
    return sorted((f for f in forms if f), key=lambda f: (-len(f), f))


def _phrase(phrase: str) -> str:
    words = re.findall(r"\w+", phrase)
    return r"[ ]+".join("(?:" + "|".join(map(re.escape, _forms(w))) + ")" for w in words)


def _bare_forms(phrases: list[str]) -> list[str]:
    """Every bare form of ``phrases`` (marks stripped or letters dropped)."""
    out: set[str] = set()
    for phrase in phrases:
        forms = [sorted(damaged_forms(w)) for w in phrase.split()]
        joined = (" ".join(parts) for parts in itertools.product(*forms))
        out.update(f for f in joined if len(f) >= _MIN_BARE)
    return sorted(out, key=len, reverse=True)


def _code_forms(codes: list[str]) -> dict[str, str]:
    """Each damaged form of a code with "Đ" ("ND", "N", "N?") → the code ("NĐ")."""
    out: dict[str, str] = {}
    for code in codes:
        for lost in ("D", "", "?"):
            form = code.replace("Đ", lost)
            if form and form != code:
                out.setdefault(form, code)
    return out


@cache
def load_rules() -> DamagedRules:
    """The damaged forms of the citation words of ``data/citations.yaml``, compiled."""
    data = read_yaml("citations.yaml")
    words = data["damaged_words"]
    types = load_citation_rules().types
    type_ids = tuple(types.values())
    alternatives = "|".join(
        f"(?P<t{i}>{_phrase(word)})"
        for i, word in sorted(enumerate(types), key=lambda iw: -len(iw[1]))
    )
    month, year = _phrase(words["month"]), _phrase(words["year"])
    return DamagedRules(
        type_ids=type_ids,
        quick=frozenset(_bare_forms([w for w in types if " " in w])),
        types=re.compile(rf"(?<![a-z0-9?])(?:{alternatives})(?![a-z0-9?])"),
        number_lead=re.compile(rf"[ ]*:?{_GAP}(?:(?:{_phrase(words['number'])})[ ]*:?[ ]*)?"),
        number=re.compile(DAMAGED_NUMBER),
        date_lead=re.compile(rf"[ ,]*\n?[ ]*(?:{_phrase(words['date'])}){_GAP}"),
        word_date=re.compile(
            rf"(?P<d>\d{{1,2}})[ ]+(?:{month})[ ]+(?P<m>\d{{1,2}})[ ]+(?:{year})[ ]+(?P<y>\d{{4}})"
        ),
        openers=re.compile(
            r"^[-–+•*]?[ ]*(?:" + "|".join(_phrase(w) for w in data["basis_openers"]) + r")\s"
        ),
        inline=re.compile(
            r"(?<=[ ])(?:" + "|".join(_phrase(w) for w in data["basis_inline"]) + r")[ ]"
        ),
        codes=_code_forms(data["codes_with_dj"]),
    )


@lru_cache(maxsize=8)
def is_damaged(text: str) -> bool:
    """Whether ``text`` may hold citations read bare: "?" in it, or a type word of two
    syllables without its marks ("ke hoach", "quyet dinh"). Kept for the last texts: the
    citation rules ask for each document several times."""
    if "?" in text:
        return True
    words = _WORD.findall(text.lower())
    quick = load_rules().quick
    return any(f"{a} {b}" in quick for a, b in itertools.pairwise(words))


def _bare(text: str) -> bool:
    return text.isascii()


def restore_number(raw: str) -> str:
    """The number with the codes that lost their "Đ" written whole ("91/2017/N-CP" →
    "91/2017/NĐ-CP"), spaces removed."""
    codes = load_rules().codes
    parts = re.split(r"([/-])", re.sub(r"\s+", "", raw))
    return "".join(codes.get(p, p) for p in parts)


def _date(text: str, folded: str, pos: int) -> tuple[str | None, int]:
    lead = load_rules().date_lead.match(folded, pos)
    if lead is None:
        return None, pos
    found = next(find_dates(text, lead.end(), min(len(text), lead.end() + 12)), None)
    if found is not None and found.start == lead.end() and found.iso:
        return found.iso, found.end
    words = load_rules().word_date.match(folded, lead.end())
    if words is None:
        return None, pos
    iso = to_iso(int(words.group("y")), int(words.group("m")), int(words.group("d")))
    return iso, (words.end() if iso else pos)


def citations(doc: Document) -> list[Citation]:
    """The numbered citations of a damaged text (none for a sound one)."""
    if not is_damaged(doc.text):
        return []
    rules = load_rules()
    text, folded = doc.text, fold(doc.text)
    out = []
    for m in rules.types.finditer(folded):
        if not _bare(text[m.start() : m.end()]):
            continue  # a sound type word: the ordinary rules read it
        lead = rules.number_lead.match(folded, m.end())
        number = rules.number.match(text, lead.end()) if lead else None
        if number is None:
            continue
        index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        date, end = _date(text, folded, number.end())
        out.append(
            Citation(
                doc_type=rules.type_ids[index],
                number=restore_number(number.group(0)),
                date=date,
                issuer=None,
                title=None,
                evidence=doc.evidence(m.start(), max(end, number.end()), RULE_DAMAGED),
            )
        )
    return out


def basis_lines(doc: Document, limit: int) -> list[Span]:
    """The lines before ``limit`` of a damaged text that open with a basis word."""
    if not is_damaged(doc.text):
        return []
    rules = load_rules()
    out = []
    for line in doc.lines(Span(0, limit)):
        folded = fold(line.text)
        opener = rules.openers.match(folded)
        if opener and _bare(line.text[: opener.end()]):
            out.append(line.span)
            continue
        inline = next(
            (
                m
                for m in rules.inline.finditer(folded)
                if line.text[m.start()].isupper() and _bare(line.text[m.start() : m.end()])
            ),
            None,
        )
        if inline is not None:
            out.append(Span(line.span.start + inline.start(), line.span.end))
    return out
