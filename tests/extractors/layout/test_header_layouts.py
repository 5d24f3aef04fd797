"""The layout stage: a header however it arrives gives one set of header cells.

Each case is one layout met in real copies (legal portals, PDF text layers,
print views), written with made-up names and numbers; the expected values are
those of the same document in the plain two-column form.
"""

from __future__ import annotations

import pytest

from extractors.layout.cells import number_value
from extractors.layout.text import canonical_header, split_authority
from extractors.model import Document
from extractors.parts import header, issuer
from extractors.segment.structure import parse
from extractors.text.repair import repair
from extractors.toolbox import provinces

_TITLE = "Ban hành Quy chế thi đua, khen thưởng trên địa bàn tỉnh\n\n"
_BASIS = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nQUYẾT ĐỊNH:\n\n"
_BODY = "Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua.\n\nĐiều 2. Thi hành.\n"


def _doc(text: str) -> Document:
    repaired = repair(text)
    doc = parse(repaired.text)
    doc.repairs[:0] = repaired.log
    return doc


def _fields(text: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    doc = _doc(text)
    fields = header.extract(doc)
    for cited in fields.field_evidence:
        ev = cited.evidence
        assert doc.text[ev.start : ev.end] == ev.quote
    name = fields.issuer.name if fields.issuer else None
    return fields.doc_type, fields.number, fields.issue_date, fields.place, name


_PLAIN = (
    "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n\nSố: 731/QĐ-UBND\n\nHà Nam, ngày 06 tháng 5 năm 2019\n\n"
    "QUYẾT ĐỊNH\n\n" + _TITLE + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\n" + _BASIS + _BODY
)
_EXPECTED = (
    "quyet_dinh",
    "731/QĐ-UBND",
    "2019-05-06",
    "Hà Nam",
    "Chủ tịch Ủy ban nhân dân tỉnh Hà Nam",
)


@pytest.mark.parametrize(
    "text",
    [
        _PLAIN,
        # class 1: the legal portal's table flattened into pipe rows
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do"
        " - Hạnh phúc |\nSố: 731/QĐ-UBND | Hà Nam, ngày 06 tháng 5 năm 2019 |\n"
        "QUYẾT ĐỊNH\n" + _TITLE + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n" + _BASIS + _BODY,
        # class 1 and 4: pipe rows, no province line, no type line
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 731/QĐ-UBND | Hà Nam, ngày 06 tháng 5 năm 2019 |\n"
        + _TITLE.upper()
        + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        + _BASIS
        + _BODY,
        # class 2: one cell per line, lone "|" lines, words broken by the narrow cells
        "ỦY\nBAN NHÂN DÂN\nTỈNH HÀ NAM\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\nSố:\n731/QĐ-UBND\n|\n"
        "Hà Nam, ngày 06\ntháng 5 năm 2019\n|\nQUYẾT ĐỊNH\n"
        + _TITLE
        + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        + _BASIS
        + _BODY,
        # class 5: one line, both columns interleaved, hyphens lost
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH HÀ NAM Độc lập Tự do Hạnh "
        "phúc Số: 731/QĐUBND Hà Nam, ngày 06 tháng 5 năm 2019\nQUYẾT ĐỊNH\n"
        + _TITLE
        + "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n"
        + _BASIS
        + _BODY,
        # class 3: the authority line run into the title's last line
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 731/QĐ-UBND\nHà Nam, ngày 06 tháng 5 năm 2019\n"
        "QUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ THI ĐUA, KHEN THƯỞNG TRÊN ĐỊA BÀN TỈNH CHỦ TỊCH ỦY BAN "
        "NHÂN DÂN TỈNH\n" + _BASIS + _BODY,
    ],
    ids=["plain", "pipe_rows", "pipe_rows_untyped", "cell_per_line", "one_line", "title_authority"],
)
def test_header_layouts_give_the_plain_fields(text: str) -> None:
    assert _fields(text) == _EXPECTED


def test_header_layouts_pipe_rows_logged() -> None:
    text = "SỞ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 5/KH-SNV | Huế, ngày 2 tháng 3 năm 2024 |\n"
    step, log = canonical_header(text + "KẾ HOẠCH\nThi đua năm 2024\n")
    assert step.text.startswith("SỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/KH-SNV\n")
    assert any("pipe" in line for line in log)


@pytest.mark.parametrize(
    "text",
    [
        # a table of the body keeps its pipes: the stage touches the header only
        "KẾ HOẠCH\nThi đua năm 2024\n\nCăn cứ Luật;\n\n| Khối | Số lượng |\n| Sở | 2 |\n",
        # a news page without a header: its menu is not a header
        "Trang chủ | Tin tức | Liên hệ\nHuyện phát động thi đua\nNgày 3/5 huyện đã phát động.\n",
    ],
)
def test_header_layouts_outside_the_header_untouched(text: str) -> None:
    step, log = canonical_header(text)
    assert step.text == text
    assert not log


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        (
            "BAN HÀNH QUY CHẾ THI ĐUA TRÊN ĐỊA BÀN TỈNH CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
        ),
        (
            "VỀ VIỆC KHEN THƯỞNG NĂM 2023 ỦY BAN NHÂN DÂN HUYỆN AN LÃO",
            "ỦY BAN NHÂN DÂN HUYỆN AN LÃO",
        ),
        # the body named in the title itself is no authority line
        ("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN TỈNH", None),
        ("Về việc khen thưởng của Ủy ban nhân dân tỉnh", None),
    ],
)
def test_header_layouts_authority_cut_from_title(line: str, cut: str | None) -> None:
    text = f"QUYẾT ĐỊNH\n{line}\nCăn cứ Luật Thi đua, khen thưởng;\n"
    step, log = split_authority(text)
    if cut is None:
        assert step.text == text and not log
    else:
        assert f"\n{cut}\nCăn cứ" in step.text
        assert len(log) == 1


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("Số: 04/KH-THPTTX.PL", "04/KH-THPTTX.PL"),
        ("Số: 10./QĐ-MN", "10./QĐ-MN"),
        ("Số: 122/KHĐ-THCS", "122/KHĐ-THCS"),
        ("Số: 122/KHĐ–THCS", "122/KHĐ-THCS"),
        ("Số: 04/2018/QĐUBND", "04/2018/QĐ-UBND"),
        ("Số: 45-KH/TĐTN", "45-KH/TĐTN"),
        ("Số:          /KH-UBND", None),  # left blank for signing: no number, not a wrong one
        ("Số: ...../KH-UBND", None),
    ],
)
def test_header_layouts_number_formats(number: str, expected: str | None) -> None:
    text = (
        "TRƯỜNG THPT AN HÒA\n" + number + "\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "An Hòa, ngày 5 tháng 9 năm 2024\n\nKẾ HOẠCH\nThi đua năm học 2024 - 2025\n\n"
        "I. MỤC ĐÍCH\n\n1. Thi đua dạy tốt.\n"
    )
    assert header.number(_doc(text))[0] == expected


