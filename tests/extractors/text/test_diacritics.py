"""Restoring words of damaged text from the lexicon; intact text left alone."""

from __future__ import annotations

import pytest

from extractors.text.diacritics import (
    DROPPED,
    PARTIAL,
    QUESTION,
    STRIPPED,
    assess,
    restore,
    warnings,
)
from extractors.text.fold import damaged_forms, fold
from pipeline.extract import build_record
from pipeline.readers import RawText

ASCII_PLAN = """\
UY BAN NHAN DAN
TINH BAC KAN
So: 23/KH-HDTDKT
CONG HOA XA HOI CHU NGHIA VIET NAM
Doc lap - Tu do - Hanh phuc
Bac Kan, ngay 19 thang 10 nam 2020
KE HOACH
To chuc phong trao thi dua nam 2021
Can cu Nghi dinh so 98/2023/ND-CP ngay 31/12/2023 cua Chinh phu;
Thuc hien Quyet dinh so 1497/QD-TTg ngay 10/9/2021 cua Thu tuong Chinh phu.
Tang Bang khen cho 10 tap the va 15 ca nhan co thanh tich xuat sac.
"""


def _drop(text: str) -> str:
    return "".join(c for c in text if c.isascii())


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (ASCII_PLAN, STRIPPED),
        (_drop("Ủy ban nhân dân tỉnh Bắc Kạn ban hành Kế hoạch thi đua năm 2021. " * 3), DROPPED),
        ("Hi đng Thi đua - Khen thưởng tỉnh và các đơn v trc thuc thng nht thc hin. " * 2, PARTIAL),
        ("Ủy ban nhân dân tỉnh Bắc Kạn ban hành Kế hoạch thi đua năm 2021. " * 3, None),
        ("short", None),
    ],
    ids=["stripped", "dropped", "partial", "intact", "too-short"],
)
def test_assess_names_the_damage(text: str, kind: str | None) -> None:
    assert assess(text) == kind


@pytest.mark.parametrize(
    ("damaged", "restored"),
    [
        ("KE HOACH", "KẾ HOẠCH"),
        ("So: 23/KH-HDTDKT", "Số: 23/KH-HĐTĐKT"),
        ("ngay 19 thang 10 nam 2020", "ngày 19 tháng 10 năm 2020"),
        ("UY BAN NHAN DAN TINH BAC KAN", "ỦY BAN NHÂN DÂN TỈNH BẮC KẠN"),
        ("Nghi dinh so 98/2023/ND-CP", "Nghị định số 98/2023/NĐ-CP"),
        ("Quyet dinh so 1497/QD-TTg", "Quyết định số 1497/QĐ-TTg"),
        ("Tang Bang khen cho 10 tap the", "Tặng Bằng khen cho 10 tập thể"),
        # lone words that stand for several words are left: tăng/tặng, mới/mọi/mỗi, cả/của
        ("tang cuong moi nam ca nuoc", "tang cuong moi nam ca nuoc"),
    ],
)
def test_restore_ascii_copy_from_the_lexicon(damaged: str, restored: str) -> None:
    mapped, log = restore(ASCII_PLAN.replace(ASCII_PLAN.split("\n")[0], damaged, 1))
    assert mapped.text.split("\n")[0] == restored
    assert log and log[0].startswith(STRIPPED)
    # restoring marks keeps the length where no letter was lost
    assert len(mapped.text) == len(ASCII_PLAN.replace(ASCII_PLAN.split("\n")[0], damaged, 1))


@pytest.mark.parametrize(
    ("intact", "expected_line"),
    [
        ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG", "THÀNH PHỐ ĐÀ NẴNG"),
        ("Số: 1497/QĐ-TTg ngày 10/9/2021", "Số: 1497/QĐ-TTg ngày 10/9/2021"),
        ("KẾ HOẠCH", "KẾ HOẠCH"),
    ],
)
def test_restore_dropped_letters_through_the_offset_map(intact: str, expected_line: str) -> None:
    text = _drop(
        intact + "\n" + "Tổ chức phong trào thi đua năm 2024 của Ủy ban nhân dân tỉnh." * 2
    )
    mapped, log = restore(text)
    assert log and log[0].startswith(DROPPED)
    assert expected_line in mapped.text.split("\n")
    assert len(mapped.source) == len(mapped.text)
    assert all(0 <= s <= len(text) for s in mapped.source)


@pytest.mark.parametrize(
    "text",
    [
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 12/KH-UBND ngày 3/5/2024 về thi đua. " * 3,
        # an ASCII word in intact text is another word, never restored ("so với", "ngay")
        "Kết quả năm nay tăng so với năm trước; triển khai ngay trong tháng. " * 3,
        # a word with its marks is not a damaged word ("Cà Mau" is not "Của Mau")
        "Hi đng nhân dân tỉnh Cà Mau và các đơn v thng nht. " * 3,
    ],
    ids=["intact", "ascii-words", "marked-word"],
)
def test_restore_leaves_words_that_are_not_damaged(text: str) -> None:
    mapped, _ = restore(text)
    assert "Của Mau" not in mapped.text
    assert "số với" not in mapped.text and "ngày trong" not in mapped.text
    if "Hi đng" not in text:
        assert mapped.text == text


