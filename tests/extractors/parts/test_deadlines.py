from __future__ import annotations

import pytest

from extractors.parts import deadlines
from extractors.segment.structure import parse
from extractors.text.repair import repair

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n\nSố: 12/KH-UBND\n\nQuảng Nam, ngày 28 tháng 10 năm 2021\n\n"
)


def _doc(body: str, header: str = ""):
    text = f"{header}KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. TỔ CHỨC THỰC HIỆN\n\n{body}\n"
    return parse(repair(text).text)


def _deadlines(body: str, header: str = ""):
    doc = _doc(body, header)
    found = deadlines.extract(doc)
    for d in found:
        assert doc.text[d.evidence.start : d.evidence.end] == d.evidence.quote
    return found


@pytest.mark.parametrize(
    ("body", "expected", "quote"),
    [
        (
            "Các cơ quan, đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ (Ban Thi đua - Khen "
            "thưởng) trước ngày 15 tháng 11 năm 2021 để tổng hợp.",
            ("2021-11-15", "ho_so_khen_thuong", "Sở Nội vụ (Ban Thi đua - Khen thưởng)"),
            "Các cơ quan, đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ (Ban Thi đua - Khen "
            "thưởng) trước ngày 15 tháng 11 năm 2021 để tổng hợp.",
        ),
        (
            "- Báo cáo kết quả thực hiện gửi về UBND tỉnh (qua Ban Thi đua - Khen thưởng tỉnh) "
            "chậm nhất ngày 05/12/2022.",
            ("2022-12-05", "bao_cao", "UBND tỉnh (qua Ban Thi đua - Khen thưởng tỉnh)"),
            "Báo cáo kết quả thực hiện gửi về UBND tỉnh (qua Ban Thi đua - Khen thưởng tỉnh) "
            "chậm nhất ngày 05/12/2022.",
        ),
        (  # the second clause has its own action and body
            "Sở Nội vụ tổng hợp hồ sơ khen thưởng; báo cáo kết quả thực hiện phong trào về Sở "
            "Nội vụ chậm nhất ngày 20 tháng 11 năm 2024 để tổng hợp.",
            ("2024-11-20", "bao_cao", "Sở Nội vụ"),
            "Sở Nội vụ tổng hợp hồ sơ khen thưởng; báo cáo kết quả thực hiện phong trào về Sở "
            "Nội vụ chậm nhất ngày 20 tháng 11 năm 2024 để tổng hợp.",
        ),
        (
            "Các đơn vị gửi hồ sơ về Sở Nội vụ trước 17 giờ ngày 30/11/2021.",
            ("2021-11-30", "ho_so_khen_thuong", "Sở Nội vụ"),
            "Các đơn vị gửi hồ sơ về Sở Nội vụ trước 17 giờ ngày 30/11/2021.",
        ),
        (
            "Thời hạn gửi hồ sơ đề nghị khen thưởng: ngày 25/11/2021.",
            ("2021-11-25", "ho_so_khen_thuong", None),
            "Thời hạn gửi hồ sơ đề nghị khen thưởng: ngày 25/11/2021.",
        ),
        (  # the cue opens the sentence: what is due comes after the date
            "Trước ngày 15/11/2021, các đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ.",
            ("2021-11-15", "ho_so_khen_thuong", "Sở Nội vụ"),
            "Trước ngày 15/11/2021, các đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ.",
        ),
        (
            "Các huyện tổ chức tổng kết phong trào thi đua trước ngày 20/12/2021.",
            ("2021-12-20", "so_ket_tong_ket", None),
            "Các huyện tổ chức tổng kết phong trào thi đua trước ngày 20/12/2021.",
        ),
        (  # a report due to a body named right after the verb
            "c) Báo cáo tổng kết gửi Thường trực Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội "
            "vụ) chậm nhất ngày 25/11/2021.",
            (
                "2021-11-25",
                "bao_cao",
                "Thường trực Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội vụ)",
            ),
            "Báo cáo tổng kết gửi Thường trực Hội đồng Thi đua - Khen thưởng tỉnh (qua Sở Nội "
            "vụ) chậm nhất ngày 25/11/2021.",
        ),
        (
            "Văn phòng tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 05 tháng 12 năm 2021.",
            ("2021-12-05", "bao_cao", "Ủy ban nhân dân xã"),
            "Văn phòng tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước ngày 05 tháng 12 năm 2021.",
        ),
        (  # "trình … lên": the body after "lên"; a date in words
            "Sở Nội vụ trình hồ sơ đề nghị khen thưởng lên Hội đồng Thi đua - Khen thưởng tỉnh "
            "trước ngày mười lăm tháng Mười hai năm hai nghìn không trăm hai mươi mốt.",
            ("2021-12-15", "ho_so_khen_thuong", "Hội đồng Thi đua - Khen thưởng tỉnh"),
            "Sở Nội vụ trình hồ sơ đề nghị khen thưởng lên Hội đồng Thi đua - Khen thưởng tỉnh "
            "trước ngày mười lăm tháng Mười hai năm hai nghìn không trăm hai mươi mốt.",
        ),
        (  # a review meeting held over a span of days: its last day
            "Các đơn vị tổ chức sơ kết phong trào từ ngày 01/12/2021 đến ngày 10/12/2021.",
            ("2021-12-10", "so_ket_tong_ket", None),
            "Các đơn vị tổ chức sơ kết phong trào từ ngày 01/12/2021 đến ngày 10/12/2021.",
        ),
        (
            "Hồ sơ bản điện tử cập nhật trên Hệ thống, hạn chót là ngày 08/12/2021.",
            ("2021-12-08", "ho_so_khen_thuong", None),
            "Hồ sơ bản điện tử cập nhật trên Hệ thống, hạn chót là ngày 08/12/2021.",
        ),
        (
            "Hạn chót nhận báo cáo: ngày 03/12/2021.",
            ("2021-12-03", "bao_cao", None),
            "Hạn chót nhận báo cáo: ngày 03/12/2021.",
        ),
        (
            "Các đơn vị gửi báo cáo về Sở Nội vụ muộn nhất ngày 02/12/2021.",
            ("2021-12-02", "bao_cao", "Sở Nội vụ"),
            "Các đơn vị gửi báo cáo về Sở Nội vụ muộn nhất ngày 02/12/2021.",
        ),
    ],
)
def test_deadlines_values_and_spans(body, expected, quote):
    (d,) = _deadlines(body)
    assert (d.date, d.action_kind, d.to) == expected
    assert d.evidence.quote == quote


