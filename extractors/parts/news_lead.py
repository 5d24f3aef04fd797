"""The body acting in a press article's lead: who held the event or issued the plan.

A press page reporting no numbered document still says who acts, in its lead: "Sáng
11/3, cơ quan Bộ Chỉ huy Quân sự (CHQS) tỉnh tổ chức Lễ phát động …", "Sở Tư pháp tỉnh
vừa có Kế hoạch phát động …", "Sáng 23/2, tại Sở Du lịch, Khối thi đua các sở, ngành
kinh tế gồm 7 đơn vị (…) tổ chức hội nghị ký kết giao ước …", "Sáng ngày 27/12/2023 UBND
xã X, huyện Y đã tổ chức hội nghị tổng kết …". That body is the record's issuer. It is
the subject of the lead's first event verb (``acting_verb`` of ``data/news_rules.yaml``):
the nearest clause before the verb that opens with the head of a body's name, past a
source tag, a date and the place of the event, and cut where the name ends (its members,
its leader, the locality it lies in); of bodies acting together, the first. The lead also
names who signs the reported document (:func:`signer`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.model import Document, Issuer, Province, Signer, Span
from extractors.parts import issuer
from extractors.parts.news_page import paragraphs
from extractors.toolbox.data_files import compile_pattern, read_yaml
from extractors.toolbox.dates import find_dates, find_day_months
from extractors.toolbox.names import split_person, squash

RULE_ACTING = "news.acting_body_of_the_lead"
RULE_SIGNER = "news.signer_before_verb"
RULE_SIGNER_NAMED_FIRST = "news.signer_named_first"

_LEAD_PARAGRAPHS = 2  # the lead: the first paragraphs (one may be the headline again)
_LEAD_SENTENCES = 4  # sentences of the lead where its event verb may stand ("Thực hiện …;")
_SENTENCE_END = re.compile(r"[.!?;](?=[ \n]|$)|\n")
_CLAUSE_END = re.compile(r"[.!?;\n]")  # where a signer's title and verb must both stand
_BRACKETED = re.compile(r"\([^()\n]{0,200}\)")
_CLAUSE_CUT = re.compile(r",[ ]*")
_COMMA = re.compile(r"[ ]*,?[ ]*")
# a source tag: "(NTO) ", "(YBĐT) - ", "BHG - " (capitals alone need their dash: "HĐND, …")
_SOURCE_TAG = re.compile(r"[ ]*(?:\([^)\n]{1,40}\)[ ]*[-–]?|[A-ZĐ]{2,8}(?:\.VN)?[ ]*[-–])[ ]*")


@dataclass(frozen=True)
class LeadRules:
    verb: re.Pattern[str]
    head: re.Pattern[str]
    prefix: re.Pattern[str]
    end: re.Pattern[str]
    joined: re.Pattern[str]
    bare_committee: re.Pattern[str]
    acronym: re.Pattern[str]
    date_lead: re.Pattern[str]
    press_day_month: re.Pattern[str]
    max_words: int
    titles: tuple[str, ...]  # a signer's, longest first
    signing: re.Pattern[str]
    named_first: re.Pattern[str]


@cache
def load_rules() -> LeadRules:
    name = "news_rules.yaml"
    data = read_yaml(name)
    titles = tuple(sorted(data["signer_titles"], key=len, reverse=True))
    title = "|".join(map(re.escape, titles))
    return LeadRules(
        verb=compile_pattern(name, "acting_verb", data["acting_verb"]),
        head=compile_pattern(name, "body_head", data["body_head"]),
        prefix=compile_pattern(name, "subject_prefix", data["subject_prefix"]),
        end=compile_pattern(name, "subject_end", data["subject_end"]),
        joined=compile_pattern(
            name, "joined_body", data["joined_body"].replace("{body_head}", data["body_head"])
        ),
        bare_committee=compile_pattern(name, "bare_committee", data["bare_committee"]),
        acronym=compile_pattern(name, "acronym", data["acronym"]),
        date_lead=compile_pattern(name, "date_lead", data["date_lead"], re.IGNORECASE),
        press_day_month=compile_pattern(name, "press_day_month", data["press_day_month"]),
        max_words=int(data["subject_max_words"]),
        titles=titles,
        signing=compile_pattern(name, "signing", data["signing"]),
        named_first=compile_pattern(
            name, "signer_named_first", data["signer_named_first"].replace("{titles}", title)
        ),
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


def _head_at(text: str, clause: int, verb: int) -> int | None:
    """Where a body's name opens the clause at ``clause`` (past its opening and a word
    like "cơ quan"), or None when the clause opens with no body's head."""
    rules = load_rules()
    at = _past_opening(text, clause, verb)
    prefix = rules.prefix.match(text, at, verb)
    if prefix is not None:
        at = prefix.end()
    return at if rules.head.match(text, at, verb) is not None else None


def _subject(doc: Document, start: int, verb: int) -> Span | None:
    """The body named right before the verb at ``verb`` in the sentence from ``start``:
    the nearest clause that opens with a body's head — the first of the bodies listed
    there when several act together ("Tỉnh ủy, HĐND, UBND … tổ chức", "Uỷ ban MTTQ tỉnh
    và Liên đoàn Lao động tỉnh phối hợp tổ chức") —, cut where its name ends."""
    rules = load_rules()
    text = doc.text
    window = _masked(text[start:verb], _BRACKETED)
    cuts = [start + m.end() for m in _CLAUSE_CUT.finditer(window)]
    clauses = [*reversed(cuts), start]
    for i, clause in enumerate(clauses):
        at = _head_at(text, clause, verb)
        if at is None:
            continue
        for earlier in clauses[i + 1 :]:  # a list of bodies: back to its first
            first = _head_at(text, earlier, verb)
            if first is None or first >= at or len(text[first:at].split()) > rules.max_words:
                break
            if not rules.bare_committee.match(text[first:at].rstrip(" ,")):
                at = first  # (a bare "Đảng ủy" is the committee of the body after it)
        names = _masked(text[at:verb], rules.acronym)
        cuts_at = [m.start() for m in (rules.end.search(names), rules.joined.search(names)) if m]
        end = at + (min(cuts_at) if cuts_at else len(names.rstrip()))
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


def signer(doc: Document, floor: int) -> Signer | None:
    """The person who signs: named with a title before "ký" ("Chủ tịch UBND tỉnh Phạm Anh
    Tuấn vừa ký"), or named first, the title after a comma ("Đồng chí Lê Văn A, Phó Chủ
    tịch UBND tỉnh vừa ký ban hành …"), in the article's text from ``floor``."""
    rules = load_rules()
    text = doc.text
    first = rules.named_first.search(text, floor)
    if first is not None:
        return Signer(
            name=squash(first.group("name")),
            title=first.group("title"),
            authority=None,
            evidence=doc.evidence(first.start("name"), first.end("title"), RULE_SIGNER_NAMED_FIRST),
        )
    for title in rules.titles:
        for m in re.finditer(rf"\b{re.escape(title)}\b", text[floor:]):
            at = floor + m.start()
            if title.startswith("Chủ tịch") and text[max(0, at - 4) : at] == "Phó ":
                continue
            sentence_end = _CLAUSE_END.search(text, at)
            end = sentence_end.start() if sentence_end else len(text)
            verb = rules.signing.search(text, at, end)
            if verb is None or verb.start() - at > 120:
                continue
            _, _, name = split_person(text[at + len(title) : verb.start()])
            if len(name.split()) < 2:
                continue
            return Signer(
                name=name,
                title=title,
                authority=None,
                evidence=doc.evidence(at, verb.start(), RULE_SIGNER),
            )
    return None
