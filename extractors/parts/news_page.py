"""How a press or portal page lays out its article: furniture, headline, lead, own date.

A page copied from a site carries the site's furniture around the article: date-time
lines, menus, breadcrumbs, counters, buttons, section labels, bylines and captions, in
the many forms of ``data/news_rules.yaml``. The headline is the first of the page's
first lines that is neither furniture nor a section label; the article's paragraphs are
its lines long enough to be sentences (captions and bylines are short); its own date is
the dateline under the headline (a masthead above it may show the day the page was
copied), else the first one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.model import Document, Span
from extractors.toolbox.data_files import compile_pattern, read_yaml
from extractors.toolbox.dates import find_dates

_DATELINE_REACH = 800  # characters at the top of the page where its datelines stand
_UNDER_HEADLINE = 300  # characters under the headline where the post's own date stands


@dataclass(frozen=True)
class PageRules:
    furniture: tuple[re.Pattern[str], ...]
    lead: re.Pattern[str]
    dateline: re.Pattern[str]
    masthead_date: re.Pattern[str]
    headline_reach: int
    headline_min_words: int
    headline_max_chars: int
    label_max_words: int
    paragraph_min_words: int
    result_occasion: re.Pattern[str]
    past_period: re.Pattern[str]


@cache
def load_rules() -> PageRules:
    name = "news_rules.yaml"
    data = read_yaml(name)
    return PageRules(
        furniture=tuple(
            compile_pattern(name, f"furniture {i}", p, re.IGNORECASE)
            for i, p in enumerate(data["furniture"])
        ),
        lead=compile_pattern(name, "lead", data["lead"]),
        dateline=compile_pattern(name, "dateline", data["dateline"], re.MULTILINE),
        masthead_date=compile_pattern(name, "masthead_date", data["masthead_date"]),
        headline_reach=int(data["headline_reach"]),
        headline_min_words=int(data["headline_min_words"]),
        headline_max_chars=int(data["headline_max_chars"]),
        label_max_words=int(data["label_max_words"]),
        paragraph_min_words=int(data["paragraph_min_words"]),
        result_occasion=compile_pattern(name, "result_occasion", data["result_occasion"]),
        past_period=compile_pattern(name, "past_period", data["past_period"]),
    )


def is_furniture(line: str) -> bool:
    """Whether a line is page furniture: a date-time line, a byline, a breadcrumb, a
    counter or a button, never a headline."""
    rules = load_rules()
    return len(line) <= rules.headline_max_chars and any(p.fullmatch(line) for p in rules.furniture)


def opens_with_body(line: str) -> bool:
    """Whether a line opens the article's body rather than heading it: a source tag
    before the first sentence ("(Baoxyz.vn) - Ngày 16/5, …"), a masthead's date run
    into it."""
    return load_rules().lead.match(line) is not None


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


def paragraphs(doc: Document) -> list[Span]:
    """The article's paragraphs after its headline, in order: lines long enough to be
    sentences that are not furniture (captions, bylines and page widgets are short)."""
    rules = load_rules()
    found = headline(doc)
    floor = found.end if found is not None else 0
    return [
        ln.span
        for ln in doc.lines()
        if ln.span.start >= floor
        and len(ln.text.split()) >= rules.paragraph_min_words
        and not is_furniture(ln.text)
    ]


def published_date(doc: Document) -> str | None:
    """The article's own date: the first dateline under its headline, else the first
    dateline of the page (a masthead's date over the headline may be the day of copying),
    else a masthead's ISO date (" date 2025-09-19 …"); None when none is whole."""
    found = publication(doc)
    return found if found is not None and len(found) == len("2025-09-19") else None


def publication(doc: Document) -> str | None:
    """When the article was published, as precisely as the page says: an ISO date, or a
    year and month ("2024-07") from a masthead that gives no day."""
    rules = load_rules()
    reach = min(len(doc.text), _DATELINE_REACH)
    lines = list(rules.dateline.finditer(doc.text, 0, reach))
    if not lines:
        masthead = rules.masthead_date.match(doc.text)
        return masthead.group("date") if masthead else None
    top = headline(doc)
    under = [
        m for m in lines if top is not None and top.end <= m.start() <= top.end + _UNDER_HEADLINE
    ]
    chosen = (under or lines)[0]
    found = next(find_dates(chosen.group("date")), None)
    return found.iso if found else None


def tells_past_awards(doc: Document, sentence: Span, offset: int) -> bool:
    """Whether a press sentence tells, before ``offset``, of awards already given: those
    handed out at the event it reports ("Dịp này, … tặng Bằng khen cho 15 tập thể"), or
    in a year before the article's ("Năm 2023, … được … tặng Giấy khen" in 2024)."""
    rules = load_rules()
    if rules.result_occasion.search(doc.text, sentence.start, offset):
        return True
    period = rules.past_period.match(doc.text, sentence.start, sentence.end)
    published = publication(doc) if period is not None else None
    if period is None or published is None:
        return False
    return int(period.group("y2") or period.group("y1")) < int(published[:4])
