"""Closing blocks flattened from two columns, put back in reading order.

The closing is two columns: "Nơi nhận" on the left, the signature block on
the right. Two ways of flattening it are repaired:

- a Word table copied as text, each line a recipient, a tab and a piece of
  the signature ("- Bộ GD&ĐT (b/c),<TAB>PHÓ GIÁM ĐỐC"): the right cells are
  moved, in order, to lines of their own after the left column (this runs
  before tabs become spaces, while the column boundary is still visible);
- a signature piece run into a recipient line ("- Như trên; KT. CHỦ TỊCH"):
  moved after the list's "Lưu" line.

Both give the order a two-column reader produces.
"""

from __future__ import annotations

import re

from extractors.text.offsets import Builder, Mapped, substitute

_CLOSING = re.compile(r"(?m)^[ \t]*[-–]?[ \t]*(?:Nơi|NƠI)[ \t]+(?:nhận|NHẬN)[ \t]*:?")
# a line of the closing with a right cell: left part (maybe empty), tabs, right part
_TWO_CELLS = re.compile(r"(?m)^(?P<left>[^\t\n]*?)[ ]*\t[\t ]*(?P<right>[^\t\n]*?)[ \t]*\r?$")


def split_tabbed_closing(text: str) -> tuple[Mapped, list[str]]:
    """Move the right cells of a tab-separated closing after its left column."""
    closing = None
    for closing in _CLOSING.finditer(text):  # noqa: B007 - the last one
        pass
    if closing is None:
        return Mapped.identity(text), []
    line_start = text.rfind("\n", 0, closing.start()) + 1
    cells = [
        m
        for m in _TWO_CELLS.finditer(text, line_start)
        if m.group("right").strip() and "\t" not in m.group("right")
    ]
    if len(cells) < 2:
        return Mapped.identity(text), []
    # the left column runs on to the end of its paragraph ("- Lưu: VT." below the cells)
    gap = re.compile(r"\r?\n[ \t]*\r?\n").search(text, cells[-1].end())
    block_end = gap.start() if gap else len(text.rstrip())
    builder = Builder(text)
    pos = 0
    for m in cells:
        builder.copy(pos, m.end("left"))
        pos = m.end()
    builder.copy(pos, block_end)
    for m in cells:
        builder.insert("\n", block_end)
        builder.copy(m.start("right"), m.end("right"))
    builder.copy(block_end, len(text))
    moved = ", ".join(repr(m.group("right")) for m in cells)
    return builder.build(), [f"closing: read the right column after the left one: {moved}"]


_CLOSING_LINE = re.compile(r"(?m)^[-–]?\s*(?:Nơi|NƠI)\s+(?:nhận|NHẬN)\s*:?")
_ARCHIVE_LINE = re.compile(r"(?m)^[-–*+ ]*Lưu\s*:[^\n]*")
# the right column of the closing, run into a recipient line: authority and title
_SIGNATURE_PIECE = re.compile(
    r"(?<=[;:,])[ ]+((?:TM|KT|TL|TUQ|Q)\.[ ]?[^\n;]{2,80}"
    r"|(?:PHÓ |TỔNG )?(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|BÍ THƯ|CHỦ NHIỆM|THỦ TRƯỞNG"
    r"|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CỤC TRƯỞNG|CHI CỤC TRƯỞNG)[A-ZĐÀ-Ỹ ]{0,30})$",
    re.M,
)
# an authority run into the "Lưu" line after its full stop: "- Lưu: VT. KT. CHỦ TỊCH"
_ARCHIVE_PIECE = re.compile(r"(?<=\.)[ ]+((?:TM|KT|TL|TUQ|Q)\.[ ]?[A-ZĐÀ-Ỹ][^\n;]{1,80})$", re.M)


def split_flattened_closing(text: str) -> tuple[Mapped, list[str]]:
    """Move signature lines run into the "Nơi nhận" list after its "Lưu" line.

    A closing flattened from two columns reads "- Như trên; KT. CHỦ TỊCH";
    the authority and title pieces are moved to their own lines after the
    list, where a signature block stands.
    """
    closing = None
    for closing in _CLOSING_LINE.finditer(text):  # noqa: B007 - the last one
        pass
    if closing is None:
        return Mapped.identity(text), []
    archive = _ARCHIVE_LINE.search(text, closing.start())
    block_end = archive.end() if archive else len(text)
    found = list(_SIGNATURE_PIECE.finditer(text, closing.start(), block_end))
    if archive:
        found += _ARCHIVE_PIECE.finditer(text, archive.start(), archive.end())
    pieces = sorted(
        m.span(1)
        for m in found
        if text[m.start(1) : m.end(1)].upper() == text[m.start(1) : m.end(1)]
    )
    if not pieces:
        return Mapped.identity(text), []
    builder = Builder(text)
    pos = 0
    for start, end in pieces:
        builder.copy(pos, start)
        pos = end
    builder.copy(pos, block_end)
    for start, end in pieces:
        builder.insert("\n", block_end)
        builder.copy(start, end)
    builder.copy(block_end, len(text))
    step = builder.build()
    tidy, _ = substitute(re.compile(r"[ ]+\n"), step.text, lambda m: "\n")
    moved = [text[s:e] for s, e in pieces]
    return step.then(tidy), [f"closing: moved signature text to its own line: {q!r}" for q in moved]
