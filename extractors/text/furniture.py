"""Page numbers left in plain text (a copy of a paged document): dropped.

A page number is a line that holds only a number ("2", "- 2 -", "Trang 2", "2/5"),
stands apart from the text around it (a blank line before or after it), and
belongs to a run of such lines that counts the pages up from 1 or 2, a page's
worth of text apart. A lone number that does not fit that run (a table cell, a
count on its own line, the STT column of a table flattened one cell a line) stays.
The paged readers (PDF, OCR) drop page numbers from the layout; this pass is for
text that reached us already flattened.
"""

from __future__ import annotations

import re

from extractors.text.offsets import Builder, Mapped

_PAGE_NUMBER = re.compile(
    r"(?m)^[ \t]*(?:-[ \t]*)?(?:Trang[ \t]+)?(?P<n>\d{1,3})(?:[ \t]*/[ \t]*\d{1,3})?"
    r"(?:[ \t]*-)?[ \t]*$\n?"
)
_MIN_PAGE_CHARS = 1200  # less text than any page of a plan holds


def _apart(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start()]
    after = text[match.end() :]
    blank_before = before.endswith("\n\n") or not before.strip()
    blank_after = after.startswith("\n") or not after.strip()
    return blank_before or blank_after


def _page_run(candidates: list[re.Match[str]]) -> list[re.Match[str]]:
    """The candidates that count pages up one by one from 1 or 2, in text order."""
    run: list[re.Match[str]] = []
    expected: set[int] = {1, 2}
    last_end = 0
    for match in candidates:
        number = int(match.group("n"))
        if number in expected and match.start() - last_end >= _MIN_PAGE_CHARS:
            run.append(match)
            expected = {number + 1}
            last_end = match.end()
    return run


def drop_page_numbers(text: str) -> tuple[Mapped, int]:
    """Remove the page-number lines of ``text``; return the map and how many went."""
    candidates = [m for m in _PAGE_NUMBER.finditer(text) if _apart(text, m)]
    run = _page_run(candidates)
    if not run:
        return Mapped.identity(text), 0
    builder = Builder(text)
    pos = 0
    for match in run:
        builder.copy(pos, match.start())
        pos = match.end()
    builder.copy(pos, len(text))
    return builder.build(), len(run)
