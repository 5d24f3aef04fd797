"""Two-column blocks of a page: text runs at one height, the closing block (columns.py)."""

from __future__ import annotations

import pytest

from pipeline.readers.columns import closing_columns, merge_rows
from pipeline.readers.layout import assemble
from pipeline.readers.layout_types import Line, Page, Segment


def line(top: float, *parts: tuple[str, float, float]) -> Line:
    return Line([Segment(t, x0, x1) for t, x0, x1 in parts], top, top + 12)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # two cells of a layout table: one printed line, two segments
            [line(58, ("ỦY BAN NHÂN DÂN", 120, 266)), line(58.5, ("CỘNG HÒA XÃ HỘI", 330, 510))],
            [["ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI"]],
        ),
        (  # runs that touch (a bold word, then plain) are one segment
            [line(100, ("Số:", 86, 104)), line(100, ("215/KH-UBND", 107, 170))],
            [["Số: 215/KH-UBND"]],
        ),
        (  # negative: lines at different heights stay apart
            [line(58, ("ỦY BAN NHÂN DÂN", 120, 266)), line(76, ("NGHĨA VIỆT NAM", 354, 485))],
            [["ỦY BAN NHÂN DÂN"], ["NGHĨA VIỆT NAM"]],
        ),
        (  # negative: overlapping runs are not two cells
            [line(58, ("Kế hoạch", 86, 300)), line(58, ("thi đua", 200, 400))],
            [["Kế hoạch"], ["thi đua"]],
        ),
    ],
)
def test_merge_rows_joins_runs_at_one_height(lines: list[Line], expected: list[list[str]]) -> None:
    assert [[s.text for s in ln.segments] for ln in merge_rows(lines)] == expected


CLOSING = [
    line(470, ("Nơi nhận:", 86, 145), ("TM. ỦY BAN NHÂN DÂN", 352, 500)),
    line(495, ("- Ban Thi đua - Khen thưởng Trung", 86, 279)),
    line(500, ("KT. CHỦ TỊCH", 372, 470)),
    line(510, ("ương;", 85, 116)),
    line(528, ("PHÓ CHỦ TỊCH UBND TỈNH", 321, 504)),
    line(535, ("- Thường trực Tỉnh ủy;", 86, 242)),
    line(560, ("- Lưu: VT, NC1.", 86, 196), ("Trần Minh Khoa", 357, 468)),
]
EXPECTED = [
    "Nơi nhận:",
    "- Ban Thi đua - Khen thưởng Trung ương;",
    "- Thường trực Tỉnh ủy;",
    "- Lưu: VT, NC1.",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH UBND TỈNH",
    "Trần Minh Khoa",
]
BODY = line(440, ("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, báo cáo./.", 86, 538))


def _texts(lines: list[Line]) -> list[str]:
    return [ln.text for ln in lines]


def test_closing_columns_reads_recipients_then_signature() -> None:
    (page,) = closing_columns([[BODY, *CLOSING]])
    assert _texts(page) == [BODY.text, *EXPECTED]
    assert len({ln.group for ln in page[1:]}) == 1 and page[1].group


def test_closing_columns_stops_at_body_and_after_the_archive_line() -> None:
    annex = [
        line(600, ("ỦY BAN NHÂN DÂN", 120, 266)),  # an attached plan's header, left column
        line(640, ("KẾ HOẠCH tổ chức phong trào thi đua yêu nước giai đoạn 2025", 86, 538)),
    ]
    (page,) = closing_columns([[*CLOSING, *annex]])
    assert _texts(page) == [*EXPECTED, "ỦY BAN NHÂN DÂN", annex[1].text]


def test_closing_columns_carries_the_table_over_a_page_break() -> None:
    first, rest = CLOSING[:3], [line(60, ("ương;", 85, 116)), *CLOSING[4:]]
    pages = closing_columns([[BODY, *first], rest])
    assert _texts(pages[0]) == [BODY.text, *EXPECTED]
    assert pages[1] == []


@pytest.mark.parametrize(
    "lines",
    [
        [BODY],  # no "Nơi nhận"
        [line(470, ("Nơi nhận:", 86, 145)), line(490, ("- Như trên;", 86, 160))],  # one column
    ],
)
def test_closing_columns_leaves_other_pages_alone(lines: list[Line]) -> None:
    assert closing_columns([list(lines)]) == [lines]


def test_assemble_closing_block_is_one_paragraph() -> None:
    text = assemble([Page([BODY, *CLOSING], 595, 842)]).text
    assert text.split("\n\n") == [BODY.text, "\n".join(EXPECTED)]


def _row(top: float, text: str, group: int) -> Line:
    return Line([Segment(text, 80, 533)], top, top + 12, group=group)


@pytest.mark.parametrize(
    ("top_of_next", "expected"),
    [
        (  # the cell's second line went over the page: back into its row
            "\tvà các đoàn thể tỉnh\t\t",
            ["2\tKhối Mặt trận và các đoàn thể tỉnh\t02\t03", "3\tCụm thi đua các phường\t04\t06"],
        ),
        (  # negative: a new numbered row on the next page stays a row
            "3\tCụm thi đua các xã\t05\t07",
            [
                "2\tKhối Mặt trận\t02\t03",
                "3\tCụm thi đua các xã\t05\t07",
                "3\tCụm thi đua các phường\t04\t06",
            ],
        ),
    ],
)
def test_join_split_rows_mends_a_row_cut_by_a_page_break(
    top_of_next: str, expected: list[str]
) -> None:
    from pipeline.readers.columns import join_split_rows

    pages = [
        [_row(760, "2\tKhối Mặt trận\t02\t03", 1)],
        [_row(57, top_of_next, 2), _row(85, "3\tCụm thi đua các phường\t04\t06", 2)],
    ]
    out = join_split_rows(pages)
    assert [ln.text for page in out for ln in page] == expected
