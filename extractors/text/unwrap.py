"""Hard-wrapped text (as ``pdftotext`` or a copy from a PDF viewer gives it) back into
paragraphs.

Such text breaks every line near one width, in mid-sentence. A line is joined to
the next one when the text as a whole is wrapped (many lines end close to one
maximum width), the line reaches that width, it does not end a sentence or a
list item, and the next line does not open a heading, an item or the closing
block. Short lines (the signature, the Nơi nhận list) and the lines of the
header (its cells are lines of their own) are never joined. The join turns one
``\\n`` into one space, so offsets do not move.
"""

from __future__ import annotations

import itertools
import re

from extractors.layout.text import header_end
from extractors.text.offsets import Builder, Mapped
from extractors.toolbox.form_words import form_words

_WORDS = form_words()

# a line that opens a new unit: heading, enumerator, bullet, closing block, preamble clause
_OPENS_UNIT = re.compile(
    r"(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)](?:\s|$)|\d+(?:\.\d+)+\s|[a-zđ][).]\s|[•*]|"
    rf"{_WORDS.recipients}|{_WORDS.archive}\s*:"
    r"|Căn cứ|Thực hiện|Theo đề nghị|Điều\s+\d|PHẦN|Phần\s+thứ|Chương\s)"
)
# a dash or plus opens an item unless lower-case words follow it: "chính trị\n- xã hội"
# is one word cut at the line end; items after a line that does not end are upper-case
_BULLET = re.compile(r"[-–+]\s*(?P<first>\S)?")
_ENDS_UNIT = ".;:!?"
_ARCHIVE_LABEL = re.compile(rf"(?:^|[-–;]\s*){_WORDS.archive}\s*:$")
_CLOSERS = "”\"’')]"
_MIN_LINES = 12  # too few lines to tell a wrap width from chance
_MAX_WIDTH = 160  # wider than any page's line: paragraphs on one line, not wrapped
_NEAR_WIDTH = 0.72  # a line this close to the width reached the margin
_WRAPPED_SHARE = 0.3  # of the longer lines, the share that must sit at the margin


def wrap_width(lines: list[str]) -> int | None:
    """The width the text is wrapped at, or None if it is not hard-wrapped."""
    lengths = sorted(len(ln) for ln in lines if len(ln.strip()) >= 20)
    if len(lengths) < _MIN_LINES:
        return None
    width = lengths[int(0.95 * (len(lengths) - 1))]
    if width > _MAX_WIDTH:
        return None
    at_margin = sum(1 for n in lengths if n >= _NEAR_WIDTH * width)
    return width if at_margin >= _WRAPPED_SHARE * len(lengths) else None


def _joins(line: str, nxt: str, width: int) -> bool:
    stripped = line.rstrip()
    if len(stripped) < _NEAR_WIDTH * width or not nxt.strip():
        return False
    if stripped.lstrip().startswith("|") or nxt.lstrip().startswith("|") or "\t" in line + nxt:
        return False  # rows of a table written with pipes or tabs
    if _ARCHIVE_LABEL.search(stripped):
        return True  # "… - Lưu:" / "VT, TC-KT." is one archive line cut at its colon
    if stripped.rstrip(_CLOSERS)[-1:] in _ENDS_UNIT:
        return False
    letters = [c for c in stripped if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and nxt.strip()[:1].islower():
        return False  # an all-caps heading line, then body text
    head = nxt.lstrip()
    bullet = _BULLET.match(head)
    if bullet:
        first = bullet.group("first") or ""
        return first.isalpha() and first.islower()
    return not _OPENS_UNIT.match(head)


def unwrap_lines(text: str) -> tuple[Mapped, int]:
    """Join the lines of a hard-wrapped text into paragraphs; return the map and the count."""
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return Mapped.identity(text), 0
    header = header_end(text, unmarked=0)
    builder = Builder(text)
    pos = 0
    offset = 0
    joined = 0
    for line, nxt in itertools.pairwise(lines):
        newline = offset + len(line)
        if newline >= header and _joins(line, nxt, width):
            builder.copy(pos, newline)
            builder.replace(newline, newline + 1, " ")
            pos = newline + 1
            joined += 1
        offset = newline + 1
    if not joined:
        return Mapped.identity(text), 0
    builder.copy(pos, len(text))
    return builder.build(), joined
