"""A text whose non-ASCII letters a converter wrote as spaces: recognised, its lexicon
words and number codes put back letter for letter; other texts left alone."""

from __future__ import annotations

import pytest

from extractors.segment.genre import judge
from extractors.text.diacritics import SPACED, warnings
from extractors.text.spaced import is_spaced, restore_spaced, spaced_form
from pipeline.extract import build_record
from pipeline.readers import RawText

DECISION = """\
ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG SƠN
Số: 1420/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đông Sơn, ngày 19 tháng 11 năm 2019
QUYẾT ĐỊNH
Về việc tặng Giấy khen cho tập thể, cá nhân có thành tích trong phong trào thi đua năm 2019
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN
Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;
Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ;
Căn cứ Quyết định số 35/2018/QĐ-UBND ngày 03 tháng 10 năm 2018 của Ủy ban nhân dân tỉnh Thanh Hóa;
Xét đề nghị của Trưởng phòng Nội vụ huyện,
QUYẾT ĐỊNH:
Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho 04 tập thể và 07 cá nhân.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
- Lưu: VT.
CHỦ TỊCH
Lê Văn Hòa
"""
SPACED_DECISION = spaced_form(DECISION)

# a letter on one line, as a document-sharing preview shows it under its chrome
LETTER = "Tài liệu xem trước - tải về để xem toàn bộ\n" + spaced_form(
    "UBND HUYỆN NÔNG CỐNG PHÒNG NỘI VỤ Số: 58/PNV-TĐKT V/v hướng dẫn xét khen thưởng năm 2022 "
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Nông Cống, ngày 14 "
    "tháng 10 năm 2022 Kính gửi: - Ủy ban nhân dân các xã, thị trấn. Căn cứ Luật Thi đua, "
    "khen thưởng ngày 26 tháng 11 năm 2003; Căn cứ Nghị định số 91/2017/NĐ-CP ngày "
    "31/7/2017 của Chính phủ quy định chi tiết thi hành Luật Thi đua, khen thưởng; Phòng Nội "
    "vụ hướng dẫn như sau: 1. Giấy khen của Chủ tịch UBND huyện: mỗi xã, thị trấn đề nghị "
    "không quá 02 tập thể và 05 cá nhân. 2. Hồ sơ đề nghị khen thưởng gửi về Phòng Nội vụ "
    "trước ngày 15/12/2022. Nơi nhận: - Như trên; - Lưu: VT. TRƯỞNG PHÒNG Lê Thị Hà"
)

# an ordinary press text whose layout left runs of spaces (padded columns, a caption)
NEWS_WITH_GAPS = """\
Thứ Hai, 14/11/2022   |   Tin tức - Sự kiện
Huyện Nông Cống phát động phong trào thi đua năm 2023
Sáng 14/11, UBND huyện Nông Cống tổ chức lễ phát động phong trào thi đua  "Nông Cống chung sức
xây dựng nông thôn mới" năm 2023.  Phát biểu tại buổi lễ, đồng chí Chủ tịch UBND huyện đề nghị
các xã, thị trấn cụ thể hóa nội dung thi đua, kịp thời khen thưởng các tập thể, cá nhân
tiêu biểu.   Dịp này, 12 tập thể và 20 cá nhân được tặng Giấy khen.
Ảnh:   Quang cảnh buổi lễ.     Văn Minh
"""

# a spaced text of another subject: its words are restored, but no genre appears
OTHER_SUBJECT = spaced_form(
    "Trường Đại học Kinh tế thông báo lịch thi học kỳ II năm học 2022 - 2023 cho sinh viên "
    "các lớp chính quy. Sinh viên xem lịch thi trên cổng thông tin, mang thẻ sinh viên khi "
    "vào phòng thi, có mặt trước giờ thi mười lăm phút. Sinh viên vắng thi không có lý do "
    "chính đáng nhận điểm không. Mọi thắc mắc liên hệ phòng Đào tạo trong giờ hành chính, "
    "từ thứ hai đến thứ sáu hằng tuần, trước ngày 20 tháng 5 năm 2023."
)