def test_restore_partial_damage_only_where_letters_were_lost() -> None:
    text = "Hi đng Thi đua - Khen thưởng tỉnh Cà Mau và các đơn v thng nht thc hin. " * 2
    mapped, log = restore(text)
    assert mapped.text.startswith("Hội đồng Thi đua - Khen thưởng tỉnh Cà Mau")
    assert log[0].startswith(PARTIAL)


def test_warnings_name_the_damage_and_ask_for_a_check() -> None:
    _, log = restore(ASCII_PLAN)
    assert warnings(log) == [f"{STRIPPED}: values restored from the lexicon, check them"]
    assert warnings(["text: joined 2 hard-wrapped line(s)"]) == []


def test_damaged_record_is_warned_and_grounded() -> None:
    record = build_record(RawText(text=ASCII_PLAN, format="txt"), source_path="x", sha256="0")
    doc = record["document"]
    assert (doc["doc_type"], doc["number"], doc["issue_date"]) == (
        "ke_hoach",
        "23/KH-HĐTĐKT",
        "2020-10-19",
    )
    assert doc["province"]["name"] == "Bắc Kạn"
    assert any("restored from the lexicon" in w for w in record["source"]["warnings"])
    text = record["text"]
    for f in doc["field_evidence"]:
        ev = f["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("Hội", {"hoi", "hi"}),
        ("đồng", {"dong", "dng", "ong", "ng"}),
        ("KH", {"kh"}),
    ],
)
def test_damaged_forms_of_a_word(word: str, forms: set[str]) -> None:
    assert damaged_forms(word) == forms
    assert len(fold(word)) == len(word)


QUESTION_PLAN = (
    "?O?N TNCS H? CH? MINH S?: 07-KH/?TN Ph? Y?n, ng?y 3 th?ng 4 n?m 2023 K? HO?CH "
    "T? ch?c phong tr?o thi ?ua n?m h?c 2023 - 2024 c?a chi ?o?n tr??ng."
)


def test_restore_letters_replaced_by_question_marks() -> None:
    assert assess(QUESTION_PLAN) == QUESTION
    mapped, log = restore(QUESTION_PLAN)
    assert "Số: 07-KH/ĐTN" in mapped.text
    assert "ngày 3 tháng 4 năm 2023 KẾ HOẠCH" in mapped.text
    assert log[0].startswith(QUESTION)


@pytest.mark.parametrize(
    ("damaged", "restored"),
    [
        ("III. TIEU CHI THI DUA", "III. TIÊU CHÍ THI ĐUA"),  # not "CHỈ THỊ" across two phrases
        ("UY BAN NHAN DAN THANH PHO HUE", "ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ"),  # phrases that agree
    ],
)
def test_restore_overlapping_phrases_only_where_they_agree(damaged: str, restored: str) -> None:
    mapped, _ = restore(damaged + "\n" + ASCII_PLAN)
    assert mapped.text.split("\n")[0] == restored


# a labour federation's plan as an old .doc read with its non-ASCII letters dropped; the
# no-break spaces Word kept in the header went with them
_UNION_PLAN = """\
LIÊN ĐOÀN LAO ĐỘNG TỈNH NAM ĐỊNH
LIÊN ĐOÀN LAO\u00a0ĐỘNG HUYỆN GIAO THỦY
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\u00a0NAM
Độc lập - Tự do - Hạnh phúc
Số: 09/KH-LĐLĐ
Giao Thủy, ngày 12 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức phong trào thi đua lao động giỏi năm 2024
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Ban Thường vụ Liên đoàn Lao động huyện tặng Giấy khen cho không quá 05 tập thể và 10 cá nhân
có thành tích xuất sắc; các công đoàn cơ sở gửi hồ sơ đề nghị khen thưởng trước ngày 20/11/2024.
"""


@pytest.mark.parametrize(
    ("damaged", "restored"),
    [
        ("CNG HA X HI CH NGHA VITNAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("LIN ON LAONG HUYN", "LIÊN ĐOÀN LAO ĐỘNG HUYỆN"),
    ],
)
def test_restore_reads_two_words_run_together_in_a_lost_copy(damaged, restored):
    text = _drop(_UNION_PLAN)
    assert damaged in text and assess(text) == DROPPED
    out, _ = restore(text)
    assert restored in out.text


def test_restore_leaves_a_glued_pair_in_text_that_kept_its_letters():
    # the marks stripped, every letter there: "VIETNAM" is the word as typed, left alone
    text = ASCII_PLAN + "CONG HOA XA HOI CHU NGHIA VIETNAM\n"
    out, _ = restore(text)
    assert "VIETNAM" in out.text


def test_restore_puts_back_a_law_cited_by_name_in_a_lost_copy():
    law = "Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng"
    text = _drop(_UNION_PLAN + f"Căn cứ {law} ngày 16 tháng 11 năm 2013;\n")
    assert "Lut sa i, b sung mt s iu ca Lut Thi ua, khen thng" in text
    out, _ = restore(text)
    assert law in out.text
    # a name no known law has stays as it is
    other = _drop(_UNION_PLAN + "Căn cứ Luật Giao thông đường bộ ngày 13 tháng 11 năm 2008;\n")
    assert "Giao thng" in restore(other)[0].text
