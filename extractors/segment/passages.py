"""Sentences, clauses and titled sections of a document, as offsets.

Shared by the award-content extractors (awards, quotas, thresholds,
deadlines, criteria, participants). Section titles are patterns in
``data/section_titles.yaml``; everything here works on ``doc.text`` offsets so
that evidence stays exact.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache, lru_cache

from extractors.model import Document, Section, Span
from extractors.toolbox.data_files import compile_pattern, read_yaml, unique


@cache
def load_section_titles() -> dict[str, re.Pattern[str]]:
    """Named title patterns (``criteria``, ``forms``, ``standards`` …), compiled."""
    name = "section_titles.yaml"
    rows = read_yaml(name)
    unique(name, list(rows), "title kind")
    return {k: compile_pattern(name, k, v, re.IGNORECASE) for k, v in rows.items()}


@cache
def _no_break_after() -> frozenset[str]:
    """Abbreviations whose full stop does not end a sentence ("TP. Hồ Chí Minh")."""
    name = "sentence_rules.yaml"
    words = read_yaml(name)["no_break_after"]
    unique(name, words, "word")
    return frozenset(words)


def body_span(doc: Document) -> Span:
    """The body block, or the whole text when the document has none."""
    return doc.blocks.body or Span(0, len(doc.text))


def titled(doc: Document, kind: str) -> list[Section]:
    """Sections whose title matches the ``kind`` pattern and that hold no
    narrower section matching it ("IV. TIÊU CHÍ THI ĐUA, HÌNH THỨC…" gives way
    to its "1. Tiêu chí thi đua")."""
    pattern = load_section_titles()[kind]
    found = [s for s in doc.sections if pattern.match(s.title)]
    return [
        s
        for s in found
        if not any(o is not s and s.span.contains(o.span) and o.level > s.level for o in found)
    ]


# an article of a regulation or decision ("Điều 6. Hình thức khen thưởng"), and what ends it
_ARTICLE = re.compile(r"(?m)^[ \t]*Điều[ \t]+\d{1,3}[.:]?[ \t]+(?P<title>\S[^\n]{0,200})$")
_ARTICLE_END = re.compile(r"(?m)^[ \t]*(?:Điều[ \t]+\d{1,3}[.:]?[ \t]|Chương[ \t]+[IVXLC\d]+\b)")


def articles(doc: Document, kind: str) -> list[tuple[Span, Span]]:
    """The articles whose title matches the ``kind`` pattern, as (heading, content) spans:
    the outline holds numbered items, not a regulation's articles ("Điều 2. Đối tượng áp
    dụng", "Điều 6. Hình thức khen thưởng"); the content runs to the next article or
    chapter."""
    pattern = load_section_titles()[kind]
    body = body_span(doc)
    found = []
    for m in _ARTICLE.finditer(doc.text, body.start, body.end):
        if pattern.match(m.group("title").strip()):
            end = _ARTICLE_END.search(doc.text, m.end(), body.end)
            colon = doc.text.find(":", m.start("title"), m.end())  # "Điều 6. Hình thức: …"
            start = colon + 1 if colon >= 0 else m.end()
            found.append((Span(m.start(), m.end()), Span(start, end.start() if end else body.end)))
    return found


def in_article(doc: Document, offset: int, since: int | None = None) -> bool:
    """Whether ``offset`` lies in the articles of a decision or regulation: after an article
    heading ("Điều 1.", "Điều 7. Số lượng") of the body (or, with ``since``, one after it)."""
    body = body_span(doc)
    start = body.start if since is None else max(body.start, since)
    heads = _article_heads(doc.text, body.start, body.end)
    i = bisect.bisect_left(heads, (start, 0))
    return i < len(heads) and heads[i][1] <= offset


@lru_cache(maxsize=8)
def _article_heads(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The article headings of a body, found once a document (a str caches its hash):
    asking per citation from the body's start made citations quadratic on long texts."""
    return tuple((m.start(), m.end()) for m in _ARTICLE.finditer(text, start, end))


def children(doc: Document, section: Section) -> list[Section]:
    """The sections directly under ``section``."""
    return [
        s
        for s in doc.outline_index().under(section.path)
        if s.level == section.level + 1 and section.span.contains(s.span)
    ]


def ancestors(doc: Document, offset: int) -> list[Section]:
    """Sections holding ``offset``, innermost first."""
    return sorted(doc.outline_index().holding(offset), key=lambda s: -s.level)


def item_body(doc: Document, section: Section) -> Span:
    """A section's content after its marker (the heading line without the marker
    and everything up to the section's end), trimmed of whitespace."""
    start = section.heading.start + len(section.marker)
    text = doc.text
    while start < section.span.end and (text[start] in ".)" or text[start].isspace()):
        start += 1
    end = section.span.end
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


# --- sentences and clauses -----------------------------------------------------------------

_BREAK = re.compile(r"[.!?…]+[\"”»)]*[ \t]+|\n")
_BULLET = re.compile(r"(?:[-–+•*|]|[IVX]{1,5}\.|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s")


_LEAD_BULLET = re.compile(r"(?:[-–+•*]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)])\s+")


