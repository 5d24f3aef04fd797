"""What a press article says of the document it reports: number, date and signer.

A news record describes the reported document as far as the article states it
(the schema's ``news``). The reported document is the one cited right after an
issuing verb ("… ban hành Kế hoạch số 86/KH-UBND …", "vừa ký ban hành Quyết định
số …"); its date is the citation's own ("… ngày 06/3/2024"), else the date that
opens the sentence ("Ngày 16/5/2022, UBND tỉnh … ban hành …"). The signer is the
person named before "ký" with a title ("Chủ tịch UBND tỉnh Phạm Anh Tuấn vừa ký").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.model import Citation, Document, DocumentFields, Evidence, Signer, Span
from extractors.parts import citations
from extractors.toolbox.data_files import compile_pattern, read_yaml
from extractors.toolbox.dates import find_dates, find_day_months, to_iso
from extractors.toolbox.names import split_person, squash

RULE_DATE = "news.sentence_date"
RULE_SIGNER = "news.signer_before_verb"
RULE_HEADLINE = "news.headline"
RULE_DATE_YEARLESS = "news.sentence_date_year_of_article"

_SENTENCE_END = re.compile(r"[.!?;\n]")
_LOOKBACK = 160  # characters before a citation where its issuing verb may stand


@dataclass(frozen=True)
class NewsRules:
    issuing: re.Pattern[str]
    reported_leads: tuple[re.Pattern[str], ...]  # fullmatch of a sentence's start
    date_lead: re.Pattern[str]
    press_day_month: re.Pattern[str]
    signing: re.Pattern[str]
    titles: tuple[str, ...]  # longest first
    furniture: tuple[re.Pattern[str], ...]
    lead: re.Pattern[str]
    headline_reach: int
    headline_min_words: int
    headline_max_chars: int
    label_max_words: int


@dataclass
class Reported:
    """The reported document's fields, each with its evidence (None when not stated)."""

    number: tuple[str, Evidence] | None = None
    issue_date: tuple[str, Evidence] | None = None
    signer: Signer | None = None


@cache
def load_rules() -> NewsRules:
    name = "news_rules.yaml"
    data = read_yaml(name)
    return NewsRules(
        issuing=compile_pattern(name, "issuing", data["issuing"], re.IGNORECASE),
        reported_leads=tuple(
            compile_pattern(name, key, data[key], re.IGNORECASE)
            for key in ("reported_leads", "reported_launch")
        ),
        date_lead=compile_pattern(name, "date_lead", data["date_lead"]),
        press_day_month=compile_pattern(name, "press_day_month", data["press_day_month"]),
        signing=compile_pattern(name, "signing", data["signing"]),
        titles=tuple(sorted(data["signer_titles"], key=len, reverse=True)),
        furniture=tuple(
            compile_pattern(name, f"furniture {i}", p, re.IGNORECASE)
            for i, p in enumerate(data["furniture"])
        ),
        lead=compile_pattern(name, "lead", data["lead"]),
        headline_reach=int(data["headline_reach"]),
        headline_min_words=int(data["headline_min_words"]),
        headline_max_chars=int(data["headline_max_chars"]),
        label_max_words=int(data["label_max_words"]),
    )


def _sentence_start(text: str, pos: int, floor: int) -> int:
    cut = floor
    for m in _SENTENCE_END.finditer(text, floor, pos):
        if m.group(0) != "." or not text[m.end() : m.end() + 1].isalnum():
            cut = m.end()  # a full stop inside "Baothainguyen.vn" ends nothing
    return cut


def reported_citation(doc: Document, found: list[Citation]) -> Citation | None:
    """Of the citations ``found``, the reported document (the record's own document, not
    a citation): the first one right after an issuing verb in the article's body; else,
    when the article issues nothing, the one it reports on ("Theo Kế hoạch số …" opening
    a sentence, "… lễ phát động …, triển khai Kế hoạch số …")."""
    rules = load_rules()
    floor = doc.blocks.body.start if doc.blocks.body is not None else 0
    numbered = [
        c
        for c in sorted(found, key=lambda c: c.evidence.start)
        if c.evidence.start >= floor and c.number is not None
    ]
    for citation in numbered:
        start = citation.evidence.start
        if rules.issuing.search(doc.text[max(floor, start - _LOOKBACK) : start]):
            return citation
    for citation in numbered:
        start = citation.evidence.start
        opening = doc.text[_sentence_start(doc.text, start, floor) : start]
        if any(lead.fullmatch(opening) for lead in rules.reported_leads):
            return citation
    return None


def _sentence_date(
    doc: Document, citation: Citation, published: str | None
) -> tuple[str, Evidence] | None:
    """The date that opens the citation's sentence ("Ngày 16/5/2022, UBND tỉnh …"); a day
    and month without the year ("Ngày 03/5, …") take the year of the article's own date,
    the year before when they would fall after it."""
    start = citation.evidence.start
    floor = doc.blocks.body.start if doc.blocks.body is not None else 0
    sentence = _sentence_start(doc.text, start, floor)
    lead = load_rules().date_lead.match(doc.text, sentence, start)
    if lead is None:
        return None
    date = next(find_dates(doc.text, lead.end(), start), None)
    if date is not None and date.iso is not None and date.start == lead.end():
        return date.iso, doc.evidence(date.start, date.end, RULE_DATE)
    day = _day_month(doc.text, lead.end(), start)
    if day is None or published is None:
        return None
    (d, m), (at, end) = day
    year = int(published[:4])
    iso = to_iso(year, m, d)
    if iso is not None and iso > published:
        iso = to_iso(year - 1, m, d)
    return (iso, doc.evidence(at, end, RULE_DATE_YEARLESS)) if iso else None


