from __future__ import annotations

import re

import pytest

from extractors.toolbox import dates


@pytest.mark.parametrize(
    ("text", "expected", "quote"),
    [
        ("Huế, ngày 16/7/2021", "2021-07-16", "16/7/2021"),
        ("ban hành ngày 06-8-2021.", "2021-08-06", "06-8-2021"),
        ("Hà Nội, ngày 28 tháng 10 năm 2021", "2021-10-28", "28 tháng 10 năm 2021"),
        ("ngày 05 tháng Ba năm 2025", "2025-03-05", "05 tháng Ba năm 2025"),
        ("ngày 30 tháng Mười một năm 2025,", "2025-11-30", "30 tháng Mười một năm 2025"),
        ("ngày 01 tháng mười năm 2025", "2025-10-01", "01 tháng mười năm 2025"),
        ("ngày 10 tháng Năm năm 2025", "2025-05-10", "10 tháng Năm năm 2025"),
        ("ngày 20 tháng Tư năm 2026", "2026-04-20", "20 tháng Tư năm 2026"),
        (
            "Huế, ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi lăm.",
            "2025-11-15",
            "mười lăm tháng mười một năm hai nghìn không trăm hai mươi lăm",
        ),
        (
            "ngày mồng năm tháng Giêng năm hai nghìn không trăm hai mươi sáu",
            "2026-01-05",
            "năm tháng Giêng năm hai nghìn không trăm hai mươi sáu",
        ),
        (
            "ngày hai mươi mốt tháng 12 năm 2024",
            "2024-12-21",
            "hai mươi mốt tháng 12 năm 2024",
        ),
        (
            "ngày 31 tháng Chạp năm hai nghìn linh năm",
            "2005-12-31",
            "31 tháng Chạp năm hai nghìn linh năm",
        ),
        (
            "ngày 15 tháng 11 năm hai nghìn hai mươi lăm",
            "2025-11-15",
            "15 tháng 11 năm hai nghìn hai mươi lăm",
        ),
    ],
)
def test_find_dates_reads_digits_and_words(text: str, expected: str, quote: str) -> None:
    found = list(dates.find_dates(text))
    assert [f.iso for f in found] == [expected]
    assert text[found[0].start : found[0].end] == quote


@pytest.mark.parametrize(
    "text",
    [
        "mười lăm tháng ba năm 2025",  # a day in words without "ngày"
        "ngày ba mươi mốt tháng hai năm 2025",  # 31 February
        "ngày 15 tháng mười ba năm 2025",  # no thirteenth month
        "năm tháng năm năm 2025 tới",
        "giai đoạn 2021-2025",
        "trong tháng 11/2025",
        "ngày 30 tháng 11",
    ],
)
def test_find_dates_rejects_non_dates(text: str) -> None:
    assert list(dates.find_dates(text)) == []


def test_find_dates_keeps_text_order_over_both_forms() -> None:
    text = "Kế hoạch số 5 ngày 16/7/2021 và Quyết định ngày mười tháng Ba năm 2020."
    assert [f.iso for f in dates.find_dates(text)] == ["2021-07-16", "2020-03-10"]


def test_find_dates_honours_bounds() -> None:
    text = "ngày 05 tháng Ba năm 2025; ngày 06 tháng Ba năm 2025"
    found = list(dates.find_dates(text, 10))
    assert [f.iso for f in found] == ["2025-03-06"]


@pytest.mark.parametrize(
    ("text", "expected", "quote"),
    [
        ("trước ngày 30/11 hằng năm", (30, 11), "30/11"),
        ("trước ngày 15 tháng 11 hàng năm", (15, 11), "15 tháng 11"),
        ("trước ngày 30 tháng Mười một hằng năm", (30, 11), "30 tháng Mười một"),
        ("chậm nhất ngày mười lăm tháng Mười hằng năm", (15, 10), "mười lăm tháng Mười"),
    ],
)
def test_find_day_months_reads_dates_without_year(
    text: str, expected: tuple[int, int], quote: str
) -> None:
    found = list(dates.find_day_months(text))
    assert [(f.day, f.month, f.year) for f in found] == [(*expected, None)]
    assert text[found[0].start : found[0].end] == quote


@pytest.mark.parametrize(
    "text",
    ["ngày 30 tháng Mười một năm 2025", "ngày 30/11/2025", "trong tháng 11/2025"],
)
def test_find_day_months_rejects_full_dates_and_fractions(text: str) -> None:
    assert list(dates.find_day_months(text)) == []


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("hai nghìn không trăm hai mươi lăm", 2025),
        ("hai ngàn không trăm hai mươi", 2020),
        ("hai nghìn linh năm", 2005),
        ("một nghìn chín trăm bảy mươi lăm", 1975),
        ("hai nghìn", 2000),
        ("hai mươi lăm", None),
    ],
)
def test_year_from_words_reads_years(words: str, expected: int | None) -> None:
    assert dates.year_from_words(words) == expected


def test_date_pattern_embeds_without_groups() -> None:
    pattern = re.compile(rf",\s*(?P<date>{dates.date_pattern()})")
    m = pattern.search("Huế, ngày mười lăm tháng mười một năm hai nghìn không trăm hai mươi lăm")
    assert m is not None and dates.parse_date(m.group("date")) == "2025-11-15"
    assert pattern.search("Huế, ngày 16/7/2021") is not None
    assert pattern.search("Huế, mười lăm tháng mười một năm 2025") is None


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("15 tháng năm 2022;", 2022),  # the one-digit month a preview dropped
        ("tháng 02 năm 2024", 2024),  # the day left blank for signing
        ("tháng năm 2019", 2019),  # both left blank
        ("15 tháng 6 năm 2022", None),  # a full date is no partial one
        ("15 tháng 6", None),  # no year
    ],
)
def test_partial_year_reads_only_the_year(text: str, year: int | None) -> None:
    found = dates.partial_year(text, 0)
    assert (found[0] if found else None) == year
