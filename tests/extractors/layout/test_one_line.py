"""A whole document on one line, a closing in pipe rows, a regulation attached after the
signature: the layout stage puts them back into lines that the segmenter and the part
extractors read as any document.

Each case is a layout met on document-sharing sites, forum copies and legal portals,
written with made-up names and numbers.
"""

from __future__ import annotations

import pytest

from extractors.layout.one_line import split_one_line
from extractors.model import Document
from extractors.parts import header, recipients, signer
from extractors.segment.structure import parse
from extractors.text.repair import repair

_CHROME = "1. Trang chủ\n2. » Văn bản\n\nĐang tải... (xem toàn văn)\n\nNội dung\n\n"
_CONG_VAN = (
    "LIÊN ĐOÀN LAO ĐỘNG TỈNH YÊN BÁI LIÊN ĐOÀN LAO ĐỘNG HUYỆN VĂN CHẤN Số: 41/LĐLĐ "
    "V/v hướng dẫn xét khen thưởng năm 2023 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự "
    "do - Hạnh phúc Văn Chấn, ngày 06 tháng 11 năm 2023 Kính gửi: Ban Chấp hành các công "
    "đoàn cơ sở. Căn cứ Hướng dẫn số 19/HD-LĐLĐ ngày 25/10/2023 của Liên đoàn Lao động "
    'tỉnh, Ban Thường vụ hướng dẫn như sau: 1. Danh hiệu thi đua: xét danh hiệu "Lao động '
    'tiên tiến". 2. Hình thức khen thưởng: a) Giấy khen của Ban Chấp hành Liên đoàn Lao '
    "động huyện: mỗi công đoàn cơ sở đề nghị không quá 02 cá nhân; b) Bằng khen của Ban "
    "Chấp hành Liên đoàn Lao động tỉnh: không quá 01 tập thể. 3. Hồ sơ gửi về Liên đoàn "
    "Lao động huyện trước ngày 30/11/2023. Nơi nhận: - Như kính gửi; - Thường trực LĐLĐ "
    "tỉnh (b/c); - Lưu: VT. TM. BAN THƯỜNG VỤ CHỦ TỊCH Trần Thị Minh Hòa\n\nTừ khóa: công đoàn\n"
)


def _doc(text: str) -> Document:
    repaired = repair(text)
    doc = parse(repaired.text)
    doc.repairs[:0] = repaired.log
    return doc


def _line_texts(doc: Document) -> list[str]:
    return [line for line in doc.text.splitlines() if line.strip()]


def test_one_line_cong_van_reads_header_closing_and_signature() -> None:
    doc = _doc(_CHROME + _CONG_VAN)
    fields = header.extract(doc)
    assert (fields.doc_type, fields.number, fields.issue_date, fields.place) == (
        "cong_van",
        "41/LĐLĐ",
        "2023-11-06",
        "Văn Chấn",
    )
    assert fields.title == "V/v hướng dẫn xét khen thưởng năm 2023"
    assert fields.issuer is not None and fields.issuer.kind == "mass_org"
    found = signer.extract(doc)
    assert found is not None
    assert (found.name, found.title, found.authority) == ("Trần Thị Minh Hòa", "Chủ tịch", "TM.")
    assert [r.text for r in recipients.extract(doc)] == [
        "Như kính gửi",
        "Thường trực LĐLĐ tỉnh (b/c)",
    ]
    lines = _line_texts(doc)
    assert "Kính gửi: Ban Chấp hành các công đoàn cơ sở." in lines
    assert "b) Bằng khen của Ban Chấp hành Liên đoàn Lao động tỉnh: không quá 01 tập thể." in lines
    assert any("one-line document" in line for line in doc.repairs)


def test_one_line_evidence_quotes_the_stored_text() -> None:
    doc = _doc(_CHROME + _CONG_VAN)
    fields = header.extract(doc)
    for cited in fields.field_evidence:
        assert doc.text[cited.evidence.start : cited.evidence.end] == cited.evidence.quote


