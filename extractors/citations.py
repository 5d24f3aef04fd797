"""Cited documents: type, normalised number, date and issuer.

"Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ",
"Nghị định số 91/2017/NĐ-CP", party documents "Chỉ thị số 34-CT/TW",
"Công văn số 105-CV/TU", and laws cited by name and date ("Luật Thi đua,
khen thưởng ngày 15 tháng 6 năm 2022"). Citations in the title and the
preamble are the plan's ``legal_basis``; the others are ``references``, each
cited document once (its first citation, completed by later ones).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractors.data_files import load_doc_types, load_known_issuers
from extractors.dates import DATE, find_dates
from extractors.model import Citation, Document, Span
from extractors.names import squash

RULE_NUMBERED = "citation.numbered"
RULE_NAMED_LAW = "citation.named_law"

# 1497/QĐ-TTg, 91/2017/NĐ-CP, 16/KH-HĐTĐKT, 25/2018/QĐ-UBND, 01/2021/TT-BNV
_STATE_NUMBER = (
    r"\d{1,5}[ ]?(?:/[ ]?\d{4})?[ ]?/[ ]?[A-ZĐ][A-Za-zĐđ0-9]{0,12}(?:-[A-Za-zĐđ0-9]{1,12}){0,3}"
)
# party documents: 34-CT/TW, 105-CV/TU, 09-NQ/TU
_PARTY_NUMBER = r"\d{1,5}-[A-ZĐ]{1,5}/[A-ZĐ]{1,5}"
_ISSUER_STOP = (
    r"(?=\s+(?:về|ban hành|quy định|hướng dẫn|triển khai|phát động|thực hiện|trên|tại|và|"
    r"đã|năm|nhằm|với|theo|gọi tắt|như sau)\b|\s*[,;.:(“\"”)\n]|\s*$)"
)


@cache
def _types() -> dict[str, str]:
    return {n.lower(): t.id for t in load_doc_types() for n in t.names}


@cache
def _numbered() -> re.Pattern[str]:
    names = sorted({n for t in load_doc_types() for n in t.names}, key=len, reverse=True)
    kinds = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"(?P<type>{kinds})[ ]+(?:số[ ]*:?[ ]*)?(?P<num>{_PARTY_NUMBER}|{_STATE_NUMBER})(?![\w/])"
        rf"(?:[ ,]+ngày[ ]+(?P<date>{DATE.pattern}))?"
        rf"(?:[ ,]+của[ ]+(?P<issuer>[^\n]{{2,90}}?){_ISSUER_STOP})?",
        re.IGNORECASE,
    )


_NAMED_LAW = re.compile(
    rf"(?P<type>Luật|Bộ luật)[ ]+(?P<title>[A-ZĐÀ-Ỹ][^\n;.]{{2,80}}?)"
    rf"[ ,]+ngày[ ]+(?P<date>{DATE.pattern})"
)


def normalise_number(raw: str) -> str:
    """Number as printed without spaces: "01 /KH-UBND" → "01/KH-UBND"."""
    return re.sub(r"\s+", "", raw)


@cache
def _known_at() -> re.Pattern[str]:
    """A known issuer's full name (longest first), to read it whole after "của"."""
    names = sorted(load_known_issuers(), key=len, reverse=True)
    return re.compile("|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names))


# "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …": the proposer
_PROPOSER = re.compile(
    r"đề nghị của[ ]+(?P<who>[^\n,;]{3,80}?)[ ]+tại[ ]+(?:các[ ]+)?$", re.IGNORECASE
)


def _issuer_at(doc: Document, m: re.Match[str]) -> tuple[str | None, int, int]:
    """The issuer of citation ``m`` and the span the citation covers.

    After "của": a known issuer read whole ("Bộ Giáo dục và Đào tạo"), else
    the words up to a stop word. Before a Tờ trình: the proposer named in
    "đề nghị của … tại", and the evidence starts there.
    """
    if m.group("issuer"):
        known = _known_at().match(doc.text, m.start("issuer"))
        if known and known.end() > m.end("issuer"):
            return squash(known.group(0)), m.start(), known.end()
        return squash(m.group("issuer")), m.start(), m.end()
    window_start = max(0, m.start() - 120)
    proposer = _PROPOSER.search(doc.text[window_start : m.start()])
    if proposer:
        return squash(proposer.group("who")), window_start + proposer.start(), m.end()
    return None, m.start(), m.end()


def _complete_issuer(issuer: str) -> str:
    """Complete an issuer cut short ("Thủ tướng Chính" → "Thủ tướng Chính phủ")."""
    words = issuer.split()
    candidates = [
        known
        for known in load_known_issuers()
        if known.lower() != issuer.lower()
        and known.lower().startswith(issuer.lower())
        and len(known.split()) <= len(words) + 1
    ]
    return candidates[0] if len(candidates) == 1 else issuer


def _date(text: str | None) -> str | None:
    if not text:
        return None
    found = next(find_dates(text), None)
    return found.iso if found else None


def _all(doc: Document) -> list[Citation]:
    """Every citation in the text, in order of appearance."""
    found: list[Citation] = []
    for m in _numbered().finditer(doc.text):
        issuer, start, end = _issuer_at(doc, m)
        if issuer:
            completed = _complete_issuer(issuer)
            if completed != issuer:
                doc.repairs.append(
                    f"citation {normalise_number(m.group('num'))}: issuer {issuer!r} "
                    f"completed to {completed!r}"
                )
                issuer = completed
        found.append(
            Citation(
                doc_type=_types()[m.group("type").lower()],
                number=normalise_number(m.group("num")),
                date=_date(m.group("date")),
                issuer=issuer,
                title=None,
                evidence=doc.evidence(start, end, RULE_NUMBERED),
            )
        )
    for m in _NAMED_LAW.finditer(doc.text):
        found.append(
            Citation(
                doc_type="luat",
                number=None,
                date=_date(m.group("date")),
                issuer=None,
                title=squash(f"{m.group('type')} {m.group('title')}"),
                evidence=doc.evidence(m.start(), m.end(), RULE_NAMED_LAW),
            )
        )
    found.sort(key=lambda c: c.evidence.start)
    return found


def _key(c: Citation) -> str:
    if c.number:
        return c.number.upper()
    return f"{c.doc_type}|{(c.title or '').lower()}|{c.date}"


def _merge(first: Citation, later: Citation) -> Citation:
    """Fill what the first citation of a document lacks from a later one."""
    return replace(first, date=first.date or later.date, issuer=first.issuer or later.issuer)


# a body section that states the basis: "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "CƠ SỞ PHÁP LÝ"
_BASIS_SECTION = re.compile(r"(?:căn cứ|cơ sở pháp lý|cơ sở xây dựng)", re.IGNORECASE)


def _in_basis(doc: Document, start: int) -> bool:
    """Whether a citation at ``start`` is part of the plan's stated basis."""
    for span in (doc.blocks.title, doc.blocks.preamble):
        if span is not None and span.start <= start < span.end:
            return True
    return any(
        section.level == 1
        and _BASIS_SECTION.match(section.title)
        and section.span.start <= start < section.span.end
        for section in doc.sections
    )


def extract(doc: Document) -> tuple[list[Citation], list[Citation]]:
    """``(legal_basis, references)``: each cited document once."""
    basis: dict[str, Citation] = {}
    refs: dict[str, Citation] = {}
    header = doc.blocks.header or Span(0, 0)
    for c in _all(doc):
        if header.start <= c.evidence.start < header.end:
            continue
        key = _key(c)
        if _in_basis(doc, c.evidence.start):
            basis[key] = _merge(basis[key], c) if key in basis else c
            refs.pop(key, None)
        elif key in basis:
            basis[key] = _merge(basis[key], c)
        else:
            refs[key] = _merge(refs[key], c) if key in refs else c
    return list(basis.values()), list(refs.values())
