from __future__ import annotations

import pytest

from extractors.parts import participants
from extractors.segment.structure import parse
from extractors.text.repair import repair


def _participants(text: str):
    doc = parse(repair(text).text)
    found = participants.extract(doc)
    if found is not None:
        assert doc.text[found.evidence.start : found.evidence.end] == found.evidence.quote
    return found


PLAN = "KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PLAN + "I. TỔ CHỨC PHONG TRÀO\n\n1. Đối tượng thi đua\n\nCác tập thể, cá nhân thuộc "
            "các sở, ban, ngành tỉnh.\n\n2. Nội dung thi đua\n\nThi đua hoàn thành nhiệm vụ.",
            "Các tập thể, cá nhân thuộc các sở, ban, ngành tỉnh.",
        ),
        (
            PLAN + "I. PHẠM VI, ĐỐI TƯỢNG\n\n1. Phạm vi, đối tượng thi đua\n\na. Phạm vi: Trong "
            "các hội thành viên.\n\nb. Đối tượng: Toàn thể cán bộ, hội viên và người lao động.",
            "Toàn thể cán bộ, hội viên và người lao động.",
        ),
        (
            PLAN + "II. ĐỐI TƯỢNG XÉT KHEN THƯỞNG\n\nCác sở, ban, ngành, đoàn thể tỉnh; Ủy ban "
            "nhân dân các huyện.\n\nIII. TIÊU CHÍ\n\n1. Giảm tỷ lệ hộ nghèo từ 3% trở lên.",
            "Các sở, ban, ngành, đoàn thể tỉnh; Ủy ban nhân dân các huyện.",
        ),
        (
            PLAN + "I. TỔ CHỨC PHONG TRÀO\n\n1. Đối tượng thi đua\n\n- Các sở, ban, ngành tỉnh;\n"
            "- Các doanh nghiệp trên địa bàn tỉnh.\n\n2. Nội dung thi đua\n\nThi đua hoàn thành.",
            "- Các sở, ban, ngành tỉnh; - Các doanh nghiệp trên địa bàn tỉnh.",
        ),
        (
            PLAN + "II. ĐỐI TƯỢNG ÁP DỤNG\n\nCác sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, "
            "phường.\n\nIII. NỘI DUNG THI ĐUA\n\n1. Thi đua hoàn thành nhiệm vụ.",
            "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường.",
        ),
        (
            PLAN + "II. ĐỐI TƯỢNG, PHẠM VI, THỜI GIAN\n\n1. Đối tượng: Các sở, ban, ngành tỉnh và "
            "nhà hảo tâm trong tỉnh.\n\n2. Phạm vi: Trên địa bàn tỉnh.",
            "Các sở, ban, ngành tỉnh và nhà hảo tâm trong tỉnh.",
        ),
        (
            PLAN + "II. ĐỐI TƯỢNG, THỜI GIAN THI ĐUA\n\n1. Đối tượng tham gia\n\nCác sở, ban, "
            "ngành; Ủy ban nhân dân các xã, phường.\n\n2. Thời gian thi đua\n\nNăm 2026.",
            "Các sở, ban, ngành; Ủy ban nhân dân các xã, phường.",
        ),
        (
            "Quảng Nam phát động thi đua\n\nUBND tỉnh vừa ban hành kế hoạch. Đối tượng thi đua là "
            "tập thể các sở, ban, ngành và cá nhân tự nguyện tham gia. Nội dung thi đua gồm …",
            "tập thể các sở, ban, ngành và cá nhân tự nguyện tham gia.",
        ),
        (
            PLAN + "II. PHẠM VI, ĐỐI TƯỢNG THI ĐUA\n\nCác sở, ban, ngành tỉnh và các xã, phường."
            "\n\nIII. NỘI DUNG THI ĐUA\n\n1. Thi đua hoàn thành nhiệm vụ.",
            "Các sở, ban, ngành tỉnh và các xã, phường.",
        ),
        (
            PLAN + "II. ĐỐI TƯỢNG VÀ PHẠM VI THI ĐUA\n\nCác sở, ban, ngành tỉnh.\n\nIII. NỘI "
            "DUNG THI ĐUA\n\n1. Thi đua hoàn thành nhiệm vụ.",
            "Các sở, ban, ngành tỉnh.",
        ),
        (
            "Huế phát động thi đua\n\nUBND thành phố vừa ban hành kế hoạch. Đối tượng tham gia "
            "phong trào là các sở, ngành và các xã, phường. Kế hoạch …",
            "các sở, ngành và các xã, phường.",
        ),
        (
            "Huế phát động thi đua\n\nUBND thành phố vừa ban hành kế hoạch. Đối tượng tham gia "
            "thi đua là cán bộ, công chức thành phố. Kế hoạch …",
            "cán bộ, công chức thành phố.",
        ),
        (
            "Bắc Ninh phát động thi đua chuyển đổi số\n\nHội đồng Thi đua - Khen thưởng tỉnh vừa "
            "ban hành kế hoạch. Đối tượng áp dụng gồm các sở, ngành và các xã, phường. Kế hoạch …",
            "các sở, ngành và các xã, phường.",
        ),
    ],
)
def test_participants_as_written(text, expected):
    found = _participants(text)
    assert found is not None
    assert found.text == expected
    assert " ".join(found.evidence.quote.split()) == expected


