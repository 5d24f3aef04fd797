"""Quotas laid out as a table (a Word table flattened into "|" rows).

    | Hình thức khen thưởng            | Tập thể | Cá nhân |
    | Bằng khen của Chủ tịch UBND tỉnh | 10      | 15      |

The header names the recipient kind of each column; a row names its award in
one cell and gives bare counts ("10", "25 - 30", "tối đa 08") or "Không quy
định số lượng" in the others. A table whose rows are units ("Cụm thi đua các
xã | 05 | 07") takes its award from the line that introduces it ("b) Bằng khen
của Chủ tịch UBND tỉnh phân bổ cho các Cụm, Khối thi đua như sau:") and each
row's unit as ``per``; an introduction saying "(số lượng tối đa)" makes every
count an upper bound. Cells that spell the kind out ("10 tập thể") are left to
the sentence reader of :mod:`extractors.parts.quotas`. Rows come as "|" cells,
tab-separated cells (the docx and HTML readers), or — once whitespace has been
collapsed — as "label words N M" under a header line ending in "Tập thể Cá nhân".
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from extractors.model import Document, Line, Quota, Span
from extractors.parts.quota_rules import cell_rules
from extractors.toolbox.award_catalogue import find_mentions, recipient_kind_of
from extractors.toolbox.award_context import award_at
from extractors.toolbox.numbers import parse_count

# --- named patterns ------------------------------------------------------------------------

_SEPARATOR = re.compile(r"^[\s|:\-–=+]*$")
_COLLAPSED_HEADER = re.compile(
    r"\s(?P<k1>tập thể|cá nhân)\s+(?P<k2>tập thể|cá nhân)(?P<note>\s+ghi chú)?\s*$", re.I
)
_ROW_MAX = 300  # longer lines are prose, not table rows
_KIND_HEADERS = (
    ("tap_the_ca_nhan", re.compile(r"tập thể\s*(?:,|và|/)\s*cá nhân", re.I)),
    ("tap_the", re.compile(r"tập thể", re.I)),
    ("ca_nhan", re.compile(r"cá nhân", re.I)),
)
_COUNT_HEADER = re.compile(r"^số lượng$", re.I)  # a count column naming no kind


_INTRO_REACH = 200  # the line introducing a table is read this far back
_ROW_NUMBER = re.compile(r"^\d{1,3}[.)]?(?:\s+|$)")  # "1", "2." of an STT column


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
    kind words (and "Ghi chú"), then rows ending in two counts (and a note)."""
    tables: list[list[Row]] = []
    current: list[Row] = []
    with_note = False
    for line in doc.lines(body):
        base = line.span.start
        short = len(line.text) <= _ROW_MAX
        head = _COLLAPSED_HEADER.search(line.text, max(0, len(line.text) - 50)) if short else None
        row = cell_rules().collapsed_row.match(line.text) if current and short else None
        if row and row.group("n") and not with_note:
            row = None
        if head:
            if current:
                tables.append(current)
            with_note = bool(head.group("note"))
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


@dataclass(frozen=True)
class Column:
    """A count column: the kind its header names (None: the award's own kind) and
    the award it names ("Bằng khen UBND tỉnh (tập thể)", "Cờ thi đua")."""

    kind: str | None
    award: str | None


def _header_columns(doc: Document, header: list[Span]) -> dict[int, Column]:
    columns = {}
    for i, cell in enumerate(header):
        words = doc.text[cell.start : cell.end]
        kind = next((k for k, pattern in _KIND_HEADERS if pattern.search(words)), None)
        named = [m.form for m in find_mentions(doc.text, cell.start, cell.end) if m.form]
        if kind or named or _COUNT_HEADER.match(words):
            columns[i] = Column(kind, named[0] if named else None)
    return columns


def _intro(doc: Document, start: int) -> Span:
    """The last non-empty line before the line of a table's header."""
    end = len(doc.text[: doc.text.rfind("\n", 0, start) + 1].rstrip())
    begin = doc.text.rfind("\n", max(0, end - _INTRO_REACH), end) + 1
    return Span(max(begin, end - _INTRO_REACH), end)


def _table_award(doc: Document, start: int) -> str | None:
    """The award a table of units counts: named in its introduction or above it."""
    intro = _intro(doc, start)
    named = [m for m in find_mentions(doc.text, intro.start, intro.end) if m.form]
    return named[-1].form if named else award_at(doc, intro.start)


