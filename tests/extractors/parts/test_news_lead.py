"""The body acting in a press lead, the headline among portal chrome, themes and plans
implemented mid-article: press pages as portals and provincial papers print them."""

from __future__ import annotations

import pytest

from extractors.parts import header, news, news_lead, news_page
from extractors.segment.structure import parse
from extractors.text.repair import repair

TAIL = (
    "\n\nCác cơ quan, đơn vị tập trung thi đua hoàn thành các chỉ tiêu được giao, gắn với "
    "nhiệm vụ chính trị của từng đơn vị trong năm.\n\nMINH AN\n"
)


def _page(text: str):
    doc = parse(repair(text + TAIL).text)
    assert doc.is_news
    fields = header.extract(doc)
    news.complete(fields, doc)
    for item in fields.field_evidence:
        assert doc.text[item.evidence.start : item.evidence.end] == item.evidence.quote
    return doc, fields


# --- the acting body of the lead ------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "name", "kind"),
    [
        (  # lower-case "cơ quan" before the body, an acronym in brackets
            "Sáng 11/3, cơ quan Bộ Chỉ huy Quân sự (CHQS) tỉnh Gia Lai tổ chức Lễ phát động "
            "đợt thi đua cao điểm chào mừng kỷ niệm Ngày thành lập Quân đội nhân dân.",
            "Bộ Chỉ huy Quân sự tỉnh Gia Lai",
            "so_nganh",
        ),
        (  # a source tag, the union's acronym, the province added
            "(BPT) - Sáng 15/3, Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức lễ phát động phong "
            "trào thi đua chào mừng Đại hội đại biểu Phụ nữ tỉnh nhiệm kỳ 2021 - 2026.",
            "Hội Liên hiệp Phụ nữ tỉnh Phú Thọ",
            "mass_org",
        ),
        (  # the date without a comma, the district the commune lies in cut off
            "Sáng ngày 27/12/2023 UBND xã Tân Lập, huyện Lục Yên đã tổ chức hội nghị tổng kết "
            "công tác thi đua, khen thưởng năm 2023 và phát động phong trào thi đua năm 2024.",
            "Ủy ban nhân dân xã Tân Lập",
            "ubnd",
        ),
        (  # "vừa có Kế hoạch" without a number
            "Sở Tư pháp tỉnh Phú Thọ vừa có Kế hoạch phát động phong trào thi đua yêu nước năm "
            "2025 trong công chức, viên chức và người lao động của Sở.",
            "Sở Tư pháp tỉnh Phú Thọ",
            "so_nganh",
        ),
        (  # the place of the event first, the members of the block after its name
            "Chiều 23/2, tại Sở Xây dựng, Khối thi đua các sở, ngành kinh tế gồm 6 đơn vị (Sở "
            "Xây dựng, Sở Công Thương, Sở Tài chính) tổ chức hội nghị ký kết giao ước thi đua.",
            "Khối thi đua các sở, ngành kinh tế tỉnh Phú Thọ",
            "other",
        ),
        (  # the body's role after a dash is no part of its name
            "Chiều 01/3, Sở Khoa học và Công nghệ - Khối trưởng Khối thi đua số 6 tổ chức Hội "
            "nghị tổng kết hoạt động phong trào thi đua toàn Khối năm 2023.",
            "Sở Khoa học và Công nghệ tỉnh Phú Thọ",
            "so_nganh",
        ),
        (  # the event told after the central guidance it implements, in a later sentence
            "Thực hiện Hướng dẫn số 1723/HD-TLĐ ngày 12/11/2019 của Đoàn Chủ tịch Tổng Liên "
            "đoàn Lao động Việt Nam về hoạt động khối thi đua; Quy chế hoạt động của Khối năm "
            "2024. Được sự đồng ý của Thường trực Liên "
            "đoàn Lao động tỉnh, sáng ngày 14/02/2024, Khối thi đua Liên đoàn Lao động các huyện "
            "do Liên đoàn Lao động huyện Thanh Ba làm Trưởng Khối tổ chức Hội nghị ký giao ước.",
            "Khối thi đua Liên đoàn Lao động các huyện",
            "other",
        ),
        (  # the press's day and month without a comma, then the body
            "Ngày 10-7 Sở Nội vụ tổ chức Hội nghị điển hình tiên tiến giai đoạn 2020 - 2025 trong "
            "toàn ngành nhằm tôn vinh các tập thể, cá nhân tiêu biểu.",
            "Sở Nội vụ tỉnh Phú Thọ",
            "so_nganh",
        ),
        (  # "họp sơ kết": a block meets
            "Chiều ngày 23/01/2024, Khối thi đua số 2 họp sơ kết giao ước thi đua năm 2023 và bàn "
            "phương hướng nhiệm vụ năm 2024 của các đơn vị thành viên.",
            "Khối thi đua số 2 tỉnh Phú Thọ",
            "other",
        ),
        (  # the police of the province, after a source tag and a date
            "(CAPT) - Ngày 16/7, Công an tỉnh Phú Thọ tổ chức hội nghị sơ kết 6 tháng đầu năm "
            "phong trào thi đua vì an ninh Tổ quốc trong toàn lực lượng.",
            "Công an tỉnh Phú Thọ",
            "so_nganh",
        ),
    ],
)
def test_news_lead_acting_body_is_the_issuer(lead: str, name: str, kind: str) -> None:
    text = (
        "Phú Thọ: Phát động thi đua năm 2024 trong các cơ quan, đơn vị\n"
        f"Thứ Ba, 12/03/2024, 09:12\n{lead}"
    )
    doc, fields = _page(text)
    assert fields.issuer is not None
    assert (fields.issuer.name, fields.issuer.kind) == (name, kind)
    ev = fields.issuer.evidence
    assert ev is not None and ev.rule == news_lead.RULE_ACTING
    assert doc.text[ev.start : ev.end] == ev.quote


