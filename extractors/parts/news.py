"""What a press article says of the document it reports: number, date, issuer, signer.

A news record describes the reported document as far as the article states it (the
schema's ``news``): the one the article issues ("… ban hành Kế hoạch số 86/KH-UBND …"),
else the one it names as its source ("(Nguồn: Kế hoạch số …)"), else the one the event
implements ("Theo Kế hoạch số …", "…, triển khai Kế hoạch số … của UBND tỉnh"). Its date
is the citation's own, else the one opening the sentence or the clause of its verb; its
issuer the body the citation names, else the subject of the issuing verb, else the body
acting in the lead (:mod:`extractors.parts.news_lead`, which also reads the signer: the
person named with a title next to "ký"). The page's layout is
:mod:`extractors.parts.news_page`'s.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.model import (
    Citation,
    Document,
    DocumentFields,
    Evidence,
    Issuer,
    Province,
    Signer,
    Span,
)
from extractors.parts import citations, issuer, news_lead
from extractors.parts.news_page import headline, opens_with_body, paragraphs, publication
from extractors.segment.passages import clause_starts
from extractors.toolbox.data_files import compile_pattern, read_yaml
from extractors.toolbox.dates import find_dates, find_day_months, to_iso
from extractors.toolbox.names import split_person, squash
from extractors.toolbox.provinces import first_locality

RULE_DATE = "news.sentence_date"
RULE_HEADLINE = "news.headline"
RULE_DATE_YEARLESS = "news.sentence_date_year_of_article"
RULE_ISSUER_CITED = "news.issuer_of_the_reported_document"
RULE_ISSUER_SUBJECT = "news.issuer_subject_of_the_verb"

_SENTENCE_END = re.compile(r"[.!?;\n]")
_LOOKBACK = 160  # characters before a citation where its issuing verb may stand
_NOTE_REACH = 30  # characters before a citation where "(Nguồn:" may stand
_VERB_REACH = 60  # characters before a citation where the verb of the lead may stand
_LEAD_PARAGRAPHS = 2  # the article's paragraphs that make its lead
_SUBJECT_MAX_WORDS = 12
# a source tag opening the lead ("(QTO) - ", "BĐ - ") and the words of reporting between the
# subject and its verb ("Hội đồng … cho biết đã ban hành", "UBND tỉnh vừa")
_SOURCE_TAG = re.compile(r"[ ]*(?:\([^)\n]{1,40}\)|[A-ZĐ]{1,8}(?:\.VN)?)[ ]*[-–][ ]*")
_REPORTING = re.compile(r"(?:[ ]+(?:cho biết|cho hay|thông tin|vừa|đã|mới|sẽ))+[ ]*$")


# --- named patterns ------------------------------------------------------------------------


@dataclass(frozen=True)
class NewsRules:
    issuing: re.Pattern[str]
    reported_leads: tuple[re.Pattern[str], ...]  # fullmatch of a sentence's start
    source_note: re.Pattern[str]
    implements: re.Pattern[str]
    central_number: re.Pattern[str]
    date_lead: re.Pattern[str]
    clause_date_lead: re.Pattern[str]
    press_day_month: re.Pattern[str]
    confers_after: re.Pattern[str]
    chairman_titles: frozenset[str]
    issuer_runs_on: re.Pattern[str]
    titles: tuple[str, ...]  # longest first
    local_unit: re.Pattern[str]
    implemented_opening: re.Pattern[str]
    implemented_types: frozenset[str]
    article_opening: re.Pattern[str]


@cache
def load_rules() -> NewsRules:
    name = "news_rules.yaml"
    data = read_yaml(name)
    titles = tuple(sorted(data["signer_titles"], key=len, reverse=True))
    return NewsRules(
        issuing=compile_pattern(name, "issuing", data["issuing"], re.IGNORECASE),
        reported_leads=tuple(
            compile_pattern(name, key, data[key], re.IGNORECASE)
            for key in ("reported_leads", "reported_launch")
        ),
        source_note=compile_pattern(name, "source_note", data["source_note"], re.IGNORECASE),
        implements=compile_pattern(name, "implements", data["implements"], re.IGNORECASE),
        central_number=compile_pattern(name, "central_number", data["central_number"]),
        date_lead=compile_pattern(name, "date_lead", data["date_lead"]),
        clause_date_lead=compile_pattern(name, "date_lead", data["date_lead"], re.IGNORECASE),
        press_day_month=compile_pattern(name, "press_day_month", data["press_day_month"]),
        confers_after=compile_pattern(name, "confers_after", data["confers_after"]),
        chairman_titles=frozenset(data["chairman_titles"]),
        issuer_runs_on=compile_pattern(name, "issuer_runs_on", data["issuer_runs_on"]),
        titles=titles,
        local_unit=compile_pattern(name, "local_unit", data["local_unit"]),
        implemented_opening=compile_pattern(
            name, "implemented_opening", data["implemented_opening"]
        ),
        implemented_types=frozenset(data["implemented_types"]),
        article_opening=compile_pattern(name, "article_opening", data["article_opening"]),
    )


@dataclass
class Reported:
    """The reported document's fields, each with its evidence (None when not stated)."""

    number: tuple[str, Evidence] | None = None
    issue_date: tuple[str, Evidence] | None = None
    signer: Signer | None = None
    citation: Citation | None = None