@pytest.mark.parametrize(
    ("quote", "value"),
    [
        ("12/QĐUBND", "12/QĐ-UBND"),
        ("7/HDSNV", "7/HD-SNV"),
        ("7/UBND", "7/UBND"),
        ("3/KHĐ", "3/KHĐ"),
    ],
)
def test_header_layouts_number_value_hyphen_restored(quote: str, value: str) -> None:
    assert number_value(quote) == value


def test_header_layouts_attached_regulation_without_header() -> None:
    text = (
        "QUY CHẾ\nThi đua, khen thưởng trên địa bàn tỉnh\n"
        "(Ban hành kèm theo Quyết định số 15/2024/QĐ-UBND ngày 03 tháng 5 năm 2024 "
        "của Ủy ban nhân dân tỉnh Hà Nam)\n\nChương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi.\n"
    )
    doc = _doc(text)
    assert doc.header_cells.source == "attached_note"
    assert header.number(doc)[0] == "15/2024/QĐ-UBND"
    pd = header.place_date(doc)
    assert pd is not None and pd.date == "2024-05-03"
    found = issuer.extract(doc, provinces.extract(doc))
    assert found is not None and found.name == "Ủy ban nhân dân tỉnh Hà Nam"
    assert found.evidence is not None and found.evidence.quote == "Ủy ban nhân dân tỉnh Hà Nam"


def test_header_layouts_note_in_the_body_is_not_a_header() -> None:
    text = (
        "KẾ HOẠCH\nThi đua năm 2024\n\nI. MỤC ĐÍCH\n\n1. Thực hiện Quy chế ban hành kèm theo "
        "Quyết định số 15/2024/QĐ-UBND ngày 03/5/2024 của Ủy ban nhân dân tỉnh.\n"
    )
    assert _doc(text).header_cells.number is None