def _unit(doc: Document, row: Row, first_count: int) -> Span | None:
    """The unit a row of a units table names: its last text cell before the counts."""
    for cell in reversed(row[:first_count]):
        words = doc.text[cell.start : cell.end]
        if words and not _ROW_NUMBER.fullmatch(words):
            number = _ROW_NUMBER.match(words)  # "1 Khối các sở" of a collapsed row
            marker = cell_rules().per_marker.match(words, number.end() if number else 0)
            begin = marker.end() if marker else number.end() if number else 0
            return Span(cell.start + begin, cell.end)
    return None


# --- normalise() ---------------------------------------------------------------------------


def normalise(match: re.Match[str], upper_only: bool) -> tuple[int | None, int | None]:
    """(min, max) of a bare count cell; an upper bound for "tối đa 08" or when the
    table says all its counts are upper bounds."""
    a = parse_count(match.group("a"))
    b = parse_count(match.group("b")) if match.group("b") else a
    return (None, b) if match.group("bound") or upper_only else (a, b)


# --- validate() ----------------------------------------------------------------------------


def validate(quota: Quota) -> bool:
    if quota.unlimited:
        return quota.min is None and quota.max is None
    return quota.max is not None and (quota.min is None or 0 < quota.min <= quota.max)


# --- entry point ---------------------------------------------------------------------------


def _row_kind(doc: Document, row: Row) -> str | None:
    """The kind a row names in a cell of its own ("Cờ thi đua | Tập thể | 03")."""
    for cell in row:
        words = doc.text[cell.start : cell.end]
        for kind, pattern in _KIND_HEADERS:
            m = pattern.search(words)
            if m and len(words) <= m.end() - m.start() + 2:  # the whole cell
                return kind
    return None


def _row_quotas(
    doc: Document, row: Row, columns: dict[int, Column], context: _Context
) -> list[Quota]:
    """The quotas of one row: its award from the row, the column or the table's
    introduction; its unit when the row names no award."""
    awards = [m.form for c in row for m in find_mentions(doc.text, c.start, c.end) if m.form]
    unit = None if awards else _unit(doc, row, min(columns))
    per = doc.text[unit.start : unit.end] if unit else None
    out = []
    for i, column in columns.items():
        award = column.award or (awards[0] if awards else None)
        if award is None and unit is not None:
            award = context.award  # a table of units counting the introduced award
        cell = row[i] if i < len(row) else None
        words = doc.text[cell.start : cell.end] if cell else ""
        m = cell_rules().count.match(words)
        unlimited = m is None and bool(cell_rules().unlimited.match(words))
        if award is None or cell is None or (m is None and not unlimited):
            continue
        kind = column.kind or _row_kind(doc, row) or recipient_kind_of(award) or "tap_the_ca_nhan"
        lo, hi = normalise(m, context.upper_only) if m else (None, None)
        rule = "quota.table:unlimited" if unlimited else "quota.table:count"
        evidence = doc.evidence(row[0].start, cell.end, rule)
        quota = Quota(award, kind, lo, hi, unlimited, per if not awards else None, None, evidence)
        if validate(quota):
            out.append(quota)
    return out


@dataclass(frozen=True)
class _Context:
    award: str | None
    upper_only: bool


def table_quotas(doc: Document, body: Span) -> list[Quota]:
    """Quotas of the tables of ``body`` whose header names tập thể / cá nhân."""
    out: list[Quota] = []
    seen: set[tuple[int, str]] = set()  # a tab table is also read as a collapsed one
    for rows in [*_split_tables(doc, body), *_collapsed_tables(doc, body)]:
        columns = _header_columns(doc, rows[0]) if len(rows) > 1 else {}
        if not columns:
            continue
        start = rows[0][0].start
        intro = _intro(doc, start)
        header = doc.text[start : rows[0][-1].end]
        upper = cell_rules().upper.search(f"{doc.slice(intro)} {header}")
        context = _Context(_table_award(doc, start), upper is not None)
        for row in rows[1:]:
            for quota in _row_quotas(doc, row, columns, context):
                key = (quota.evidence.end, quota.recipient_kind)
                if key not in seen:
                    seen.add(key)
                    out.append(quota)
    return out
