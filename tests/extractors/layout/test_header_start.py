"""Where a document's own header starts: after a portal post's lead-in, else at 0.

Commune, ward and school portals print the post's title, its date and a summary
repeating the type line or the first basis clause above the document's header; the
header's fields must still be read from the header. Made-up names and numbers, the
layouts of real portal pages (docs/real-layouts.md, "Lower levels").
"""

from __future__ import annotations

import pytest

from extractors.layout.text import header_end, header_start
from extractors.model import Document
from extractors.parts import citations, header
from extractors.segment.structure import parse
from extractors.text.repair import repair

_BASIS = (
    "Thực hiện Kế hoạch số 77/KH-UBND ngày 02/7/2025 của Ủy ban nhân dân tỉnh Lạng Sơn "
    "về phong trào thi đua năm 2025, Ủy ban nhân dân xã Hữu Lũng ban hành Kế hoạch như sau:"
)
_HEADER = (
    "ỦY BAN NHÂN DÂN\nXÃ HỮU LŨNG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 41/KH-UBND\n"
    "Hữu Lũng, ngày 10 tháng 8 năm 2025\n\n"
)
_DOC = (
    "KẾ HOẠCH\nTổ chức phong trào thi đua năm 2025\n\n" + _BASIS + "\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Tạo khí thế thi đua.\n\nNơi nhận:\n- Lưu: VT.\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNông Văn Tình\n"
)
_PLAIN = _HEADER + _DOC
# the post's title, its date line and a summary that repeats the first basis clause
_REPEATED_BASIS = (
    "Trang chủ » Văn bản\nKế hoạch tổ chức phong trào thi đua năm 2025\n"
    "Đăng ngày: 12/08/2025 | Lượt xem: 41\n" + _BASIS + "\n\n" + _PLAIN
)
# the post's title printed as the type word and the title on one line, then its date
_REPEATED_TYPE_LINE = (
    "KẾ HOẠCH Tổ chức phong trào thi đua năm 2025\nNgày đăng: 08:30 12/08/2025\n\n" + _PLAIN
)
# the summary wrapped over two lines
_WRAPPED = (
    "Thực hiện Kế hoạch số 77/KH-UBND ngày 02/7/2025 của Ủy ban nhân dân tỉnh\n"
    "Lạng Sơn về phong trào thi đua năm 2025, UBND xã ban hành Kế hoạch.\n" + _PLAIN
)


def _doc(text: str) -> Document:
    return parse(repair(text).text)


@pytest.mark.parametrize("text", [_REPEATED_BASIS, _REPEATED_TYPE_LINE, _WRAPPED])
def test_header_start_after_a_posts_lead_in(text: str) -> None:
    start = header_start(text)
    assert text[:start].strip()  # the lead-in is skipped …
    assert text[start:].lstrip().startswith(_HEADER)  # … up to the header's first line
    assert text[header_end(text) :].startswith("KẾ HOẠCH\nTổ chức")


def test_header_start_of_a_plain_document() -> None:
    assert header_start(_PLAIN) == 0
    assert _PLAIN[header_end(_PLAIN) :].startswith("KẾ HOẠCH\nTổ chức")


@pytest.mark.parametrize(
    "text",
    [
        # the left column stacked above the quốc hiệu, its trích yếu wrapped onto a line
        # that opens like a basis: inside the header, no lead-in
        "SỞ NỘI VỤ\nSố: 12/SNV-TĐKT\nV/v hướng dẫn khen thưởng\nThực hiện chuyên đề năm 2025\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
        # a decision printed without its header, its plan attached with a header below
        "QUYẾT ĐỊNH\nBan hành Kế hoạch thi đua\nCăn cứ Luật Thi đua, khen thưởng;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
        "Nơi nhận:\n- Lưu: VT.\nỦY BAN NHÂN DÂN\nHUYỆN ĐỨC THỌ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
        # the quốc hiệu in mixed case is a citation, not a header
        "KẾ HOẠCH\nThi đua năm 2025\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n",
        # no header at all
        "KẾ HOẠCH\nThi đua năm 2025\nCăn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;\n",
    ],
)
def test_header_start_nothing_skipped(text: str) -> None:
    assert header_start(text) == 0