_GLUED = (
    "Thảo luận trong 'Văn bản Đoàn'\n\n"
    "BAN CHẤP HÀNH ĐOÀN TỈNH PHÚ YÊN***Số: 88 - QĐ/TĐTN-VPĐOÀN TNCS HỒ CHÍ MINH Tuy Hòa, "
    "ngày 02 tháng 4 năm 2024 QUYẾT ĐỊNHVề việc ban hành Quy chế khen thưởng--------- BAN "
    "THƯỜNG VỤ TỈNH ĐOÀN PHÚ YÊN- Căn cứ Kế hoạch số 12-KH/TĐTN-VP ngày 05/01/2024 của Ban "
    "Thường vụ Tỉnh đoàn; - Xét đề nghị của Văn phòng Tỉnh đoàn, QUYẾT ĐỊNH Điều 1. Ban hành "
    "kèm theo quyết định này Quy chế khen thưởng. Điều 2. Quyết định này có hiệu lực từ ngày "
    "ký. Nơi nhận: - Như điều 2; - Lưu VP. TM. BAN THƯỜNG VỤ TỈNH ĐOÀNPHÓ BÍ THƯ (đã ký) "
    "Lê Văn Khải BAN CHẤP HÀNH ĐOÀN TỈNH PHÚ YÊN***ĐOÀN TNCS HỒ CHÍ MINH Tuy Hòa, ngày 02 "
    "tháng 4 năm 2024 QUY CHẾVề khen thưởng của Tỉnh đoàn(Ban hành kèm theo Quyết định số "
    "88-QĐ/TĐTN-VP ngày 02/4/2024)--------- Chương I QUY ĐỊNH CHUNG Điều 1. Phạm vi Quy chế "
    "này quy định việc khen thưởng. Chương II HÌNH THỨC Điều 2. Hình thức 1. Giấy khen của "
    "Ban Thường vụ huyện đoàn. 2. Bằng khen của Ban Chấp hành Tỉnh đoàn.\n"
)


def test_one_line_glued_cells_and_an_attached_quy_che() -> None:
    doc = _doc(_GLUED)
    fields = header.extract(doc)
    assert (fields.doc_type, fields.number, fields.issue_date) == (
        "quyet_dinh",
        "88-QĐ/TĐTN-VP",
        "2024-04-02",
    )
    assert fields.title == "Về việc ban hành Quy chế khen thưởng"
    found = signer.extract(doc)
    assert found is not None
    assert (found.name, found.title, found.authority) == ("Lê Văn Khải", "Phó Bí thư", "TM.")
    lines = _line_texts(doc)
    assert (
        "QUY CHẾ" in lines
        and "(Ban hành kèm theo Quyết định số 88-QĐ/TĐTN-VP ngày 02/4/2024)" in lines
    )
    # the attached Quy chế is joined to the body: the articles of both are read
    assert (
        doc.blocks.body is not None
        and "Bằng khen của Ban Chấp hành" in doc.text[doc.blocks.body.start :]
    )


def test_one_line_recipients_without_dashes_and_two_authority_marks() -> None:
    text = (
        "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh "
        "phúc Số: 05/2019/QĐUBND Trà Vinh, ngày 4 tháng 3 năm 2019 QUYẾT ĐỊNH Ban hành Quy chế "
        "khen thưởng ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng "
        "11 năm 2003; Theo đề nghị của Giám đốc Sở Nội vụ, QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo "
        "Quyết định này Quy chế khen thưởng. Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ "
        "ngày ký./. Nơi nhận: Như Điều 2; Bộ Nội vụ; Lưu: VT, NC. TM. ỦY BAN NHÂN DÂN KT. CHỦ "
        "TỊCH PHÓ CHỦ TỊCH Thạch Văn Sên\n"
    )
    doc = _doc(text)
    found = signer.extract(doc)
    assert found is not None
    assert (found.name, found.title, found.authority) == ("Thạch Văn Sên", "Phó Chủ tịch", "KT.")
    assert [r.text for r in recipients.extract(doc)] == ["Như Điều 2", "Bộ Nội vụ"]


