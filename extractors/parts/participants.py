"""Participants: who competes, as the plan's "Đối tượng thi đua" states it.

From the section so titled ("1. Đối tượng thi đua", "Đối tượng tham gia",
"Đối tượng áp dụng" and its paragraph, or "b. Đối tượng: Toàn thể cán bộ …"
inline), or a regulation's article ("Điều 2. Đối tượng áp dụng"), else — press
articles — from the sentence "Đối tượng thi đua là …" or the clause "Theo Kế
hoạch, đối tượng thi đua là …", or "Tham gia phong trào có …". Its label is no
part of it ("II. ĐỐI TƯỢNG, NỘI DUNG" over "Đối tượng: các tổ …"), and written
after a label it ends with its sentence ("1. Đối tượng: Toàn thể … nhà trường.
Thời gian thi đua …").
The section pattern is in ``data/section_titles.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.model import Document, Evidence, Span
from extractors.segment.passages import articles, body_span, children, sentence_at, titled

# --- named patterns ------------------------------------------------------------------------

_WHOSE = r"(?: thi đua| tham gia(?: thi đua)?| áp dụng)"
# "Đối tượng thi đua là …" opening a sentence, or "…, đối tượng thi đua là …" after an
# opening phrase ("Theo Kế hoạch, ", "Cụ thể, "), where it must say whose
_SENTENCE = re.compile(
    rf"(?m)(?:(?:^|(?<=[.!?]\s))Đối tượng{_WHOSE}?|(?<=,\s)đối tượng{_WHOSE})"
    r"(?: (?:của |tham gia )?(?:phong trào|cuộc thi|kế hoạch)(?: thi đua)?(?: này)?)?"
    r"\s*(?:là|gồm|bao gồm|:)\s+"
)
# … or a press sentence saying who takes part: "Tham gia phong trào có …", "Tham gia đợt
# thi đua là …" (opening its sentence)
_TAKING_PART = re.compile(
    r"(?m)(?:^|(?<=[.!?]\s))Tham gia (?:phong trào|đợt thi đua|cuộc thi đua)(?: thi đua)?"
    r"(?: này)?\s+(?:có|là|gồm)\s+"
)
# the label a paragraph of the section opens with: "Đối tượng: …", "Đối tượng thi đua: …"
_LABEL = re.compile(rf"\s*Đối tượng{_WHOSE}?\s*:\s*", re.IGNORECASE)
# a list of groups, one per item, is read whole
_LISTED = re.compile(r"\s*(?:[-–+•]|[a-zđ]\)|\d{1,2}[.)])\s")


@dataclass
class Participants:
    """The "Đối tượng thi đua" text and where it is."""

    text: str
    evidence: Evidence


# --- context words -------------------------------------------------------------------------


def _labelled(doc: Document, start: int, end: int, inline: bool) -> Span:
    """The text from ``start``, past its label; written after a label it is one sentence."""
    label = _LABEL.match(doc.text, start, end)
    if label:
        start = label.end()
    while start < end and doc.text[start].isspace():
        start += 1
    if (label or inline) and start < end and not _LISTED.match(doc.text, start, end):
        end = min(end, sentence_at(doc, start, Span(start, end)).end)
    return Span(start, end)


def _section_span(doc: Document) -> Span | None:
    for section in titled(doc, "participants"):
        colon = doc.text.find(":", section.heading.start, section.heading.end)
        start = colon + 1 if colon >= 0 else section.heading.end
        kids = children(doc, section)
        end = kids[0].span.start if kids else section.span.end
        if doc.text[start:end].strip():
            return _labelled(doc, start, end, colon >= 0)
        if kids and all(k.marker[:1] in "-–+•" for k in kids):  # a bulleted list of groups
            return Span(start, section.span.end)
    for _, content in articles(doc, "participants"):  # "Điều 2. Đối tượng áp dụng"
        if doc.text[content.start : content.end].strip():
            return _labelled(doc, content.start, content.end, True)
    return None


def _sentence_span(doc: Document) -> Span | None:
    body = body_span(doc)
    m = _SENTENCE.search(doc.text, body.start, body.end)
    m = m or _TAKING_PART.search(doc.text, body.start, body.end)
    if not m:
        return None
    return Span(m.end(), sentence_at(doc, m.end(), body).end)


# --- normalise() ---------------------------------------------------------------------------


def normalise(doc: Document, span: Span) -> str:
    return " ".join(doc.text[span.start : span.end].split())


# --- validate() ----------------------------------------------------------------------------


def validate(participants: Participants) -> bool:
    return len(participants.text) >= 5


# --- entry point ---------------------------------------------------------------------------


def extract(doc: Document) -> Participants | None:
    """Who competes, as written, or None when the plan does not say."""
    span = _section_span(doc) or _sentence_span(doc)
    if span is None:
        return None
    found = Participants(normalise(doc, span), doc.evidence(span.start, span.end, "participants"))
    return found if validate(found) else None