def _day_month(text: str, pos: int, end: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((day, month), span) of a date without its year right at ``pos``: "03/5", "15
    tháng 11", the press's "21-10"."""
    found = next(find_day_months(text, pos, end), None)
    if found is not None and found.start == pos:
        return (found.day, found.month), (found.start, found.end)
    press = load_rules().press_day_month.match(text, pos, end)
    if press is None:
        return None
    return (int(press.group("d")), int(press.group("m"))), (press.start(), press.end())


def _signer(doc: Document) -> Signer | None:
    rules = load_rules()
    floor = doc.blocks.body.start if doc.blocks.body is not None else 0
    text = doc.text
    for title in rules.titles:
        for m in re.finditer(rf"\b{re.escape(title)}\b", text[floor:]):
            at = floor + m.start()
            if title.startswith("Chủ tịch") and text[max(0, at - 4) : at] == "Phó ":
                continue
            sentence_end = _SENTENCE_END.search(text, at)
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


def extract(doc: Document, published: str | None = None) -> Reported:
    """What the article states of the reported document; empty for a non-news document.
    ``published``: the article's own date (the year of a date stated without one)."""
    reported = Reported()
    if not doc.is_news:
        return reported
    basis, refs = citations.extract(doc)
    citation = reported_citation(doc, [*basis, *refs])
    if citation is not None and citation.number is not None:
        reported.number = (citation.number, citation.evidence)
        if citation.date is not None:
            reported.issue_date = (citation.date, citation.evidence)
        else:
            reported.issue_date = _sentence_date(doc, citation, published)
    reported.signer = _signer(doc)
    return reported


def is_furniture(line: str) -> bool:
    """Whether a line is page furniture: a date-time line, a byline, a breadcrumb, a
    counter or a button, never a headline."""
    rules = load_rules()
    return len(line) <= rules.headline_max_chars and any(p.fullmatch(line) for p in rules.furniture)


def _candidate(line: str) -> bool:
    """A line that may be a headline: not furniture, neither a lead nor a paragraph."""
    rules = load_rules()
    return (
        not is_furniture(line)
        and len(line.split()) >= rules.headline_min_words
        and len(line) <= rules.headline_max_chars
        and not rules.lead.match(line)
    )


def headline(doc: Document) -> Span | None:
    """The headline of an article: the first of its first lines that is neither furniture
    nor a section label ("Thời sự địa phương", "ĐẠI HỘI ĐẢNG CÁC CẤP": a short line over a
    longer headline); a kicker ending in a colon ("Đảng ủy Khối các cơ quan tỉnh:") goes
    with the line under it. None when the article opens with its body ("(Baoxyz.vn) - Ngày
    …")."""
    rules = load_rules()
    lines = [ln for ln in doc.lines()[: rules.headline_reach] if not is_furniture(ln.text)]
    for i, line in enumerate(lines):
        text = line.text
        after = lines[i + 1] if i + 1 < len(lines) else None
        if rules.lead.match(text) or len(text) > rules.headline_max_chars:
            return None
        if text.endswith(":") and after is not None and _candidate(after.text):
            return Span(line.span.start, after.span.end)
        short = len(text.split()) < rules.label_max_words
        if not _candidate(text) or (short and after is not None and _candidate(after.text)):
            continue
        return line.span
    return None


def _retitle(fields: DocumentFields, doc: Document) -> None:
    """The headline for the title of a page that opens with furniture, a section label
    or a kicker; no title for one that opens with its body."""
    title = doc.blocks.title
    if title is None:
        return
    found = headline(doc)
    if found == title:
        return
    fields.field_evidence = [f for f in fields.field_evidence if f.field != "title"]
    fields.title = None
    if found is None:
        if load_rules().lead.match(doc.slice(title)):
            doc.repairs.append("news: the page opens with its body; no headline")
        return
    evidence = doc.evidence(found.start, found.end, RULE_HEADLINE)
    fields.title = squash(evidence.quote)
    fields.cite("title", evidence)
    doc.repairs.append(f"news: headline {fields.title!r} below the page's first line")


def complete(fields: DocumentFields, doc: Document) -> None:
    """Fill what the header left empty in a news record from what the article states."""
    _retitle(fields, doc)
    reported = extract(doc, fields.published_date)
    if fields.number is None and reported.number is not None:
        fields.number = reported.number[0]
        fields.cite("number", reported.number[1])
    if fields.issue_date is None and reported.issue_date is not None:
        fields.issue_date = reported.issue_date[0]
        fields.cite("issue_date", reported.issue_date[1])
    if fields.signer is None and reported.signer is not None:
        fields.signer = reported.signer
