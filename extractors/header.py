"""The document's own identity: type, số ký hiệu, date, place, title, movements.

Read from the Nghị định 30 header and title blocks; for press articles, the
headline and the movement they report. Issuer, signer and province have
modules of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors import issuer, provinces, signer
from extractors.data_files import load_doc_types
from extractors.dates import date_pattern, find_dates
from extractors.model import Document, DocumentFields, Evidence, Span
from extractors.names import squash
from extractors.structure import JOINT, SUBJECT_DOC_TYPE, attachment_title, is_subject_mark

RULE_NUMBER = "header.so_ky_hieu"
RULE_PLACE_DATE = "header.place_date"
RULE_TITLE = "header.title"
RULE_DOC_TYPE = "header.doc_type_line"
RULE_SUBJECT = "header.subject_line"
RULE_MOVEMENT = "header.movement_quoted"
RULE_MOVEMENT_IMPLEMENTED = "header.movement_implemented"

# "Số: 01/KH-HĐTĐKT", "Số:01 /KH-HĐTĐKT", "Số: 1234/QĐ-UBND"
NUMBER = re.compile(
    r"(?m)^[ ]*Số[ ]{0,3}:?[ ]{0,3}"
    r"(?P<num>\d{1,5}-[A-ZĐ]{1,6}/[A-ZĐ0-9](?:[A-ZĐ0-9]|-(?=[A-ZĐ0-9])){0,14}"
    r"|\d{1,5}[ ]{0,2}(?:/[ ]{0,2}\d{4}[ ]{0,2})?/[ ]{0,2}[A-ZĐ][\wĐđ&.\-]{0,24})"
)

# a date left blank for the signing day: "ngày     tháng 8 năm 2025", "ngày ... tháng ... năm 2025"
_BLANK_DATE = r"ngày[ \t.…_]*(?:\d{1,2}[ \t]+)?tháng[ \t.…_]*(?:\d{1,2}[ \t]+)?năm[ \t]+\d{4}"


@cache
def place_date_pattern() -> re.Pattern[str]:
    """The place-and-date line: "Quảng Ngãi, ngày 28 tháng 10 năm 2021", "Hà Nội, ngày
    16/7/2021", "Huế, ngày hai mươi tháng Một năm hai nghìn không trăm hai mươi sáu".

    The date may run over a line break (an OCR line cut before "năm 2025"), or be
    left blank for the signing day ("ngày    tháng 8 năm 2025": the place without a
    date). "ngày" is required: a place and a bare date is not the place-and-date line.
    """
    return re.compile(
        r"(?m)^[ \t]*(?P<place>[^\W\d][^\n,]{0,40}?)[ \t]*,[ \t]*\n?[ \t]*"
        rf"(?P<date>(?=ngày\s)(?:{date_pattern()})|{_BLANK_DATE})",
        re.IGNORECASE,
    )


# a quoted movement name after "phong trào (thi đua)" and up to six words ("đặc
# biệt", "cao điểm 100 ngày đêm"): quoted “…”, "…" or «…», also over a line
# break of the title
MOVEMENT = re.compile(
    r"(?:phong trào|cuộc vận động)(?:[ ]+thi đua)?(?:[ ]+[\w/-]+){0,6}?[ :]*\n?[ ]*"
    r"[“\"«](?P<name>(?:[^”\"«»\n]|\n(?![ \t]*\n)){4,300})[”\"»]",
    re.IGNORECASE,
)
# a further name right after one: "… “A” và “B”", "… “A”, “B”"
CHAINED = re.compile(r"[ ]*(?:,|;|và)[ ]*[“\"«](?P<name>[^”\"«»\n]{4,300})[”\"»]")
# the sentence of the preamble saying what this plan does
OWN_PLAN = re.compile(
    r"(?:ban hành|xây dựng)[ ]+(?:Kế hoạch|kế hoạch)"
    r"(?:[ ]+(?:triển khai|tổ chức|thực hiện|phát động)){0,3}"
    r"[^.;\n]{0,80}?phong trào",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class PlaceDate:
    place: str
    date: str | None
    span: Span


def doc_type(doc: Document) -> tuple[str, Evidence | None]:
    if doc.is_news:
        return "news", None
    line = doc.blocks.doc_type_line
    if line is None:
        return "other", None
    word = doc.slice(line).lower().removesuffix(" " + JOINT.lower())
    for t in load_doc_types():
        if word in (n.lower() for n in t.names):
            return t.id, doc.evidence(line.start, line.end, RULE_DOC_TYPE)
    if is_subject_mark(doc.slice(line)):
        return SUBJECT_DOC_TYPE, doc.evidence(line.start, line.end, RULE_SUBJECT)
    return "other", None


def number(doc: Document) -> tuple[str | None, Evidence | None]:
    header = doc.blocks.header
    if header is None:
        return None, None
    m = NUMBER.search(doc.text, header.start, header.end)
    if not m:
        return None, None
    value = re.sub(r"\s+", "", m.group("num")).rstrip(".")
    return value, doc.evidence(m.start("num"), m.end("num"), RULE_NUMBER)


def place_date(doc: Document) -> PlaceDate | None:
    header = doc.blocks.header
    if header is None:
        return None
    m = place_date_pattern().search(doc.text, header.start, header.end)
    if not m:
        return None
    found = next(find_dates(m.group("date")), None)
    return PlaceDate(
        place=squash(m.group("place")),
        date=found.iso if found else None,
        span=Span(m.start("place"), m.end()),
    )


def title(doc: Document) -> tuple[str | None, Evidence | None]:
    span = doc.blocks.title
    if span is None:
        return None, None
    text = squash(doc.slice(span))
    # sentence case: party documents start the trích yếu in lower case ("về …")
    return text[:1].upper() + text[1:], doc.evidence(span.start, span.end, RULE_TITLE)


def movement_names(doc: Document) -> list[tuple[str, Evidence]]:
    """Movements the document launches or implements, by their quoted names.

    The title names it in most plans (or the title of the plan a Quyết định
    issues, attached after its signature); otherwise the preamble sentence
    saying what this plan does ("… ban hành Kế hoạch … phong trào thi đua
    “…”"), or else the movements the preamble says the plan implements
    ("Thực hiện Kế hoạch số … về tổ chức phong trào thi đua “…”"). Quoted
    slogans in the body are not movements of this document.
    """
    names: list[tuple[str, Evidence]] = []
    spans: list[Span] = []
    for span in (doc.blocks.title, attachment_title(doc)):
        if span is not None:
            spans.append(span)
    if doc.is_news and doc.blocks.body is not None:
        first_para = re.search(r"[^\n]+", doc.text[doc.blocks.body.start :])
        if first_para:
            start = doc.blocks.body.start + first_para.start()
            spans.append(Span(start, start + len(first_para.group(0))))
    for span in spans:
        for m in _quoted(doc, span, MOVEMENT):
            name = squash(m.group("name"))
            if name not in [n for n, _ in names]:
                names.append((name, doc.evidence(m.start("name"), m.end("name"), RULE_MOVEMENT)))
    if not names and doc.blocks.preamble is not None:
        names = _preamble_movements(doc, doc.blocks.preamble)
    return names


def _quoted(doc: Document, span: Span, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of ``pattern`` in ``span``, each followed by the names chained to it."""
    found: list[re.Match[str]] = []
    for m in pattern.finditer(doc.text, span.start, span.end):
        found.append(m)
        chained = CHAINED.match(doc.text, m.end(), span.end)
        while chained is not None:
            found.append(chained)
            chained = CHAINED.match(doc.text, chained.end(), span.end)
    return found


def _preamble_movements(doc: Document, pre: Span) -> list[tuple[str, Evidence]]:
    """The movement of the preamble's own-plan sentence, else every quoted one."""
    for own in OWN_PLAN.finditer(doc.text, pre.start, pre.end):
        quoted = MOVEMENT.search(doc.text, own.end() - len("phong trào"), pre.end)
        if quoted:
            ev = doc.evidence(quoted.start("name"), quoted.end("name"), RULE_MOVEMENT)
            return [(squash(quoted.group("name")), ev)]
    names: list[tuple[str, Evidence]] = []
    for m in _quoted(doc, pre, MOVEMENT):
        name = squash(m.group("name"))
        if name not in [n for n, _ in names]:
            ev = doc.evidence(m.start("name"), m.end("name"), RULE_MOVEMENT_IMPLEMENTED)
            names.append((name, ev))
    return names


def extract(doc: Document) -> DocumentFields:
    """All fields of ``document`` in the record."""
    fields = DocumentFields()
    fields.doc_type, ev = doc_type(doc)
    fields.cite("doc_type", ev)
    fields.number, ev = number(doc)
    fields.cite("number", ev)
    pd = place_date(doc)
    if pd is not None:
        fields.place = pd.place
        fields.issue_date = pd.date
        cited = "issue_date" if pd.date else "place"  # a date left blank: the place only
        fields.cite(cited, doc.evidence(pd.span.start, pd.span.end, RULE_PLACE_DATE))
    fields.title, ev = title(doc)
    fields.cite("title", ev)
    for name, ev in movement_names(doc):
        fields.movement_names.append(name)
        fields.cite("movement_names", ev)
    fields.province = provinces.extract(
        doc, place=pd.span if pd else None, issued=pd.date if pd else None
    )
    fields.issuer = issuer.extract(doc, fields.province)
    fields.signer = signer.extract(doc)
    if doc.is_news:
        fields.published_date = _published_date(doc)
    return fields


# a dateline: a date alone on a line near the top ("12/09/2021 10:35",
# "Thứ hai, 13/09/2021", "Ngày đăng: 13/09/2021", "Cập nhật: 14:25, 18/5/2022")
DATELINE = re.compile(
    r"(?m)^[ ]*(?:(?:Thứ [^\n,]{2,6}|Chủ nhật|Ngày đăng|Cập nhật|Đăng ngày)[ ]*[,:]?[ ]*)?"
    r"(?:\d{1,2}:\d{2}[ ]*[,|-]?[ ]*)?(?P<date>\d{1,2}/\d{1,2}/\d{4})"
    r"(?:[ ,|-]+\d{1,2}:\d{2}(?::\d{2})?)?[ ]*(?:\(GMT[^)]*\))?[ ]*$"
)


def _published_date(doc: Document) -> str | None:
    """A news article's own date, from a dateline in its first lines."""
    m = DATELINE.search(doc.text, 0, min(len(doc.text), 600))
    if m is None:
        return None
    found = next(find_dates(m.group("date")), None)
    return found.iso if found else None
