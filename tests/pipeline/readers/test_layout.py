"""Layout assembly on hand-placed lines (page points, A4 = 595 × 842)."""

from __future__ import annotations

from pipeline.readers.layout import Line, Page, Segment, assemble


def line(top: float, *parts: tuple[str, float, float]) -> Line:
    return Line([Segment(t, x0, x1) for t, x0, x1 in parts], top, top + 12)


def body(top: float, text: str, x1: float = 530.0) -> Line:
    return line(top, (text, 72.0, x1))


HEADER = [
    line(50, ("UBND TỈNH BẾN TRE", 90, 220), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 270, 525)),
    line(66, ("SỞ NỘI VỤ", 120, 190), ("Độc lập - Tự do - Hạnh phúc", 310, 480)),
    line(82, ("-------", 130, 180), ("---------------", 350, 440)),
    line(98, ("Số: 12/KH-SNV", 100, 210), ("Bến Tre, ngày 05 tháng 02 năm 2024", 290, 505)),
]


def test_assemble_header_left_column_then_right() -> None:
    page = Page(
        [*HEADER, line(130, ("KẾ HOẠCH", 265, 330)), body(150, "Thi đua năm 2024.", 300)], 595, 842
    )
    text = assemble([page]).text
    assert text.split("\n\n")[0].split("\n") == [
        "UBND TỈNH BẾN TRE",
        "SỞ NỘI VỤ",
        "Số: 12/KH-SNV",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bến Tre, ngày 05 tháng 02 năm 2024",
    ]
    assert text.split("\n\n")[1:] == ["KẾ HOẠCH", "Thi đua năm 2024."]


def test_assemble_flattened_header_is_left_as_lines() -> None:
    flat = line(50, ("UBND TỈNH BẾN TRE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 90, 525))
    assert assemble([Page([flat], 595, 842)]).text == flat.text


def test_assemble_drops_page_numbers_and_running_headers_joins_across_pages() -> None:
    pages = []
    for n in range(1, 4):
        lines = [line(30, (f"Kế hoạch số 12/KH-SNV ngày 05/02/2024 - trang {n}", 200, 400))]
        lines += [
            body(100, f"Đoạn {n} bắt đầu và câu này chạy đến hết dòng rồi sang"),
            body(700, "tiếp tục ở dòng cuối của trang, chưa hết câu và sang trang"),
        ]
        lines.append(line(800, (str(n), 295, 302)))
        pages.append(Page(lines, 595, 842))
    out = assemble(pages)
    assert "trang 1" not in out.text and "\n\n1\n\n" not in out.text
    assert "\n" not in out.text  # no sentence ends at a page end: one paragraph flows on
    assert [out.text[s : s + 6] for s in out.page_starts] == ["Đoạn 1", "Đoạn 2", "Đoạn 3"]
    assert out.text[out.page_starts[1] - 6 : out.page_starts[1]] == "trang "


def test_assemble_keeps_hyphenated_number_and_dash_compound() -> None:
    lines = [
        body(100, "Thực hiện Chỉ thị số 14/CT-"),
        body(114, "UBND của tỉnh về thi đua.", 300),
        body(140, "các tổ chức chính trị"),
        body(154, "- xã hội tham gia.", 250),
        body(180, "Nội dung:", 150),
        body(194, "- Các sở, ngành thi đua.", 300),
    ]
    lines[0].segments[0].x1 = 530
    text = assemble([Page(lines, 595, 842)]).text
    assert text.split("\n\n") == [
        "Thực hiện Chỉ thị số 14/CT-UBND của tỉnh về thi đua.",
        "các tổ chức chính trị - xã hội tham gia.",
        "Nội dung:",
        "- Các sở, ngành thi đua.",
    ]
