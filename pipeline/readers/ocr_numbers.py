"""A document number OCR read once otherwise than everywhere else in the same text.

A plan cites the same directive again and again ("Chỉ thị số 19/CT-TTg" ten times in
quang-ngai's plan); on a scan one of the citations may come out with a letter of its
code misread ("19/CT-TTE", "19/CT-TT"). A number read once, whose digits are those of
a number read at least three times and whose code is one edit from that one's, is that
number: two documents of the same number and year whose codes differ by one letter do
not stand in one plan, and three readings against one decide which is right.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from rapidfuzz.distance import Levenshtein

from extractors.toolbox.doc_numbers import number_pattern

AGREEING = 3  # readings of the number that outvote one other reading


@cache
def _numbers() -> re.Pattern[str]:
    return re.compile(number_pattern())


def _digits(number: str) -> str:
    """The number's digits and year, before its code: "19/CT-TTg" -> "19/"."""
    return re.match(r"[\d\s./-]*", number).group(0)  # type: ignore[union-attr]


def settle_numbers(text: str) -> tuple[str, list[str]]:
    """``text`` with each number read once set to the number its other citations read
    (see the module); one log line each."""
    found = list(_numbers().finditer(text))
    counts = Counter(m.group(0) for m in found)
    pieces: list[str] = []
    log: list[str] = []
    last = 0
    for match in found:
        read = match.group(0)
        if counts[read] > 1:
            continue
        head = _digits(read)
        meant = [
            other
            for other, n in counts.items()
            if n >= AGREEING
            and _digits(other) == head
            and Levenshtein.distance(read[len(head) :], other[len(head) :]) == 1
        ]
        if len(meant) != 1:
            continue
        pieces += [text[last : match.start()], meant[0]]
        last = match.end()
        log.append(f"OCR repair number: {read!r} -> {meant[0]!r} at {match.start()}")
    return "".join([*pieces, text[last:]]), log
