from __future__ import annotations

import pytest

from extractors.parts import thresholds
from extractors.segment.structure import parse
from extractors.text.repair import repair


def _thresholds(body: str):
    text = f"KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. KHEN THƯỞNG\n\n{body}\n"
    doc = parse(repair(text).text)
    found = thresholds.extract(doc)
    for t in found:
        assert doc.text[t.evidence.start : t.evidence.end] == t.evidence.quote
    return found


@pytest.mark.parametrize(
    ("body", "expected", "quotes"),
    [
        (
            "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho nhà hảo tâm có đóng góp tiền, "
            "vật chất có giá trị từ 75 triệu đồng, vận động đóng góp 150 triệu đồng trở lên đối "
            "với cá nhân và vận động đóng góp 400 triệu đồng trở lên đối với tập thể.",
            [
                ("bang_khen_tinh", None, 75_000_000, "dong_gop"),
                ("bang_khen_tinh", "ca_nhan", 150_000_000, "van_dong"),
                ("bang_khen_tinh", "tap_the", 400_000_000, "van_dong"),
            ],
            [
                "có giá trị từ 75 triệu đồng",
                "vận động đóng góp 150 triệu đồng trở lên đối với cá nhân",
                "vận động đóng góp 400 triệu đồng trở lên đối với tập thể",
            ],
        ),
        (
            "Cá nhân đóng góp từ 1,5 tỷ đồng trở lên được đề nghị tặng Bằng khen của Thủ tướng "
            "Chính phủ.",
            [("bang_khen_thu_tuong", "ca_nhan", 1_500_000_000, "dong_gop")],
            ["Cá nhân đóng góp từ 1,5 tỷ đồng trở lên"],
        ),
        (  # the award of each clause; a ceiling ("đến dưới") is not a threshold
            "d) Đối với doanh nghiệp, tổ chức, cá nhân có đóng góp tiền, hiện vật có tổng giá trị "
            "từ 500 triệu đồng trở lên được xét tặng Bằng khen của Chủ tịch Ủy ban nhân dân thành "
            "phố; từ 100 triệu đồng đến dưới 500 triệu đồng được xét tặng Giấy khen của Chủ tịch "
            "Ủy ban nhân dân quận, huyện.",
            [
                ("bang_khen_tinh", None, 500_000_000, "dong_gop"),
                ("giay_khen", None, 100_000_000, "dong_gop"),
            ],
            [
                "đóng góp tiền, hiện vật có tổng giá trị từ 500 triệu đồng trở lên",
                "từ 100 triệu đồng",
            ],
        ),
        (  # support given to the campaign, worth a minimum; a business is a collective
            "Tặng Bằng khen của Chủ tịch UBND tỉnh cho doanh nghiệp hỗ trợ công tác phòng, chống "
            "dịch có giá trị từ 100 triệu đồng trở lên.",
            [("bang_khen_tinh", "tap_the", 100_000_000, "dong_gop")],
            ["doanh nghiệp hỗ trợ công tác phòng, chống dịch có giá trị từ 100 triệu đồng trở lên"],
        ),
        (  # the recipient phrase before the verb, its kind words all collective
            "a) Bằng khen của Chủ tịch UBND tỉnh tặng cho tập thể, hợp tác xã có đóng góp có giá "
            "trị từ 300.000.000 đồng trở lên.",
            [("bang_khen_tinh", "tap_the", 300_000_000, "dong_gop")],
            ["tập thể, hợp tác xã có đóng góp có giá trị từ 300.000.000 đồng trở lên"],
        ),
        (  # the amount repeated in words, "có thành tích vận động được"
            "Bằng khen của Chủ tịch UBND tỉnh tặng cho cá nhân có thành tích vận động được 200 "
            "triệu đồng (hai trăm triệu đồng) trở lên cho Quỹ Vì người nghèo.",
            [("bang_khen_tinh", "ca_nhan", 200_000_000, "van_dong")],
            ["cá nhân có thành tích vận động được 200 triệu đồng (hai trăm triệu đồng) trở lên"],
        ),
        (  # each clause its own recipient; "từ 01 tỷ đồng"; a ceiling is not a threshold
            "Giấy khen của Chủ tịch UBND huyện tặng cho cá nhân đóng góp từ 20 triệu đồng đến "
            "dưới 100 triệu đồng; tập thể vận động các nguồn lực xã hội từ 01 tỷ đồng trở lên.",
            [
                ("giay_khen", "ca_nhan", 20_000_000, "dong_gop"),
                ("giay_khen", "tap_the", 1_000_000_000, "van_dong"),
            ],
            [
                "cá nhân đóng góp từ 20 triệu đồng",
                "tập thể vận động các nguồn lực xã hội từ 01 tỷ đồng trở lên",
            ],
        ),
        (  # "… đồng/cá nhân" names the recipient, it is no rate
            "Tặng Bằng khen của Chủ tịch UBND tỉnh cho nhà hảo tâm đóng góp từ 100 triệu "
            "đồng/cá nhân, 300 triệu đồng/tập thể trở lên.",
            [
                ("bang_khen_tinh", "ca_nhan", 100_000_000, "dong_gop"),
                ("bang_khen_tinh", "tap_the", 300_000_000, "dong_gop"),
            ],
            ["đóng góp từ 100 triệu đồng/cá nhân", "300 triệu đồng/tập thể"],
        ),
        (  # a household is no kind of the schema
            "Tặng Bằng khen của Chủ tịch UBND tỉnh cho cá nhân, hộ gia đình ủng hộ từ 50 triệu "
            "đồng trở lên.",
            [("bang_khen_tinh", None, 50_000_000, "dong_gop")],
            ["ủng hộ từ 50 triệu đồng trở lên"],
        ),
        (  # "có tổng giá trị", "Doanh nghiệp" opening the sentence
            "Doanh nghiệp có tổng giá trị ủng hộ từ 01 tỷ đồng trở lên được đề nghị tặng Bằng "
            "khen của Thủ tướng Chính phủ.",
            [("bang_khen_thu_tuong", "tap_the", 1_000_000_000, "dong_gop")],
            ["Doanh nghiệp có tổng giá trị ủng hộ từ 01 tỷ đồng trở lên"],
        ),
        (  # a phrase naming both kinds gives none
            "Tặng Bằng khen của Chủ tịch UBND tỉnh cho tổ chức, cá nhân ủng hộ từ 100 triệu "
            "đồng trở lên.",
            [("bang_khen_tinh", None, 100_000_000, "dong_gop")],
            ["ủng hộ từ 100 triệu đồng trở lên"],
        ),
        (
            "- Giấy khen của Chủ tịch UBND huyện: tập thể ủng hộ 500.000.000 đồng trở lên.",
            [("giay_khen", "tap_the", 500_000_000, "dong_gop")],
            ["tập thể ủng hộ 500.000.000 đồng trở lên"],
        ),
    ],
)
def test_thresholds_values_and_spans(body, expected, quotes):
    found = _thresholds(body)
    assert [(t.award, t.recipient_kind, t.amount_vnd, t.basis) for t in found] == expected
    assert [t.evidence.quote for t in found] == quotes


