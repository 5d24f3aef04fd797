"""Input limits of the read stage, checked before the expensive step.

Each limit refuses (or cuts, with a warning) what no plan needs, names the
figure in its reason and says which option raises it (``ReadOptions``, set
from the environment): the size of a text file before it is decoded, the
characters of a document and of one line, the cells of a table once its spans
are laid out. Page sizes and rendered pixels are checked in ``pdf.py`` before
a page is rendered for OCR; its pages are announced here first, so that the
worker running the document can extend its time limit by the pages' allowance.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers.base import RawText
from pipeline.readers.options import ReadOptions

PageHook = Callable[[int], None]
_page_hook: list[PageHook] = []


def on_ocr_pages(hook: PageHook | None) -> None:
    """Call ``hook(n)`` whenever a reader is about to OCR ``n`` pages (``None``: stop)."""
    _page_hook.clear()
    if hook is not None:
        _page_hook.append(hook)


def announce_ocr_pages(pages: int) -> None:
    """Tell the worker's clock that ``pages`` pages are going to OCR."""
    for hook in _page_hook:
        hook(pages)


def check_size(path: Path, data: bytes, kind: str, options: ReadOptions) -> None:
    """Refuse a text or web page too large to be one plan, before decoding it."""
    if kind in ("text", "html") and len(data) > options.max_text_bytes:
        raise InputError(
            path,
            f"a text of {len(data) / 1e6:.1f} MB, over the limit of"
            f" {options.max_text_bytes / 1e6:.1f} MB (a plan runs to a few hundred KB)",
            "split the file, or raise THIDUA_MAX_TEXT_BYTES if it really is one plan",
        )


def check_cells(path: Path | None, cells: int, options: ReadOptions) -> None:
    """Refuse a table that lays out into more grid cells than any plan holds."""
    if cells > options.max_table_cells:
        raise InputError(
            path or "table",
            f"a table of more than {options.max_table_cells:,} cells once its merged cells"
            " are laid out (colspan/rowspan, gridSpan)",
            "check the file; raise THIDUA_MAX_TABLE_CELLS if the table is real",
        )


def limit_text(path: Path, raw: RawText, options: ReadOptions) -> RawText:
    """Refuse a document over ``max_chars`` or ``max_lines`` (not blank); cut lines
    over ``max_line_chars`` (a warning: text is lost) and runs of spaces or tabs over
    :data:`MAX_BLANKS` (a note: only padding is lost); page starts move with the text.

    A line of 200,000 characters is not prose (a row of dots, a dump, a minified
    page), nor a run of thousands of tabs: patterns that look at a line's indent
    before a word (the closing's "Nơi nhận") would scan such a run again from every
    split of it.
    """
    if len(raw.text) > options.max_chars:
        raise InputError(
            path,
            f"{len(raw.text):,} characters of text, over the limit of {options.max_chars:,}"
            " (a 100-page plan has ~300,000)",
            "split the file, or raise THIDUA_MAX_CHARS if it really is one plan",
        )
    lines = sum(1 for line in raw.text.splitlines() if line.strip())
    if lines > options.max_lines:  # each may open a section: the outline grows with its square
        raise InputError(
            path,
            f"{lines:,} lines of text, over the limit of {options.max_lines:,}"
            " (a 100-page plan has ~4,000)",
            "split the file, or raise THIDUA_MAX_LINES if it really is one plan",
        )
    cuts, notes = _long_lines(raw.text, options.max_line_chars)
    if cuts:
        shown = "; ".join(notes[:3]) + (f"; {len(notes) - 3} more" if len(notes) > 3 else "")
        raw.warnings.append(f"over-long lines are not prose: {shown}")
        _apply(raw, cuts)
    blanks = [
        (m.start() + MAX_BLANKS, len(m.group(0)) - MAX_BLANKS) for m in _BLANKS.finditer(raw.text)
    ]
    if blanks:
        raw.notes.append(f"{len(blanks)} run(s) of spaces or tabs cut to {MAX_BLANKS}")
        _apply(raw, blanks)
    return raw


MAX_BLANKS = 200  # a layout's padding or a row of empty table cells stays far below
_BLANKS = re.compile(rf"[ \t]{{{MAX_BLANKS + 1},}}")
_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits on


def _long_lines(text: str, limit: int) -> tuple[list[tuple[int, int]], list[str]]:
    """(offset where the cut begins, characters cut) of each line over ``limit``."""
    cuts: list[tuple[int, int]] = []
    notes: list[str] = []
    if not any(len(line) > limit for line in text.splitlines()):
        return cuts, notes
    pos = 0
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        body = len(line.rstrip(_LINE_ENDS))
        if body > limit:
            cuts.append((pos + limit, body - limit))
            notes.append(f"line {number}: {body:,} characters cut to {limit:,}")
        pos += len(line)
    return cuts, notes


def _apply(raw: RawText, cuts: list[tuple[int, int]]) -> None:
    """Remove ``cuts`` (ordered, not overlapping) from the text; move the page starts."""
    pieces, pos = [], 0
    for at, length in cuts:
        pieces.append(raw.text[pos:at])
        pos = at + length
    pieces.append(raw.text[pos:])
    raw.text = "".join(pieces)
    raw.page_starts = [_moved(start, cuts) for start in raw.page_starts]


def _moved(offset: int, cuts: list[tuple[int, int]]) -> int:
    """A raw offset in the text after the cuts (an offset inside a cut goes to its start)."""
    shift = 0
    for at, length in cuts:
        if offset <= at:
            break
        shift += min(length, offset - at)
    return offset - shift
