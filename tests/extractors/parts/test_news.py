"""A press article's reported document: number, date and signer, each grounded."""

from __future__ import annotations

import pytest

from extractors.parts import header, news, news_page
from extractors.segment.structure import parse
from extractors.text.repair import repair

HEADLINE = 'Phát động phong trào thi đua "Chung sức xây dựng nông thôn mới"\n\n'
TAIL = (
    "\n\nPhong trào được triển khai sâu rộng trong các sở, ban, ngành, đoàn thể và các "
    "địa phương trên địa bàn tỉnh, gắn với nhiệm vụ phát triển kinh tế - xã hội.\n\nPV"
)


def _reported(body: str) -> tuple[news.Reported, str]:
    doc = parse(repair(HEADLINE + body + TAIL).text)
    assert doc.is_news
    found = news.extract(doc)
    for item in (found.number, found.issue_date):
        if item is not None:
            ev = item[1]
            assert doc.text[ev.start : ev.end] == ev.quote
    if found.signer is not None and found.signer.evidence is not None:
        ev = found.signer.evidence
        assert doc.text[ev.start : ev.end] == ev.quote
    return found, doc.text


@pytest.mark.parametrize(
    ("body", "number", "date", "date_quote"),
    [
        (
            "Ngày 16/5/2022, Ủy ban nhân dân tỉnh Hà Nam ban hành Kế hoạch số 86/KH-UBND tổ "
            "chức phong trào thi đua, nhằm thực hiện Quyết định số 1689/QĐ-TTg ngày 11/10/2021 "
            "của Thủ tướng Chính phủ.",
            "86/KH-UBND",
            "2022-05-16",
            "16/5/2022",
        ),
        (
            "(Baohanam.vn) - Ngày 03 tháng 4 năm 2024, UBND tỉnh vừa ban hành Kế hoạch số "
            "112/KH-UBND về phong trào thi đua.",
            "112/KH-UBND",
            "2024-04-03",
            "03 tháng 4 năm 2024",
        ),
        (
            "HN - UBND tỉnh đã ký ban hành Quyết định số 905/QĐ-UBND ngày 06/3/2024 phát động "
            "phong trào thi đua.",
            "905/QĐ-UBND",
            "2024-03-06",
            "Quyết định số 905/QĐ-UBND ngày 06/3/2024",
        ),
    ],
)
def test_news_extract_reads_the_reported_document(
    body: str, number: str, date: str, date_quote: str
) -> None:
    found, _ = _reported(body)
    assert found.number is not None and found.number[0] == number
    assert found.issue_date is not None and found.issue_date[0] == date
    assert found.issue_date[1].quote == date_quote


@pytest.mark.parametrize(
    "body",
    [
        # a central directive the local event implements is not the reported document
        "Thực hiện Quyết định số 1689/QĐ-TTg ngày 11/10/2021 của Thủ tướng Chính phủ, các "
        "địa phương đẩy mạnh phong trào thi đua.",
        "Quán triệt Chỉ thị số 34-CT/TW của Bộ Chính trị, các đơn vị ký kết giao ước thi đua.",
        # a document cited after the lead, in the article's third paragraph
        "Sáng 12/3, các đơn vị trong Khối ký kết giao ước thi đua năm 2024 tại hội trường "
        "Sở Tư pháp.\n\nCác đơn vị thống nhất nhiều nội dung thi đua cụ thể, gắn với nhiệm vụ "
        "chính trị của từng cơ quan trong năm.\n\nCác nội dung được xây dựng trên cơ sở Kế "
        "hoạch số 86/KH-UBND của Ủy ban nhân dân tỉnh về công tác thi đua năm 2024.",
    ],
)
def test_news_extract_no_reported_document_without_an_issuing_verb(body: str) -> None:
    found, _ = _reported(body)
    assert found.number is None and found.issue_date is None