@pytest.mark.parametrize(
    "lead",
    [
        # a person, not a body, opens the event
        "Sáng 15/12, Giám đốc Công an tỉnh chính thức phát lệnh cho lực lượng toàn tỉnh ra "
        "quân thực hiện đợt cao điểm bảo đảm an ninh trật tự.",
        # no event verb in the lead
        "Năm 2023, phong trào thi đua trên địa bàn tỉnh tiếp tục được triển khai sâu rộng, "
        "nhiều tập thể, cá nhân có thành tích xuất sắc.",
        # the verb's subject is no body ("đoàn viên" in lower case)
        "Sáng 1-3, hơn 1.200 đoàn viên, thanh niên ra quân hưởng ứng Tháng Thanh niên tại "
        "quảng trường trung tâm thành phố.",
    ],
)
def test_news_lead_no_acting_body(lead: str) -> None:
    doc = parse(repair(f"Tin địa phương nổi bật trong tuần qua\n\n{lead}{TAIL}").text)
    assert news_lead.acting_body(doc, None) is None


def test_news_lead_reported_document_keeps_its_issuer() -> None:
    """A plan the lead implements names the issuer; the acting body does not replace it."""
    _, fields = _page(
        "Khối thi đua LĐLĐ các huyện ký kết giao ước thi đua năm 2024\nThứ hai, 19/02/2024\n"
        "Thực hiện Kế hoạch số 12/KH-LĐLĐ ngày 10/01/2024 của Ban Thường vụ Liên đoàn Lao động "
        "tỉnh Phú Thọ, sáng ngày 16/02/2024, Khối thi đua Liên đoàn Lao động các huyện tổ chức "
        "Hội nghị ký kết giao ước thi đua năm 2024."
    )
    assert fields.number == "12/KH-LĐLĐ"
    assert fields.issuer is not None
    assert fields.issuer.name == "Ban Thường vụ Liên đoàn Lao động tỉnh Phú Thọ"


# --- a plan implemented mid-article ----------------------------------------------------------