@pytest.mark.parametrize(
    "text",
    [
        # a document with its lines: untouched
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
        "Hạnh phúc\n\nSố: 12/KH-UBND\n\nHà Nam, ngày 06 tháng 5 năm 2019\n\nKẾ HOẠCH\n\nThi đua "
        "năm 2019\n\nCăn cứ Luật Thi đua, khen thưởng; " + "các đơn vị thực hiện tốt. " * 30 + "\n",
        # a long paragraph of a press article, no quốc hiệu near its start: untouched
        "Sáng 12/3, UBND tỉnh tổ chức hội nghị. "
        + "Các đơn vị thi đua hoàn thành nhiệm vụ; 1. Nội dung được triển khai. " * 12
        + "Nơi nhận: - Như trên; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Nguyễn Văn An\n",
    ],
    ids=["lines", "press_paragraph"],
)
def test_one_line_leaves_other_texts_alone(text: str) -> None:
    step, log = split_one_line(text)
    assert step.text == text and log == []


def test_one_line_quoc_hieu_far_down_is_not_a_header() -> None:
    text = (
        "Tin tức\n\n"
        + "Bài viết ngắn về phong trào thi đua.\n" * 150
        + ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc " * 10 + "\n")
    )
    assert split_one_line(text)[1] == []


def test_closing_in_pipe_rows_gives_archive_and_signer() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
        "Hạnh phúc |\nSố: 77/QĐ-UBND | Hải Dương, ngày 10 tháng 01 năm 2024 |\nQUYẾT ĐỊNH\n"
        "Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh\nỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG\n"
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 03 tập thể.\n"
        "Điều 2. Chánh Văn phòng và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành.\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, NC. | TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
        "PHÓ CHỦ TỊCH\n\n\nPhạm Văn Đức |\nDANH SÁCH\nTẬP THỂ ĐƯỢC TẶNG CỜ THI ĐUA\n"
        "TT | Tên tập thể |\n1 | Ủy ban nhân dân xã Tân Hưng |\n"
    )
    doc = _doc(text)
    assert doc.blocks.archive is not None
    assert doc.text[doc.blocks.archive.start : doc.blocks.archive.end] == "- Lưu: VT, NC."
    found = signer.extract(doc)
    assert found is not None
    assert (found.name, found.title, found.authority) == ("Phạm Văn Đức", "Phó Chủ tịch", "KT.")
    # the attached list keeps its own table
    assert "1 | Ủy ban nhân dân xã Tân Hưng |" in doc.text


@pytest.mark.parametrize("attached", ["QUY ĐỊNH", "QUY CHẾ THI ĐUA KHEN THƯỞNG", "DANH SÁCH"])
def test_regulation_attached_after_the_signature_is_no_signer(attached: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
        "Hạnh phúc\n\nSố: 15/2021/QĐ-UBND\n\nYên Bái, ngày 02 tháng 6 năm 2021\n\nQUYẾT ĐỊNH\n\n"
        "Ban hành Quy định khen thưởng\n\nỦY BAN NHÂN DÂN TỈNH YÊN BÁI\n\nCăn cứ Luật Thi đua, "
        "khen thưởng ngày 26 tháng 11 năm 2003;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo "
        "Quyết định này Quy định khen thưởng.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT, NC.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nNgô Hạnh Phúc\n\n"
        f"{attached}\n\n(Ban hành kèm theo Quyết định số 15/2021/QĐ-UBND)\n\nChương I\n\n"
        "QUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi\n\nChương II\n\nHÌNH THỨC\n\nĐiều 2. Tặng Bằng khen "
        "của Chủ tịch Ủy ban nhân dân tỉnh cho tập thể dẫn đầu.\n"
    )
    doc = _doc(text)
    found = signer.extract(doc)
    assert found is not None
    assert (found.name, found.title, found.authority) == ("Ngô Hạnh Phúc", "Phó Chủ tịch", "KT.")
    assert doc.blocks.signature is not None
    assert attached not in doc.text[doc.blocks.signature.start : doc.blocks.signature.end]


_SHORT = (
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/KH-UBND | Ninh Phước, ngày "
    "06 tháng 5 năm 2021 |\nKẾ HOẠCH\nThi đua năm 2021\nI. MỤC ĐÍCH\nCác đơn vị thi đua hoàn "
    "thành nhiệm vụ.\n"
)


