"""Ruled tables in text-layer PDFs: each row read as one line, cells separated by a tab.

Word and LibreOffice draw a table's borders as thin path objects. Read line by
line, a row whose cells wrap ("Bằng khen của Chủ tịch Ủy ban nhân" / "dân
tỉnh" beside "12", "20") interleaves its cells; here the rules give the grid,
every word goes to the cell its centre falls in, and a row comes out as the
DOCX reader gives it (``1⇥Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh⇥12⇥20``).
A merged cell (no rule between two grid cells) stands in every grid cell it
covers, so counts stay under their column heading.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Any

THIN = 2.5  # points: a border is thinner than this
MIN_RULES = 2  # horizontal and vertical rules a grid needs at least
SNAP = 1.5  # points: rule positions closer than this are one boundary


@dataclass(frozen=True)
class Rule:
    """A horizontal (``at`` = y) or vertical (``at`` = x) border from ``start`` to ``end``."""

    horizontal: bool
    at: float
    start: float
    end: float

    def covers(self, position: float) -> bool:
        return self.start - SNAP <= position <= self.end + SNAP


@dataclass
class Grid:
    """Column boundaries ``xs`` and row boundaries ``ys`` (from the page top) and its rules."""

    xs: list[float]
    ys: list[float]
    rules: list[Rule]

    def holds(self, x: float, y: float) -> bool:
        return self.xs[0] < x < self.xs[-1] and self.ys[0] < y < self.ys[-1]

    def cell(self, x: float, y: float) -> tuple[int, int]:
        return bisect.bisect(self.ys, y) - 1, bisect.bisect(self.xs, x) - 1

    def _ruled(self, horizontal: bool, at: float, position: float) -> bool:
        return any(
            r.horizontal == horizontal and abs(r.at - at) <= SNAP and r.covers(position)
            for r in self.rules
        )

    def owners(self) -> list[list[tuple[int, int]]]:
        """For each grid cell, the top-left grid cell of the merged cell it belongs to."""
        rows, cols = len(self.ys) - 1, len(self.xs) - 1
        owner = [[(r, c) for c in range(cols)] for r in range(rows)]
        for r in range(rows):
            mid_y = (self.ys[r] + self.ys[r + 1]) / 2
            for c in range(cols):
                mid_x = (self.xs[c] + self.xs[c + 1]) / 2
                if c and not self._ruled(False, self.xs[c], mid_y):
                    owner[r][c] = owner[r][c - 1]
                elif r and not self._ruled(True, self.ys[r], mid_x):
                    owner[r][c] = owner[r - 1][c]
        return owner


def _rules(page: Any, height: float) -> list[Rule]:
    import pypdfium2.raw as pdfium_c

    out = []
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        if top - bottom <= THIN and right - left >= 8:
            out.append(Rule(True, height - (top + bottom) / 2, left, right))
        elif right - left <= THIN and top - bottom >= 6:
            out.append(Rule(False, (left + right) / 2, height - top, height - bottom))
    return out


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if not out or value - out[-1] > SNAP:
            out.append(value)
    return out


def _touch(a: Rule, b: Rule) -> bool:
    if a.horizontal == b.horizontal:
        return abs(a.at - b.at) <= SNAP and a.start <= b.end + SNAP and b.start <= a.end + SNAP
    h, v = (a, b) if a.horizontal else (b, a)
    return h.covers(v.at) and v.covers(h.at)


def page_grids(page: Any, height: float) -> list[Grid]:
    """The ruled tables of a pdfium page (rules that touch form one table)."""
    rules = _rules(page, height)
    if len(rules) < 2 * MIN_RULES or len(rules) > 4000:
        return []
    groups: list[list[Rule]] = []
    for rule in rules:
        joined = [g for g in groups if any(_touch(rule, other) for other in g)]
        merged = [rule] + [r for g in joined for r in g]
        groups = [g for g in groups if g not in joined] + [merged]
    grids = []
    for group in groups:
        hs = [r for r in group if r.horizontal]
        vs = [r for r in group if not r.horizontal]
        if len(hs) >= MIN_RULES and len(vs) >= MIN_RULES:
            xs, ys = _snap([r.at for r in vs]), _snap([r.at for r in hs])
            if len(xs) >= 2 and len(ys) >= 2:
                grids.append(Grid(xs, ys, group))
    return grids


@dataclass
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float


def table_rows(grid: Grid, words: list[Word]) -> list[tuple[str, float, float]]:
    """(row text with tab-separated cells, top, bottom) for each row of ``grid`` with text."""
    owner = grid.owners()
    texts: dict[tuple[int, int], list[Word]] = {}
    for word in words:
        r, c = grid.cell((word.x0 + word.x1) / 2, (word.top + word.bottom) / 2)
        texts.setdefault(owner[r][c], []).append(word)
    rows = []
    for r, owners in enumerate(owner):
        cells = [_cell_text(texts.get(o, [])) for o in owners]
        if any(cells):
            rows.append(("\t".join(cells), grid.ys[r], grid.ys[r + 1]))
    return rows


def _cell_text(words: list[Word]) -> str:
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].top - word.top) < 0.5 * (word.bottom - word.top):
            lines[-1].append(word)
        else:
            lines.append([word])
    parts = [" ".join(w.text for w in sorted(line, key=lambda w: w.x0)) for line in lines]
    text = ""
    for part in parts:
        if text.endswith("-") and len(text) > 1 and not text[-2].isspace():
            text += part  # a word hyphenated at the cell edge
        else:
            text = f"{text} {part}" if text else part
    return text