@pytest.mark.parametrize(
    "body",
    [
        "Mức tiền thưởng kèm theo Bằng khen của Chủ tịch UBND tỉnh là 1.490.000 đồng.",
        "Hỗ trợ 500.000 đồng/người cho lực lượng tuyến đầu, tặng Bằng khen của Chủ tịch UBND tỉnh.",
        "Tặng Bằng khen của Chủ tịch UBND tỉnh kèm mức 1.000.000 đồng mỗi người.",
        "Kinh phí khen thưởng 200 triệu đồng trích từ Quỹ thi đua, khen thưởng của tỉnh.",
        "Vận động Nhân dân đóng góp từ 75 triệu đồng cho Quỹ phòng, chống dịch.",  # no award
        "Phấn đấu cuộc vận động ủng hộ Quỹ đạt 50 tỷ đồng trong năm.",  # a target, no award
        "Kinh phí thực hiện Kế hoạch là 350 triệu đồng; tặng Bằng khen của Chủ tịch UBND tỉnh.",
        "Tặng Bằng khen của Chủ tịch UBND tỉnh; mỗi hộ được hỗ trợ 60 triệu đồng/căn.",
        "Tặng Bằng khen của Chủ tịch UBND tỉnh, hỗ trợ không quá 30 triệu đồng mỗi hộ.",
        "Hội thi trao 01 giải Nhất trị giá 10 triệu đồng kèm Giấy khen của Giám đốc Sở.",
        "Giải thưởng gồm Bằng khen của Chủ tịch UBND tỉnh và phần thưởng trị giá 5 triệu đồng.",
        "Tặng Giấy khen cho hộ gia đình đóng góp không vượt quá 20 triệu đồng.",
        "Tặng Bằng khen của Chủ tịch UBND tỉnh cho tập thể xuất sắc; thanh toán 30 triệu đồng.",
    ],
)
def test_thresholds_money_that_is_not_a_threshold(body):
    assert _thresholds(body) == []


