"""Page forms of press and portal pages met in a third reading: a photo caption over the
headline, a site's name, a shared post's pictographs, a dateline with dashes, a short item."""

from __future__ import annotations

import pytest
from test_news_lead import _page

from extractors.parts import news_page

LEAD = (
    "(GLO) - Sáng 12.12, Công an tỉnh Gia Lai tổ chức lễ ra quân đợt thi đua cao điểm bảo "
    "đảm an ninh trật tự trước, trong và sau Tết Nguyên đán Ất Tỵ 2025.\n"
    "Kết thúc đợt thi đua, Giám đốc Công an tỉnh sẽ tặng Giấy khen cho không quá 20 tập thể và "
    "50 cá nhân có thành tích xuất sắc.\n"
)
HEADLINE = "Công an tỉnh Gia Lai ra quân đợt thi đua cao điểm bảo đảm an ninh trật tự dịp Tết"


@pytest.mark.parametrize(
    "top",
    [
        # a caption with its credit over the headline, a site's name above it
        "Báo Gia Lai điện tử\nTrang chủ » Thời sự » An ninh - Trật tự\n"
        "Đại tá Nguyễn Hữu Phước, Giám đốc Công an tỉnh phát động đợt thi đua cao điểm tại lễ "
        f"ra quân. Ảnh: Đức Thụy\n{HEADLINE}\nThứ Năm, 12-12-2024, 15:20",
        # a caption naming the officer first, without credit, right under the headline
        f"{HEADLINE}\nThứ Năm, 12/12/2024, 15:20\n"
        "Đại tá Nguyễn Hữu Phước, Giám đốc Công an tỉnh phát động đợt thi đua cao điểm",
        # a broadcaster's tag and name in capitals over the menu
        "GTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH GIA LAI\nThời sự | Chính trị | Xã hội | Video\n"
        f"{HEADLINE}\nCập nhật: 15:20, 12/12/2024",
    ],
)
def test_news_page_headline_not_a_caption_or_site(top: str) -> None:
    _, fields = _page(f"{top}\n{LEAD}")
    assert fields.title == HEADLINE


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Đại tá Nguyễn Hữu Phước phát biểu tại lễ ra quân. Ảnh: Đức Thụy", True),
        ("Lãnh đạo tỉnh trao cờ thi đua cho các đơn vị (Ảnh: T.C)", True),
        ("Báo Gia Lai điện tử", True),
        ("GTV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH GIA LAI", True),
        # a sentence speaking of an image is no caption; a lead with its tag is no site name
        ("Các đơn vị giữ gìn hình ảnh: sạch đẹp, văn minh nơi công sở trong đợt thi đua", False),
        ("BHG - Ngày 23.8, Công an tỉnh đã tổ chức lễ phát động phong trào thi đua", False),
        (HEADLINE, False),
    ],
)
def test_news_page_captions_and_site_names_are_furniture(line: str, furniture: bool) -> None:
    assert news_page.is_furniture(line) is furniture


def test_news_page_shared_post_with_pictographs() -> None:
    """A post reshared from a social network: pictographs around its lines, its headline in
    capitals, its lead without a full stop, hashtags and reactions under it."""
    doc, fields = _page(
        "Tuổi trẻ Lục Ngạn\n2 giờ · 🌏\n"
        "🔴 CỤM THI ĐUA SỐ 3 KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2025\n"
        "📅 Sáng 18/02/2025, tại Hội trường UBND huyện Lục Ngạn, Cụm thi đua số 3 gồm 4 huyện "
        "Lục Ngạn, Lục Nam, Sơn Động, Lạng Giang tổ chức Hội nghị ký kết giao ước thi đua năm "
        "2025 👏👏\n"
        "✅ Cuối năm, Cụm bình xét, suy tôn 01 huyện dẫn đầu đề nghị UBND tỉnh tặng Cờ thi đua.\n"
        "#CumThiDua3 #BacGiang #ThiDuaYeuNuoc\n👍 Thích   💬 Bình luận   ↗️ Chia sẻ\n"
    )
    assert fields.title == "CỤM THI ĐUA SỐ 3 KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2025"
    assert fields.issuer is not None
    assert (fields.issuer.name, fields.issuer.kind) == ("Cụm thi đua số 3 tỉnh Bắc Giang", "other")
    assert doc.text[fields.issuer.evidence.start : fields.issuer.evidence.end] == "Cụm thi đua số 3"


