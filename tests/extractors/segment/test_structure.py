from __future__ import annotations

import re

import pytest

from extractors.segment.structure import attachment_title, parse
from extractors.text.repair import repair

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG

Số: 45/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hà Giang, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Tổ chức phong trào thi đua
“Hà Giang chung sức xây dựng nông thôn mới”

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 12/TTr-SNV ngày 01/3/2024.

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Động viên các tầng lớp nhân dân.
- Tuyên truyền.
+ Trên báo chí.
II. KHEN THƯỞNG
1.1. Bằng khen của Chủ tịch UBND tỉnh.

Nơi nhận:
- Như trên;
- Lưu: VT, NC.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An
"""


def _doc():
    return parse(repair(PLAN).text)


def test_parse_blocks_of_a_plan() -> None:
    doc = _doc()
    b = doc.blocks
    assert doc.slice(b.doc_type_line) == "KẾ HOẠCH"
    assert doc.slice(b.header).startswith("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG")
    assert doc.slice(b.title) == (
        "Tổ chức phong trào thi đua\n“Hà Giang chung sức xây dựng nông thôn mới”"
    )
    assert doc.slice(b.preamble).startswith("Căn cứ Luật Thi đua")
    assert doc.slice(b.preamble).endswith("ngày 01/3/2024.")
    assert doc.slice(b.body).startswith("I. MỤC ĐÍCH, YÊU CẦU")
    assert doc.slice(b.archive) == "- Lưu: VT, NC."
    assert "- Như trên;" in doc.slice(b.recipients)
    assert doc.slice(b.signature).strip().endswith("Nguyễn Văn An")


def test_parse_outline_paths() -> None:
    doc = _doc()
    paths = [(s.path, s.title) for s in doc.sections]
    assert paths == [
        ("I", "MỤC ĐÍCH, YÊU CẦU"),
        ("I.1", "Mục đích"),
        ("I.1.a", "Động viên các tầng lớp nhân dân."),
        ("I.1.a.-1", "Tuyên truyền."),
        ("I.1.a.-1.+1", "Trên báo chí."),
        ("II", "KHEN THƯỞNG"),
        ("II.1.1", "Bằng khen của Chủ tịch UBND tỉnh."),
    ]


def test_parse_evidence_section_is_the_heading_path() -> None:
    doc = _doc()
    at = doc.text.index("Trên báo chí")
    ev = doc.evidence(at, at + len("Trên báo chí"), "test")
    assert ev.section == "I.1.a"
    assert ev.quote == doc.text[ev.start : ev.end]


def test_parse_news_article_has_headline_and_body() -> None:
    text = (
        "Đà Nẵng: Phát động phong trào thi đua “Đà Nẵng chung tay”\n\n"
        "ĐNO - Ủy ban nhân dân thành phố Đà Nẵng vừa ban hành kế hoạch phát động phong trào.\n\n"
        "Minh Anh"
    )
    doc = parse(repair(text).text)
    assert doc.is_news
    assert doc.slice(doc.blocks.title).startswith("Đà Nẵng: Phát động")
    assert doc.blocks.header is None and doc.sections == []


def test_parse_plan_without_header_is_not_news() -> None:
    text = "KẾ HOẠCH\n\nTriển khai phong trào thi đua\n\nThực hiện Kế hoạch số 1/KH-UBND.\n\nI. MỤC ĐÍCH\n\nNội dung."
    doc = parse(repair(text).text)
    assert not doc.is_news
    assert doc.blocks.header is None
    assert doc.slice(doc.blocks.title) == "Triển khai phong trào thi đua"


def test_parse_body_that_starts_with_arabic_numbers() -> None:
    text = (
        "KẾ HOẠCH\n\nTổ chức phong trào thi đua năm 2024\n\n"
        "Căn cứ Kế hoạch số 3/KH-UBND ngày 01/01/2024 của UBND tỉnh;\n\n"
        "Sở Y tế xây dựng Kế hoạch như sau:\n\n"
        "1. MỤC ĐÍCH\n\nĐộng viên.\n\n2. KHEN THƯỞNG\n\nBằng khen."
    )
    doc = parse(repair(text).text)
    assert doc.slice(doc.blocks.preamble).endswith("như sau:")
    assert doc.slice(doc.blocks.body).startswith("1. MỤC ĐÍCH")
    assert [s.path for s in doc.sections] == ["1", "2"]


def test_parse_parts_and_capital_letter_headings() -> None:
    text = (
        "HƯỚNG DẪN\n\nCông tác thi đua năm 2024\n\nThực hiện Luật Thi đua, khen thưởng.\n\n"
        "PHẦN I\n\nA. MỤC ĐÍCH\n\n1. Nội dung\n\nB. TỔ CHỨC\n\n1. Giao Sở Nội vụ."
    )
    doc = parse(repair(text).text)
    assert doc.slice(doc.blocks.preamble) == "Thực hiện Luật Thi đua, khen thưởng."
    paths = [s.path for s in doc.sections]
    assert paths == ["I", "I.A", "I.A.1", "I.B", "I.B.1"]


def test_parse_plan_without_headings_splits_preamble_from_body() -> None:
    text = (
        "KẾ HOẠCH\n\nTổ chức đợt thi đua\n\nThực hiện Kế hoạch số 3/KH-UBND của UBND tỉnh;\n\n"
        "Ban Thi đua - Khen thưởng ban hành Kế hoạch như sau:\n\nCác đơn vị tổ chức thi đua.\n\nNơi nhận:\n- Lưu: VT."
    )
    doc = parse(repair(text).text)
    assert doc.slice(doc.blocks.preamble).endswith("như sau:")
    assert doc.slice(doc.blocks.body).strip() == "Các đơn vị tổ chức thi đua."


def test_parse_doc_type_word_run_into_the_title() -> None:
    text = "KẾ HOẠCH Tổ chức phong trào thi đua năm 2024\n\nCăn cứ Luật Thi đua, khen thưởng;\n\nI. MỤC ĐÍCH\n\nNội dung."
    doc = parse(repair(text).text)
    assert doc.slice(doc.blocks.doc_type_line) == "KẾ HOẠCH"
    assert doc.slice(doc.blocks.title) == "Tổ chức phong trào thi đua năm 2024"
    assert doc.slice(doc.blocks.preamble) == "Căn cứ Luật Thi đua, khen thưởng;"


def test_parse_upper_case_heading_is_not_a_doc_type_line() -> None:
    text = "KẾ HOẠCH NĂM 2024 CỦA ĐƠN VỊ\n\nNội dung tin tức vừa ban hành kế hoạch."
    doc = parse(repair(text).text)
    assert doc.blocks.doc_type_line is None


def test_news_published_date_only_from_a_dateline() -> None:
    from pipeline.extract import build_record
    from pipeline.readers import RawText

    with_dateline = (
        "Đà Nẵng: Phát động phong trào thi đua “Đà Nẵng chung tay”\nThứ hai, 13/09/2021 10:35\n\n"
        "ĐNO - Ủy ban nhân dân thành phố Đà Nẵng vừa ban hành kế hoạch ngày 10/9/2021.\n"
    )
    without = "Đà Nẵng: Phát động\n\nỦy ban nhân dân thành phố Đà Nẵng vừa ban hành kế hoạch ngày 10/9/2021.\n"
    dated = build_record(RawText(text=with_dateline, format="txt"), "a.txt", "0" * 64)
    undated = build_record(RawText(text=without, format="txt"), "b.txt", "0" * 64)
    assert dated["document"]["published_date"] == "2021-09-13"
    assert undated["document"]["published_date"] is None


_DECISION_WITH_PLAN = """ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1520/QĐ-UBND

