"""The body acting in a press article's lead: who held the event or issued the plan.

A press page reporting no numbered document still says who acts, in its lead: "Sáng
11/3, cơ quan Bộ Chỉ huy Quân sự (CHQS) tỉnh tổ chức Lễ phát động …", "Sở Tư pháp tỉnh
vừa có Kế hoạch phát động …", "Sáng 23/2, tại Sở Du lịch, Khối thi đua các sở, ngành
kinh tế gồm 7 đơn vị (…) tổ chức hội nghị ký kết giao ước …", "Sáng ngày 27/12/2023 UBND
xã X, huyện Y đã tổ chức hội nghị tổng kết …". That body is the record's issuer. It is
the subject of the lead's first event verb (``acting_verb`` of ``data/news_rules.yaml``):
the nearest clause before the verb that opens with the head of a body's name, past a
source tag, a date and the place of the event, and cut where the name ends (its members,
its leader, the locality it lies in).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.model import Document, Issuer, Province, Span
from extractors.parts import issuer
from extractors.parts.news_page import paragraphs
from extractors.toolbox.data_files import compile_pattern, read_yaml
from extractors.toolbox.dates import find_dates, find_day_months

RULE_ACTING = "news.acting_body_of_the_lead"

_LEAD_PARAGRAPHS = 2  # the lead: the first paragraphs (one may be the headline again)
_LEAD_SENTENCES = 4  # sentences of the lead where its event verb may stand ("Thực hiện …;")
_SENTENCE_END = re.compile(r"[.!?;](?=[ \n]|$)|\n")
_BRACKETED = re.compile(r"\([^()\n]{0,200}\)")
_CLAUSE_CUT = re.compile(r",[ ]*")
_COMMA = re.compile(r"[ ]*,?[ ]*")
_SOURCE_TAG = re.compile(r"[ ]*(?:\([^)\n]{1,40}\)|[A-ZĐ]{2,8}(?:\.VN)?)[ ]*[-–]?[ ]*")


@dataclass(frozen=True)
class LeadRules:
    verb: re.Pattern[str]
    head: re.Pattern[str]
    prefix: re.Pattern[str]
    end: re.Pattern[str]
    acronym: re.Pattern[str]
    date_lead: re.Pattern[str]
    press_day_month: re.Pattern[str]
    max_words: int


@cache
def load_rules() -> LeadRules:
    name = "news_rules.yaml"
    data = read_yaml(name)
    return LeadRules(
        verb=compile_pattern(name, "acting_verb", data["acting_verb"]),
        head=compile_pattern(name, "body_head", data["body_head"]),
        prefix=compile_pattern(name, "subject_prefix", data["subject_prefix"]),
        end=compile_pattern(name, "subject_end", data["subject_end"]),
        acronym=compile_pattern(name, "acronym", data["acronym"]),
        date_lead=compile_pattern(name, "date_lead", data["date_lead"], re.IGNORECASE),
        press_day_month=compile_pattern(name, "press_day_month", data["press_day_month"]),
        max_words=int(data["subject_max_words"]),
    )


def _masked(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with each match of ``pattern`` blanked, its length kept (offsets hold)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text)


def _sentences(text: str, span: Span) -> list[Span]:
    spans: list[Span] = []
    start = span.start
    for m in _SENTENCE_END.finditer(text, span.start, span.end):
        spans.append(Span(start, m.end()))
        start = m.end()
    if start < span.end:
        spans.append(Span(start, span.end))
    return [s for s in spans if text[s.start : s.end].strip()]


def _past_opening(text: str, at: int, end: int) -> int:
    """``at`` moved past what opens a lead before its subject: a source tag ("(YBĐT) -"),
    a time and date ("Sáng ngày 27/12/2023", "Ngày 16/7,"), with or without a comma."""
    tag = _SOURCE_TAG.match(text, at, end)
    if tag is not None and tag.group(0).strip():
        at = tag.end()
    rules = load_rules()
    lead = rules.date_lead.match(text, at, end)
    if lead is None or lead.end() == at:
        return at
    date = next(find_dates(text, lead.end(), end), None)
    day = next(find_day_months(text, lead.end(), end), None)
    found = date if date is not None and date.start == lead.end() else day
    if found is not None and found.start == lead.end():
        stop = found.end
    elif (press := rules.press_day_month.match(text, lead.end(), end)) is not None:
        stop = press.end()  # the press's "Ngày 10-7 Sở Nội vụ …"
    else:
        return at
    after = _COMMA.match(text, stop, end)
    return after.end() if after else stop


def _subject(doc: Document, start: int, verb: int) -> Span | None:
    """The body named right before the verb at ``verb`` in the sentence from ``start``:
    the nearest clause that opens with a body's head, cut where its name ends."""
    rules = load_rules()
    text = doc.text
    window = _masked(text[start:verb], _BRACKETED)
    cuts = [start + m.end() for m in _CLAUSE_CUT.finditer(window)]
    for clause in [*reversed(cuts), start]:
        at = _past_opening(text, clause, verb)
        prefix = rules.prefix.match(text, at, verb)
        if prefix is not None:
            at = prefix.end()
        if rules.head.match(text, at, verb) is None:
            continue
        names = _masked(text[at:verb], rules.acronym)
        cut = rules.end.search(names)
        end = at + (cut.start() if cut else len(names.rstrip()))
        if len(text[at:end].split()) > rules.max_words:
            return None
        return Span(at, end)
    return None


def acting_body(doc: Document, province: Province | None) -> Issuer | None:
    """The body the lead says acts — holds the event or issues the plan — or None when
    its first sentences name no body before an event verb."""
    if not doc.is_news:
        return None
    rules = load_rules()
    sentences = [s for p in paragraphs(doc)[:_LEAD_PARAGRAPHS] for s in _sentences(doc.text, p)]
    for sentence in sentences[:_LEAD_SENTENCES]:
        verb = rules.verb.search(doc.text, sentence.start, sentence.end)
        if verb is None:
            continue
        span = _subject(doc, sentence.start, verb.start())
        if span is None:
            continue
        name = rules.acronym.sub("", doc.slice(span))
        return issuer.named(doc, span, province, RULE_ACTING, text=name)
    return None
