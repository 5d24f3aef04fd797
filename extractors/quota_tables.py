"""Quotas laid out as a table (a Word table flattened into "|" rows).

    | Hình thức khen thưởng            | Tập thể | Cá nhân |
    | Bằng khen của Chủ tịch UBND tỉnh | 10      | 15      |

The header names the recipient kind of each column; a row names its award in
one cell and gives bare counts in the others. Cells that spell the kind out
("10 tập thể") are left to the sentence reader of :mod:`extractors.quotas`.
Rows come as "|" cells, tab-separated cells (the docx and HTML readers), or —
once whitespace has been collapsed — as "award words N M" under a header line
ending in "Tập thể Cá nhân".
"""

from __future__ import annotations

import itertools
import re

from extractors.award_catalogue import find_mentions
from extractors.model import Document, Line, Quota, Span
from extractors.numbers import count_pattern, parse_count

# --- named patterns ------------------------------------------------------------------------

_SEPARATOR = re.compile(r"^[\s|:\-–=+]*$")
_COLLAPSED_HEADER = re.compile(r"\s(?P<k1>tập thể|cá nhân)\s+(?P<k2>tập thể|cá nhân)\s*$", re.I)
_ROW_MAX = 300  # longer lines are prose, not table rows
_COLLAPSED_ROW = re.compile(r"(?P<l>\S.*?\S)\s+(?P<a>\d{1,4}|-)\s+(?P<b>\d{1,4}|-)\s*$")
_KIND_HEADERS = (
    ("tap_the_ca_nhan", re.compile(r"tập thể\s*(?:,|và|/)\s*cá nhân", re.I)),
    ("tap_the", re.compile(r"tập thể", re.I)),
    ("ca_nhan", re.compile(r"cá nhân", re.I)),
)


def _cell_count() -> re.Pattern[str]:
    c = count_pattern()
    return re.compile(
        rf"^(?:(?P<bound>không quá|tối đa)\s*)?(?:từ\s+)?(?P<a>{c})"
        rf"(?:\s*(?:-|–|đến)\s*(?P<b>{c}))?$",
        re.I,
    )


# --- context words -------------------------------------------------------------------------


Row = list[Span]


def _cells(line: Line, sep: str) -> Row:
    """The cells of a row split on ``sep``, as spans of their trimmed text."""
    out = []
    text, base = line.text, line.span.start
    cuts = [i for i, ch in enumerate(text) if ch == sep]
    if sep == "\t":
        cuts = [-1, *cuts, len(text)]
    for left, right in itertools.pairwise(cuts):
        raw = text[left + 1 : right]
        stripped = raw.strip()
        begin = left + 1 + raw.find(stripped) if stripped else left + 1
        out.append(Span(base + begin, base + begin + len(stripped)))
    return out


def _split_tables(doc: Document, body: Span) -> list[list[Row]]:
    """Runs of consecutive "|" or tab-separated lines, as rows of cells."""
    tables: list[list[Row]] = []
    current: list[Row] = []
    for line in doc.lines(body):
        sep = "|" if line.text.startswith("|") and line.text.count("|") >= 3 else None
        sep = sep or ("\t" if line.text.count("\t") >= 2 else None)
        if sep and not _SEPARATOR.match(line.text):
            current.append(_cells(line, sep))
        elif sep is None and current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


def _collapsed_tables(doc: Document, body: Span) -> list[list[Row]]:
    """Tables whose cells were joined by single spaces: a header line ending in two
    kind words, then rows ending in two counts."""
    tables: list[list[Row]] = []
    current: list[Row] = []
    for line in doc.lines(body):
        base = line.span.start
        short = len(line.text) <= _ROW_MAX
        head = _COLLAPSED_HEADER.search(line.text, max(0, len(line.text) - 40)) if short else None
        row = _COLLAPSED_ROW.match(line.text) if current and short else None
        if head:
            if current:
                tables.append(current)
            k1, k2 = head.span("k1"), head.span("k2")
            current = [
                [
                    Span(base, base + k1[0]),
                    Span(base + k1[0], base + k1[1]),
                    Span(base + k2[0], base + k2[1]),
                ]
            ]
        elif row:
            current.append([Span(base + row.start(g), base + row.end(g)) for g in ("l", "a", "b")])
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return [t for t in tables if len(t) > 1]


def _header_kinds(doc: Document, header: list[Span]) -> dict[int, str]:
    kinds = {}
    for i, cell in enumerate(header):
        words = doc.text[cell.start : cell.end]
        for kind, pattern in _KIND_HEADERS:
            if pattern.search(words):
                kinds[i] = kind
                break
    return kinds


# --- normalise() ---------------------------------------------------------------------------


def normalise(match: re.Match[str]) -> tuple[int | None, int | None]:
    """(min, max) of a bare count cell."""
    a = parse_count(match.group("a"))
    b = parse_count(match.group("b")) if match.group("b") else a
    return (None, b) if match.group("bound") else (a, b)


# --- validate() ----------------------------------------------------------------------------


def validate(quota: Quota) -> bool:
    return quota.max is not None and (quota.min is None or 0 < quota.min <= quota.max)


# --- entry point ---------------------------------------------------------------------------


def table_quotas(doc: Document, body: Span) -> list[Quota]:
    """Quotas of the tables of ``body`` whose header names tập thể / cá nhân."""
    count = _cell_count()
    out: list[Quota] = []
    seen: set[tuple[int, str]] = set()  # a tab table is also read as a collapsed one
    for rows in [*_split_tables(doc, body), *_collapsed_tables(doc, body)]:
        kinds = _header_kinds(doc, rows[0]) if len(rows) > 1 else {}
        for row in rows[1:] if kinds else []:
            awards = [m for c in row for m in find_mentions(doc.text, c.start, c.end) if m.form]
            if not awards:
                continue
            for i, kind in kinds.items():
                cell = row[i] if i < len(row) else None
                m = count.match(doc.text[cell.start : cell.end]) if cell else None
                if cell is None or m is None:
                    continue
                lo, hi = normalise(m)
                evidence = doc.evidence(row[0].start, cell.end, "quota.table")
                quota = Quota(awards[0].form or "", kind, lo, hi, False, None, None, evidence)
                if validate(quota) and (cell.start, kind) not in seen:
                    seen.add((cell.start, kind))
                    out.append(quota)
    return out
