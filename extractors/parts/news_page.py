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
import unicodedata
from dataclasses import dataclass
from functools import cache

from extractors.model import Document, Line, Span
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
    result_sentence: re.Pattern[str]
    past_period: re.Pattern[str]
    block_name: re.Pattern[str]
    caption: re.Pattern[str]
    signals: dict[str, float]
    opening: re.Pattern[str]


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
        result_sentence=compile_pattern(name, "result_sentence", data["result_sentence"]),
        past_period=compile_pattern(name, "past_period", data["past_period"]),
        block_name=compile_pattern(name, "block_name", data["block_name"]),
        caption=compile_pattern(name, "caption", data["caption"]),
        signals={k: float(v) for k, v in data["headline_signals"].items()},
        opening=compile_pattern(name, "date_lead", data["date_lead"], re.IGNORECASE),
    )


# what a post shared on a social network wraps its lines in: pictographs ("🔴", "📅", "✅",
# "👏👏"), their variation selectors and joiners (Unicode symbols, marks and format signs)
_PICTOGRAPH = frozenset({"So", "Sk", "Mn", "Cf"})


def _bare(line: Line) -> Line | None:
    """``line`` without the pictographs and spaces around it; None when nothing else is left
    ("👍 Thích" keeps "Thích"; "🌏" alone is nothing)."""
    text = line.text
    lo, hi = 0, len(text)
    while lo < hi and (text[lo].isspace() or unicodedata.category(text[lo]) in _PICTOGRAPH):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or unicodedata.category(text[hi - 1]) in _PICTOGRAPH):
        hi -= 1
    if lo == hi:
        return None
    if (lo, hi) == (0, len(text)):
        return line
    return Line(text=text[lo:hi], span=Span(line.span.start + lo, line.span.start + hi))


def _lines(doc: Document) -> list[Line]:
    """The page's lines, each without the pictographs around it."""
    return [bare for ln in doc.lines() if (bare := _bare(ln)) is not None]


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
        and not _sentence_like(line)
    )


def _sentence_like(line: str) -> bool:
    """A line of running text rather than a heading: long enough, not in capitals, and
    ending a sentence or holding one's end (a headline rarely ends with a full stop; a
    caption is short)."""
    text = line.rstrip()
    if text.upper() == text:  # a heading in capitals, even when it ends with a full stop
        return False
    return len(text.split()) >= load_rules().paragraph_min_words and (
        text.endswith((".", ";", "…")) or ". " in text
    )


def _opens_body(line: str) -> bool:
    """Whether ``line`` opens the article: a source tag, a line too long for a headline, a
    sentence, or a long line opening with a time and date ("Sáng 18/02/2025, tại …, Cụm thi
    đua … tổ chức …" of a shared post, without its full stop)."""
    rules = load_rules()
    return (
        bool(rules.lead.match(line))
        or len(line) > rules.headline_max_chars
        or (_sentence_like(line) and not is_furniture(line))
        or (_opens_lead(line) and len(line.split()) >= rules.paragraph_min_words)
    )


def _under_masthead(line: Line) -> Line | None:
    """The headline run into a masthead's date on the page's first line (" date
    2024-03-12 Bộ CHQS tỉnh … phát động …"), as a line of its own; None when the masthead
    runs into the lead ("date 2024-07 Ngày 16/7, …", "(ĐTO) - Sáng 1-3, …")."""
    masthead = load_rules().masthead_date.match(line.text)
    if masthead is None:
        return None
    rest = line.text[masthead.end() :]
    start = masthead.end() + len(rest) - len(rest.lstrip())
    rest = rest.strip()
    if not rest or not _candidate(rest) or _opens_lead(rest):
        return None
    at = line.span.start + start
    return Line(text=rest, span=Span(at, at + len(rest)))


_WORD = re.compile(r"\w+")


