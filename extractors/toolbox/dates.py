"""Dates as Vietnamese documents write them.

``16/7/2021``, ``06-8-2021``, ``16.7.2021`` and ``ngày 28 tháng 10 năm 2021``
(with or without "ngày"); dates written wholly or partly in words — ``ngày 05
tháng Ba năm 2025``, ``ngày mười lăm tháng mười một năm hai nghìn không trăm
hai mươi lăm`` — with the span of the written date. A day and month without a
year (``30/11``, ``30 tháng Mười một``) is returned with ``year=None`` for the
caller to resolve and say so. Number words come from ``data/number_words.yaml``
(via ``extractors/toolbox/numbers.py``); what dates add is in ``data/date_words.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from extractors.toolbox.data_files import DataFileError, read_yaml, unique
from extractors.toolbox.numbers import load_number_words, words_to_int

# --- named patterns ------------------------------------------------------------------------

_DAY = r"(?P<d>[0-3]?\d)"
_MONTH = r"(?P<m>[01]?\d)"
_YEAR = r"(?P<y>(?:19|20)\d\d)"

DATE = re.compile(
    rf"(?<!\d)(?:{_DAY}\s*[/.\-]\s*{_MONTH}\s*[/.\-]\s*{_YEAR}"
    r"|(?P<d2>[0-3]?\d)\s+tháng\s+(?P<m2>[01]?\d)\s+năm\s+(?P<y2>(?:19|20)\d\d))"
    r"(?!\d)",
    re.IGNORECASE,
)
# a date whose day or month was left blank or lost, read for its year only: "ngày 15
# tháng năm 2022" (a preview dropped the one-digit month), "ngày   tháng 02 năm 2024"
PARTIAL_DATE = re.compile(
    r"(?:[0-3]?\d[ ]+tháng|tháng(?:[ ]+[01]?\d)?)[ ]+năm[ ]+(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
DAY_MONTH = re.compile(
    rf"(?<![\d/.\-]){_DAY}\s*/\s*{_MONTH}(?![\d]|\s*/\s*\d|\.\d)"
    r"|(?<!\d)(?P<d2>[0-3]?\d)\s+tháng\s+(?P<m2>[01]?\d)(?!\s+năm)(?!\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateWords:
    """Number words of dates: units 1–9, units after "mươi", the tens, hundreds and
    thousands words, the zero and "linh" words, month names and "mồng"."""

    units: dict[str, int]
    after_tens: dict[str, int]
    ten: str
    tens_word: str
    thousands: tuple[str, ...]
    hundreds: str
    zero: str
    low: tuple[str, ...]
    months: dict[str, int]
    prefixes: tuple[str, ...]


@cache
def load_date_words() -> DateWords:
    name = "date_words.yaml"
    data = read_yaml(name)
    nw = load_number_words()
    units = {w: v for w, v in nw.units.items() if 1 <= v <= 9}
    tens = [w for w, v in nw.units.items() if v == 10]
    thousands = tuple(w for w, v in nw.scales.items() if v == 1000)
    months = {str(k).lower(): int(v) for k, v in data["month_names"].items()}
    unique(name, [*months, data["zero_word"], *units, nw.hundreds_word, *nw.zero_tens], "word")
    if len(tens) != 1 or not thousands or any(not 1 <= v <= 12 for v in months.values()):
        raise DataFileError(f"{name}: needs one word for ten, a thousands scale, months 1..12")
    return DateWords(
        units=units,
        after_tens={**units, **nw.tens_variants},
        ten=tens[0],
        tens_word=nw.tens_word,
        thousands=thousands,
        hundreds=nw.hundreds_word,
        zero=str(data["zero_word"]),
        low=tuple(sorted(nw.zero_tens)),
        months=months,
        prefixes=tuple(str(w) for w in data["day_prefixes"]),
    )


def _alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _word_parts() -> dict[str, str]:
    """Regex fragments for a day, a month and a year written in digits or words."""
    w = load_date_words()
    unit, after = _alt(list(w.units)), _alt(list(w.after_tens))
    end = r"(?!\w)"
    n99 = rf"(?:(?:{w.ten}|(?:{unit})\s+{w.tens_word})(?:\s+(?:{after}))?{end}|(?:{unit}){end})"
    hundreds = rf"(?:\s+(?:{w.zero}|{unit})\s+{w.hundreds}{end})?"
    low = rf"(?:\s+(?:{_alt(w.low)})\s+(?:{unit}){end}|\s+{n99})?"
    year = rf"(?:{unit})\s+(?:{_alt(w.thousands)}){end}{hundreds}{low}"
    month = rf"(?:{w.ten}\s+(?:{unit})|{w.ten}|{_alt(list(w.months))}|{unit}){end}"
    return {
        "pre": rf"\bngày\s+(?:(?:{_alt(w.prefixes)})\s+)?",
        "day": rf"(?:[0-3]?\d(?!\d)|{n99})",
        "month": rf"(?:[01]?\d(?!\d)|{month})",
        "year": rf"(?:(?:19|20)\d\d(?!\d)|{year})",
    }


def _day_month() -> str:
    """A day — in digits or words after "ngày" (group ``d``), or in digits alone
    (``dd``) — and "tháng" with its month (``m``)."""
    p = _word_parts()
    day = rf"(?:{p['pre']}(?P<d>{p['day']})|(?<![\w/.\-])(?P<dd>[0-3]?\d)(?!\d))"
    return rf"{day}\s+tháng\s+(?P<m>{p['month']})"


@cache
def word_date() -> re.Pattern[str]:
    """A full date whose day, month or year may be written in words."""
    year = _word_parts()["year"]
    return re.compile(rf"{_day_month()}\s*,?\s+năm\s+(?P<y>{year})", re.IGNORECASE)


@cache
def word_day_month() -> re.Pattern[str]:
    """A day and a month written in words, without a year ("30 tháng Mười một")."""
    return re.compile(_day_month(), re.IGNORECASE)


@cache
def date_pattern() -> str:
    """A regex fragment without groups matching any full date ``find_dates`` reads
    (digits or words), for embedding in other patterns. It takes the "ngày" before
    the date when there is one: a day in words is a date only after it, so give
    ``find_dates`` the matched text with its "ngày"."""
    return re.sub(r"\(\?P<\w+>", "(?:", rf"(?:{word_date().pattern}|(?:\bngày\s+)?{DATE.pattern})")


# --- context words -------------------------------------------------------------------------


@dataclass(frozen=True)
class FoundDate:
    iso: str | None
    day: int
    month: int
    year: int | None
    start: int
    end: int


# --- normalise() ---------------------------------------------------------------------------


def _number(words: str) -> int | None:
    """A day or month in digits or words ("05", "mười lăm", "Ba", "Giêng")."""
    words = " ".join(words.lower().split())
    if words.isdigit():
        return int(words)
    return load_date_words().months.get(words) or words_to_int(words)


def year_from_words(words: str) -> int | None:
    """``"hai nghìn không trăm hai mươi lăm"`` → 2025, ``"hai nghìn linh năm"`` → 2005."""
    w = load_date_words()
    tokens = words.lower().split()
    if len(tokens) == 1 and tokens[0].isdigit():
        return int(tokens[0])
    if len(tokens) < 2 or tokens[1] not in w.thousands or tokens[0] not in w.units:
        return None
    value, rest = w.units[tokens[0]] * 1000, tokens[2:]
    if len(rest) >= 2 and rest[1] == w.hundreds:
        value += 0 if rest[0] == w.zero else w.units.get(rest[0], 0) * 100
        rest = rest[2:]
    if rest and rest[0] in w.low:
        rest = rest[1:]
    low = words_to_int(" ".join(rest)) if rest else 0
    return None if low is None else value + low


def to_iso(year: int, month: int, day: int) -> str | None:
    """ISO date, or ``None`` for an impossible one (``31/02``)."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# --- validate() ----------------------------------------------------------------------------