@pytest.mark.parametrize(
    ("body", "date", "said_as"),
    [
        # a yearly date: its next occurrence, a note (information, not a warning)
        ("Các đơn vị gửi hồ sơ khen thưởng trước ngày 30/11 hằng năm.", "2021-11-30", "notes"),
        # already past in the document's year: the next one
        ("Các đơn vị tổ chức sơ kết trước ngày 15/6 hàng năm.", "2022-06-15", "notes"),
        ("Các đơn vị gửi báo cáo trước ngày 30 tháng Mười một hằng năm.", "2021-11-30", "notes"),
        # no year at all: the plan's own year, a guess that may be wrong (a warning)
        ("Các đơn vị gửi hồ sơ khen thưởng trước ngày 30/11.", "2021-11-30", "warnings"),
        ("Các đơn vị gửi hồ sơ khen thưởng chậm nhất ngày 15 tháng 01.", "2022-01-15", "warnings"),
    ],
)
def test_deadlines_without_a_year_take_the_year_from_the_document(body, date, said_as):
    doc = _doc(body, HEADER)
    (d,) = deadlines.extract(doc)
    assert d.date == date
    said = getattr(doc, said_as)
    other = doc.warnings if said_as == "notes" else doc.notes
    assert any(date in w for w in said)
    assert not any(date in w for w in other)


@pytest.mark.parametrize(
    "body",
    [
        "Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về thi đua.",
        "Thời gian thi đua từ ngày 01/9/2021 đến ngày 31/12/2021.",
        "Thời gian thi đua: Từ ngày ban hành Kế hoạch đến hết ngày 31 tháng 10 năm 2024.",
        "Kế hoạch này được ban hành ngày 28 tháng 10 năm 2021.",
        "Tỷ lệ cá nhân được khen thưởng không quá 1/3 tổng số.",  # a fraction
        "Sở Nội vụ tham mưu tổ chức Hội nghị tổng kết phong trào trong tháng 12/2021.",
        "Năm 2020, Hội nghị tổng kết đã được tổ chức ngày 26/12/2020.",  # a past event
        "Thời gian: Từ ngày 01/11/2021 đến ngày 31/12/2021; tổng kết vào tháng 01/2022.",
        "Phấn đấu hoàn thành các chỉ tiêu giai đoạn 2021-2025.",
        # a historical date with a cue, long before the document's date
        "Tuyên truyền truyền thống cách mạng trước ngày 30/4/1975 của quân và dân tỉnh.",
    ],
)
def test_deadlines_dates_that_are_not_deadlines(body):
    assert _deadlines(body, HEADER) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # what is due named before the colon, the span after it
            "Thời gian nhận hồ sơ đề nghị khen thưởng: từ ngày 01/11/2021 đến ngày 15/11/2021.",
            ("2021-11-15", "ho_so_khen_thuong", None),
        ),
        (
            "Các đơn vị nộp hồ sơ đến hết ngày 30/11/2021.",
            ("2021-11-30", "ho_so_khen_thuong", None),
        ),
        (
            "Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết phong trào vào ngày 20/12/2021.",
            ("2021-12-20", "so_ket_tong_ket", None),
        ),
        (  # a list of nominees or a Tờ trình is a dossier
            "Các đơn vị gửi danh sách đề nghị khen thưởng về Sở Nội vụ trước ngày 20/11/2021.",
            ("2021-11-20", "ho_so_khen_thuong", "Sở Nội vụ"),
        ),
    ],
)
def test_deadlines_weak_cues_when_the_clause_names_what_is_due(body, expected):
    (d,) = _deadlines(body, HEADER)
    assert (d.date, d.action_kind, d.to) == expected
    assert d.evidence.quote == body