_EVENT = (
    "Ban CHQS huyện Tam Nông ra quân huấn luyện năm 2024\n(09/04/2024)\n"
    "Sáng 8/4, Ban Chỉ huy Quân sự huyện Tam Nông tổ chức lễ ra quân huấn luyện năm 2024 cho "
    "lực lượng dân quân tự vệ trên địa bàn huyện.\n\n"
    "Năm 2023, lực lượng vũ trang huyện hoàn thành toàn bộ chỉ tiêu huấn luyện, an toàn tuyệt "
    "đối về người và vũ khí trang bị.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "number", "issuer"),
    [
        (
            "Thực hiện Kế hoạch số 1150/KH-UBND ngày 20/3/2024 của UBND huyện Tam Nông về phong "
            "trào thi đua năm 2024, các xã đăng ký danh hiệu thi đua và huấn luyện sát thực tế.",
            "1150/KH-UBND",
            "Ủy ban nhân dân huyện Tam Nông",
        ),
        (  # a central directive is never the reported document: the acting body stays
            "Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư, các xã đăng ký danh "
            "hiệu thi đua và tổ chức huấn luyện sát thực tế chiến đấu.",
            None,
            "Ban Chỉ huy Quân sự huyện Tam Nông",
        ),
        (  # the unions' central guidance, its number cut short: its issuer says it is central
            "Thực hiện Hướng dẫn số 1723/HD ngày 12/11/2019 của Đoàn Chủ tịch Tổng Liên đoàn "
            "Lao động Việt Nam, các xã đăng ký danh hiệu thi đua và huấn luyện sát thực tế.",
            None,
            "Ban Chỉ huy Quân sự huyện Tam Nông",
        ),
        (  # a plan cited mid-sentence, not implemented by it: not reported
            "Các xã đăng ký danh hiệu thi đua theo hướng dẫn, đối chiếu với Kế hoạch số "
            "1150/KH-UBND ngày 20/3/2024 của UBND huyện Tam Nông.",
            None,
            "Ban Chỉ huy Quân sự huyện Tam Nông",
        ),
    ],
)
def test_news_plan_implemented_mid_article(sentence: str, number: str | None, issuer: str) -> None:
    _, fields = _page(_EVENT + sentence)
    assert fields.number == number
    assert fields.issuer is not None and fields.issuer.name == issuer


# --- the headline among portal chrome ---------------------------------------------------------


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        (  # bullets of a breadcrumb over the headline
            "• Trang chủ\n• Tin tức - Sự kiện\n• Hoạt động của xã\n"
            "Xã Tân Lập tổng kết công tác thi đua, khen thưởng năm 2023\n28/12/2023",
            "Xã Tân Lập tổng kết công tác thi đua, khen thưởng năm 2023",
        ),
        (  # a follow prompt and font-size buttons over the headline
            "XÃ HỘI\nA+ A- In bài\nTheo dõi Báo Phú Thọ điện tử trên\n"
            "Phụ nữ Phú Thọ thi đua lập thành tích chào mừng Đại hội\nThứ Ba, 16/03/2021, 09:12",
            "Phụ nữ Phú Thọ thi đua lập thành tích chào mừng Đại hội",
        ),
        (  # a portal's block name in capitals, a section label, the dated headline
            "SỞ TƯ PHÁP TỈNH PHÚ THỌ\nTheo dõi chúng tôi trên: Facebook | Zalo\nTin hoạt động\n"
            "Sở Tư pháp phát động phong trào thi đua năm 2024\nNgày đăng: 14/02/2024",
            "Sở Tư pháp phát động phong trào thi đua năm 2024",
        ),
        (  # a masthead's date run into the headline
            " date 2024-03-12 Bộ CHQS tỉnh phát động đợt thi đua cao điểm năm 2024",
            "Bộ CHQS tỉnh phát động đợt thi đua cao điểm năm 2024",
        ),
        (  # the headline printed twice, the post's date between
            "UBND XÃ TÂN LẬP TỔNG KẾT THI ĐUA NĂM 2023\n28/12/2023\n"
            "UBND XÃ TÂN LẬP TỔNG KẾT THI ĐUA NĂM 2023",
            "UBND XÃ TÂN LẬP TỔNG KẾT THI ĐUA NĂM 2023",
        ),
        (  # a headline in capitals ending with a full stop is still a heading
            "UBND XÃ TÂN LẬP TỔ CHỨC HỘI NGHỊ TỔNG KẾT PHONG TRÀO THI ĐUA NGƯỜI TỐT, VIỆC TỐT "
            "NĂM 2023.\n28/08/2023",
            "UBND XÃ TÂN LẬP TỔ CHỨC HỘI NGHỊ TỔNG KẾT PHONG TRÀO THI ĐUA NGƯỜI TỐT, VIỆC TỐT "
            "NĂM 2023.",
        ),
        (  # listen button, bracketed date under the headline
            "Nghe đọc bài viết\nA- A A+\nBan CHQS huyện ra quân huấn luyện năm 2024\n(09/04/2024)",
            "Ban CHQS huyện ra quân huấn luyện năm 2024",
        ),
    ],
)
def test_news_headline_among_portal_chrome(top: str, expected: str) -> None:
    lead = (
        "Ngày 12/3, các cơ quan, đơn vị trong tỉnh tổ chức phát động phong trào thi đua "
        "năm 2024 với nhiều nội dung thiết thực."
    )
    _, fields = _page(f"{top}\n{lead}")
    assert fields.title == expected