def test_participants_none_when_not_stated():
    text = (
        PLAN + "I. NỘI DUNG\n\n1. Xác định rõ mục tiêu, chỉ tiêu, đối tượng tham gia và tiêu chí."
    )
    assert _participants(text) is None


NEWS = "UBND tỉnh phát động thi đua năm 2026\n\nNgày 12/3, UBND tỉnh ban hành kế hoạch. {s}\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Theo Kế hoạch, đối tượng thi đua là các sở, ban, ngành, đoàn thể tỉnh; UBND các "
            "huyện và các doanh nghiệp trên địa bàn tỉnh.",
            "các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện và các doanh nghiệp trên địa bàn tỉnh.",
        ),
        (
            "Cụ thể, đối tượng tham gia phong trào gồm toàn thể cán bộ, hội viên.",
            "toàn thể cán bộ, hội viên.",
        ),
        # lower case without saying whose, or not after an opening phrase: not the participants
        ("Theo đó, đối tượng là hộ nghèo được ưu tiên hỗ trợ.", None),
        ("Kế hoạch ưu tiên hỗ trợ đối tượng thi đua là hộ nghèo.", None),
    ],
)
def test_participants_lower_case_inside_a_sentence_of_an_article(sentence, expected):
    found = _participants(NEWS.format(s=sentence))
    assert (found.text if found else None) == expected
    if found:
        assert found.evidence.quote == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the section's paragraph opens with its own label: the label is no part of it
            PLAN + "II. ĐỐI TƯỢNG, NỘI DUNG THI ĐUA\n\nĐối tượng: các tổ công đoàn và toàn thể "
            "đoàn viên trong Công ty. Thời gian thi đua từ tháng 3 đến tháng 11.\n\nNội dung: "
            "mỗi tổ đăng ký ít nhất 01 sáng kiến.",
            "các tổ công đoàn và toàn thể đoàn viên trong Công ty.",
        ),
        (  # written after the item's label, it ends with its sentence
            PLAN + "II. ĐỐI TƯỢNG, CHỈ TIÊU\n\n1. Đối tượng thi đua: cơ sở Hội các xã và cán bộ, "
            "hội viên trong huyện. Các cơ sở Hội ký giao ước thi đua trước ngày 15/3/2024.\n\n"
            "2. Chỉ tiêu thi đua\n\n- Kết nạp mới 350 hội viên.",
            "cơ sở Hội các xã và cán bộ, hội viên trong huyện.",
        ),
        (  # a regulation's article
            "QUY CHẾ\nThi đua, khen thưởng của Công ty\n\nChương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. "
            "Phạm vi điều chỉnh\nQuy chế này quy định danh hiệu thi đua.\n\nĐiều 2. Đối tượng áp "
            "dụng\nNgười lao động làm việc theo hợp đồng từ 12 tháng trở lên; các phòng, ban "
            "trực thuộc Công ty.\n\nĐiều 3. Nguyên tắc\nCông khai, dân chủ.",
            "Người lao động làm việc theo hợp đồng từ 12 tháng trở lên; các phòng, ban trực "
            "thuộc Công ty.",
        ),
    ],
)
def test_participants_without_label_and_run_on(text, expected):
    found = _participants(text)
    assert found is not None
    assert found.text == expected


def test_participants_paragraph_of_several_sentences_kept_without_label():
    # a section's own paragraph (no label) is read whole, as before
    text = (
        PLAN + "II. ĐỐI TƯỢNG THI ĐUA\n\nCác sở, ban, ngành tỉnh. Các doanh nghiệp trên địa bàn "
        "tỉnh.\n\nIII. NỘI DUNG THI ĐUA\n\n1. Thi đua hoàn thành nhiệm vụ."
    )
    assert (
        _participants(text).text == "Các sở, ban, ngành tỉnh. Các doanh nghiệp trên địa bàn tỉnh."
    )


def test_participants_not_from_an_article_on_another_subject():
    text = (
        "QUY CHẾ\nThi đua, khen thưởng\n\nĐiều 1. Phạm vi điều chỉnh, đối tượng áp dụng của các "
        "quy định khác\nQuy chế này quy định danh hiệu thi đua.\n\nĐiều 2. Nguyên tắc\nCông khai."
    )
    assert _participants(text) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tham gia phong trào có các cơ quan, ban, ngành thị xã và UBND các xã, phường.",
            "các cơ quan, ban, ngành thị xã và UBND các xã, phường.",
        ),
        (
            "Tham gia đợt thi đua là các chi bộ trực thuộc cùng cán bộ, đảng viên trong Khối.",
            "các chi bộ trực thuộc cùng cán bộ, đảng viên trong Khối.",
        ),
    ],
)
def test_participants_of_a_press_article_who_takes_part(sentence, expected):
    found = _participants(NEWS.format(s=sentence))
    assert found is not None and found.text == expected


def test_participants_not_from_taking_part_inside_a_sentence():
    # "… được tham gia phong trào là …" inside a sentence says nothing of who competes
    text = NEWS.format(s="Các đơn vị đều mong muốn tham gia phong trào là điều đáng mừng.")
    assert _participants(text) is None