@pytest.mark.parametrize(
    ("body", "number", "date"),
    [
        (  # an article on an event: "Theo <document>" opening a sentence
            "Sáng 05/9, Công an tỉnh tổ chức lễ phát động đợt thi đua. Theo Kế hoạch số "
            "77/KH-CAT-PV01 ngày 02/9/2019 của Công an tỉnh, đợt thi đua kéo dài 100 ngày.",
            "77/KH-CAT-PV01",
            "2019-09-02",
        ),
        (  # a launch that "triển khai" its own plan
            "Chiều 15/4, Sở Y tế tổ chức lễ phát động phong trào thi đua năm 2021, triển khai "
            "Kế hoạch số 41/KH-SYT ngày 12/4/2021 của Sở Y tế.",
            "41/KH-SYT",
            "2021-04-12",
        ),
        (  # what the event of the lead implements: "…, triển khai Kế hoạch số … của …"
            "Chiều ngày 15/12, Cụm thi đua các huyện phía Nam tổ chức hội nghị tổng kết năm "
            "2022, triển khai Kế hoạch số 186/KH-UBND ngày 30/11/2022 của UBND tỉnh.",
            "186/KH-UBND",
            "2022-11-30",
        ),
        (  # "theo" inside the lead's sentence
            "Phong trào được tổ chức theo Kế hoạch số 86/KH-UBND ngày 03/3/2021 trong toàn tỉnh.",
            "86/KH-UBND",
            "2021-03-03",
        ),
        (  # the article's source named in a closing note
            "Liên đoàn Lao động tỉnh vừa có kế hoạch phát động phong trào thi đua năm 2023 "
            "trong công nhân, viên chức, lao động toàn tỉnh.\n\n(Nguồn: Kế hoạch số "
            "46/KH-LĐLĐ ngày 05/4/2023 của Ban Thường vụ LĐLĐ tỉnh)",
            "46/KH-LĐLĐ",
            "2023-04-05",
        ),
        (  # the date opening the clause of the issuing verb, after a "Thực hiện …" clause
            "Thực hiện Kế hoạch số 74/KH-UBND ngày 12/3/2024 của UBND tỉnh về phong trào thi "
            "đua năm 2024, ngày 20/3/2024, Sở Nội vụ ban hành Công văn số 512/SNV-TĐKT hướng "
            "dẫn các cơ quan, đơn vị triển khai.",
            "512/SNV-TĐKT",
            "2024-03-20",
        ),
        (  # "có văn bản số …"
            "Ngày 24-10-2024, UBND tỉnh có văn bản số 4912/UBND-NC về việc đẩy mạnh phong "
            "trào thi đua chào mừng đại hội đảng bộ các cấp.",
            "4912/UBND-NC",
            "2024-10-24",
        ),
        (  # an issued document wins over one reported on
            "Theo Kế hoạch số 5/KH-UBND ngày 02/01/2021, các đơn vị đăng ký thi đua. Sở Nội vụ "
            "vừa ban hành Kế hoạch số 9/KH-SNV ngày 20/01/2021 về thi đua.",
            "9/KH-SNV",
            "2021-01-20",
        ),
    ],
)
def test_news_extract_the_document_an_article_reports_on(body: str, number: str, date: str) -> None:
    found, _ = _reported(body)
    assert found.number is not None and found.number[0] == number
    assert found.issue_date is not None and found.issue_date[0] == date


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2023-05-05", "2023-05-03"), ("2023-01-04", "2022-05-03"), (None, None)],
)
@pytest.mark.parametrize("day", ["03/5", "03-5", "3 tháng 5"])
def test_news_extract_a_date_without_its_year_takes_the_articles(
    published: str | None, expected: str | None, day: str
) -> None:
    sentence = f"Ngày {day}, UBND tỉnh đã ký ban hành Kế hoạch số 104/KH-UBND."
    doc = parse(repair(HEADLINE + sentence + TAIL).text)
    found = news.extract(doc, published)
    assert (found.issue_date[0] if found.issue_date else None) == expected
    if found.issue_date is not None:
        assert found.issue_date[1].quote == day


def test_news_extract_date_not_taken_from_another_sentence() -> None:
    found, _ = _reported(
        "Ngày 16/5/2022, tỉnh tổ chức hội nghị. UBND tỉnh ban hành Kế hoạch số 86/KH-UBND "
        "về phong trào thi đua."
    )
    assert found.number is not None and found.issue_date is None