@pytest.mark.parametrize(
    "line",
    [
        "Theo dõi Báo Phú Thọ điện tử trên",
        "Theo dõi chúng tôi trên: Facebook | Zalo",
        "• Tin tức - Sự kiện",
        "Nghe đọc bài viết",
        "A+ A- In bài",
    ],
)
def test_news_chrome_lines_are_furniture(line: str) -> None:
    assert news_page.is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Theo dõi sát diễn biến, các xã chủ động phòng chống thiên tai",
        "Huyện đoàn Phù Ninh ra quân Tháng Thanh niên năm 2024",
    ],
)
def test_news_headlines_are_not_furniture(line: str) -> None:
    assert not news_page.is_furniture(line)


# --- themes beside a named movement --------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "movements"),
    [
        (  # a movement named: its slogan is no second movement
            "Sáng 15/3, Hội LHPN tỉnh tổ chức lễ phát động phong trào thi đua “Phụ nữ Phú Thọ "
            "đoàn kết, sáng tạo” với khẩu hiệu “Chủ động - Đổi mới - Hiệu quả”.",
            ["Phụ nữ Phú Thọ đoàn kết, sáng tạo"],
        ),
        (  # a round named in quotes, the month's theme beside it
            "Sáng 2/3, Huyện đoàn Phù Ninh phát động đợt thi đua “Tuổi trẻ Phù Ninh xung kích "
            "xây dựng nông thôn mới”. Tháng Thanh niên có chủ đề “Thanh niên tiên phong chuyển "
            "đổi số”.",
            ["Tuổi trẻ Phù Ninh xung kích xây dựng nông thôn mới"],
        ),
        (  # a round's slogan after "với khẩu hiệu" beside a named movement
            "Ngày 16/7, Công an tỉnh sơ kết phong trào “Toàn dân bảo vệ an ninh Tổ quốc” và phát "
            "động đợt thi đua cao điểm với khẩu hiệu “Vì bình yên thôn xóm”.",
            ["Toàn dân bảo vệ an ninh Tổ quốc"],
        ),
        (  # a standing movement capitalised with its "Thi đua": the theme beside it is none
            "Ngày 18/01, Bộ CHQS tỉnh tổ chức phát động Phong trào Thi đua Quyết thắng năm 2024 "
            "với chủ đề: “Đoàn kết, kỷ cương, chủ động, sáng tạo, quyết thắng”.",
            ["Thi đua Quyết thắng"],
        ),
        (  # "thi đua yêu nước" in lower case names no movement: the theme does
            "Ngày 18/01, Sở Y tế phát động phong trào Thi đua yêu nước năm 2024 với chủ đề: "
            "“Thầy thuốc Phú Thọ tận tâm, sáng tạo”.",
            ["Thầy thuốc Phú Thọ tận tâm, sáng tạo"],
        ),
        (  # no movement named: the theme names it ("chủ đề thi đua")
            "Sở Tư pháp tỉnh vừa có Kế hoạch phát động phong trào thi đua năm 2025, với chủ đề "
            "thi đua “Kỷ cương, trách nhiệm, đổi mới, hiệu quả”.",
            ["Kỷ cương, trách nhiệm, đổi mới, hiệu quả"],
        ),
    ],
)
def test_news_theme_only_without_a_named_movement(lead: str, movements: list[str]) -> None:
    _, fields = _page(f"Phú Thọ phát động thi đua trong các cơ quan năm 2024\n(12/03/2024)\n{lead}")
    assert fields.movement_names == movements