def test_thresholds_in_a_table_take_the_kind_from_the_column_header():
    body = (
        "Mức đóng góp để được xét khen thưởng như sau:\n\n"
        "TT\tHình thức khen thưởng\tCá nhân\tTập thể, doanh nghiệp\n"
        "1\tBằng khen của Chủ tịch UBND tỉnh\tTừ 100 triệu đồng\tTừ 500 triệu đồng\n"
        "2\tGiấy khen của Chủ tịch UBND huyện\tTừ 30 triệu đồng\tTừ 100 triệu đồng\n"
    )
    found = _thresholds(body)
    assert [(t.award, t.recipient_kind, t.amount_vnd, t.basis) for t in found] == [
        ("bang_khen_tinh", "ca_nhan", 100_000_000, "dong_gop"),
        ("bang_khen_tinh", "tap_the", 500_000_000, "dong_gop"),
        ("giay_khen", "ca_nhan", 30_000_000, "dong_gop"),
        ("giay_khen", "tap_the", 100_000_000, "dong_gop"),
    ]
    assert [t.evidence.quote for t in found][:1] == ["Từ 100 triệu đồng"]


@pytest.mark.parametrize(
    ("body", "expected", "quotes"),
    [
        (
            "Tặng Bằng khen của Chủ tịch UBND tỉnh cho doanh nghiệp đóng góp từ 1 tỷ 500 triệu "
            "đồng trở lên; cá nhân đóng góp từ năm trăm triệu đồng trở lên.",
            [
                ("bang_khen_tinh", "tap_the", 1_500_000_000, "dong_gop"),
                ("bang_khen_tinh", "ca_nhan", 500_000_000, "dong_gop"),
            ],
            [
                "doanh nghiệp đóng góp từ 1 tỷ 500 triệu đồng trở lên",
                "cá nhân đóng góp từ năm trăm triệu đồng trở lên",
            ],
        ),
        (
            "Cá nhân vận động được hai tỷ đồng trở lên được đề nghị tặng Bằng khen của Thủ tướng "
            "Chính phủ.",
            [("bang_khen_thu_tuong", "ca_nhan", 2_000_000_000, "van_dong")],
            ["Cá nhân vận động được hai tỷ đồng trở lên"],
        ),
        (  # a range without the currency after its lower end: the lower end only
            "Tặng Bằng khen của Chủ tịch UBND tỉnh cho cá nhân đóng góp từ 500 triệu đến 1 tỷ "
            "đồng; doanh nghiệp đóng góp từ 1,2 tỷ trở lên.",
            [
                ("bang_khen_tinh", "ca_nhan", 500_000_000, "dong_gop"),
                ("bang_khen_tinh", "tap_the", 1_200_000_000, "dong_gop"),
            ],
            ["cá nhân đóng góp từ 500 triệu", "doanh nghiệp đóng góp từ 1,2 tỷ trở lên"],
        ),
        (  # scales out of order make no amount, so no threshold
            "Tặng Bằng khen của Chủ tịch UBND tỉnh cho cá nhân đóng góp từ 500 triệu 1 tỷ đồng.",
            [],
            [],
        ),
    ],
)
def test_thresholds_amounts_in_several_scales_and_in_words(body, expected, quotes):
    found = _thresholds(body)
    assert [(t.award, t.recipient_kind, t.amount_vnd, t.basis) for t in found] == expected
    assert [t.evidence.quote for t in found] == quotes