def test_spaced_form_keeps_length():
    assert spaced_form("Cộng hòa") == "C ng h a"
    assert len(spaced_form(DECISION)) == len(DECISION)


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        (SPACED_DECISION, True),
        (LETTER, True),
        (DECISION, False),  # intact
        ("".join(c for c in DECISION if c.isascii()), False),  # letters dropped, not spaces
        (NEWS_WITH_GAPS, False),
        ("".join("?" if not c.isascii() and c != "\n" else c for c in DECISION), False),
    ],
)
def test_is_spaced_tells_the_damage(text, spaced):
    assert is_spaced(text) is spaced


@pytest.mark.parametrize(
    ("damaged", "restored"),
    [
        ("C NG H A X  H I CH  NGH A VI T NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("  c l p - T  do - H nh ph c", "Độc lập - Tự do - Hạnh phúc"),
        ("S : 1420/Q -UBND", "Số: 1420/QĐ-UBND"),
        ("ng y 19 th ng 11 n m 2019", "ngày 19 tháng 11 năm 2019"),
        ("Ngh    nh s  91/2017/N -CP", "Nghị định số 91/2017/NĐ-CP"),
        ("X t    ngh  c a", "X t đề nghị của"),  # "Xét" is no lexicon word: left
    ],
)
def test_restore_spaced_puts_back_lexicon_words(damaged, restored):
    out, log = restore_spaced(SPACED_DECISION)
    assert damaged in SPACED_DECISION
    at = SPACED_DECISION.index(damaged)
    assert out.text[at : at + len(damaged)] == restored
    assert len(out.text) == len(SPACED_DECISION)
    assert log and log[0].startswith(SPACED)


def test_restore_spaced_leaves_names_damaged():
    out, _ = restore_spaced(SPACED_DECISION)
    assert "L  V n H a" in out.text  # the signer's name: no lexicon holds it


@pytest.mark.parametrize("text", [DECISION, NEWS_WITH_GAPS])
def test_restore_spaced_leaves_other_texts(text):
    out, log = restore_spaced(text)
    assert (out.text, log) == (text, [])


def test_genre_reads_a_spaced_copy_as_a_document():
    assert judge(SPACED_DECISION).accepted
    assert judge(LETTER).accepted
    assert not judge(OTHER_SUBJECT).accepted


def test_record_of_a_spaced_decision_keeps_its_header():
    record = build_record(RawText(text=SPACED_DECISION, format="txt"), source_path="x", sha256="0")
    doc = record["document"]
    assert (doc["doc_type"], doc["number"], doc["issue_date"]) == (
        "quyet_dinh",
        "1420/QĐ-UBND",
        "2019-11-19",
    )
    assert doc["province"]["name"] == "Thanh Hóa"
    numbers = {c["number"] for c in record["legal_basis"]}
    assert {"91/2017/NĐ-CP", "35/2018/QĐ-UBND"} <= numbers
    assert warnings([SPACED + ": restored"]) == [
        f"{SPACED}: values restored from the lexicon, check them"
    ]
    assert any(w.startswith(SPACED) for w in record["source"]["warnings"])
    text = record["text"]
    for part in ("legal_basis", "award_forms"):
        for item in record[part]:
            ev = item["evidence"]
            assert text[ev["start"] : ev["end"]] == ev["quote"]


def test_record_of_a_one_line_spaced_letter():
    record = build_record(RawText(text=LETTER, format="txt"), source_path="x", sha256="0")
    doc = record["document"]
    assert doc["doc_type"] != "news"
    assert doc["number"] == "58/PNV-TĐKT"
    quotas = {(q["recipient_kind"], q["max"]) for q in record["quotas"]}
    assert {("tap_the", 2), ("ca_nhan", 5)} <= quotas
    assert [d["date"] for d in record["deadlines"]] == ["2022-12-15"]


def test_an_ordinary_news_text_with_gaps_stays_news():
    record = build_record(RawText(text=NEWS_WITH_GAPS, format="txt"), source_path="x", sha256="0")
    assert record["document"]["doc_type"] == "news"
    assert not any(w.startswith(SPACED) for w in record["source"]["warnings"])