@pytest.mark.parametrize(
    ("body", "name", "title"),
    [
        (
            "BĐ - Chủ tịch UBND tỉnh Bình Định Phạm Anh Tuấn vừa ký ban hành Kế hoạch số "
            "41/KH-UBND ngày 06/3/2024.",
            "Phạm Anh Tuấn",
            "Chủ tịch",
        ),
        (
            "Phó Chủ tịch UBND tỉnh Nguyễn Thị Lan đã ký Kế hoạch số 41/KH-UBND ngày 06/3/2024.",
            "Nguyễn Thị Lan",
            "Phó Chủ tịch",
        ),
    ],
)
def test_news_extract_reads_the_signer_before_the_verb(body: str, name: str, title: str) -> None:
    found, _ = _reported(body)
    assert found.signer is not None
    assert (found.signer.name, found.signer.title) == (name, title)


def test_news_extract_no_signer_when_nobody_signs() -> None:
    found, _ = _reported(
        "Chủ tịch UBND tỉnh Phạm Anh Tuấn phát biểu tại hội nghị triển khai Kế hoạch số 41/KH-UBND."
    )
    assert found.signer is None


def test_news_extract_nothing_for_a_plan() -> None:
    doc = parse(
        repair(
            "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 45/KH-UBND\n\nKẾ HOẠCH\nPhát động phong trào\n\n"
            "Ủy ban nhân dân tỉnh ban hành Kế hoạch số 46/KH-UBND ngày 02/3/2024.\n\n"
            "I. MỤC ĐÍCH\nTổ chức tốt phong trào."
        ).text
    )
    found = news.extract(doc)
    assert found.number is None and found.signer is None


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Cập nhật: 14:25, 18/5/2022", "2022-05-18"),
        ("Thứ hai, 13/09/2021 10:35", "2021-09-13"),
        ("08/03/2024 10:15", "2024-03-08"),
    ],
)
def test_news_headline_keeps_its_dateline_apart(dateline: str, published: str) -> None:
    from extractors.parts import header

    headline = (
        'Thái Nguyên phát động phong trào thi đua "Thái Nguyên chung tay vì người nghèo - '
        'Không để ai bị bỏ lại phía sau"'
    )
    doc = parse(
        repair(
            f"{headline}\n\n{dateline}\n\n(TN) - Ngày 16/5/2022, UBND tỉnh ban "
            "hành Kế hoạch số 86/KH-UBND." + TAIL
        ).text
    )
    fields = header.extract(doc)
    assert fields.title is not None and fields.title.endswith('phía sau"')
    assert fields.published_date == published


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        (
            "BĐ - Chủ tịch UBND tỉnh Phạm Anh Tuấn vừa ký ban hành Kế hoạch số 41/KH-UBND.",
            "Ủy ban nhân dân tỉnh Bình Định",
        ),
        (
            "Phó Chủ tịch UBND tỉnh Bình Định Nguyễn Tự Công Hoàng đã ký ban hành Kế hoạch số "
            "41/KH-UBND.",
            "Ủy ban nhân dân tỉnh Bình Định",
        ),
    ],
)
def test_news_issuer_is_the_body_a_named_signer_signs_for(body: str, issuer: str) -> None:
    from extractors.parts import header

    doc = parse(repair(HEADLINE.replace("nông thôn mới", "Bình Định") + body + TAIL).text)
    fields = header.extract(doc)
    assert fields.issuer is not None
    assert (fields.issuer.name, fields.issuer.kind) == (issuer, "ubnd")
    ev = fields.issuer.evidence
    assert doc.text[ev.start : ev.end] == ev.quote and "ký" in ev.quote


def _completed(body: str):
    doc = parse(repair(HEADLINE + body + TAIL).text)
    assert doc.is_news
    fields = header.extract(doc)
    news.complete(fields, doc)
    return doc, fields


