"""Closing blocks flattened from two columns, put back in reading order.

The closing is two columns: "Nơi nhận" on the left, the signature block on
the right. Two ways of flattening it are repaired:

- a Word table copied as text, each line a recipient, a tab (or a run of
  spaces padding it to the right column) and a piece of the signature
  ("- Bộ GD&ĐT (b/c),<TAB>PHÓ GIÁM ĐỐC", "- Lưu: VT.      Nguyễn Văn A"): the
  right cells, the signer's name too, are moved in order to lines of their
  own after the left column (this runs before tabs and runs of spaces are
  collapsed, while the column boundary is still visible);
- a signature piece run into a recipient line ("- Như trên; KT. CHỦ TỊCH"):
  moved after the list's "Lưu" line.

Both give the order a two-column reader produces.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from extractors.layout.one_line import signature_cuts
from extractors.text.offsets import Builder, Mapped, substitute
from extractors.toolbox.form_words import form_words
from extractors.toolbox.signer_rules import load_rules as load_signer_rules

_WORDS = form_words()
_CLOSING = re.compile(rf"(?m)^[ \t]*[-–]?[ \t]*{_WORDS.recipients}[ \t]*:?")
# a line of the closing with a right cell: left part (maybe empty), tabs, right part;
# or a left part, a run of spaces padding it to the right column (a Word or PDF layout
# copied as text), right part
_TWO_CELLS = re.compile(
    r"(?m)^(?P<left>[^\t\n]*?)(?:[ ]*\t[\t ]*|(?<=\S)[ ]{3,})(?P<right>[^\t\n]*?)[ \t]*\r?$"
)
_GAP = re.compile(r"\t|[ ]{3}")
# a line of the right column alone, indented to it: "                Nguyễn Văn A"
_RIGHT_ONLY = re.compile(r"(?m)^(?P<lead>[ ]{8,})(?P<right>\S[^\t\n]*?)[ \t]*\r?$")
_PARAGRAPH_GAP = re.compile(r"\r?\n[ \t]*\r?\n")


def _cells(text: str, line_start: int) -> list[tuple[int, int, int, int]]:
    """The right cells of the closing from ``line_start``: (end of the left part, end of
    the line's cell, start and end of the right part). Tab-separated cells anywhere
    after; space-padded ones in the first paragraph only, with the lines indented to
    their column that carry nothing on the left (the name under the list)."""
    gap = _PARAGRAPH_GAP.search(text, line_start)
    para_end = gap.start() if gap else len(text)
    found = [
        m
        for m in _TWO_CELLS.finditer(text, line_start)
        if m.group("right").strip()
        and not _GAP.search(m.group("right"))
        and ("\t" in m.group(0) or m.start() < para_end)
    ]
    cells = [(m.end("left"), m.end(), m.start("right"), m.end("right")) for m in found]
    padded = [m.start("right") - m.start() for m in found if "\t" not in m.group(0)]
    if padded:
        column = min(padded) - 4
        for m in _RIGHT_ONLY.finditer(text, line_start, para_end):
            if len(m.group("lead")) >= max(column, 8):
                cells.append((m.start() - 1, m.end(), *m.span("right")))
    return sorted(cells)


def split_tabbed_closing(text: str) -> tuple[Mapped, list[str]]:
    """Move the right cells of a closing in two columns (cells separated by tabs, or
    padded with spaces) after its left column."""
    closing = None
    for closing in _CLOSING.finditer(text):  # noqa: B007 - the last one
        pass
    if closing is None:
        return Mapped.identity(text), []
    cells = _cells(text, text.rfind("\n", 0, closing.start()) + 1)
    if len(cells) < 2:
        return Mapped.identity(text), []
    # the left column runs on to the end of its paragraph ("- Lưu: VT." below the cells)
    gap = _PARAGRAPH_GAP.search(text, cells[-1][1])
    block_end = gap.start() if gap else len(text.rstrip())
    builder = Builder(text)
    pos = 0
    for left_end, line_end, _, _ in cells:
        builder.copy(pos, left_end)
        pos = line_end
    builder.copy(pos, block_end)
    for _, _, right_start, right_end in cells:
        builder.insert("\n", block_end)
        builder.copy(right_start, right_end)
    builder.copy(block_end, len(text))
    moved = ", ".join(repr(text[a:b]) for _, _, a, b in cells)
    return builder.build(), [f"closing: read the right column after the left one: {moved}"]


# the "Lưu" item, on its line or the last item of a list run into one line ("…; - Lưu: VT.")
_ARCHIVE_LINE = re.compile(rf"(?m)(?:^|(?<=[;,.][ ]))[-–*+ ]*{_WORDS.archive}\s*:[^\n]*")


@cache
def _signature_piece() -> re.Pattern[str]:
    """The right column of the closing run into a recipient line: an authority, or an
    office title of ``data/signer_rules.yaml`` ("- Như trên; PHÓ CHỦ TỊCH")."""
    alts = "|".join(re.escape(t) for t in load_signer_rules().titles)  # longest first
    return re.compile(
        rf"(?<=[;:,])[ ]+({_WORDS.authority}\.[ ]?[^\n;]{{2,80}}"
        rf"|(?:{alts})[A-ZĐÀ-Ỹ ]{{0,30}})$",
        re.M,
    )


# an authority run into the "Lưu" line after its full stop: "- Lưu: VT. KT. CHỦ TỊCH", the
# whole signature with it ("- Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (Đã ký) Bùi Văn Hòa")
_ARCHIVE_PIECE = re.compile(
    rf"(?<=\.)[ ]+({_WORDS.authority}\.[ ]?[A-ZĐÀ-Ỹ][^\n;]{{1,120}})$", re.M
)
# the signer's name run into the "Lưu" line after its full stop, the last line of the
# right column: "- Lưu: VT, NC. Nguyễn Văn Phương" (2 to 6 capitalised words, no stop)
_WORD = r"[A-ZĐÀ-Ỹ][a-zđà-ỹ'’]*"
_ARCHIVE_NAME = re.compile(rf"(?<=\.)[ ]+({_WORD}(?:[ ]+{_WORD}){{1,5}})[ ]*$", re.M)
_NAME_LINE = re.compile(rf"(?m)^[ \t]*{_WORD}(?:[ ]+{_WORD}){{1,5}}[ \t]*$")


def split_flattened_closing(text: str) -> tuple[Mapped, list[str]]:
    """Move signature lines run into the "Nơi nhận" list after its "Lưu" line.

    A closing flattened from two columns reads "- Như trên; KT. CHỦ TỊCH";
    the authority and title pieces are moved to their own lines after the
    list, where a signature block stands.
    """
    closing = None
    for closing in _CLOSING.finditer(text):  # noqa: B007 - the last one
        pass
    if closing is None:
        return Mapped.identity(text), []
    archive = _ARCHIVE_LINE.search(text, closing.start())
    block_end = archive.end() if archive else len(text)
    found = list(_signature_piece().finditer(text, closing.start(), block_end))
    if archive:
        found += _ARCHIVE_PIECE.finditer(text, archive.start(), archive.end())
    pieces: list[tuple[int, int]] = []
    for m in found:
        start, end = m.span(1)
        if text[start:end].upper() == text[start:end]:
            pieces.append((start, end))
        elif m.re is _ARCHIVE_PIECE:  # the signature in mixed case: its lines, name included
            pieces += _signature_lines(text, start, end)
    pieces.sort()
    if not pieces:
        return Mapped.identity(text), []
    name = _archive_name(text, archive)
    if name is not None:
        pieces.append(name)
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


def _signature_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of a signature run into one (authority and title, "(Đã ký)", the name),
    cut where a one-line document's signature is cut."""
    bounds = [start, *signature_cuts(text, start, end), end]
    out = []
    for a, b in itertools.pairwise(bounds):
        while a < b and text[a] == " ":
            a += 1
        while b > a and text[b - 1] == " ":
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def _archive_name(text: str, archive: re.Match[str] | None) -> tuple[int, int] | None:
    """The signer's name run into the "Lưu" line, when no name line follows the list
    (the right column's pieces before it were moved: its last line is the name)."""
    if archive is None:
        return None
    m = _ARCHIVE_NAME.search(text, archive.start(), archive.end())
    if m is None or _NAME_LINE.search(text, archive.end()):
        return None
    return m.span(1)