def _is_break(text: str, m: re.Match[str]) -> bool:
    """Whether a full stop or a newline ends a sentence (looking a few characters
    around it only, so that scanning stays linear)."""
    nxt = text[m.end() : m.end() + 40].lstrip()[:8]
    if not nxt:
        return True
    if m.group(0) != "\n":
        word = text[max(0, m.start() - 8) : m.start()].split()[-1:]
        if word and word[0] in _no_break_after():
            return False
        return nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in '-+•"“'
    prev = text[max(0, m.start() - 40) : m.start()].rstrip()[-1:]
    return not prev or prev in ".;:!?…" or bool(_BULLET.match(nxt)) or nxt[0].isupper()


@lru_cache(maxsize=8)
def _breaks(text: str) -> tuple[list[int], list[int], list[int]]:
    """Every sentence break of ``text``: where it starts, where the next sentence
    may start and where the sentence before it ends — computed once per text."""
    starts, ends, sentence_ends = [], [], []
    for m in _BREAK.finditer(text):
        if _is_break(text, m):
            starts.append(m.start())
            ends.append(m.end())
            sentence_ends.append(m.start() + len(m.group(0).rstrip()))
    return starts, ends, sentence_ends


def sentence_at(doc: Document, offset: int, within: Span | None = None) -> Span:
    """The sentence holding ``offset``: bounded by a full stop before a capital,
    a line break before a capital or a bullet, or ``within``."""
    lo, hi = (within.start, within.end) if within else (0, len(doc.text))
    text = doc.text
    starts, ends, sentence_ends = _breaks(text)
    i = bisect.bisect_right(ends, offset) - 1
    start = ends[i] if i >= 0 and starts[i] >= lo else lo
    j = bisect.bisect_left(starts, offset)
    end = sentence_ends[j] if j < len(starts) and starts[j] < hi else hi
    end = min(max(end, offset), hi)
    while start < end and text[start].isspace():
        start += 1
    lead = _LEAD_BULLET.match(text, start, end)
    if lead:
        start = lead.end()
    return Span(start, max(start, end))


def clause_starts(text: str, sentence: int, offset: int, separators: str = ";:") -> Iterator[int]:
    """Where the clauses before ``offset`` begin, the nearest first: after each of
    ``separators`` followed by a space (``15:30``, ``1,5`` cut nothing) between the
    sentence's start and ``offset``, then the sentence's start itself."""
    pos = offset
    while pos > sentence:
        pos = max(text.rfind(sep, sentence, pos) for sep in separators)
        if pos < 0:
            break
        if pos + 1 < offset and text[pos + 1].isspace():
            yield pos + 2
    yield sentence


def clause_start(doc: Document, offset: int, sentence: Span) -> int:
    """Where the clause holding ``offset`` begins: after the last ";" or ":" (followed
    by a space) of its sentence."""
    return next(clause_starts(doc.text, sentence.start, offset))


def sentences(doc: Document, span: Span) -> list[Span]:
    """The sentences of ``span`` in order."""
    out = []
    pos = span.start
    text = doc.text
    while pos < span.end:
        while pos < span.end and text[pos].isspace():
            pos += 1
        if pos >= span.end:
            break
        sent = sentence_at(doc, pos, span)
        out.append(Span(pos, max(sent.end, pos + 1)))
        pos = max(sent.end, pos + 1)
    return out


def paragraph_at(doc: Document, offset: int, within: Span | None = None) -> Span:
    """The paragraph (run of text between blank lines or bullets) holding ``offset``."""
    lo, hi = (within.start, within.end) if within else (0, len(doc.text))
    text = doc.text
    start = max(text.rfind("\n", lo, offset) + 1, lo)
    end = text.find("\n", offset, hi)
    return Span(start, hi if end < 0 else end)


# --- tables copied as tab-separated cells --------------------------------------------------

_TABLE_REACH = 30  # how many lines above a table row its header row is looked for


def table_row(doc: Document, offset: int) -> Span | None:
    """The row of tab-separated cells holding ``offset``, or None outside a table."""
    text = doc.text
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    end = len(text) if end < 0 else end
    return Span(start, end) if "\t" in text[start:end] else None


def column_header(doc: Document, offset: int, is_header: re.Pattern[str]) -> Span | None:
    """The cell above ``offset`` in its column, in the nearest row up the table whose
    cell there matches ``is_header`` ("Cá nhân", "Thời gian"); None outside a table."""
    text = doc.text
    row = table_row(doc, offset)
    if row is None:
        return None
    column = text.count("\t", row.start, offset)
    pos = row.start
    for _ in range(_TABLE_REACH):
        if pos <= 0:
            return None
        start = text.rfind("\n", 0, pos - 1) + 1
        line, pos = text[start : pos - 1], start
        if "\t" not in line:
            if line.strip():
                return None  # the words before the table
            continue
        cells = line.split("\t")
        if column < len(cells) and is_header.search(cells[column]):
            cell_start = start + sum(len(c) + 1 for c in cells[:column])
            return Span(cell_start, cell_start + len(cells[column]))
    return None