# --- context: where the article names its document -----------------------------------------


def _sentence_start(text: str, pos: int, floor: int) -> int:
    cut = floor
    for m in _SENTENCE_END.finditer(text, floor, pos):
        if m.group(0) != "." or not text[m.end() : m.end() + 1].isalnum():
            cut = m.end()  # a full stop inside "Baothainguyen.vn" ends nothing
    return cut


def _body_floor(doc: Document) -> int:
    """Where the article's text begins: under its first line, or at the top of a page that
    opens with its body (" date 2024-07 Ngày 16/7, Công an tỉnh ban hành …")."""
    title = doc.blocks.title
    if title is not None and (opens_with_body(doc.slice(title)) or headline(doc) is None):
        return title.start  # (a page without headline: a short item's one sentence)
    return doc.blocks.body.start if doc.blocks.body is not None else 0


def reported_citation(doc: Document, found: list[Citation]) -> Citation | None:
    """Of the citations ``found``, the reported document (the record's own, not a
    citation): the first one right after an issuing verb in the body; else the one named
    as the source ("(Nguồn: Kế hoạch số …)"); else the first one reported on: cited after
    "Theo" opening a sentence, in the lead after the verb of what the event implements
    ("…, triển khai Kế hoạch số … của UBND tỉnh", "quán triệt Chỉ thị số …"), or a plan a
    sentence opens by implementing ("Thực hiện Kế hoạch số … của UBND huyện, các xã …");
    never a central directive the local event implements."""
    rules = load_rules()
    floor = _body_floor(doc)
    text = doc.text
    numbered = [
        c
        for c in sorted(found, key=lambda c: c.evidence.start)
        if c.evidence.start >= floor and c.number is not None
    ]
    for citation in numbered:
        start = citation.evidence.start
        if rules.issuing.search(text[max(floor, start - _LOOKBACK) : start]):
            return citation
    for citation in numbered:
        start = citation.evidence.start
        if rules.source_note.search(text[max(floor, start - _NOTE_REACH) : start]):
            return citation
    lead = paragraphs(doc)[:_LEAD_PARAGRAPHS]
    lead_end = lead[-1].end if lead else 0
    for citation in numbered:
        start = citation.evidence.start
        opening = text[_sentence_start(text, start, floor) : start]
        if any(lead.fullmatch(opening) for lead in rules.reported_leads):
            return citation
        before = text[max(floor, start - _VERB_REACH) : start]
        central = rules.central_number.search(f"{citation.number} {citation.issuer}")
        first = lead[0].start if lead else floor
        if first <= start and rules.article_opening.fullmatch(text, first, start) and not central:
            return citation  # the article opens with it
        if start < lead_end and not central and rules.implements.search(before):
            return citation
        implemented = citation.doc_type in rules.implemented_types and not central
        if implemented and rules.implemented_opening.fullmatch(opening):
            return citation
    return None


