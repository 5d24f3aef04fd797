"""The closing of a document copied from its table as pipe rows (a layout-stage pass).

Legal portals flatten the closing's two-column table like the header's. Two renderings
are met: cell after cell ("Nơi nhận: …" down to "- Lưu: VT, NC. | TM. ỦY BAN NHÂN DÂN",
the signature's lines, then "Nguyễn Văn A |"), and row after row ("Nơi nhận: | TM. ỦY
BAN NHÂN DÂN |", "- Như Điều 3; | KT. CHỦ TỊCH |", …, "| Nguyễn Văn A |"). The first has
its cells put on lines of their own; the second has its cells tab-separated and then
its right column moved after the left one, as a closing copied from a Word table with
tabs is (:func:`extractors.text.closing.split_tabbed_closing`). Lone "|" lines and the
table's edges are dropped. A document attached after the closing keeps its own table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.layout.rules import load_layout_rules
from extractors.text.closing import split_tabbed_closing
from extractors.text.offsets import Mapped, substitute
from extractors.toolbox.form_words import form_words

_CLOSING = re.compile(rf"(?m)^[ \t]*\|?[ \t]*[-–]?[ \t]*{form_words().recipients}")
# a signature cell without "Nơi nhận" before it: "| KT. CHỦ TỊCH" … "Võ Đức Trọng |"
_SIGNATURE_CELL = re.compile(rf"(?m)^[ \t]*\|[ \t]*{form_words().authority}[. ][ ]?[A-ZĐÀ-Ỹ]")
_LONE = re.compile(r"(?m)^[ \t]*\|[ \t]*(?:\n|\Z)")
_EDGE_END = re.compile(r"(?m)(?:[ \t]*\|)+[ \t]*$")
_EDGE_START = re.compile(r"(?m)^[ \t]*\|[ \t]*(?=\S)")
_INNER = re.compile(r"(?<=\S)[ \t]*\|[ \t]*(?=\S)")
_ROW_WISE = 2  # lines with two cells that make the closing a table flattened row by row


def _start(text: str) -> int | None:
    """The last "Nơi nhận", else the first signature cell opening with its authority."""
    found = None
    for found in _CLOSING.finditer(text):  # noqa: B007 - the last one
        pass
    found = found or _SIGNATURE_CELL.search(text)
    return found.start() if found else None


def _end(text: str, start: int) -> int:
    """Where the closing's table ends: at a document attached after it, or the text's end."""
    rules = load_layout_rules()
    line_end = text.find("\n", start)
    after = len(text) if line_end < 0 else line_end
    attached = [p.search(text, after) for p in (rules.appendix, rules.type_heading)]
    return min((m.start() for m in attached if m), default=len(text))


def _step(
    out: Mapped, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]
) -> tuple[Mapped, int]:
    """``out`` with ``pattern`` replaced inside its closing's table; how many were."""
    text = out.text
    start = _start(text)
    if start is None:
        return out, 0
    step, changed = substitute(pattern, text, repl, start=start, end=_end(text, start))
    return out.then(step), len(changed)


def _constant(text: str) -> Callable[[re.Match[str]], str]:
    return lambda m: text


def split_piped_closing(text: str) -> tuple[Mapped, list[str]]:
    """A closing in pipe rows put back into the lines a two-column reader produces."""
    start = _start(text)
    if start is None or "|" not in text[start : _end(text, start)]:
        return Mapped.identity(text), []
    rows = len(_INNER.findall(text, start, _end(text, start)))
    out = Mapped.identity(text)
    total = 0
    for pattern, repl in (
        (_LONE, ""),
        (_EDGE_END, ""),
        (_EDGE_START, "\t" if rows >= _ROW_WISE else ""),
        (_INNER, "\t" if rows >= _ROW_WISE else "\n"),
    ):
        out, n = _step(out, pattern, _constant(repl))
        total += n
    if not total:
        return Mapped.identity(text), []
    log = [f"layout: closing: {total} pipe cell mark(s) mended"]
    if rows >= _ROW_WISE:
        moved, notes = split_tabbed_closing(out.text)
        out = out.then(moved)
        log += notes
    return out, log
