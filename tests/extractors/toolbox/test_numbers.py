from __future__ import annotations

import re

import pytest

from extractors.toolbox.numbers import count_pattern, find_amounts, parse_count


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("03", 3),
        ("hai", 2),
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi", 20),
        ("hai mươi mốt", 21),
        ("ba mươi lăm", 35),
        ("bốn mươi tư", 44),
        ("lăm", None),
        ("mươi", None),
        ("tập thể", None),
    ],
)
def test_numbers_counts_in_digits_and_words(text, value):
    assert parse_count(text) == value


@pytest.mark.parametrize(
    ("text", "values", "quotes"),
    [
        ("có giá trị từ 75 triệu đồng", [75_000_000], ["75 triệu đồng"]),
        ("đóng góp 1,5 tỷ đồng trở lên", [1_500_000_000], ["1,5 tỷ đồng"]),
        ("ủng hộ 500.000.000 đồng", [500_000_000], ["500.000.000 đồng"]),
        ("mức 2 nghìn đồng và 300 ngàn đồng", [2000, 300_000], ["2 nghìn đồng", "300 ngàn đồng"]),
        ("kế hoạch 05 năm, Khối Thi đua số 7, 5 đơn vị", [], []),
    ],
)
def test_numbers_amounts_in_dong(text, values, quotes):
    found = find_amounts(text)
    assert [a.vnd for a in found] == values
    assert [text[a.start : a.end] for a in found] == quotes


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("một trăm", 100),
        ("hai trăm năm mươi", 250),
        ("ba trăm hai mươi mốt", 321),
        ("một trăm linh năm", 105),
        ("một trăm lẻ một", 101),
        # not numbers: a bare "trăm", a unit after "trăm" without "linh", "mười trăm"
        ("trăm", None),
        ("một trăm năm", None),
        ("mười trăm", None),
        ("linh", None),
    ],
)
def test_numbers_hundreds_in_words(text, value):
    assert parse_count(text) == value


@pytest.mark.parametrize(("text", "value"), [("02 (hai)", 2), ("hai (02)", 2), ("mười (10)", 10)])
def test_numbers_counts_repeated_in_brackets(text, value):
    assert parse_count(text) == value


@pytest.mark.parametrize(
    ("text", "values", "quotes"),
    [
        ("thưởng 1 tỷ 500 triệu đồng", [1_500_000_000], ["1 tỷ 500 triệu đồng"]),
        ("tổng 2 tỷ 350 triệu đồng cho", [2_350_000_000], ["2 tỷ 350 triệu đồng"]),
        ("trên 1,2 tỷ đồng", [1_200_000_000], ["1,2 tỷ đồng"]),
        ("ủng hộ 1.500.000.000 đồng", [1_500_000_000], ["1.500.000.000 đồng"]),
        ("ủng hộ 1,500,000 đồng", [1_500_000], ["1,500,000 đồng"]),
        ("từ 1 tỷ 500 triệu đồng/năm", [1_500_000_000], ["1 tỷ 500 triệu đồng"]),
        # scales that do not fall, a fraction of a đồng, a dotted decimal: no amount
        ("500 triệu 1 tỷ đồng", [], []),
        ("12,345 đồng", [], []),
        ("1.5 tỷ đồng", [], []),
    ],
)
def test_numbers_amounts_in_several_scales(text, values, quotes):
    found = find_amounts(text)
    assert [a.vnd for a in found] == values
    assert [text[a.start : a.end] for a in found] == quotes


@pytest.mark.parametrize(
    ("text", "values", "quotes"),
    [
        ("trị giá một trăm triệu đồng", [100_000_000], ["một trăm triệu đồng"]),
        ("từ năm trăm triệu đồng trở lên", [500_000_000], ["năm trăm triệu đồng"]),
        ("đóng góp hai tỷ đồng", [2_000_000_000], ["hai tỷ đồng"]),
        ("hai mươi lăm triệu đồng", [25_000_000], ["hai mươi lăm triệu đồng"]),
        ("một tỷ năm trăm triệu đồng", [1_500_000_000], ["một tỷ năm trăm triệu đồng"]),
        ("mỗi năm một trăm triệu đồng", [100_000_000], ["một trăm triệu đồng"]),
        # "năm" as a year, words that are no number: nothing
        ("hằng năm 5 đơn vị", [], []),
        ("mỗi năm triệu người", [], []),
        ("trăm mươi triệu đồng", [], []),
    ],
)
def test_numbers_amounts_in_words(text, values, quotes):
    found = find_amounts(text)
    assert [a.vnd for a in found] == values
    assert [text[a.start : a.end] for a in found] == quotes


@pytest.mark.parametrize(
    ("text", "values", "quotes"),
    [
        (
            "200 triệu đồng (hai trăm triệu đồng) trở lên",
            [200_000_000],
            ["200 triệu đồng (hai trăm triệu đồng)"],
        ),
        # a different value in brackets is a second amount
        (
            "200 triệu đồng (hai triệu đồng)",
            [200_000_000, 2_000_000],
            ["200 triệu đồng", "hai triệu đồng"],
        ),
    ],
)
def test_numbers_amounts_repeated_in_brackets(text, values, quotes):
    found = find_amounts(text)
    assert [a.vnd for a in found] == values
    assert [text[a.start : a.end] for a in found] == quotes


@pytest.mark.parametrize(
    ("text", "values", "quotes"),
    [
        ("đóng góp từ 1,2 tỷ trở lên", [1_200_000_000], ["1,2 tỷ"]),
        ("từ 500 triệu đến 1 tỷ đồng", [500_000_000, 1_000_000_000], ["500 triệu", "1 tỷ đồng"]),
        ("từ năm trăm triệu trở lên", [500_000_000], ["năm trăm triệu"]),
        # without the currency, a scale followed by a noun is a count of things, not money
        ("trồng mới 1 triệu cây xanh", [], []),
        ("dân số 1,2 triệu người", [], []),
        ("đạt 500 nghìn lượt", [], []),
    ],
)
def test_numbers_amounts_without_the_currency_word(text, values, quotes):
    found = find_amounts(text)
    assert [a.vnd for a in found] == values
    assert [text[a.start : a.end] for a in found] == quotes


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("toàn ngành có 1.152 tập thể", [1152]),
        ("thành phố có 4.222 tập thể, 19.729 cá nhân", [4222, 19729]),
        ("có 1,120 tập thể và 3.450 cá nhân", [1120, 3450]),
        ("không quá 03 tập thể", [3]),
        # no count is read from the last digits of a grouped number, a decimal or a date
        ("tăng 1.5 lần, ngày 14.5.2011, mã 12.3456", [1, 14, 12]),
    ],
)
def test_numbers_counts_with_thousands_grouped(text, counts):
    found = [parse_count(m.group(0)) for m in re.finditer(count_pattern(), text)]
    assert found == counts