# --- normalise(): the reported document's date, issuer and signer --------------------------


def _sentence_date(
    doc: Document, citation: Citation, published: str | None
) -> tuple[str, Evidence] | None:
    """The date that opens the citation's sentence ("Ngày 16/5/2022, UBND tỉnh …") or the
    clause of its verb ("Thực hiện …, ngày 20/3/2024, Sở Nội vụ ban hành …"); a day and
    month without the year ("Ngày 03/5, …") take the year of the article's own date, the
    year before when they would fall after it."""
    rules = load_rules()
    start = citation.evidence.start
    sentence = _sentence_start(doc.text, start, _body_floor(doc))
    for at in clause_starts(doc.text, sentence, start, ","):
        pattern = rules.date_lead if at == sentence else rules.clause_date_lead
        lead = pattern.match(doc.text, at, start)
        if lead is None or (at != sentence and lead.end() == at):
            continue
        found = _date_at(doc, lead.end(), start, published)
        if found is not None:
            return found
    return None


def _date_at(
    doc: Document, pos: int, end: int, published: str | None
) -> tuple[str, Evidence] | None:
    date = next(find_dates(doc.text, pos, end), None)
    if date is not None and date.iso is not None and date.start == pos:
        return date.iso, doc.evidence(date.start, date.end, RULE_DATE)
    day = _day_month(doc.text, pos, end)
    if day is None or published is None:
        return None
    (d, m), (at, stop) = day
    year = int(published[:4])
    iso = to_iso(year, m, d)
    if iso is not None and iso[: len(published)] > published:  # "2024-07": a month only
        iso = to_iso(year - 1, m, d)
    return (iso, doc.evidence(at, stop, RULE_DATE_YEARLESS)) if iso else None


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


def _cited_issuer(doc: Document, citation: Citation, province: Province | None) -> Issuer | None:
    """The body the reported citation names ("… của Công an tỉnh"); a local unit left
    bare ("… của UBND xã") takes the name the article gave it before ("UBND xã Thạch
    Đài tổ chức …")."""
    if not citation.issuer:
        return None
    ev = citation.evidence
    at = ev.quote.rfind(citation.issuer)
    if at < 0:
        return None
    runs_on = load_rules().issuer_runs_on.search(citation.issuer)
    name = citation.issuer[: runs_on.start()] if runs_on else citation.issuer
    span = Span(ev.start + at, ev.start + at + len(name))
    bare = load_rules().local_unit.search(name)
    if bare is None:
        return issuer.named(doc, span, province, RULE_ISSUER_CITED)
    named = re.compile(re.escape(name) + r"[ ]+(?:[A-ZĐÀ-Ỹ][^\W\d_]*[ ]?){1,3}")
    earlier = named.search(doc.text, _body_floor(doc), ev.start)
    if earlier is not None:  # "UBND xã Thạch Đài tổ chức …, triển khai … của UBND xã"
        span = Span(earlier.start(), earlier.end() - (earlier.group(0).endswith(" ")))
        return issuer.named(doc, span, province, RULE_ISSUER_CITED)
    found = issuer.named(doc, span, province, RULE_ISSUER_CITED)
    place = first_locality(doc.text, bare.group(0))  # "… huyện" of "huyện Quảng Xương"
    if place is not None:
        found.name = f"{found.name} {place}"
    return found


