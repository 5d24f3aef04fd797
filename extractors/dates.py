"""Dates as Vietnamese documents write them.

``16/7/2021``, ``06-8-2021``, ``16.7.2021`` and ``ngày 28 tháng 10 năm 2021``
(with or without "ngày"); a day and month without a year (``30/11``) is
returned with ``year=None`` for the caller to resolve and say so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

_DAY = r"(?P<d>[0-3]?\d)"
_MONTH = r"(?P<m>[01]?\d)"
_YEAR = r"(?P<y>(?:19|20)\d\d)"

DATE = re.compile(
    rf"(?<!\d)(?:{_DAY}\s*[/.\-]\s*{_MONTH}\s*[/.\-]\s*{_YEAR}"
    r"|(?P<d2>[0-3]?\d)\s+tháng\s+(?P<m2>[01]?\d)\s+năm\s+(?P<y2>(?:19|20)\d\d))"
    r"(?!\d)",
    re.IGNORECASE,
)
DAY_MONTH = re.compile(
    rf"(?<![\d/.\-]){_DAY}\s*/\s*{_MONTH}(?![\d]|\s*/\s*\d|\.\d)"
    r"|(?<!\d)(?P<d2>[0-3]?\d)\s+tháng\s+(?P<m2>[01]?\d)(?!\s+năm)(?!\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundDate:
    iso: str | None
    day: int
    month: int
    year: int | None
    start: int
    end: int


def to_iso(year: int, month: int, day: int) -> str | None:
    """ISO date, or ``None`` for an impossible one (``31/02``)."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def find_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[FoundDate]:
    """Every full date (day, month and year) in ``text[start:end]``."""
    for m in DATE.finditer(text, start, len(text) if end is None else end):
        d = int(m.group("d") or m.group("d2"))
        mo = int(m.group("m") or m.group("m2"))
        y = int(m.group("y") or m.group("y2"))
        iso = to_iso(y, mo, d)
        if iso:
            yield FoundDate(iso, d, mo, y, m.start(), m.end())


def find_day_months(text: str, start: int = 0, end: int | None = None) -> Iterator[FoundDate]:
    """Dates written without a year (``30/11``, ``15 tháng 11``)."""
    for m in DAY_MONTH.finditer(text, start, len(text) if end is None else end):
        d = int(m.group("d") or m.group("d2"))
        mo = int(m.group("m") or m.group("m2"))
        if 1 <= d <= 31 and 1 <= mo <= 12:
            yield FoundDate(None, d, mo, None, m.start(), m.end())


def parse_date(text: str) -> str | None:
    """The ISO form of the first full date in ``text``, if any."""
    found = next(find_dates(text), None)
    return found.iso if found else None
