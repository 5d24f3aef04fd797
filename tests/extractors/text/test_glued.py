"""Words glued by a copy that lost their space: split again at domain words, offsets kept;
names, codes and foreign words left whole."""

from __future__ import annotations

import pytest

from extractors.text.glued import split_glued
from pipeline.extract import build_record
from pipeline.readers import RawText

# a plan as a portal copied it from a hard-wrapped text: each wrapped line joined to the
# next without its space
PORTAL = """\
ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI
Số:215/KH-UBND
Yên Bái, ngày08 tháng 3 năm 2022
KẾ HOẠCH
Tổ chức phong trào thi đua "Yên Bái chung sức xây dựng nông thôn mới" năm 2022
Căn cứThông tư số 12/2019/TT-BNV ngày 04/11/2019 của Bộ Nội vụ quyđịnh chi tiết thi hành;
Căn cứ Quyết định số18/2020/QĐ-UBND ngày 11/8/2020 của UBNDtỉnh Yên Bái;
Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủngày ban hành;
III. KHEN THƯỞNG
Mỗi huyện lựa chọn không quá 02 tập thể và 03 cá nhân tiêu biểuđề nghị Chủ tịch UBND tỉnh
tặng Bằng khen; hồ sơ gửi Sở Nội vụ trước ngày 30/11/2022.
"""


@pytest.mark.parametrize(
    ("glued", "split"),
    [
        ("Căn cứThông tư", "Căn cứ Thông tư"),
        ("số18/2020/QĐ-UBND", "số 18/2020/QĐ-UBND"),
        ("ngày08 tháng", "ngày 08 tháng"),
        ("UBNDtỉnh Yên Bái", "UBND tỉnh Yên Bái"),
        ("Bộ Nội vụ quyđịnh", "Bộ Nội vụ quy định"),
        ("Chính phủngày", "Chính phủ ngày"),
        ("tiêu biểuđề nghị", "tiêu biểu đề nghị"),
    ],
)
def test_split_glued_puts_back_the_space(glued, split):
    out, log = split_glued(PORTAL)
    assert split in out.text and glued not in out.text
    assert log and log[0].startswith("text: split")


@pytest.mark.parametrize(
    "kept",
    [
        "Số:215/KH-UBND",  # a colon then digits: no word glued
        "12/2019/TT-BNV",
        "91/2017/NĐ-CP",
        "Yên Bái",
    ],
)
def test_split_glued_keeps_codes_and_names(kept):
    out, _ = split_glued(PORTAL)
    assert kept in out.text


@pytest.mark.parametrize(
    "text",
    [
        # intact text, and words that are no Vietnamese syllable but no glue either
        "Căn cứ Tờ trình số 986/TTr-SNV ngày 28/6/2022 của Sở Nội vụ về tặng Bằng khen.",
        "Cập nhật trên website, fanpage và ứng dụng Zalo; phòng, chống dịch COVID-19.",
        "Đồng chí Y Khuê Niê, huyện Krông Pắc, tỉnh Đắk Lắk; xã Ea Kao, Cư M'gar.",
        # one glued token alone: too little to call the text damaged
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và Nghị định số"
        " 98/2023/NĐ-CP của Chính phủquy định chi tiết.",
    ],
)
def test_split_glued_leaves_other_texts(text):
    out, log = split_glued(text)
    assert (out.text, log) == (text, [])


def test_record_of_a_glued_portal_copy():
    record = build_record(RawText(text=PORTAL, format="txt"), source_path="x", sha256="0")
    numbers = {c["number"]: c for c in record["legal_basis"]}
    assert {"12/2019/TT-BNV", "18/2020/QĐ-UBND", "91/2017/NĐ-CP"} <= set(numbers)
    assert numbers["12/2019/TT-BNV"]["issuer"] == "Bộ Nội vụ"
    assert record["document"]["issue_date"] == "2022-03-08"
    quotas = {(q["award"], q["recipient_kind"], q["max"]) for q in record["quotas"]}
    assert {("bang_khen_tinh", "tap_the", 2), ("bang_khen_tinh", "ca_nhan", 3)} <= quotas
    text = record["text"]
    for item in record["legal_basis"] + record["quotas"]:
        ev = item["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]


DECISION_TAIL = (
    "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 410/TTr-SNV ngày 02/6/2022.QUYẾT ĐỊNH:"
    "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.Nơi nhận:\n- Như Điều 2;\n"
)


@pytest.mark.parametrize(
    "line",
    ["QUYẾT ĐỊNH:", "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 02 tập thể."],
)
def test_split_glued_puts_back_a_line_break_before_a_line_opener(line):
    out, _ = split_glued(DECISION_TAIL)
    assert line in out.text.split("\n")
    assert "Nơi nhận:" in out.text.split("\n")


def test_split_glued_keeps_an_article_cited_in_a_sentence():
    # "tại Điều 1." stands after a space: no glue, no break
    text = "Các tập thể có tên tại Điều 1. chịu trách nhiệm thi hành; số17 và ngày05 tháng."
    out, _ = split_glued(text)
    assert "tại Điều 1." in out.text and "\n" not in out.text
