"""Right-column pieces of a header whose window ends inside a line stay where they are.

A whole document on one line whose head has no quốc hiệu (the one-line pass has nothing
to break it at) ends the header window inside the body: moving the place and date
"after the header" put them inside a body word ("co\\nHà Nam, ngày …\\ni trọng"). They
are put on lines of their own where they stand; a header of lines is read as before.
"""

from __future__ import annotations

from extractors.layout.columns import split_flattened_header

BODY = " ".join(["Các đơn vị tổ chức thực hiện phong trào thi đua, coi trọng hiệu quả."] * 25)


def test_columns_one_line_without_quoc_hieu_keeps_the_place_where_it_stands() -> None:
    text = "Số: 12/KH-LĐLĐ Hà Nam, ngày 3 tháng 5 năm 2024 KẾ HOẠCH Tổ chức thi đua " + BODY
    moved, log = split_flattened_header(text)
    lines = moved.text.split("\n")
    assert lines[:2] == ["Số: 12/KH-LĐLĐ", "Hà Nam, ngày 3 tháng 5 năm 2024"]
    assert lines[2].startswith("KẾ HOẠCH Tổ chức thi đua Các đơn vị")
    assert moved.text.replace("\n", " ").split() == text.split()  # no word cut
    assert log == [
        "header: moved right-column text to its own line: 'Hà Nam, ngày 3 tháng 5 năm 2024'"
    ]


def test_columns_header_of_lines_moves_the_right_column_after_the_left() -> None:
    text = (
        "UBND TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ NỘI VỤ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/SNV-TĐKT Hà Nam, ngày 3 tháng 5 năm 2024\n"
        "KẾ HOẠCH\nTổ chức phong trào thi đua\n" + BODY
    )
    moved, _ = split_flattened_header(text)
    assert moved.text.split("\n")[:6] == [
        "UBND TỈNH HÀ NAM",
        "SỞ NỘI VỤ",
        "Số: 12/SNV-TĐKT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Hà Nam, ngày 3 tháng 5 năm 2024",
    ]


def test_columns_one_line_with_the_place_alone_is_left_as_it_is() -> None:
    text = "Hà Nam, ngày 3 tháng 5 năm 2024\n" + BODY
    moved, log = split_flattened_header(text)
    assert (moved.text, log) == (text, [])