@pytest.mark.parametrize(
    "body",
    [
        "Số liệu báo cáo tính từ ngày 15/12/2021 đến ngày 14/6/2022.",
        "Hội nghị tổng kết đã được tổ chức vào ngày 20/10/2021.",
        "Các đơn vị tổ chức phát động thi đua vào ngày 05/11/2021.",  # not a review meeting
        "Thời gian thi đua: Từ ngày 01/11/2021 đến ngày 31/12/2021; tổng kết vào tháng 01/2022.",
        "Thời gian thực hiện: Từ tháng 11/2021 đến hết ngày 30/12/2021, tổng kết vào tháng 01/2022.",
    ],
)
def test_deadlines_weak_cues_without_what_is_due(body):
    assert _deadlines(body, HEADER) == []


def test_deadlines_to_stays_in_its_clause():
    body = (
        "Hồ sơ bản giấy gửi về Sở Nội vụ trước ngày 05/12/2021; bản điện tử cập nhật trên Hệ "
        "thống, hạn chót ngày 08/12/2021."
    )
    found = _deadlines(body, HEADER)
    assert [(d.date, d.action_kind, d.to) for d in found] == [
        ("2021-12-05", "ho_so_khen_thuong", "Sở Nội vụ"),
        ("2021-12-08", "ho_so_khen_thuong", None),
    ]


def test_deadlines_in_a_table_of_tasks_read_row_by_row():
    body = (
        "TT\tNội dung công việc\tThời gian\tĐơn vị thực hiện\n"
        "1\tGửi đăng ký thi đua về Sở Nội vụ\tTrước ngày 30/11/2021\tCác sở, ngành\n"
        "2\tGửi hồ sơ đề nghị khen thưởng\tTrước ngày 20/12/2021\tCác sở, ngành\n"
        "3\tTổ chức Hội nghị tổng kết\tNgày 28/12/2021\tUBND tỉnh\n"
        "4\tPhát động phong trào\tNgày 05/11/2021\tUBND tỉnh\n"
    )
    found = _deadlines(body, HEADER)
    assert [(d.date, d.action_kind) for d in found] == [
        ("2021-11-30", "other"),
        ("2021-12-20", "ho_so_khen_thuong"),
        ("2021-12-28", "so_ket_tong_ket"),
    ]
    assert found[1].evidence.quote == (
        "2\tGửi hồ sơ đề nghị khen thưởng\tTrước ngày 20/12/2021\tCác sở, ngành"
    )


def test_deadlines_a_date_inside_a_criterion_is_its_target_not_a_deadline():
    body = (
        "III. TIÊU CHÍ THI ĐUA\n\n1. Hoàn thành vượt mức các chỉ tiêu được giao.\n\n"
        "2. Có công trình chào mừng, được đưa vào sử dụng trước ngày 30/9/2022.\n\n"
        "IV. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ "
        "trước ngày 15/11/2022."
    )
    found = _deadlines(body)
    assert [(d.date, d.action_kind) for d in found] == [("2022-11-15", "ho_so_khen_thuong")]


def test_deadlines_a_dossier_date_inside_the_criteria_section_stays():
    body = (
        "III. TIÊU CHÍ THI ĐUA\n\n1. Gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ trước ngày "
        "15/11/2022, đúng quy định.\n\nIV. TỔ CHỨC THỰC HIỆN\n\nTriển khai kế hoạch."
    )
    assert [(d.date, d.action_kind) for d in _deadlines(body)] == [
        ("2022-11-15", "ho_so_khen_thuong")
    ]
