"""Long runs of one repeated character cut short before the other repairs and the extractors.

A line of 200,000 dots, half a million blank lines, a hundred thousand ellipses or
combining marks stacked on one letter are not prose: a real plan has a row of dots
to fill in (a few dozen), a few blank lines, at most two marks on a letter. Cutting
each run to a length no real document reaches keeps every later pattern's work
proportional to the text (a pattern that backtracks over a run scans at most the
kept length from each position), and changes nothing in a real document. The cut is
an edit with an offset map like every repair, so evidence still points into the
stored text and page starts follow.
"""

from __future__ import annotations

import re

from extractors.text.offsets import Mapped, substitute

# the longest run kept of each kind (more than any real plan holds)
MAX_PUNCTUATION = 40  # "Họ và tên: ........" leaders run to a few dozen
MAX_NEWLINES = 10
MAX_MARKS = 3  # a vowel's shape mark and its tone, with one to spare

_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# marks first: they are neither word nor space characters, as punctuation is
_RUN = re.compile(
    rf"[{_MARKS}]{{{MAX_MARKS + 1},}}"
    rf"|\n{{{MAX_NEWLINES + 1},}}"
    rf"|([^\w\s{_MARKS}])\1{{{MAX_PUNCTUATION},}}"
)


def _kept(match: re.Match[str]) -> str:
    run = match.group(0)
    if run[0] == "\n":
        return run[:MAX_NEWLINES]
    if match.group(1) is None:
        return run[:MAX_MARKS]
    return run[:MAX_PUNCTUATION]


def collapse_runs(text: str) -> tuple[Mapped, int]:
    """``text`` with every over-long run of one character cut to its kept length,
    and how many runs were cut."""
    mapped, changed = substitute(_RUN, text, _kept)
    return mapped, len(changed)


def collapse_pass(text: str) -> tuple[Mapped, list[str]]:
    """The repair pass: the cut text and its log line (none when nothing was cut)."""
    mapped, n = collapse_runs(text)
    note = f"text: cut {n} run(s) of one repeated character short (dots, blank lines, marks)"
    return mapped, [note] if n else []