def _word_match(m: re.Match[str], with_year: bool) -> FoundDate | None:
    """The date of a ``word_date`` / ``word_day_month`` match, when at least one part
    is words (all digits are DATE's)."""
    day_group = "d" if m.group("d") else "dd"
    parts = [m.group(day_group), m.group("m")] + ([m.group("y")] if with_year else [])
    if all(p.isdigit() for p in parts):
        return None
    day, month = _number(parts[0]), _number(parts[1])
    year = year_from_words(parts[2]) if with_year else None
    if day is None or month is None or not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if with_year:
        iso = to_iso(year, month, day) if year and 1900 <= year <= 2099 else None
        return FoundDate(iso, day, month, year, m.start(day_group), m.end("y")) if iso else None
    return FoundDate(None, day, month, None, m.start(day_group), m.end("m"))


# --- entry points --------------------------------------------------------------------------


def _word_dates(text: str, start: int, end: int) -> list[FoundDate]:
    found = (_word_match(m, True) for m in word_date().finditer(text, start, end))
    return [f for f in found if f is not None]


def find_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[FoundDate]:
    """Every full date (day, month and year) in ``text[start:end]``, in text order."""
    end = len(text) if end is None else end
    out = []
    for m in DATE.finditer(text, start, end):
        d = int(m.group("d") or m.group("d2"))
        mo = int(m.group("m") or m.group("m2"))
        y = int(m.group("y") or m.group("y2"))
        iso = to_iso(y, mo, d)
        if iso:
            out.append(FoundDate(iso, d, mo, y, m.start(), m.end()))
    out.extend(_word_dates(text, start, end))
    yield from sorted(out, key=lambda f: f.start)


def find_day_months(text: str, start: int = 0, end: int | None = None) -> Iterator[FoundDate]:
    """Dates written without a year (``30/11``, ``15 tháng 11``, ``30 tháng Mười một``)."""
    end = len(text) if end is None else end
    out = []
    for m in DAY_MONTH.finditer(text, start, end):
        d = int(m.group("d") or m.group("d2"))
        mo = int(m.group("m") or m.group("m2"))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            out.append(FoundDate(None, d, mo, None, m.start(), m.end()))
    in_full = {f.start for f in _word_dates(text, start, end)}
    for m in word_day_month().finditer(text, start, end):
        found = _word_match(m, False)
        if found and found.start not in in_full:  # the day of a full date
            out.append(found)
    yield from sorted(out, key=lambda f: f.start)


def partial_year(text: str, pos: int) -> tuple[int, int] | None:
    """The year of a date at ``pos`` (after its "ngày") that lost its day or its month, and
    where it ends; ``None`` for a full date or no date. The date itself is never made up."""
    m = PARTIAL_DATE.match(text, pos)
    if m is None or next(find_dates(text, pos, m.end()), None) is not None:
        return None
    return int(m.group("y")), m.end()


def parse_date(text: str) -> str | None:
    """The ISO form of the first full date in ``text``, if any."""
    found = next(find_dates(text), None)
    return found.iso if found else None
