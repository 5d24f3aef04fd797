from __future__ import annotations

import pytest

from extractors.numbers import find_amounts, parse_count


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
