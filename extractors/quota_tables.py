"""Quotas laid out as a table (a Word table flattened into "|" rows).

    | Hình thức khen thưởng            | Tập thể | Cá nhân |
    | Bằng khen của Chủ tịch UBND tỉnh | 10      | 15      |

The header names the recipient kind of each column; a row names its award in
one cell and gives bare counts in the others. Cells that spell the kind out
("10 tập thể") are left to the sentence reader of :mod:`extractors.quotas`.
"""

from __future__ import annotations

import itertools
import re

from extractors.award_catalogue import find_mentions
from extractors.model import Document, Line, Quota, Span
from extractors.numbers import count_pattern, parse_count

# --- named patterns ------------------------------------------------------------------------

_SEPARATOR = re.compile(r"^[\s|:\-–=+]*$")
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


def _cells(line: Line) -> list[Span]:
    """The cells of a "|" row, as spans of their trimmed text."""
    out = []
    text, base = line.text, line.span.start
    bars = [i for i, ch in enumerate(text) if ch == "|"]
    for left, right in itertools.pairwise(bars):
        raw = text[left + 1 : right]
        stripped = raw.strip()
        begin = left + 1 + raw.find(stripped) if stripped else left + 1
        out.append(Span(base + begin, base + begin + len(stripped)))
    return out


def _tables(doc: Document, body: Span) -> list[list[Line]]:
    tables: list[list[Line]] = []
    current: list[Line] = []
    for line in doc.lines(body):
        if line.text.startswith("|") and line.text.count("|") >= 3:
            current.append(line)
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


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
    """Quotas of the "|" tables of ``body`` whose header names tập thể / cá nhân."""
    count = _cell_count()
    out: list[Quota] = []
    for table in _tables(doc, body):
        rows = [_cells(line) for line in table if not _SEPARATOR.match(line.text)]
        if len(rows) < 2:
            continue
        kinds = _header_kinds(doc, rows[0])
        if not kinds:
            continue
        for row in rows[1:]:
            awards = [m for c in row for m in find_mentions(doc.text, c.start, c.end) if m.form]
            if not awards:
                continue
            row_start = row[0].start
            for i, kind in kinds.items():
                if i >= len(row):
                    continue
                cell = row[i]
                m = count.match(doc.text[cell.start : cell.end])
                if m is None:
                    continue
                lo, hi = normalise(m)
                evidence = doc.evidence(row_start, cell.end, "quota.table")
                quota = Quota(awards[0].form or "", kind, lo, hi, False, None, None, evidence)
                if validate(quota):
                    out.append(quota)
    return out