def _opens_lead(text: str) -> bool:
    """Whether ``text`` opens as a lead does: a source tag, or a time of the day and a
    date ("Sáng 11/3,", "Ngày 16/7,")."""
    rules = load_rules()
    opening = rules.opening.match(text)
    return bool(rules.lead.match(text)) or (
        opening is not None
        and opening.end() > 0
        and text[opening.end() : opening.end() + 1].isdigit()
    )


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if len(w) > 1 or w.isdigit()}


def _score(lines: list[Line], i: int, last: int, lead: set[str]) -> float:
    """How much line ``i`` of the page's top reads as its headline (see
    ``headline_signals`` in ``data/news_rules.yaml``)."""
    rules = load_rules()
    weight = rules.signals
    text = lines[i].text
    words = _words(text)
    score = weight["shared_words"] * len(words & lead) / max(1, len(words))
    after = lines[i + 1].text if i + 1 < len(lines) else ""
    if rules.dateline.match(after) is not None:
        score += weight["dateline_under"]
    if i == last:
        score += weight["last_above_lead"]
    if len(text.split()) < rules.label_max_words and i < last:
        score += weight["label"]
    if rules.block_name.fullmatch(text.strip()):
        score += weight["block_name"]
    if rules.caption.fullmatch(text.strip()):
        score += weight["caption"]
    return score


def headline(doc: Document) -> Span | None:
    """The headline of an article: of the lines above its first paragraph that are
    neither furniture nor running text, the one whose signals score best — the words it
    shares with the lead, the post's dateline right under it, its place right above the
    lead — rather than a section label ("Thời sự địa phương"), a portal's block name ("SỞ
    TƯ PHÁP TỈNH …") or a photo caption; a kicker ending in a colon ("Đảng ủy Khối các
    cơ quan tỉnh:") goes with the line under it. None when the article opens with its
    body ("(Baoxyz.vn) - Ngày …")."""
    rules = load_rules()
    top = _lines(doc)[: rules.headline_reach]
    if top:
        run_in = _under_masthead(top[0])
        top = [run_in, *top[1:]] if run_in is not None else top
    chrome = [is_furniture(ln.text) for ln in top]
    body = next((i for i, ln in enumerate(top) if not chrome[i] and _opens_body(ln.text)), len(top))
    kept = [i for i in range(body) if not chrome[i] and _candidate(top[i].text)]
    # a kicker ending in a colon right above a candidate heads it; it is no headline alone
    kickers = {i for i in kept if top[i].text.endswith(":") and i + 1 in kept}
    heads = [i for i in kept if i not in kickers]
    if not heads:
        return None
    lead = _words(" ".join(ln.text for ln in top[body : body + 2]))
    best = max(heads, key=lambda i: (_score(top, i, heads[-1], lead), -i))
    if best - 1 in kickers:
        return Span(top[best - 1].span.start, top[best].span.end)
    return top[best].span


def paragraphs(doc: Document) -> list[Span]:
    """The article's paragraphs after its headline, in order: lines long enough to be
    sentences that are not furniture (captions, bylines and page widgets are short), nor
    the headline printed again over the article."""
    rules = load_rules()
    found = headline(doc)
    floor = found.end if found is not None else 0
    repeated = doc.slice(found).split("\n")[-1].strip() if found is not None else None
    return [
        ln.span
        for ln in _lines(doc)
        if ln.span.start >= floor
        and len(ln.text.split()) >= rules.paragraph_min_words
        and not is_furniture(ln.text)
        and ln.text != repeated  # the headline printed again over the article
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
    handed out at the event it reports ("Dịp này, … tặng Bằng khen cho 15 tập thể"), passed
    by a council's meeting or conferred by a reported decision ("… quyết định tặng Bằng
    khen … cho 13 tập thể"), or in a year before the article's ("Năm 2023, … được … tặng
    Giấy khen" in 2024)."""
    rules = load_rules()
    for told in (rules.result_occasion, rules.result_sentence):
        if told.search(doc.text, sentence.start, offset):
            return True
    period = rules.past_period.match(doc.text, sentence.start, sentence.end)
    published = publication(doc) if period is not None else None
    if period is None or published is None:
        return False
    return int(period.group("y2") or period.group("y1")) < int(published[:4])