@pytest.mark.parametrize(
    ("body", "issuer", "kind"),
    [
        (  # the body the reported citation names, written out, its province added
            "Theo Kế hoạch số 318/KH-CAT-PV01 ngày 10/7/2024 của Công an tỉnh Khánh Hòa, đợt "
            "thi đua kéo dài 100 ngày.",
            "Công an tỉnh Khánh Hòa",
            "so_nganh",
        ),
        (  # the citation's issuer wins over the person who signs
            "Đồng chí Nông Văn Hải, Phó Chủ tịch UBND tỉnh Lạng Sơn vừa ký ban hành Chỉ thị "
            "số 02/CT-UBND ngày 19/01/2022 của Chủ tịch UBND tỉnh về phát động thi đua.",
            "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
            "chu_tich_ubnd",
        ),
        (  # a commune left bare in the citation takes the name the article gave it
            "Chiều 13/3, UBND xã Thạch Lạc tổ chức lễ phát động phong trào thi đua năm 2023, "
            "nhằm triển khai Kế hoạch số 35/KH-UBND ngày 06/3/2023 của UBND xã.",
            "Ủy ban nhân dân xã Thạch Lạc",
            "ubnd",
        ),
        (  # a council left bare ("… huyện") takes the district the article names
            "Sáng 04/3, Cụm thi đua số 3 của huyện Quảng Xương ký kết giao ước thi đua, quán "
            "triệt Hướng dẫn số 02/HD-HĐTĐKT ngày 15/01/2024 của Hội đồng Thi đua - Khen thưởng "
            "huyện về tổ chức các Cụm thi đua.",
            "Hội đồng Thi đua - Khen thưởng huyện Quảng Xương",
            "hdtdkt",
        ),
        (  # a youth union's standing committee named without its place
            "Theo Kế hoạch số 215-KH/TĐTN-PT ngày 20/02/2025 của Ban Thường vụ Tỉnh đoàn, các "
            "cơ sở Đoàn ra quân tình nguyện tại tỉnh Đồng Tháp.",
            "Ban Thường vụ Tỉnh đoàn Đồng Tháp",
            "mass_org",
        ),
        (  # the subject of the issuing verb, past the reporting words and the signer
            "Ngày 19-9, Hội đồng Thi đua - Khen thưởng TP Cần Thơ cho biết đã ban hành Kế "
            "hoạch số 36/KH-HĐTĐKT ngày 16-9-2025 về đợt thi đua cao điểm.",
            "Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ",
            "hdtdkt",
        ),
    ],
)
def test_news_issuer_of_the_reported_document(body: str, issuer: str, kind: str) -> None:
    doc, fields = _completed(body)
    assert fields.issuer is not None
    assert (fields.issuer.name, fields.issuer.kind) == (issuer, kind)
    ev = fields.issuer.evidence
    assert ev is not None and doc.text[ev.start : ev.end] == ev.quote


def test_news_signer_named_before_the_title() -> None:
    doc, fields = _completed(
        "Đồng chí Nông Văn Hải, Phó Chủ tịch UBND tỉnh vừa ký ban hành Chỉ thị số 02/CT-UBND "
        "ngày 19/01/2022 của Chủ tịch UBND tỉnh Lạng Sơn."
    )
    assert fields.signer is not None
    assert (fields.signer.name, fields.signer.title) == ("Nông Văn Hải", "Phó Chủ tịch")
    ev = fields.signer.evidence
    assert ev is not None and doc.text[ev.start : ev.end] == ev.quote


def test_news_no_signer_for_a_person_who_only_speaks() -> None:
    _, fields = _completed(
        "Đồng chí Nông Văn Hải, Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo tại lễ phát động. "
        "Kế hoạch số 02/KH-UBND ngày 19/01/2022 được triển khai trong toàn tỉnh."
    )
    assert fields.signer is None


def test_news_reported_document_is_not_a_citation_of_the_record() -> None:
    from extractors.runner import run_extractors

    doc = parse(
        repair(
            HEADLINE + "Ngày 16/5/2022, UBND tỉnh Hà Nam ban hành Kế hoạch số 86/KH-UBND, nhằm "
            "thực hiện Quyết định số 1689/QĐ-TTg ngày 11/10/2021 của Thủ tướng Chính phủ." + TAIL
        ).text
    )
    parts, failures = run_extractors(doc)
    assert not failures
    assert parts["document"]["number"] == "86/KH-UBND"
    cited = [c["number"] for c in parts["legal_basis"] + parts["references"]]
    assert cited == ["1689/QĐ-TTg"]


