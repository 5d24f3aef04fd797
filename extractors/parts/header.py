"""The document's own identity: type, số ký hiệu, date, place, title, movements.

Read from the Nghị định 30 header and title blocks; for press articles, the
headline and the movement they report. Issuer, signer and province have
modules of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.layout.cells import type_of_number
from extractors.layout.rules import load_layout_rules
from extractors.layout.subject import SUBJECT_DOC_TYPE, is_subject_mark
from extractors.model import Document, DocumentFields, Evidence, Span
from extractors.parts import issuer, movements, news_page, signer
from extractors.segment.structure import JOINT
from extractors.toolbox import provinces
from extractors.toolbox.data_files import load_doc_types
from extractors.toolbox.names import squash

RULE_NUMBER = "header.so_ky_hieu"
RULE_PLACE_DATE = "header.place_date"
RULE_TITLE = "header.title"
RULE_DOC_TYPE = "header.doc_type_line"
RULE_TYPE_FROM_NUMBER = "header.doc_type_from_number"
RULE_ATTACHED = "header.attached_note"
RULE_FORMULA = "header.decision_formula"
RULE_SUBJECT = "header.subject_line"
RULE_MOVEMENT = movements.RULE_TITLE

# a quoted movement name after "phong trào (thi đua)" and up to six words ("đặc
# biệt", "cao điểm 100 ngày đêm"): quoted “…”, "…" or «…», also over a line
# break of the title
MOVEMENT = re.compile(
    r"phong trào(?:[ ]+thi đua)?(?:[ ]+[\w/-]+){0,6}?[ :]*\n?[ ]*"
    r"[“\"«](?P<name>(?:[^”\"«»\n]|\n(?![ \t]*\n)){4,300})[”\"»]",
    re.IGNORECASE,
)
# in a press article, a movement also follows the launch or the round it names ("phát động
# thi đua “…”", "đợt thi đua cao điểm “…”", "hưởng ứng “…”") …
ROUND = re.compile(
    r"(?:đợt thi đua|đợt ra quân|phát động thi đua|hưởng ứng)"
    r"(?:[ ]+(?!(?:với|chủ|khẩu|thông)\b)[\w/-]+){0,6}?[ :]*"
    r"[ ]*[“\"«](?P<name>[^”\"«»\n]{4,300})[”\"»]",
    re.IGNORECASE,
)
# … or, when the article names none, goes by its theme or slogan ("với chủ đề: “…”", "chủ
# đề thi đua “…”", "khẩu hiệu “…”"): beside a named movement a theme is that movement's
# motto, not a second one
THEMED = re.compile(
    r"(?:chủ đề|khẩu hiệu|thông điệp)(?:[ ]+(?:thi đua|của đợt thi đua|năm nay))?[ ]*:?[ ]*"
    r"[“\"«](?P<name>[^”\"«»\n]{4,300})[”\"»]",
    re.IGNORECASE,
)
# … or is written without quotes after "phong trào thi đua", its name capitalised and
# ended by the words that follow a name ("… Hòa Minh đồng lòng xây dựng nông thôn mới kiểu
# mẫu năm 2023", "… Lạng Sơn đoàn kết, kỷ cương, tăng tốc phát triển năm 2022 sâu rộng")
UNQUOTED = re.compile(
    r"[Pp]hong trào thi đua[ ]+(?P<name>[^\W\d_][^.;:“”\"«»\n]{8,150}?)"
    r"(?=[ ]+(?:năm|giai đoạn|sâu rộng|trong|trên|tới|đến|nhằm|gắn|với|do|được)\b|[.;:\n]|$)"
)
_UNQUOTED_MIN_WORDS = 3
# … or, capitalised with its "Thi đua", is a standing movement's name ("phong trào Thi đua
# Quyết thắng năm 2024" of the armed forces); "Thi đua yêu nước" in lower case is none
CAPITALISED = re.compile(
    r"[Pp]hong trào (?P<name>Thi đua [A-ZĐÀ-Ỹ][^\W\d_]*(?:[ ][^\W\d_]+){0,5}?)"
    r"(?=[ ]+(?:năm|giai đoạn|trong|trên|tới|đến|nhằm|gắn|với|do|được|của)\b|[.;:,\n”\"]|$)"
)
# a theme ending in its year is the motto of a year's work ("… hoàn thành thắng lợi nhiệm
# vụ năm 2016"), not a movement's name
_YEARLY = re.compile(r"\bnăm \d{4}\W*$")
_NEWS_LEAD_SPANS = 2  # the headline and the first two paragraphs


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
        return _type_from_number(doc)
    word = doc.slice(line).lower().removesuffix(" " + JOINT.lower())
    for t in load_doc_types():
        if word in (n.lower() for n in t.names):
            return t.id, doc.evidence(line.start, line.end, RULE_DOC_TYPE)
    if is_subject_mark(doc.slice(line)):
        return SUBJECT_DOC_TYPE, doc.evidence(line.start, line.end, RULE_SUBJECT)
    return "other", None


def _type_from_number(doc: Document) -> tuple[str, Evidence | None]:
    """A header without its type line, or an attached regulation's opening note: the
    type code of the số ký hiệu ("…/QĐ-UBND", "27-QĐ/HNDT")."""
    cells = doc.header_cells
    found = type_of_number(cells.number_value) if cells.number_value else None
    if cells.number is None or found is None:
        return _type_from_formula(doc)
    return found, doc.evidence(cells.number.start, cells.number.end, RULE_TYPE_FROM_NUMBER)


def _type_from_formula(doc: Document) -> tuple[str, Evidence | None]:
    """A print view without header or type line: a decision by its "QUYẾT ĐỊNH:" formula."""
    m = load_layout_rules().decision_formula.search(doc.text)
    if m is None:
        return "other", None
    return "quyet_dinh", doc.evidence(m.start(), m.end(), RULE_FORMULA)


def number(doc: Document) -> tuple[str | None, Evidence | None]:
    """The số ký hiệu, from the number cell the layout stage read."""
    cells = doc.header_cells
    if cells.number is None:
        return None, None
    rule = RULE_NUMBER if cells.source == "header" else RULE_ATTACHED
    return cells.number_value, doc.evidence(cells.number.start, cells.number.end, rule)


def place_date(doc: Document) -> PlaceDate | None:
    """Place and date, from the place-and-date cell the layout stage read."""
    cells = doc.header_cells
    if cells.place_date is None:
        return None
    return PlaceDate(place=cells.place or "", date=cells.date, span=cells.place_date)


def title(doc: Document) -> tuple[str | None, Evidence | None]:
    span = doc.blocks.title
    if span is None:
        return None, None
    text = squash(doc.slice(span))
    # sentence case: party documents start the trích yếu in lower case ("về …")
    return text[:1].upper() + text[1:], doc.evidence(span.start, span.end, RULE_TITLE)


def movement_names(doc: Document) -> list[tuple[str, Evidence]]:
    """Movements the document launches or carries on, by their names: a press article's
    below, a document's by :func:`extractors.parts.movements.of_document` (its title's,
    else its preamble's, else those its body tells the reader to carry on)."""
    if doc.is_news:
        return _news_movements(doc)
    return movements.of_document(doc)