@pytest.mark.parametrize(
    ("dateline", "iso"),
    [
        ("Thứ Ba, 22-10-2024 / 4:12:07 Chiều", "2024-10-22"),
        ("22.10.2024 16:12", "2024-10-22"),
        ("Thứ Ba, 22/10/2024 | 16:12", "2024-10-22"),
        ("Lượt xem: 1.024", None),  # no dateline: the year is not guessed
    ],
)
def test_news_page_short_item_dated_from_its_dateline(dateline: str, iso: str | None) -> None:
    """A short portal item: its lead's date without a year takes the post's year."""
    _, fields = _page(
        "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN TAM ĐƯỜNG\nTin tức - Sự kiện\n"
        "Đẩy mạnh thi đua chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ XI\n"
        f"{dateline}\n"
        "Ngày 21-10, UBND tỉnh có văn bản số 3186/UBND-NC về việc đẩy mạnh phong trào thi đua "
        "yêu nước, lập thành tích chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ XI.\n"
        "Xem chi tiết văn bản tại đây\n"
    )
    assert fields.number == "3186/UBND-NC"
    assert fields.issue_date == ("2024-10-21" if iso else None)


@pytest.mark.parametrize(
    ("sentence", "movements"),
    [
        (  # a round named beside a movement is that movement's round
            "Đợt thi đua cao điểm “Vì bình yên buôn làng” gắn với phong trào “Toàn dân bảo vệ an "
            "ninh Tổ quốc” được triển khai đến hết tháng 2/2025.",
            ["Toàn dân bảo vệ an ninh Tổ quốc"],
        ),
        (  # a round named alone is the movement the page launches
            "Đợt thi đua cao điểm “Vì bình yên buôn làng” được triển khai trong toàn lực lượng "
            "đến hết tháng 2/2025.",
            ["Vì bình yên buôn làng"],
        ),
    ],
)
def test_news_page_round_beside_a_movement(sentence: str, movements: list[str]) -> None:
    _, fields = _page(f"{HEADLINE}\nThứ Năm, 12/12/2024, 15:20\n{LEAD}{sentence}\n")
    assert fields.movement_names == movements


def test_news_page_dateline_written_out() -> None:
    """A dateline written out ("Cập nhật ngày 22 tháng 10 năm 2024") dates a yearless lead."""
    _, fields = _page(
        "Đẩy mạnh thi đua chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ XI\n"
        "Cập nhật ngày 22 tháng 10 năm 2024\n"
        "Ngày 21-10, UBND tỉnh có văn bản số 3186/UBND-NC về việc đẩy mạnh phong trào thi đua "
        "yêu nước, lập thành tích chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ XI.\n"
    )
    assert fields.issue_date == "2024-10-21"


@pytest.mark.parametrize(
    ("opening", "iso"),
    [
        ("Hôm qua 21.10", "2024-10-21"),
        ("Chiều qua (21/10)", "2024-10-21"),
        ("Sáng nay 22/10", "2024-10-22"),
        ("Trong tuần qua", None),  # no date opens the sentence: none is guessed
    ],
)
def test_news_page_lead_dates_yesterday_and_today(opening: str, iso: str | None) -> None:
    _, fields = _page(
        "Đẩy mạnh thi đua chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ XI\n"
        "Thứ Ba, 22/10/2024 | 16:12\n"
        f"{opening}, UBND tỉnh có văn bản số 3186/UBND-NC về việc đẩy mạnh phong trào thi đua "
        "yêu nước, lập thành tích chào mừng Đại hội Thi đua yêu nước toàn quốc lần thứ XI.\n"
    )
    assert fields.number == "3186/UBND-NC"
    assert fields.issue_date == iso
