"""Ruled tables on scanned pages, read cell by cell (see :func:`ruled_tables`)."""

from __future__ import annotations

import itertools
from typing import Any

from pipeline.readers.layout import Line, Page, Segment
from pipeline.readers.tesseract import recognise

RULE_INK = 170  # grey level under which a pixel is ink (a scanned rule is often grey)
MIN_CELL = 12  # px between two rules of a cell; closer ones are one rule (or a photo's edge)
BESIDE = 4  # px from a rule to the paper beside it


def _centres(indexes: Any, share: Any = None, most: float = 1.0) -> list[int]:
    """Middles of the runs of (nearly) consecutive indexes: one per printed rule. With
    ``share`` (the ink share of every row or column), a run counts only with paper on
    both sides (``share`` at most ``most`` there): a printed rule is a thin line on paper;
    the desk around a photographed page, or its shadow, is a dark band."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and i <= runs[-1][1] + 2:
            runs[-1][1] = int(i)
        else:
            runs.append([int(i), int(i)])
    if share is not None:
        runs = [r for r in runs if _on_paper(share, r[0] - BESIDE, r[1] + BESIDE, most)]
    return [(a + b) // 2 for a, b in runs]


def _on_paper(share: Any, before: int, after: int, most: float) -> bool:
    return all(0 <= k < len(share) and share[k] <= most for k in (before, after))


def _apart(xs: list[int], gap: int) -> list[int]:
    """The rules at least ``gap`` apart, left to right (the dark edge of a photographed
    page gives lines of ink side by side: read as cells they would be empty crops)."""
    kept: list[int] = []
    for x in xs:
        if not kept or x - kept[-1] >= gap:
            kept.append(x)
    return kept


def _longest_run(row: Any) -> int:
    import numpy as np

    edges = np.diff(np.concatenate(([0], row.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    return int((ends - starts).max()) if len(starts) else 0


def _grid_rows(ink: Any) -> list[tuple[int, int, list[int]]]:
    """Rows of the ruled tables of a page: (top rule, bottom rule, column rules), a row
    kept when at least three vertical rules (two cells) cross it from rule to rule."""
    np = _np()
    width = ink.shape[1]
    across = ink.mean(axis=1)
    wide = np.flatnonzero(across > 0.3)
    rules = _centres((i for i in wide if _longest_run(ink[i]) > 0.3 * width), across, 0.3)
    rows = []
    for y0, y1 in itertools.pairwise(rules):
        if y1 - y0 < MIN_CELL:
            continue
        down = ink[y0 + 4 : y1 - 3].mean(axis=0)
        xs = _apart(_centres(np.flatnonzero(down > 0.9), down, 0.5), MIN_CELL)
        if len(xs) >= 3:
            rows.append((y0, y1, xs))
    return rows


def _has_rules(gray: Any) -> bool:
    """Some row of the page is ink over more than 0.3 of its width (a rule may be there):
    counted by OpenCV on the page as it is, so a page of type alone (most pages) costs
    ~3 ms instead of a boolean copy of the page and its row means (~25 ms)."""
    import cv2

    ink = cv2.threshold(gray, RULE_INK - 1, 255, cv2.THRESH_BINARY_INV)[1]  # 255: ink
    counts = cv2.reduce(ink, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S).ravel() // 255
    return bool((counts > 0.3 * gray.shape[1]).any())


def _np() -> Any:
    import numpy

    return numpy


def ruled_tables(image: Any, page: Page, timeout: float) -> Page:
    """A ruled table read cell by cell, its rows as tab-separated lines of one block.

    Over a grid Tesseract's page layout loses cells (a number alone in a box) and
    reads the rest as running lines; each cell is read on its own (one text
    block) instead, a cell spanning columns repeated in each, as the DOCX
    reader gives a merged cell. The words the page read found inside the
    table are dropped.
    """
    from pipeline.readers.columns import new_group

    tables: list[list[tuple[int, int, list[int]]]] = []
    gray = _np().asarray(image if image.mode == "L" else image.convert("L"))
    if not _has_rules(gray):
        return page
    for row in _grid_rows(gray < RULE_INK):
        if tables and tables[-1][-1][1] == row[0]:
            tables[-1].append(row)  # rows sharing a rule: one table
        else:
            tables.append([row])
    lines = page.lines
    for rows in (t for t in tables if len(t) >= 2):
        top, bottom = rows[0][0], rows[-1][1]
        left, right = min(r[2][0] for r in rows), max(r[2][-1] for r in rows)
        lines = [ln for ln in lines if not _inside(ln, top, bottom, left, right)]
        lines += _read_rows(image, rows, timeout, new_group())
    return Page(lines, page.width, page.height)


def _inside(line: Line, top: float, bottom: float, left: float, right: float) -> bool:
    middle = (line.top + line.bottom) / 2
    return top - 5 <= middle <= bottom + 5 and line.x0 < right and line.x1 > left


def _read_rows(
    image: Any, rows: list[tuple[int, int, list[int]]], timeout: float, group: int
) -> list[Line]:
    from PIL.ImageFilter import MedianFilter  # a scan's speckle turns a lone "12" into marks

    columns = _centres(sorted({x for _, _, xs in rows for x in xs}))
    table: list[Line] = []
    for y0, y1, xs in rows:
        cells = []
        for x0, x1 in itertools.pairwise(xs):
            crop = image.crop((x0 + 4, y0 + 4, x1 - 3, y1 - 3)).filter(MedianFilter(3))
            text = " ".join(recognise(crop, 6, timeout).split())
            cells += [text] * (1 + sum(x0 + 8 < x < x1 - 8 for x in columns))
        table.append(Line([Segment("\t".join(cells), xs[0], xs[-1])], y0, y1, group=group))
    return table