@pytest.mark.parametrize("text", [_PLAIN, _REPEATED_BASIS, _REPEATED_TYPE_LINE, _WRAPPED])
def test_header_fields_read_past_the_lead_in(text: str) -> None:
    doc = _doc(text)
    fields = header.extract(doc)
    assert (fields.doc_type, fields.number, fields.issue_date, fields.place) == (
        "ke_hoach",
        "41/KH-UBND",
        "2025-08-10",
        "Hữu Lũng",
    )
    assert fields.title == "Tổ chức phong trào thi đua năm 2025"
    assert fields.issuer is not None
    assert (fields.issuer.name, fields.issuer.kind) == ("Ủy ban nhân dân xã Hữu Lũng", "ubnd")
    for cited in fields.field_evidence:
        assert doc.text[cited.evidence.start : cited.evidence.end] == cited.evidence.quote


def test_header_rows_glued_by_one_space_under_a_post_title() -> None:
    """A ward's header rows, the columns joined by one space, under the post's title."""
    text = (
        "KẾ HOẠCH Phát động thi đua cao điểm năm 2025\nNgày đăng: 09:15 03/09/2025\n\n"
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "PHƯỜNG ĐÔNG HƯƠNG Độc lập - Tự do - Hạnh phúc\n"
        "Số: 95/KH-UBND Đông Hương, ngày 02 tháng 9 năm 2025\n\n"
        "KẾ HOẠCH\nPhát động thi đua cao điểm năm 2025\n\n"
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nI. MỤC ĐÍCH\n1. Thi đua.\n"
    )
    fields = header.extract(_doc(text))
    assert (fields.number, fields.issue_date, fields.place) == (
        "95/KH-UBND",
        "2025-09-02",
        "Đông Hương",
    )
    assert fields.title == "Phát động thi đua cao điểm năm 2025"
    assert fields.issuer is not None
    assert fields.issuer.name == "Ủy ban nhân dân phường Đông Hương"


def test_lead_in_summary_is_no_basis_and_no_page_break_tail() -> None:
    """The summary repeating the first basis clause is not the document's basis (its
    basis is cited once), and a header of only "Số" and the place and date is not read
    as the summary's tail cut by a page break."""
    text = (
        "KẾ HOẠCH Tổ chức phong trào thi đua năm 2025 của Hội Nông dân huyện Cẩm Xuyên\n"
        "Đăng ngày: 12/08/2025 | Lượt xem: 41\n"
        "Thực hiện Kế hoạch số 77/KH-HND ngày 02/7/2025 của Ban Thường vụ Hội Nông dân tỉnh "
        "Hà Tĩnh về phong trào thi đua của hội viên nông dân\n\n\n"
        "Số: 19/KH-HND\n\nCẩm Xuyên, ngày 10 tháng 8 năm 2025\n\n"
        "KẾ HOẠCH\nTổ chức phong trào thi đua năm 2025\n\n"
        "Thực hiện Kế hoạch số 77/KH-HND ngày 02/7/2025 của Ban Thường vụ Hội Nông dân tỉnh "
        "Hà Tĩnh về phong trào thi đua năm 2025;\n\nI. MỤC ĐÍCH\n1. Thi đua sản xuất giỏi.\n"
    )
    repaired = repair(text)
    assert "Số: 19/KH-HND" in repaired.text.split("\n")
    doc = parse(repaired.text)
    fields = header.extract(doc)
    assert (fields.number, fields.issue_date, fields.place) == (
        "19/KH-HND",
        "2025-08-10",
        "Cẩm Xuyên",
    )
    basis, _ = citations.extract(doc)
    assert [c.number for c in basis] == ["77/KH-HND"]
    assert basis[0].evidence is not None
    assert basis[0].evidence.start > doc.text.index("KẾ HOẠCH\nTổ chức")