@pytest.mark.parametrize(
    ("closing", "expected", "listed"),
    [
        (  # cell after cell, no basis above (the authority line of the title is not cut there)
            "Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT. | TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Hùng |\n",
            ("Nguyễn Văn Hùng", "Chủ tịch", "TM."),
            ["UBND tỉnh"],
        ),
        (  # row after row: the right column moved after the left one
            "Nơi nhận: | TM. ỦY BAN NHÂN DÂN |\n- UBND tỉnh; | KT. CHỦ TỊCH |\n- Sở Nội vụ; | "
            "PHÓ CHỦ TỊCH |\n- Lưu: VT. | |\n| Nguyễn Văn Hùng |\n",
            ("Nguyễn Văn Hùng", "Phó Chủ tịch", "KT."),
            ["UBND tỉnh", "Sở Nội vụ"],
        ),
        (  # the table's left edge before "Nơi nhận"
            "| Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT. | KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Hùng |\n",
            ("Nguyễn Văn Hùng", "Phó Chủ tịch", "KT."),
            ["UBND tỉnh"],
        ),
    ],
    ids=["cell_wise", "row_wise", "left_edge"],
)
def test_closing_pipe_renderings(
    closing: str, expected: tuple[str, str, str], listed: list[str]
) -> None:
    doc = _doc(_SHORT + closing)
    found = signer.extract(doc)
    assert found is not None
    assert (found.name, found.title, found.authority) == expected
    assert [r.text for r in recipients.extract(doc)] == listed
    assert doc.blocks.archive is not None
    assert doc.text[doc.blocks.archive.start : doc.blocks.archive.end] == "- Lưu: VT."


def test_one_line_phong_of_a_district_and_chrome_after_the_name() -> None:
    text = (
        "Xem trước\n\nUBND HUYỆN TAM NÔNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Số: 215/PGDĐT V/v hướng dẫn "
        "xét thi đua năm học 2022-2023 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
        "phúc Tam Nông, ngày 10 tháng 5 năm 2023 Kính gửi: Hiệu trưởng các trường. Căn cứ Hướng "
        "dẫn số 301/SGDĐT-VP ngày 20/4/2023 của Sở Giáo dục và Đào tạo, Phòng hướng dẫn như sau: "
        "1. Hồ sơ gửi về Phòng trước ngày 05/6/2023. Nơi nhận: - Như kính gửi; - Lãnh đạo Phòng; "
        "- Lưu: VT, TĐ. KT. TRƯỞNG PHÒNG PHÓ TRƯỞNG PHÒNG Đỗ Văn Minh Tài liệu liên quan\n"
    )
    doc = _doc(text)
    fields = header.extract(doc)
    assert fields.issuer is not None
    assert fields.issuer.name == "Phòng Giáo dục và Đào tạo huyện Tam Nông"
    found = signer.extract(doc)
    assert found is not None and (found.name, found.authority) == ("Đỗ Văn Minh", "KT.")
    assert [r.text for r in recipients.extract(doc)] == ["Như kính gửi", "Lãnh đạo Phòng"]


@pytest.mark.parametrize(
    "attached",
    [
        "",
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "KẾ HOẠCH\nTHI ĐUA NĂM 2024\n(Ban hành kèm theo Quyết định số 77/QĐ-UBND)\n"
        "I. KHEN THƯỞNG\nChủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 03 tập thể.\n",
    ],
)
def test_signature_cell_without_noi_nhan(attached: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 77/QĐ-UBND | Tây Ninh, ngày "
        "02 tháng 4 năm 2024 |\nVỀ VIỆC BAN HÀNH KẾ HOẠCH THI ĐUA NĂM 2024\nCHỦ TỊCH ỦY BAN NHÂN "
        "DÂN TỈNH\nCăn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thi đua năm 2024.\nĐiều 2. Quyết định "
        "này có hiệu lực kể từ ngày ký./.\n| KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Lực |\n"
        + attached
    )
    found = signer.extract(_doc(text))
    assert found is not None
    assert (found.name, found.title, found.authority) == ("Trần Văn Lực", "Phó Chủ tịch", "KT.")