def _subject_issuer(doc: Document, citation: Citation, province: Province | None) -> Issuer | None:
    """The body named as the subject of the issuing verb, in the verb's own clause
    ("…, ngày 20/3/2024, Sở Nội vụ ban hành Công văn số …"); the body a titled signer
    signs for ("Chủ tịch UBND tỉnh Phạm Anh Tuấn vừa ký …" is the UBND tỉnh's), save a
    decision conferring an award, the chairman's own ("… vừa ký Quyết định số … tặng …")."""
    rules = load_rules()
    start = citation.evidence.start
    floor = max(_body_floor(doc), start - _LOOKBACK)
    verb = rules.issuing.search(doc.text, floor, start)
    if verb is None:
        return None
    sentence = _sentence_start(doc.text, verb.start(), floor)
    begin = next(clause_starts(doc.text, sentence, verb.start(), ","))
    words = doc.text[begin : verb.start()]
    tag = _SOURCE_TAG.match(words)
    lo = tag.end() if tag else 0
    hi = lo + len(_REPORTING.sub("", words[lo:]).rstrip())
    title = next((t for t in rules.titles if words.startswith(t + " ", lo)), None)
    office = None
    if title is not None:  # a person signing for a body; an office alone issues as it is
        body, place, name = split_person(words[lo + len(title) : hi])
        if body and len(name.split()) >= 2:
            at = words.index(body, lo + len(title))
            confers = rules.confers_after.match(doc.text, citation.evidence.end) is not None
            if title in rules.chairman_titles and citation.doc_type == "quyet_dinh" and confers:
                office = " ".join(w for w in ("Chủ tịch", body, place) if w)  # his decision
            else:
                lo = at
            hi = at + len(f"{body} {place}" if place else body)
    subject = words[lo:hi]
    if not subject[:1].isupper() or len(subject.split()) > _SUBJECT_MAX_WORDS:
        return None
    span = Span(begin + lo, begin + hi)
    return issuer.named(doc, span, province, RULE_ISSUER_SUBJECT, text=office)


# --- entry point ---------------------------------------------------------------------------


def extract(doc: Document, published: str | None = None) -> Reported:
    """What the article states of the reported document; empty for a non-news document.
    ``published``: the article's own date, or its year and month (the year of a date
    stated without one)."""
    reported = Reported()
    if not doc.is_news:
        return reported
    basis, refs = citations.extract(doc)
    citation = reported_citation(doc, [*basis, *refs])
    if citation is not None and citation.number is not None:
        reported.citation = citation
        reported.number = (citation.number, citation.evidence)
        if citation.date is not None:
            reported.issue_date = (citation.date, citation.evidence)
        else:
            reported.issue_date = _sentence_date(doc, citation, published)
    reported.signer = news_lead.signer(doc, _body_floor(doc))
    return reported


def _retitle(fields: DocumentFields, doc: Document) -> None:
    """The headline for the title; none on a page that opens with its body."""
    title = doc.blocks.title
    if title is None:
        return
    found = headline(doc)
    if found == title:
        return
    fields.field_evidence = [f for f in fields.field_evidence if f.field != "title"]
    fields.title = None
    if found is None:
        if opens_with_body(doc.slice(title)):
            doc.repairs.append("news: the page opens with its body; no headline")
        return
    evidence = doc.evidence(found.start, found.end, RULE_HEADLINE)
    fields.title = squash(evidence.quote)
    fields.cite("title", evidence)
    doc.repairs.append(f"news: headline {fields.title!r} below the page's first line")


def complete(fields: DocumentFields, doc: Document) -> None:
    """Fill a news record from what the article states of the document it reports: the
    headline for the title; number, date and signer where the header left them empty;
    the issuer the reported citation names, else the subject of its issuing verb, else
    the body acting in the lead (else the one the issuing-sentence rule found)."""
    _retitle(fields, doc)
    reported = extract(doc, fields.published_date or publication(doc))
    if fields.number is None and reported.number is not None:
        fields.number = reported.number[0]
        fields.cite("number", reported.number[1])
    if fields.issue_date is None and reported.issue_date is not None:
        fields.issue_date = reported.issue_date[0]
        fields.cite("issue_date", reported.issue_date[1])
    if fields.signer is None and reported.signer is not None:
        fields.signer = reported.signer
    found = None
    if reported.citation is not None:
        found = _cited_issuer(doc, reported.citation, fields.province) or _subject_issuer(
            doc, reported.citation, fields.province
        )
    found = found or news_lead.acting_body(doc, fields.province)
    if found is not None:
        fields.issuer = found