@pytest.mark.parametrize(
    ("cell", "name"),
    [
        (
            "UBND TỈNH HÀ NAM HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
            "Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam",
        ),
        ("UBND TỈNH HÀ NAM SỞ NỘI VỤ", "Sở Nội vụ tỉnh Hà Nam"),
        # one body: an executive committee named after its association
        ("BAN CHẤP HÀNH HỘI NÔNG DÂN TỈNH HÀ NAM", "Hội Nông dân tỉnh Hà Nam"),
    ],
)
def test_header_layouts_bodies_run_together_in_one_cell(cell: str, name: str) -> None:
    text = (
        f"{cell} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 8/KH-ABC | Hà Nam, ngày 2 tháng 3 "
        "năm 2024 |\nKẾ HOẠCH\nThi đua năm 2024\n\nI. MỤC ĐÍCH\n\n1. Thi đua.\n"
    )
    assert _fields(text)[4] == name


_PADDED_BODY = (
    "KẾ HOẠCH\nThi đua dạy tốt năm học 2023 - 2024\n\nCăn cứ Luật;\n\nI. MỤC ĐÍCH\n\n1. Dạy tốt.\n"
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a Word table copied as text: the columns padded apart with spaces
        (
            " PHÒNG GD&ĐT AN LÃO          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TRƯỜNG THCS AN TÂN              Độc lập – Tự do – Hạnh phúc\n\n"
            "   Số:  14/KH- THCSAT                    An Tân, ngày 8 tháng 9  năm 2023\n\n",
            ("14/KH-THCSAT", "2023-09-08", "An Tân", "Trường THCS An Tân"),
        ),
        # tab-separated columns, the day left blank for signing
        (
            "UBND XÃ AN TÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HỘI ĐỒNG TĐ–KT\tĐộc lập – Tự do – Hạnh phúc\n"
            "Số: 03 /KH-HĐTĐKT\tAn Tân, ngày    tháng 02 năm 2024\n\n",
            ("03/KH-HĐTĐKT", None, "An Tân", "Hội đồng Thi đua - Khen thưởng xã An Tân"),
        ),
        # a place word cut off by a narrow cell
        (
            "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n"
            "Số: 52/KH-UBND\n|\nPhủ\nLý, ngày 14 tháng 12 năm 2022\n|\n",
            ("52/KH-UBND", "2022-12-14", "Phủ Lý", "Ủy ban nhân dân tỉnh Hà Nam"),
        ),
    ],
    ids=["space_padded", "tab_padded_blank_day", "place_word_cut"],
)
def test_header_layouts_padded_and_cut_cells(
    head: str, expected: tuple[str, str | None, str, str]
) -> None:
    assert _fields(head + _PADDED_BODY)[1:] == expected


def test_header_layouts_whole_document_on_one_line() -> None:
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TỈNH BÀ RỊA VŨNG Độc lập Tự do "
        "Hạnh phúc TÀU Số: 12/2019/QĐUBND Vũng Tàu, ngày 3 tháng 4 năm 2019 QUYẾT ĐỊNH Ban hành "
        "Quy chế thi đua của các khối thi đua thuộc tỉnh ỦY BAN NHÂN DÂN TỈNH BÀ RỊA VŨNG TÀU "
        "Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003; Căn cứ Nghị định số "
        "91/2017/NĐCP ngày 31 tháng 7 năm 2017 của Chính phủ; Theo đề nghị của Giám đốc Sở "
        "Nội vụ, QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua."
    )
    doc = _doc(text)
    fields = header.extract(doc)
    assert (fields.doc_type, fields.number, fields.issue_date, fields.place) == (
        "quyet_dinh",
        "12/2019/QĐ-UBND",
        "2019-04-03",
        "Vũng Tàu",
    )
    assert fields.province is not None and fields.province.name == "Bà Rịa - Vũng Tàu"
    assert fields.issuer is not None and fields.issuer.kind == "ubnd"
    assert fields.title == "Ban hành Quy chế thi đua của các khối thi đua thuộc tỉnh"
    assert any("one-line document" in line for line in doc.repairs)


def test_header_layouts_short_first_line_is_not_a_one_line_document() -> None:
    text = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + _PLAIN
    assert not any("one-line" in line for line in _doc(text).repairs)


