"""Malformed OCR words restored from the domain lexicon in context (ocr_lexicon.py)."""

from __future__ import annotations

import pytest

from pipeline.readers.ocr_lexicon import (
    drop_foreign_marks,
    drop_stray_accents,
    ocr_tone_slip,
    repair_tones,
    repair_words,
    unglue_specks,
    well_formed,
)


@pytest.mark.parametrize(
    ("text", "expected", "start"),
    [
        ("Hôm qua, Ủy ban hhần dân tỉnh Bạc Liêu phát động", "Ủy ban nhân dân", 9),
        ("ỦY BAN NHẦH DÂN HUYỆN Đầm Dơi", "ỦY BAN NHÂN DÂN", 0),
        ("báo cáo Sở Nội wụ trước ngày 15/12", "Sở Nội vụ", 8),
    ],
)
def test_repair_words_restores_a_malformed_word_inside_a_lexicon_phrase(
    text: str, expected: str, start: int
) -> None:
    repaired, log = repair_words(text)
    assert repaired[start : start + len(expected)] == expected
    assert len(log) == 1 and log[0].startswith("OCR repair lexicon:")


@pytest.mark.parametrize(
    "text",
    [
        "các thế lực thù địch",  # "thế" in no phrase of the lexicon: a word, left
        "phối hợp thực fiễn tốt",  # a two-word phrase ("thực hiện") is not context enough
        "Ủy ban hhần việc tỉnh",  # the phrase's other words not read as they are
        "các CT, TX, DN thuộc UBND tỉnh",  # codes carry no Vietnamese letter
        "ngày 03/8/2018 của Ủy ban nhân dân tỉnh",  # nothing damaged
    ],
)
def test_repair_words_leaves_words_and_loose_context_alone(text: str) -> None:
    assert repair_words(text) == (text, [])


@pytest.mark.parametrize(
    ("word", "formed"),
    [
        ("nghiêng", True),
        ("khuỷu", True),
        ("thuyền", True),
        ("hhần", False),
        ("tỉhh", False),
        ("0hường", False),
    ],
)
def test_well_formed_tells_syllables_from_misreadings(word: str, formed: bool) -> None:
    assert well_formed(word) is formed


@pytest.mark.parametrize(
    ("text", "expected", "changed"),
    [
        # a hook blurred into an acute: "thể" read "thế", "tổng" read "tống"
        ("khen thưởng từ 5-10 tập thế, cá nhân.", "khen thưởng từ 5-10 tập thể, cá nhân.", 1),
        ("định kỳ sơ kết, tống kết phong trào", "định kỳ sơ kết, tổng kết phong trào", 1),
        # a speck read as a tone mark on a plain letter, upper case kept
        ("tổ chức, cá nhận và nhân dân", "tổ chức, cá nhân và nhân dân", 1),
        ("II. TIÊU CHÍ THÌ ĐUA", "II. TIÊU CHÍ THI ĐUA", 1),
        ("Hội đồng Thi đua - Khén thưởng tỉnh", "Hội đồng Thi đua - Khen thưởng tỉnh", 1),
        # a faint mark lost
        ("Mặt trận Tổ quôc Việt Nam", "Mặt trận Tổ quốc Việt Nam", 1),
    ],
)
def test_repair_tones_puts_a_tone_slip_right_inside_a_lexicon_phrase(
    text: str, expected: str, changed: int
) -> None:
    repaired, log = repair_tones(text)
    assert repaired == expected
    assert len(log) == changed and all(line.startswith("OCR repair tone:") for line in log)


@pytest.mark.parametrize(
    "text",
    [
        "theo tình hình thực tế của tỉnh",  # "hình thực" is no slip of "hình thức"
        "đã xác định rõ mục tiêu, chỉ tiêu, nội dung",  # hook for acute: not a slip
        "trên cơ sở kết quả bình xét",  # "cơ sở" stands in a lexicon phrase: not "sơ kết"
        "nhận xét của tập thể lớp",  # "nhận" beside no "cá"
        "khen thưởng cho tập thể, cá nhân",  # read right
    ],
)
def test_repair_tones_leaves_valid_readings_of_other_tones(text: str) -> None:
    assert repair_tones(text) == (text, [])