# --- the headline of a page that opens with its furniture --------------------------------


@pytest.mark.parametrize(
    ("first_lines", "expected"),
    [
        (
            "18/04/2023 - 09:12\nHuyện Sơn Hà phát động thi đua xây dựng nông thôn mới năm 2023",
            "Huyện Sơn Hà phát động thi đua xây dựng nông thôn mới năm 2023",
        ),
        (
            "Thứ Ba, 11/10/2022, 15:47 (GMT+7)\nLượt xem: 1.532\n"
            "Ngành Giáo dục Hòa Minh phát động thi đua năm học mới",
            "Ngành Giáo dục Hòa Minh phát động thi đua năm học mới",
        ),
        (
            "Cập nhật: 08:05, 02/3/2024\nChia sẻ | Zalo | Facebook\n"
            "Hội Nông dân tỉnh triển khai phong trào thi đua năm 2024",
            "Hội Nông dân tỉnh triển khai phong trào thi đua năm 2024",
        ),
        (  # the page opens with its body after the date line: no headline
            "05/06/2021 10:30\n(Baohoaminh.vn) - Ngày 04/6, UBND tỉnh vừa ban hành Kế hoạch số "
            "61/KH-UBND về thi đua.",
            None,
        ),
        (  # a section label over the headline
            "Thời sự địa phương\nHuyện Kim Bôi phát động thi đua chào mừng đại hội đảng bộ",
            "Huyện Kim Bôi phát động thi đua chào mừng đại hội đảng bộ",
        ),
        (  # a kicker ending in a colon goes with the line under it
            "Hội Cựu chiến binh tỉnh:\nPhát động thi đua chào mừng 50 năm thống nhất đất nước",
            "Hội Cựu chiến binh tỉnh: Phát động thi đua chào mừng 50 năm thống nhất đất nước",
        ),
        (  # a masthead line, then the headline
            " date 2024-03-02 HOTLINE: 0912.000.111 - ĐẶT MUA BÁO\n"
            "Tỉnh đoàn phát động tháng thanh niên năm 2024 với nhiều hoạt động",
            "Tỉnh đoàn phát động tháng thanh niên năm 2024 với nhiều hoạt động",
        ),
        (  # a masthead's date run into the first sentence: no headline
            " date 2021-03 Ban tổ chức cho biết đã chọn 35 công trình thanh niên tiêu biểu trong đợt "
            "thi đua.",
            None,
        ),
        (  # the site's date of today and a menu over the headline, the post's date under it
            "Thứ Bảy, 14/01/2023, 08:15[GMT+7]\nThời sự | Chính trị | Kinh tế | Xã hội\n"
            "Cụm thi đua các huyện phía Nam ký giao ước thi đua năm 2023\n"
            "Thứ 6, 16/12/2022 | 16:40:12\n3,108 lượt xem",
            "Cụm thi đua các huyện phía Nam ký giao ước thi đua năm 2023",
        ),
        (  # SharePoint chrome, a section line, a bracketed date
            "Skip Ribbon Commands\nSkip to main content\nTin hoạt động ngành\n"
            "Sở Nội vụ hướng dẫn triển khai phong trào thi đua năm 2024\n(22/03/2024)",
            "Sở Nội vụ hướng dẫn triển khai phong trào thi đua năm 2024",
        ),
        (  # a breadcrumb ending in the headline cut short, then the headline whole
            "> Tin tức - Sự kiện > Công đoàn > LĐLĐ tỉnh phát động thi đua trong công nhân\n"
            "LĐLĐ tỉnh phát động thi đua trong công nhân, viên chức năm 2023\nLượt xem: 1.024",
            "LĐLĐ tỉnh phát động thi đua trong công nhân, viên chức năm 2023",
        ),
        (  # the first line is the headline: kept
            "Ngành Tư pháp phát động thi đua năm 2021\nNgày 04/6/2021, Sở Tư pháp tổ chức hội nghị "
            "phát động phong trào thi đua năm 2021 trong toàn ngành.",
            "Ngành Tư pháp phát động thi đua năm 2021",
        ),
    ],
)
def test_news_headline_after_the_page_furniture(first_lines: str, expected: str) -> None:
    text = (
        f"{first_lines}\n\nNgày 04/6/2021, UBND tỉnh vừa ban hành Kế hoạch số 61/KH-UBND "
        "về thi đua.\n\nThu Trang\n"
    )
    doc = parse(repair(text).text)
    assert doc.is_news
    fields = header.extract(doc)
    news.complete(fields, doc)
    assert fields.title == expected
    cited = [f.evidence for f in fields.field_evidence if f.field == "title"]
    assert len(cited) == (expected is not None)
    for ev in cited:
        assert doc.text[ev.start : ev.end] == ev.quote


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("19/03/2019 - 15:25", True),
        ("Thứ Hai, 26/09/2022, 10:04 (GMT+7)", True),
        ("TTĐT - Sở Nội vụ", True),
        ("Trang chủ > Tin tức > Thời sự", True),
        ("1.024 lượt xem", True),
        ("In bài", True),
        ("0:00 / 0:00", True),
        ("(26/03/2021)", True),
        ("K.NINH |", True),
        ("Chủ nhật, 29/01/2023, 02:46[GMT+7]", True),
        ("Thứ 6, 16/12/2022 | 16:40:12", True),
        ("3,108 lượt xem", True),
        ("14/03/2023 09:30 215 lượt xem", True),
        ("Công đoàn - 12/04/2023", True),
        ("Publish date: Friday. November 13th, 2015", True),
        ("Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa", True),
        ("Reports / Thi đua - Khen thưởng", True),
        ("> Tin tức - Sự kiện > Hoạt động > Hội Nông dân phát động thi đua năm 2024", True),
        ("Skip Ribbon Commands", True),
        ("Skip to main content", True),
        ("A- A A+ | Tăng tương phản Giảm tương phản", True),
        ("Tin khác", True),
        ("By admin", True),
        (".", True),
        ("Cụm thi đua các huyện phía Nam tổng kết năm 2022, ký giao ước thi đua", False),
        ("XÃ THẠCH LẠC PHÁT ĐỘNG THI ĐUA XÂY DỰNG NÔNG THÔN MỚI KIỂU MẪU", False),
        ("Hội Nông dân tỉnh / Phát động thi đua sản xuất giỏi năm 2024 trên toàn tỉnh", False),
        ("Thi đua | Khen thưởng: tôn vinh 120 tập thể tiêu biểu của ngành giáo dục", False),
        ("Hòa Minh - Phát động thi đua năm 2024", False),
        ("Kiên Hải: Phát động phong trào thi đua đặc biệt", False),
        ("Ngày 16/5/2022, UBND tỉnh ban hành Kế hoạch số 86/KH-UBND", False),
    ],
)
def test_news_is_furniture(line: str, furniture: bool) -> None:
    assert news_page.is_furniture(line) is furniture


@pytest.mark.parametrize(
    ("masthead", "published", "date"),
    [
        (" date 2024-07", None, "2024-07-16"),  # a month only: the year still resolves
        (" date 2025-01-05", "2025-01-05", "2024-12-28"),  # a day after it: the year before
    ],
)
def test_news_masthead_date_gives_the_year_of_a_lead_date(
    masthead: str, published: str | None, date: str
) -> None:
    day = "16/7" if date.endswith("07-16") else "28/12"
    text = (
        f"{masthead} Ngày {day}, Công an tỉnh ban hành Kế hoạch số 31/KH-CAT về đợt thi đua "
        "cao điểm trong toàn lực lượng.\n\nĐợt thi đua kéo dài 100 ngày đêm, gắn với nhiệm vụ "
        "bảo đảm an ninh trật tự trên địa bàn tỉnh.\n\nMINH KHOA\n"
    )
    doc = parse(repair(text).text)
    assert doc.is_news
    fields = header.extract(doc)
    news.complete(fields, doc)
    assert fields.published_date == published
    assert (fields.number, fields.issue_date) == ("31/KH-CAT", date)