_PREVIEW = (
    "Bạn đang xem bản rút gọn của tài liệu. Xem và tải ngay bản đầy đủ (64 KB, 2 trang)\n"
    "HỘI NÔNG DÂN TỈNH GIA LAI HỘI NÔNG DÂN HUYỆN ĐAK PƠ Số: 41-KH/HND CỘNG HÒA XÃ HỘI CHỦ "
    "NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc Đak Pơ, ngày 12 tháng 03 năm 2024 KẾ HOẠCH "
    "Thi đua sản xuất kinh doanh giỏi {cut}\n\n"
    "HỘI NÔNG DÂN TỈNH GIA LAI HỘI NÔNG DÂN HUYỆN ĐAK PƠ Số: 41-KH/HND CỘNG HÒA XÃ HỘI CHỦ "
    "NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Đak Pơ, ngày 12 tháng 03 năm 2024 KẾ HOẠCH "
    "Thi đua sản xuất kinh doanh giỏi năm 2024 Căn cứ Kế hoạch số 18-KH/HND ngày 20/02/2024 "
    "của Ban Thường vụ Hội Nông dân tỉnh về công tác thi đua năm 2024, Ban Thường vụ Hội Nông "
    "dân huyện xây dựng Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU Động viên hội viên thi đua sản "
    "xuất giỏi. II. KHEN THƯỞNG Cuối năm xét tặng Giấy khen cho tập thể và cá nhân tiêu biểu. "
    "Nơi nhận: - Hội Nông dân tỉnh (b/c); - Các cơ sở Hội; - Lưu: VP. TM. BAN THƯỜNG VỤ "
    "CHỦ TỊCH {name}"
)


@pytest.mark.parametrize("cut", ["[...]", "[.]", "…]"])
@pytest.mark.parametrize("name", ["Y Bhin Niê", "Rơ Chăm Hlinh"])
def test_one_line_preview_teaser_is_no_part_of_the_document(cut: str, name: str) -> None:
    doc = _doc(_PREVIEW.format(cut=cut, name=name))
    assert header.title(doc)[0] == "Thi đua sản xuất kinh doanh giỏi năm 2024"
    assert header.number(doc)[0] == "41-KH/HND"
    found = signer.extract(doc)
    assert found is not None and found.name == name
    assert [r.text for r in recipients.extract(doc)] == ["Hội Nông dân tỉnh (b/c)", "Các cơ sở Hội"]


def test_one_line_line_ending_in_brackets_is_no_teaser() -> None:
    # a cut mark is one of "[...]", "[.]", "…]": a citation's bracket ends no teaser
    text = _PREVIEW.format(cut="(bản trích)", name="Y Bhin Niê")
    assert "Thi đua sản xuất kinh doanh giỏi (bản trích)" in header.title(_doc(text))[0]


@pytest.mark.parametrize(
    ("place", "expected"),
    [
        # a place the run's capitalised-words pattern reads, and one a converter damaged
        # ("Văn Chấn" with its non-ASCII letters as spaces): the date is read either way
        ("Văn Chấn", "Văn Chấn"),
        ("V n Ch n", "V n Ch n"),
    ],
)
def test_one_line_motto_on_its_own_line_frees_the_place_and_date(place, expected) -> None:
    doc = _doc(_CHROME + _CONG_VAN.replace("Văn Chấn, ngày", f"{place} , ngày"))
    lines = _line_texts(doc)
    assert "Độc lập - Tự do - Hạnh phúc" in lines
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    fields = header.extract(doc)
    assert (fields.issue_date, fields.place) == ("2023-11-06", expected)


def test_one_line_motto_quoted_in_the_body_stays_in_its_sentence() -> None:
    # only the header's tiêu ngữ gets its own line, not the words quoted in a sentence
    quoted = " vì mục tiêu Độc lập - Tự do - Hạnh phúc của dân tộc."
    text = _CONG_VAN.replace("như sau:", "như sau:" + quoted, 1)
    lines = _line_texts(_doc(_CHROME + text))
    assert lines.count("Độc lập - Tự do - Hạnh phúc") == 1
    assert any(line.endswith("Hạnh phúc của dân tộc.") for line in lines)