@pytest.mark.parametrize(
    ("authority", "name", "kind"),
    [
        (
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
            "Chủ tịch Ủy ban nhân dân tỉnh Hà Nam",
            "chu_tich_ubnd",
        ),
        ("ỦY BAN NHÂN DÂN TỈNH HÀ NAM", "Ủy ban nhân dân tỉnh Hà Nam", "ubnd"),
    ],
)
def test_header_layouts_print_view_issuer_from_authority_line(
    authority: str, name: str, kind: str
) -> None:
    text = (
        "In trang | Đóng cửa sổ\n\nQUYẾT ĐỊNH\n\nVề việc tặng Bằng khen năm 2022\n\n__________\n\n"
        f"{authority}\n\n" + _BASIS + _BODY
    )
    fields = header.extract(_doc(text))
    assert fields.issuer is not None and (fields.issuer.name, fields.issuer.kind) == (name, kind)
    assert fields.number is None and fields.issue_date is None


def test_header_layouts_type_line_of_an_attached_plan_is_not_the_decisions() -> None:
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 845/QĐ-UBND | Hà Nam, ngày 22 tháng 4 năm 2024 |\n"
        "VỀ VIỆC BAN HÀNH KẾ HOẠCH THI ĐUA NĂM 2024\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n"
        + _BASIS
        + "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thi đua.\n\nKẾ HOẠCH\nThi đua 2024\n"
    )
    fields = header.extract(_doc(text))
    assert fields.doc_type == "quyet_dinh"
    assert fields.title == "VỀ VIỆC BAN HÀNH KẾ HOẠCH THI ĐUA NĂM 2024"
    assert fields.issuer is not None and fields.issuer.kind == "chu_tich_ubnd"


def test_header_layouts_authority_cut_without_type_line() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 17/QĐ-UBND\n"
        "Hà Nam, ngày 5 tháng 7 năm 2019\nVỀ VIỆC PHÊ DUYỆT KẾ HOẠCH THI ĐUA TRÊN ĐỊA BÀN TỈNH "
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n" + _BASIS + _BODY
    )
    fields = header.extract(_doc(text))
    assert fields.doc_type == "quyet_dinh"
    assert fields.title == "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH THI ĐUA TRÊN ĐỊA BÀN TỈNH"
    assert fields.issuer is not None and fields.issuer.kind == "chu_tich_ubnd"


@pytest.mark.parametrize(
    "furniture",
    [
        "1. Trang chủ\n2. » Tài liệu\n\nTHƯ VIỆN TÀI LIỆU\n\nSố trang 6\n\n",
        "CỔNG THÔNG TIN ĐIỆN TỬ\nTin tức - Sự kiện\n\n",
        "",
    ],
)
def test_header_layouts_page_furniture_above_the_header_is_no_issuer(furniture: str) -> None:
    assert _fields(furniture + _PLAIN) == _EXPECTED


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # the plan's opening sentence after the title is not a piece of it
        (
            "Để cụ thể hóa nhiệm vụ năm 2024 của ngành, Sở xây dựng kế hoạch như sau:",
            "Thi đua dạy tốt năm học 2023 - 2024",
        ),
        # a title cut by a page break: its tail is joined
        ("năm 2024", "Thi đua dạy tốt năm học 2023 - 2024 năm 2024"),
    ],
)
def test_header_layouts_title_and_the_paragraph_after_it(lead: str, title: str) -> None:
    text = (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 4/KH-SGDĐT\nHà Nam, ngày 2 tháng 3 năm 2024\n\nKẾ HOẠCH\n"
        f"Thi đua dạy tốt năm học 2023 - 2024\n\n{lead}\n\nI. MỤC ĐÍCH\n\n1. Dạy tốt.\n"
    )
    assert header.extract(_doc(text)).title == title


def test_header_layouts_number_cut_at_its_hyphen() -> None:
    text = _PLAIN.replace("Số: 731/QĐ-UBND", "Số: 731/QĐ-\nUBND")
    assert _fields(text) == _EXPECTED


@pytest.mark.parametrize(
    ("formula", "doc_type"), [("QUYẾT ĐỊNH:", "quyet_dinh"), ("Nay quyết định:", "news")]
)
def test_header_layouts_print_view_starting_at_the_title(formula: str, doc_type: str) -> None:
    text = (
        "Về việc tặng Bằng khen cho các tập thể năm 2022\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n\nCăn cứ Luật Thi đua, khen thưởng;\n\n"
        f"Xét đề nghị của Giám đốc Sở Nội vụ,\n\n{formula}\n\nĐiều 1. Tặng Bằng khen.\n"
    )
    fields = header.extract(_doc(text))
    assert fields.doc_type == doc_type
    if doc_type == "quyet_dinh":
        assert fields.title == "Về việc tặng Bằng khen cho các tập thể năm 2022"
        assert fields.issuer is not None and fields.issuer.kind == "chu_tich_ubnd"
