"""Movement names of documents: title, preamble, and the body's running text."""

from __future__ import annotations

import pytest

from extractors.parts import movements
from extractors.segment.structure import parse
from extractors.text.repair import repair

HEADER = "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nSố: 12/CT-UBND\n\nKon Tum, ngày 04 tháng 3 năm 2025\n\n"


def _names(type_word: str, title: str, body: str) -> list[str]:
    doc = parse(repair(f"{HEADER}{type_word}\n{title}\n\n{body}\n").text)
    found = movements.of_document(doc)
    for _, ev in found:
        assert doc.text[ev.start : ev.end] == ev.quote
    return [name for name, _ in found]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a chỉ thị: the movements it tells everyone to carry on, chained after a colon
            "1. Các sở, ngành tiếp tục đẩy mạnh phong trào thi đua “Kon Tum chung sức xây dựng"
            " nông thôn mới”, gắn với các phong trào thi đua do Thủ tướng Chính phủ phát động:"
            " “Cả nước chung tay vì người nghèo”, “Doanh nghiệp Việt Nam hội nhập và phát triển”.",
            [
                "Kon Tum chung sức xây dựng nông thôn mới",
                "Cả nước chung tay vì người nghèo",
                "Doanh nghiệp Việt Nam hội nhập và phát triển",
            ],
        ),
        (  # "hưởng ứng phong trào …", names joined by ";" and "và"
            "2. Hưởng ứng phong trào thi đua “Xóa nhà tạm, nhà dột nát”; “Dân vận khéo” và"
            " “Cán bộ, công chức thi đua thực hiện văn hóa công sở”.",
            [
                "Xóa nhà tạm, nhà dột nát",
                "Dân vận khéo",
                "Cán bộ, công chức thi đua thực hiện văn hóa công sở",
            ],
        ),
        (  # a name without quotes, capitalised, ended by "trong"
            "1. Đẩy mạnh phong trào thi đua Kon Tum đoàn kết, năng động, phát triển trong các"
            " cơ quan, đơn vị.",
            ["Kon Tum đoàn kết, năng động, phát triển"],
        ),
        (  # … or after "phong trào" alone
            "1. Các trường triển khai phong trào Dạy tốt - Học tốt gắn với nội dung đổi mới"
            " phương pháp.",
            ["Dạy tốt - Học tốt"],
        ),
    ],
)
def test_movements_named_in_the_body_of_a_directive(body: str, expected: list[str]) -> None:
    assert _names("CHỈ THỊ", "Về đẩy mạnh phong trào thi đua yêu nước năm 2025", body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # a campaign, a year's theme, a slogan: no movement
        "1. Thực hiện tốt cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa”.",
        "2. Thi đua thực hiện chủ đề năm 2025 “Kỷ cương, trách nhiệm, hành động, hiệu quả”.",
        "3. Phong trào thi đua năm 2025 với chủ đề “Đoàn kết, đổi mới, sáng tạo”.",
        "4. Phong trào thi đua hưởng ứng cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.",
        "5. Đề nghị tặng Kỷ niệm chương “Vì sự nghiệp thi đua - khen thưởng” cho cá nhân.",
        # no name: the launching body, or lower-case words
        "6. Các phong trào thi đua Trung ương phát động được triển khai sâu rộng.",
        "7. Đẩy mạnh phong trào thi đua yêu nước trong toàn tỉnh.",
        "8. Phát triển phong trào Đoàn và phong trào thanh thiếu nhi ở cơ sở.",
    ],
)
def test_movements_not_read_from_themes_campaigns_or_launchers(body: str) -> None:
    assert _names("CHỈ THỊ", "Về công tác thi đua năm 2025", body) == []


def test_movements_of_the_title_come_before_those_of_the_body() -> None:
    body = (
        "Thực hiện Kế hoạch số 20/KH-BCA ngày 02/01/2025 của Bộ Công an về phong trào thi đua"
        " “Vì an ninh Tổ quốc”, Công an tỉnh xây dựng Kế hoạch như sau:\n\n"
        "I. NỘI DUNG\n1. Gắn với phong trào “Toàn dân bảo vệ an ninh Tổ quốc”."
    )
    title = "Phát động đợt thi đua cao điểm “100 ngày đêm giữ bình yên thôn làng” năm 2025"
    assert _names("KẾ HOẠCH", title, body) == ["100 ngày đêm giữ bình yên thôn làng"]


def test_movements_of_the_preamble_when_the_title_names_none() -> None:
    body = (
        "Thực hiện Kế hoạch số 20/KH-UBND ngày 02/01/2025 của UBND tỉnh về tổ chức phong trào"
        " thi đua “Kon Tum chung tay vì người nghèo”, UBND huyện xây dựng Kế hoạch như sau:\n\n"
        "I. NỘI DUNG\n1. Tiếp tục phong trào thi đua “Dân vận khéo”."
    )
    assert _names("KẾ HOẠCH", "Thi đua năm 2025", body) == ["Kon Tum chung tay vì người nghèo"]


def test_movement_rules_load_and_name_their_words() -> None:
    rules = movements.load_rules()
    assert rules.not_between.search("năm 2025 với chủ đề")
    assert not rules.not_between.search("đặc biệt")
    assert rules.unquoted_min_words >= 2


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (  # a named round is the movement; the campaigns the text names as such are none
            "Sáng 8/3, Ủy ban MTTQ Việt Nam huyện Lệ Thủy tổ chức lễ phát động đợt thi đua cao"
            " điểm “Đoàn kết, đổi mới, hướng về cơ sở” chào mừng Đại hội.\n\nCác xã gắn đợt thi"
            " đua với Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”"
            " và Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”.",
            ["Đoàn kết, đổi mới, hướng về cơ sở"],
        ),
        (  # "hưởng ứng cuộc vận động “…”": a campaign, even after the round's verb
            "Ngày 12/3, Hội LHPN tỉnh phát động hưởng ứng cuộc vận động “Xây dựng gia đình 5"
            " không, 3 sạch” trong hội viên.",
            [],
        ),
        (  # the same words not named a campaign stay a movement: "hưởng ứng “…”"
            "Ngày 12/3, Hội LHPN tỉnh phát động hội viên hưởng ứng “Xây dựng gia đình 5 không, 3"
            " sạch” trong toàn tỉnh.",
            ["Xây dựng gia đình 5 không, 3 sạch"],
        ),
    ],
)
def test_movements_of_a_press_article_leave_out_campaigns(lead: str, expected: list[str]) -> None:
    from extractors.parts import header

    doc = parse(
        repair(f"Mặt trận phát động đợt thi đua\n10/03/2025 09:15\n\n{lead}\n\nThu Hà\n").text
    )
    assert doc.is_news
    assert [name for name, _ in header.movement_names(doc)] == expected


@pytest.mark.parametrize(
    ("words", "other"),
    [("hưởng ứng Cuộc vận động ", True), ("với chủ đề ", True), ("cao điểm 100 ngày đêm ", False)],
)
def test_movements_names_other(words: str, other: bool) -> None:
    assert movements.names_other(words) is other
