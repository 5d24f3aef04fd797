"""Ruled tables in text-layer PDFs: rows read whole, cells separated by tabs."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_fixtures import FONT_DIR

from pipeline.readers import read
from pipeline.readers.options import ReadOptions

BEFORE = "2. Số lượng khen thưởng cấp tỉnh được phân bổ như sau:"
AFTER = "Ngoài số lượng trên, mỗi xã, phường được lựa chọn 01 tập thể và 01 cá nhân."


def _table_pdf(
    path: Path,
    rows: list[list[str]],
    widths: list[float],
    merged: set[tuple[int, int]] = frozenset(),  # type: ignore[assignment]
    verticals: bool = True,
) -> Path:
    """A page with a paragraph, a table drawn with thin lines, and a paragraph.

    ``merged`` holds (row, col) cells that run on into the next column: no rule
    between them, their text written across both.
    """
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_font("dv", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.set_font("dv", "", 11)
    pdf.set_margins(25, 20, 20)
    pdf.add_page()
    pdf.multi_cell(0, 6, BEFORE)
    pdf.ln(3)
    x0, y = 25.0, pdf.get_y()
    edges = [x0]
    for w in widths:
        edges.append(edges[-1] + w)
    pdf.set_line_width(0.2)
    for r, cells in enumerate(rows):
        height = 14.0
        c = 0
        while c < len(cells):
            span = 2 if (r, c) in merged else 1
            pdf.set_xy(edges[c] + 1, y + 1)
            pdf.multi_cell(edges[c + span] - edges[c] - 2, 5.5, cells[c], align="C")
            c += span
        pdf.line(x0, y, edges[-1], y)
        if verticals:
            for k, x in enumerate(edges):
                if (r, k - 1) not in merged:
                    pdf.line(x, y, x, y + height)
        y += height
    pdf.line(x0, y, edges[-1], y)
    pdf.set_xy(25, y + 4)
    pdf.multi_cell(0, 6, AFTER)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    ("rows", "merged", "expected"),
    [
        (  # a form name wrapped on two lines beside its counts
            [
                ["TT", "Hình thức khen thưởng", "Tập thể", "Cá nhân"],
                ["1", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "12", "20"],
            ],
            set(),
            [
                "TT\tHình thức khen thưởng\tTập thể\tCá nhân",
                "1\tBằng khen của Chủ tịch Ủy ban nhân dân tỉnh\t12\t20",
            ],
        ),
        (  # "Không quy định số lượng" across the two count columns
            [
                ["TT", "Hình thức khen thưởng", "Tập thể", "Cá nhân"],
                ["2", "Giấy khen của Chủ tịch UBND xã", "Không quy định số lượng", ""],
            ],
            {(1, 2)},
            [
                "TT\tHình thức khen thưởng\tTập thể\tCá nhân",
                "2\tGiấy khen của Chủ tịch UBND xã\tKhông quy định số lượng\tKhông quy định số lượng",
            ],
        ),
    ],
)
def test_read_pdf_ruled_table_rows_read_whole(
    rows: list[list[str]], merged: set[tuple[int, int]], expected: list[str], tmp_path: Path
) -> None:
    raw = read(_table_pdf(tmp_path / "t.pdf", rows, [12, 80, 35, 35], merged))
    assert raw.text.split("\n\n") == [BEFORE, "\n".join(expected), AFTER]


def test_read_pdf_rules_without_verticals_are_not_a_table(tmp_path: Path) -> None:
    rows = [["Số lượng", "Ghi chú"], ["12", "Toàn tỉnh"]]
    # a table fragment, not a document: the genre gate is not what is tested
    pdf = _table_pdf(tmp_path / "u.pdf", rows, [60, 60], verticals=False)
    raw = read(pdf, ReadOptions(check_plan=False))
    assert "\t" not in raw.text
    assert raw.text.startswith(BEFORE) and raw.text.endswith(AFTER)
