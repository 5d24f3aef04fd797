"""Ruled tables on scanned pages read cell by cell into tab-separated rows.

Over a grid Tesseract's page layout loses cells and runs the rest together, so
the quota extractor found no rows on a scanned quota table (the Hà Tĩnh
variant scanned at 200 dpi: quotas F1 0.00). The grid finding is tested on
drawn ink masks (fast); one drawn page goes through Tesseract (slow).
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from pipeline.readers.layout import assemble
from pipeline.readers.ocr import ocr_page
from pipeline.readers.ocr_tables import _grid_rows

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
W, H = 2480, 1700


def _mask(hs: list[int], vs: list[tuple[int, int, int]]) -> np.ndarray:
    """Ink: horizontal rules at ``hs`` (x 300..2200), vertical ones (x, y0, y1)."""
    ink = np.zeros((H, W), dtype=bool)
    for y in hs:
        ink[y : y + 3, 300:2200] = True
    for x, y0, y1 in vs:
        ink[y0:y1, x : x + 3] = True
    return ink


def _full(xs: list[int], y0: int, y1: int) -> list[tuple[int, int, int]]:
    return [(x, y0, y1 + 3) for x in xs]


@pytest.mark.parametrize(
    ("hs", "vs", "rows"),
    [
        # a 3-row grid of 4 columns: three rows, five column rules each
        ([400, 500, 600, 700], _full([300, 500, 1500, 1850, 2197], 400, 700), 3),
        # a merged cell: the rule between the quota columns stops above the last row
        (
            [400, 500, 600, 700],
            [*_full([300, 500, 1500, 2197], 400, 700), (1850, 400, 603)],
            3,
        ),
        # two long rules alone (a form's lines, a signature line): no table
        ([400, 900], [], 0),
        # a box round a paragraph: two vertical rules only, no cells
        ([400, 900], _full([300, 2197], 400, 900), 0),
    ],
)
def test_grid_rows_cells_between_rules(
    hs: list[int], vs: list[tuple[int, int, int]], rows: int
) -> None:
    found = _grid_rows(_mask(hs, vs))
    assert len(found) == rows
    assert all(len(xs) >= 3 for _, _, xs in found)


def test_grid_rows_merged_cell_has_fewer_rules() -> None:
    vs = [*_full([300, 500, 1500, 2197], 400, 700), (1850, 400, 603)]
    found = _grid_rows(_mask([400, 500, 600, 700], vs))
    assert [len(xs) for _, _, xs in found] == [5, 5, 4]


def test_grid_rows_rules_side_by_side_are_one_rule() -> None:
    """The dark edge of a photographed page: vertical lines a few px apart are one rule,
    never a cell too narrow to crop (it failed the page)."""
    vs = _full([300, 306, 311, 800, 1500, 2197], 400, 700)
    found = _grid_rows(_mask([400, 500, 600, 700], vs))
    assert found and all(np.diff(xs).min() >= 12 for _, _, xs in found)
    assert [len(xs) for _, _, xs in found] == [3, 3, 3]


def test_grid_rows_short_rules_are_not_a_table() -> None:
    ink = np.zeros((H, W), dtype=bool)
    for y in (300, 360, 420):  # the header's short rules under the body's name and motto
        ink[y : y + 3, 500:900] = True
        ink[y : y + 3, 1500:1900] = True
    assert _grid_rows(ink) == []


ROWS = [
    ["TT", "Hình thức", "Tập thể", "Cá nhân"],
    ["1", "Bằng khen của Chủ tịch", "12", "20"],
    ["2", "Giấy khen", "05", "30"],
]
PARAGRAPH = [
    "Các cơ quan, đơn vị tổ chức phát động phong trào thi đua",
    "sâu rộng, thiết thực, gắn với nhiệm vụ chính trị của địa",
    "phương và báo cáo kết quả về Sở Nội vụ trước ngày 15/11.",
]


@cache
def _page() -> bytes:
    """A 300 dpi page: header in two columns, a justified paragraph, a ruled table."""
    image = Image.new("L", (W, H), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT), 44)
    draw.text((300, 150), "ỦY BAN NHÂN DÂN", font=font, fill=0)
    draw.text((1300, 150), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=font, fill=0)
    for k, text in enumerate(PARAGRAPH):
        draw.text((300, 350 + 70 * k), text, font=font, fill=0)
    xs, top, pitch = [300, 500, 1400, 1800, 2200], 700, 110
    for r, row in enumerate(ROWS):
        for c, cell in enumerate(row):
            draw.text((xs[c] + 20, top + r * pitch + 25), cell, font=font, fill=0)
    for r in range(len(ROWS) + 1):
        draw.line([(xs[0], top + r * pitch), (xs[-1], top + r * pitch)], fill=0, width=3)
    for x in xs:
        draw.line([(x, top), (x, top + len(ROWS) * pitch)], fill=0, width=3)
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.slow
def test_ruled_tables_rows_tab_separated_nowhere_else() -> None:
    text = assemble([ocr_page(_page(), 4, 60).page]).text
    rows = [line.split("\t") for line in text.splitlines() if "\t" in line]
    assert rows == ROWS
    assert "ỦY BAN NHÂN DÂN" in text and "sâu rộng, thiết thực" in text
