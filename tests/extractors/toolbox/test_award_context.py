from __future__ import annotations

import pytest

from extractors.segment.structure import parse
from extractors.text.repair import repair
from extractors.toolbox.award_context import award_at, award_in_clause


def _doc(body: str):
    return parse(
        repair(f"KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. KHEN THƯỞNG\n\n{body}\n").text
    )


@pytest.mark.parametrize(
    ("body", "at", "award"),
    [
        (  # the enclosing item wins over a nearer award in the text before
            "- Bằng khen của Thủ tướng Chính phủ: 03 tập thể.\n\n- Bằng khen của Chủ tịch UBND "
            "tỉnh:\n\n+ Mỗi huyện lựa chọn 02 tập thể.",
            "02 tập thể",
            "bang_khen_tinh",
        ),
        (  # the clause wins over the sentence
            "Đóng góp từ 500 triệu đồng được tặng Bằng khen của Chủ tịch UBND tỉnh; từ 100 triệu "
            "đồng được tặng Giấy khen của Chủ tịch UBND huyện.",
            "100 triệu",
            "giay_khen",
        ),
        (  # an earlier sentence of the paragraph
            "Tặng Cờ thi đua của UBND tỉnh cho đơn vị dẫn đầu. Mỗi Khối chọn 01 đơn vị.",
            "01 đơn vị",
            "co_thi_dua_tinh",
        ),
        ("Mỗi huyện lựa chọn 02 tập thể tiêu biểu.", "02 tập thể", None),
    ],
)
def test_award_context_structure_before_distance(body, at, award):
    doc = _doc(body)
    assert award_at(doc, doc.text.index(at)) == award


@pytest.mark.parametrize(
    ("body", "at", "award"),
    [
        (  # a clause after ";" with no award of its own has none
            "d) Khen thưởng đột xuất: xét đề nghị Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc "
            "hạng Ba cho 01 tập thể; các trường hợp khác khen thưởng theo thẩm quyền, không hạn "
            "chế số lượng.",
            "không hạn chế",
            None,
        ),
        (  # the award of the clause itself
            "Khen thưởng đột xuất (không quy định số lượng), tặng Giấy khen của Giám đốc Sở Y tế "
            "cho cá nhân.",
            "không quy định",
            "giay_khen",
        ),
        (  # the label its clause follows, with an abbreviation before the colon
            'd) Danh hiệu "Tập thể lao động xuất sắc" (TTLĐXS): xét tặng cho tập thể đạt tiêu '
            "chuẩn, không hạn chế số lượng.",
            "không hạn chế",
            "tap_the_lao_dong_xuat_sac",
        ),
        (  # an earlier sentence naming an award does not reach an unlimited phrase
            "Tặng Giấy khen của Giám đốc Sở Y tế cho cá nhân. Các đơn vị khen thưởng theo thẩm "
            "quyền, không quy định số lượng.",
            "không quy định",
            None,
        ),
    ],
)
def test_award_context_in_clause_only(body, at, award):
    doc = _doc(body)
    assert award_in_clause(doc, doc.text.index(at)) == award


@pytest.mark.parametrize(
    ("body", "at", "award"),
    [
        (  # a count that goes on to name its own award, after another count's
            "Mỗi Khối thi đua lựa chọn 01 tập thể dẫn đầu đề nghị UBND tỉnh tặng Cờ thi đua và 02 "
            "tập thể xuất sắc đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.",
            "02 tập thể",
            "bang_khen_tinh",
        ),
        (
            "Mỗi Khối thi đua lựa chọn 01 tập thể dẫn đầu đề nghị UBND tỉnh tặng Cờ thi đua và 02 "
            "tập thể xuất sắc đề nghị Chủ tịch UBND tỉnh tặng Bằng khen.",
            "01 tập thể",
            "co_thi_dua_tinh",
        ),
        (  # another count stands between: the award after it is that count's
            "Tặng Bằng khen của Chủ tịch UBND tỉnh cho 10 tập thể, 20 cá nhân đề nghị tặng Giấy "
            "khen của Giám đốc Sở.",
            "10 tập thể",
            "bang_khen_tinh",
        ),
    ],
)
def test_award_context_a_count_naming_its_own_award(body, at, award):
    doc = _doc(body)
    assert award_at(doc, doc.text.index(at)) == award


@pytest.mark.parametrize(
    ("body", "at", "award"),
    [
        (  # a pair proposed to a minister: both halves take the award named after them
            "Giám đốc Sở tặng Giấy khen cho không quá 10 tập thể, lựa chọn 01 tập thể và 02 cá "
            "nhân tiêu biểu nhất trình Bộ trưởng Bộ Công an tặng Bằng khen.",
            "01 tập thể",
            "bang_khen_bo_nganh",
        ),
        (
            "Giám đốc Sở tặng Giấy khen cho không quá 10 tập thể, lựa chọn 01 tập thể và 02 cá "
            "nhân tiêu biểu nhất trình Bộ Nông nghiệp và Phát triển nông thôn tặng Bằng khen.",
            "02 cá nhân",
            "bang_khen_bo_nganh",
        ),
        (  # the count an award is given to ("tặng Giấy khen cho …") stays that award's
            "Giám đốc Sở tặng Giấy khen cho 05 tập thể và 10 cá nhân, đề nghị UBND tỉnh tặng "
            "Cờ thi đua cho 01 tập thể.",
            "05 tập thể",
            "giay_khen",
        ),
        (
            "Giám đốc Sở tặng Giấy khen cho 05 tập thể và 10 cá nhân, đề nghị UBND tỉnh tặng "
            "Cờ thi đua cho 01 tập thể.",
            "01 tập thể",
            "co_thi_dua_tinh",
        ),
    ],
)
def test_award_context_a_count_proposed_to_another_giver(body, at, award):
    doc = _doc(body)
    assert award_at(doc, doc.text.index(at)) == award
