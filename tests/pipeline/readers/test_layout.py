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


WRAPPED_HEADER = [  # a LibreOffice export: narrow cells wrap, columns at their own pitch
    line(58, ("ỦY BAN NHÂN DÂN", 97, 247), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", 281, 517)),
    line(76, ("THÀNH PHỐ HẢI", 100, 250), ("VIỆT NAM", 360, 436)),
    line(94, ("PHÒNG", 150, 195), ("Độc lập - Tự do - Hạnh phúc", 297, 500)),
    line(112, ("HỘI ĐỒNG THI ĐUA -", 95, 250)),
    line(130, ("KHEN THƯỞNG", 120, 220)),
    line(148, ("Số: 28/KH-HĐTĐKT", 104, 240), ("Hải Phòng, ngày 20 tháng 01 năm", 270, 526)),
    line(166, ("2026", 380, 412)),
]


def test_assemble_header_joins_what_narrow_columns_wrapped() -> None:
    page = Page([*WRAPPED_HEADER, line(200, ("KẾ HOẠCH", 268, 355))], 595, 842)
    assert assemble([page]).text.split("\n\n") == [
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI PHÒNG\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\nSố: 28/KH-HĐTĐKT\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hải Phòng, ngày 20 tháng 01 năm 2026",
        "KẾ HOẠCH",
    ]


def test_assemble_header_keeps_short_lines_that_are_not_wraps() -> None:
    lines = [  # negative: "TỈNH HÀ TĨNH" is two words, a line of its own
        line(58, ("ỦY BAN NHÂN DÂN", 120, 266), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 300, 540)),
        line(76, ("TỈNH HÀ TĨNH", 138, 248), ("Độc lập - Tự do - Hạnh phúc", 318, 522)),
        line(94, ("Số: 215/KH-UBND", 133, 253), ("Hà Tĩnh, ngày 12 tháng 3 năm 2026", 319, 530)),
    ]
    header = assemble([Page(lines, 595, 842)]).text.split("\n")
    assert header[:3] == ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 215/KH-UBND"]


def test_assemble_header_without_quoc_hieu_reads_columns_from_number_line() -> None:
    lines = [
        line(58, ("________", 140, 200), ("______________________", 330, 480)),
        line(76, ("Số: 82 /KH-LHH", 100, 230), ("Bình Phước, ngày 07 tháng 9 năm", 300, 530)),
        line(94, ("2021", 400, 430)),
        line(120, ("KẾ HOẠCH", 268, 355)),
    ]
    assert assemble([Page(lines, 595, 842)]).text.split("\n\n") == [
        "Số: 82 /KH-LHH\nBình Phước, ngày 07 tháng 9 năm 2021",
        "KẾ HOẠCH",
    ]


def test_assemble_centred_title_on_two_lines_is_one_paragraph() -> None:
    lines = [
        line(100, ("KẾ HOẠCH", 268, 355)),
        line(120, ("Phát động phong trào thi đua chuyển đổi số giai đoạn 2025-", 120, 490)),
        line(136, ("2026", 290, 333)),
        line(160, ("TM. ỦY BAN NHÂN DÂN", 230, 392)),  # negative: capitals, a signature
        line(176, ("CHỦ TỊCH", 275, 348)),
        *(
            body(200 + 16 * k, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; các")
            for k in range(4)
        ),
    ]
    assert assemble([Page(lines, 595, 842)]).text.split("\n\n")[:4] == [
        "KẾ HOẠCH",
        "Phát động phong trào thi đua chuyển đổi số giai đoạn 2025-2026",
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
    ]