Tuyên Quang, ngày 02 tháng 10 năm 2025

QUYẾT ĐỊNH
Về việc ban hành Kế hoạch thi đua

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thi đua.

Nơi nhận:
- Như Điều 1;
- Lưu: VT, NC.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Đỗ Thanh Hải

ỦY BAN NHÂN DÂN
TỈNH TUYÊN QUANG
--------

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

KẾ HOẠCH
Tổ chức phong trào thi đua “Tuyên Quang đổi mới”

(Ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 02/10/2025)

I. ĐỐI TƯỢNG
1. Các sở, ban, ngành.
II. KHEN THƯỞNG
1. Bằng khen của Chủ tịch UBND tỉnh.
"""


def test_parse_attached_plan_joins_the_body() -> None:
    doc = parse(repair(_DECISION_WITH_PLAN).text)
    b = doc.blocks
    assert doc.slice(b.signature).strip() == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐỗ Thanh Hải"
    assert doc.slice(b.closing).rstrip().endswith("Đỗ Thanh Hải")
    assert doc.slice(b.body).startswith("Điều 1.")
    assert doc.slice(b.body).rstrip().endswith("Bằng khen của Chủ tịch UBND tỉnh.")
    assert [s.path for s in doc.sections] == ["I", "I.1", "II", "II.1"]
    title = attachment_title(doc)
    assert title is not None
    assert doc.slice(title) == "Tổ chức phong trào thi đua “Tuyên Quang đổi mới”"


def test_parse_without_attachment_has_no_attachment_title() -> None:
    doc = _doc()
    assert attachment_title(doc) is None
    assert doc.slice(doc.blocks.signature).strip().endswith("Nguyễn Văn An")


@pytest.mark.parametrize(
    ("title_lines", "expected"),
    [
        (
            "về thực hiện công tác thi đua\nnăm 2026\n-----",
            "về thực hiện công tác thi đua\nnăm 2026",
        ),
        ("Tổ chức thi đua năm 2026\n_______", "Tổ chức thi đua năm 2026"),
        ("Tổ chức thi đua - khen thưởng năm 2026", "Tổ chức thi đua - khen thưởng năm 2026"),
    ],
)
def test_parse_title_without_rule_line(title_lines: str, expected: str) -> None:
    text = PLAN.replace(
        "Tổ chức phong trào thi đua\n“Hà Giang chung sức xây dựng nông thôn mới”", title_lines
    )
    doc = parse(repair(text).text)
    assert doc.slice(doc.blocks.title) == expected


@pytest.mark.parametrize(
    ("closing", "archive", "signature_start"),
    [
        ("Nơi nhận: - Như trên; - TT Tỉnh ủy; - Lưu: VT, NC.\n\n", "- Lưu: VT, NC.", "TM."),
        ("Nơi nhận:\n- Như trên;\n- Lưu VT, NC.\n\n", "- Lưu VT, NC.", "TM."),
        # negative: "Lưu" inside a recipient's name does not end the list
        ("Nơi nhận:\n- Trung tâm Lưu trữ lịch sử tỉnh;\n- Lưu: VT.\n\n", "- Lưu: VT.", "TM."),
    ],
)
def test_parse_archive_line_variants(closing: str, archive: str, signature_start: str) -> None:
    text = PLAN.replace("Nơi nhận:\n- Như trên;\n- Lưu: VT, NC.\n\n", closing)
    doc = parse(repair(text).text)
    assert doc.slice(doc.blocks.archive) == archive
    assert doc.slice(doc.blocks.signature).strip().startswith(signature_start)


def test_parse_signature_without_noi_nhan() -> None:
    text = PLAN.replace(
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, NC.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        "CHỈ HUY TRƯỞNG",
    )
    doc = parse(repair(text).text)
    assert doc.slice(doc.blocks.signature).startswith("CHỈ HUY TRƯỞNG")
    assert doc.blocks.recipients is None


def test_parse_attachment_after_an_upper_case_signer_name() -> None:
    doc = parse(repair(_DECISION_WITH_PLAN.replace("Đỗ Thanh Hải", "ĐỖ THANH HẢI")).text)
    assert doc.slice(doc.blocks.signature).strip().endswith("ĐỖ THANH HẢI")
    assert [s.path for s in doc.sections] == ["I", "I.1", "II", "II.1"]


@pytest.mark.parametrize("heading", ["PHỤ LỤC", "Phụ lục I", "BIỂU MẪU ĐĂNG KÝ THI ĐUA"])
def test_parse_appendix_after_signature_joins_the_body(heading: str) -> None:
    appendix = (
        f"\n{heading}\nBẢNG PHÂN BỔ SỐ LƯỢNG KHEN THƯỞNG\n\nTT\tĐơn vị\tSố lượng\n1\tSở Y tế\t2\n"
    )
    doc = parse(repair(PLAN + appendix).text)
    assert doc.slice(doc.blocks.signature).strip().endswith("Nguyễn Văn An")
    assert doc.slice(doc.blocks.body).rstrip().endswith("Sở Y tế\t2")
    assert attachment_title(doc) is None


def test_parse_phu_luc_inside_the_body_is_not_an_attachment() -> None:
    text = PLAN.replace("- Tuyên truyền.", "- Tuyên truyền.\nPhụ lục kèm theo gồm các biểu mẫu.")
    doc = parse(repair(text).text)
    assert doc.slice(doc.blocks.signature).strip().endswith("Nguyễn Văn An")
    assert "Phụ lục kèm theo" in doc.slice(doc.blocks.body)


def _without_blank_lines(text: str) -> str:
    return re.sub(r"\n[ \t]*\n+", "\n", text)


def test_parse_copy_without_blank_lines_keeps_the_blocks() -> None:
    doc = parse(repair(_without_blank_lines(PLAN)).text)
    b = doc.blocks
    assert doc.slice(b.title) == (
        "Tổ chức phong trào thi đua\n“Hà Giang chung sức xây dựng nông thôn mới”"
    )
    assert doc.slice(b.preamble).startswith("Căn cứ Luật Thi đua")
    assert doc.slice(b.body).startswith("I. MỤC ĐÍCH, YÊU CẦU")
    assert [s.path for s in doc.sections][:2] == ["I", "I.1"]


def test_parse_copy_without_blank_lines_decision_authority_line() -> None:
    doc = parse(repair(_without_blank_lines(_DECISION_WITH_PLAN)).text)
    assert doc.slice(doc.blocks.title) == "Về việc ban hành Kế hoạch thi đua"
    assert doc.slice(doc.blocks.preamble).startswith("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG")


def test_parse_upper_case_title_over_lines_stays_whole() -> None:
    text = PLAN.replace(
        "Tổ chức phong trào thi đua\n“Hà Giang chung sức xây dựng nông thôn mới”",
        "TỔ CHỨC PHONG TRÀO THI ĐUA\nGIAI ĐOẠN 2025 - 2030",
    )
    doc = parse(repair(_without_blank_lines(text)).text)
    assert doc.slice(doc.blocks.title) == "TỔ CHỨC PHONG TRÀO THI ĐUA\nGIAI ĐOẠN 2025 - 2030"


@pytest.mark.parametrize(
    ("heading", "recipients"),
    [
        ("NƠI NHẬN:", "- Như trên;"),
        ("Nơi nhận :", "- Như trên;"),
        ("Nơi nhận", "- Như trên;"),
        ("  Nơi nhận:", "- Như trên;"),
        ("- Nơi nhận:", "- Như trên;"),
    ],
)
def test_parse_noi_nhan_heading_variants(heading: str, recipients: str) -> None:
    doc = parse(repair(PLAN.replace("Nơi nhận:\n", heading + "\n")).text)
    assert doc.slice(doc.blocks.recipients).strip() == recipients
    assert doc.slice(doc.blocks.archive) == "- Lưu: VT, NC."
    assert doc.slice(doc.blocks.signature).strip().startswith("TM. ỦY BAN NHÂN DÂN")


def test_parse_noi_nhan_in_lower_case_mid_sentence_is_not_the_closing() -> None:
    text = PLAN.replace(
        "- Tuyên truyền.\n", "- Tuyên truyền, gửi hồ sơ về\nnơi nhận hồ sơ của Sở Nội vụ.\n"
    ).replace("Nơi nhận:\n", "NƠI NHẬN:\n")
    doc = parse(repair(text).text)
    assert doc.slice(doc.blocks.recipients).strip() == "- Như trên;"


@pytest.mark.parametrize(
    ("block", "signature"),
    [
        (
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An",
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An",
        ),
        # no authority line: the title alone opens the block
        ("PHÓ CHỦ TỊCH\n\nNguyễn Văn An", "PHÓ CHỦ TỊCH\n\nNguyễn Văn An"),
        # negative: no signature printed before the list
        ("", None),
    ],
)
def test_parse_signature_flattened_before_noi_nhan(block: str, signature: str | None) -> None:
    closing = "Nơi nhận:\n- Như trên;\n- Lưu: VT, NC.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
    text = PLAN.replace(
        closing, (block + "\n\n" if block else "") + "Nơi nhận:\n- Như trên;\n- Lưu: VT, NC.\n"
    )
    doc = parse(repair(text).text)
    found = doc.slice(doc.blocks.signature).strip() if doc.blocks.signature else None
    assert found == signature
    assert doc.slice(doc.blocks.archive) == "- Lưu: VT, NC."