def _news_movements(doc: Document) -> list[tuple[str, Evidence]]:
    """The movements a press article names, in its headline and paragraphs: quoted after
    "phong trào", after the launch or round (not a campaign, a theme, a contest or a programme
    named before the quote: :func:`movements.names_other`); in its headline and lead
    also without quotes after "phong trào thi đua"; a round ("đợt thi đua cao điểm “…”")
    only when the article names no movement (beside one it is that movement's round), its
    theme or slogan only when it names neither."""
    top = news_page.headline(doc)
    spans = ([top] if top is not None else []) + news_page.paragraphs(doc)
    for kind in ("movements", "rounds", "themes"):
        if named := _news_names(doc, spans, kind):
            return named
    return []


def _news_names(doc: Document, spans: list[Span], kind: str) -> list[tuple[str, Evidence]]:
    """Names in ``spans`` of the ``kind``: movements, rounds, or themes and slogans."""
    found: list[tuple[str, Evidence]] = []
    for i, span in enumerate(spans):
        if kind == "themes":
            matches = [m for m in _quoted(doc, span, THEMED) if not _YEARLY.search(m.group("name"))]
        else:
            matches = _quoted(doc, span, MOVEMENT if kind == "movements" else ROUND)
        if i <= _NEWS_LEAD_SPANS and kind == "movements":
            matches += [
                m
                for m in UNQUOTED.finditer(doc.text, span.start, span.end)
                if m.group("name")[0].isupper()
                and len(m.group("name").split()) >= _UNQUOTED_MIN_WORDS
            ]
            matches += list(CAPITALISED.finditer(doc.text, span.start, span.end))
        for m in sorted(matches, key=lambda m: m.start("name")):
            name = squash(m.group("name"))
            if name not in [n for n, _ in found]:
                ev = doc.evidence(m.start("name"), m.end("name"), RULE_MOVEMENT)
                found.append((name, ev))
    return found


def _quoted(doc: Document, span: Span, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Matches of ``pattern`` in ``span``, each followed by the names chained to it."""
    found: list[re.Match[str]] = []
    for m in pattern.finditer(doc.text, span.start, span.end):
        if pattern is not THEMED and movements.names_other(doc.text[m.start() : m.start("name")]):
            continue  # "Cuộc vận động “…”", "hưởng ứng Chương trình “…”": no movement
        found.append(m)
        chained = movements.CHAINED.match(doc.text, m.end(), span.end)
        while chained is not None:
            found.append(chained)
            chained = movements.CHAINED.match(doc.text, chained.end(), span.end)
    return found


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


def _published_date(doc: Document) -> str | None:
    """A news article's own date, from its datelines (see :mod:`extractors.parts.news_page`)."""
    return news_page.published_date(doc)
