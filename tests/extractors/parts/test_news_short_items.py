"""Very short press and portal items (one or two sentences) of the genre: accepted by the
genre gate when they report its own events, read for the document they open with; reviews
whose totals are past awards; sports and festival items stay refused."""

from __future__ import annotations

import pytest

from extractors.runner import run_extractors
from extractors.segment.genre import judge
from extractors.segment.structure import parse
from extractors.text.repair import repair


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        (  # an award decision reported in one sentence, two of the genre's words
            "Tặng Bằng khen cho 25 tập thể và cá nhân\n12/02/2025 08:10\nUBND tỉnh vừa ban hành "
            "quyết định tặng Bằng khen của Chủ tịch UBND tỉnh cho 13 tập thể và 12 cá nhân có "
            "thành tích trong công tác năm 2024.",
            True,
        ),
        (  # a cluster's review meeting
            "Cụm thi đua các tỉnh miền núi sơ kết 6 tháng\n(29/07/2024)\nNgày 29/7, Cụm thi đua "
            "các tỉnh miền núi tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai "
            "nhiệm vụ 6 tháng cuối năm 2024.",
            True,
        ),
        (  # a sports item: "thi đua giành chiến thắng", flowers and an on-the-spot reward
            "Đội tuyển bóng đá tỉnh thi đấu giao hữu\n(12/03/2025)\nChiều 12/3, đội tuyển bóng đá "
            "tỉnh thi đấu giao hữu với đội bạn; các cầu thủ quyết tâm thi đua giành chiến thắng, "
            "được Giám đốc Sở tặng hoa và khen thưởng nóng.",
            False,
        ),
        (  # a festival launched, with a photo contest and its prizes
            "Phát động Lễ hội hoa ban 2025\n(02/03/2025)\nNgày 1/3, UBND thành phố phát động Lễ "
            "hội hoa ban năm 2025 và cuộc thi ảnh đẹp, thu hút hơn 300 tác phẩm tham gia, nhiều "
            "giải thưởng hấp dẫn.",
            False,
        ),
    ],
)
def test_news_short_item_genre(text: str, accepted: bool) -> None:
    assert judge(text).accepted is accepted


def _record(text: str) -> dict:
    doc = parse(repair(text).text)
    assert doc.is_news
    record, _ = run_extractors(doc)
    return record


def test_news_short_item_opening_with_its_decision() -> None:
    """A portal's one-sentence item opening with the decision it reports: its number and
    issuer, the issuer's name cut before what the decision does."""
    record = _record(
        "Quyết định số 163/QĐ-UBND của Chủ tịch UBND tỉnh Lạng Sơn tặng Bằng khen cho 32 tập "
        "thể, vì đã có thành tích xuất sắc năm 2024.\n(20/01/2025)\n"
    )
    document = record["document"]
    assert document["number"] == "163/QĐ-UBND"
    assert document["issue_date"] is None  # the post's date is not the decision's
    assert (document["issuer"]["name"], document["issuer"]["kind"]) == (
        "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        "chu_tich_ubnd",
    )


def test_news_short_item_cited_mid_article_is_not_reported() -> None:
    """A decision cited after the article's first words is not the one it opens with."""
    record = _record(
        "Huyện Văn Lãng tổng kết phong trào thi đua năm 2024\n(20/01/2025)\n"
        "Ngày 18/1, UBND huyện Văn Lãng tổ chức hội nghị tổng kết phong trào thi đua năm 2024; "
        "theo đánh giá tại hội nghị, Quyết định số 163/QĐ-UBND của Chủ tịch UBND tỉnh đã được "
        "triển khai kịp thời.\n"
    )
    assert record["document"]["number"] is None


def test_news_review_past_totals_are_not_quotas() -> None:
    """A review's totals of the year and the awards of the day are no quotas, nor forms;
    next year's proposal is."""
    record = _record(
        "Huyện Trần Văn Thời tổng kết phong trào thi đua yêu nước năm 2023\n(16/01/2024)\n"
        "Sáng ngày 15/01/2024, UBND huyện Trần Văn Thời tổ chức Hội nghị tổng kết phong trào "
        "thi đua yêu nước năm 2023, triển khai nhiệm vụ năm 2024.\n"
        "Năm 2023, toàn huyện có 1.126 tập thể và 3.480 cá nhân đăng ký thi đua; Chủ tịch UBND "
        "huyện đã tặng Giấy khen cho 86 tập thể và 214 cá nhân.\n"
        "Dịp này, Chủ tịch UBND huyện tặng Giấy khen cho 18 tập thể và 35 cá nhân có thành tích "
        "xuất sắc trong phong trào thi đua năm 2023.\n"
    )
    assert record["quotas"] == []
    assert [f["form"] for f in record["award_forms"]] == []


@pytest.mark.parametrize(
    ("sentence", "forms", "quotas"),
    [
        (  # the recipients of a reported award decision: conferred; its award stays its form
            "UBND tỉnh vừa ban hành quyết định tặng Bằng khen của Chủ tịch UBND tỉnh cho 13 tập "
            "thể và 12 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2024.",
            ["bang_khen_tinh"],
            0,
        ),
        (  # the proposals a council's meeting passes
            "Hội đồng Thi đua - Khen thưởng tỉnh thống nhất thông qua đề nghị tặng Cờ thi đua "
            "của UBND tỉnh cho 57 đơn vị dẫn đầu các cụm, khối thi đua.",
            [],
            0,
        ),
        (  # an offer for the end of the year stays a quota
            "Cuối năm, UBND tỉnh tặng Cờ thi đua của UBND tỉnh cho không quá 05 đơn vị dẫn đầu "
            "phong trào thi đua năm 2025.",
            ["co_thi_dua_tinh"],
            1,
        ),
    ],
)
def test_news_conferred_and_passed_awards_are_no_quotas(
    sentence: str, forms: list[str], quotas: int
) -> None:
    record = _record(
        "Lạng Sơn: khen thưởng trong phong trào thi đua năm 2025\n12/02/2025 08:10\n"
        f"{sentence}\nCác cơ quan, đơn vị tiếp tục đẩy mạnh phong trào thi đua trong năm 2025.\n"
    )
    assert [f["form"] for f in record["award_forms"]] == forms
    assert len(record["quotas"]) == quotas