@pytest.mark.parametrize(
    ("read", "meant", "slip"),
    [
        ("thế", "thể", True),
        ("nhận", "nhân", True),
        ("triên", "triển", True),
        ("chụẩn", "chuẩn", True),
        ("thực", "thức", False),
        ("chỉ", "chí", False),
        ("thể", "thế", False),
    ],
)
def test_ocr_tone_slip_names_what_a_poor_copy_does_to_tones(
    read: str, meant: str, slip: bool
) -> None:
    assert ocr_tone_slip(read, meant) is slip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các doanh-nghiệp, doanh nhân", "Các doanh nghiệp, doanh nhân"),
        ("thi đua, thể.hiện ý chí", "thi đua, thể hiện ý chí"),
        ("của Chính'phủ về", "của Chính phủ về"),
        ("đồng hành .cùng UBND tỉnh", "đồng hành cùng UBND tỉnh"),
        ("tích cực tham gia sản 'xuất", "tích cực tham gia sản xuất"),
    ],
)
def test_unglue_specks_makes_a_speck_between_words_a_space(text: str, expected: str) -> None:
    repaired, log = unglue_specks(text)
    assert repaired == expected
    assert len(log) == 1 and log[0].startswith("OCR repair speck:")


@pytest.mark.parametrize(
    "text",
    [
        "dịch COVID-19 và Kế hoạch số 12/KH-UBND",  # codes and numbers
        "Tin-ảnh: lễ phát động",  # a capitalised word before a hyphen
        "xem tại thiduakhenthuong.gov.vn",  # no Vietnamese letter: an address
        "tổng kết. Các đơn vị",  # a sentence's end
        "gửi qua e-mail cho Văn phòng",  # no Vietnamese letter on either side
        "tuyến Hà Nội-Hải Phòng",  # a name in capitals after the hyphen
    ],
)
def test_unglue_specks_leaves_real_marks(text: str) -> None:
    assert unglue_specks(text) == (text, [])


@pytest.mark.parametrize(
    ("text", "expected", "changed"),
    [
        ("Sö:01/KH-HĐTĐKT", "So:01/KH-HĐTĐKT", 1),  # then the "Số:" label rule
        (
            "Nghị định số 91/2017/ÑĐ-CP ngày 31/7/2017",
            "Nghị định số 91/2017/NĐ-CP ngày 31/7/2017",
            1,
        ),
        ("HỘI ĐỒNG THI ĐUA - KHEÑ THƯỞNG", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", 1),
        ("Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam", None, 0),  # Vietnamese letters
        ("Trường Đại học Ữ ự ỹ", None, 0),
        ("Straße, Ørsted", None, 0),  # no Latin letter under: left
    ],
)
def test_drop_foreign_marks_turns_letters_vietnamese_has_not_to_their_base(
    text: str, expected: str | None, changed: int
) -> None:
    repaired, log = drop_foreign_marks(text)
    assert repaired == (expected or text)
    assert len(log) == changed


@pytest.mark.parametrize(
    ("text", "expected", "changed"),
    [
        ("` Đoàn viên công đoàn, công nhân", "Đoàn viên công đoàn, công nhân", 1),
        ("phát triển kinh tế.\n`\n- Phòng Nội vụ;", "phát triển kinh tế.\n\n- Phòng Nội vụ;", 1),
        ("hội viên ` tích cực ´ tham gia", "hội viên tích cực tham gia", 2),
        ("Căn cứ Luật Thi đua, Khen thưởng ngày 15/6/2022;", None, 0),  # nothing stray
        ("thời gian: 08 giờ, ngày 'hội' \"lao động giỏi\"", None, 0),  # quotes stay
    ],
)
def test_drop_stray_accents_removes_specks_read_as_accents(
    text: str, expected: str | None, changed: int
) -> None:
    repaired, log = drop_stray_accents(text)
    assert repaired == (expected or text)
    assert len(log) == changed
