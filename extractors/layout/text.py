"""Repair passes of the layout stage: the header back into its two-column line form.

Legal portals and PDF text layers deliver the header table as pipe rows
(``ỦY BAN NHÂN DÂN | CỘNG HÒA … |``), as one cell per line with lone ``|``
lines and words broken by the narrow cells (``CỘNG`` / ``HÒA XÃ HỘI …``,
``Số:`` / ``471/QĐ-UBND``, ``…, ngày 01`` / ``tháng 4 năm 2015``), or as one
line with both columns interleaved. :func:`canonical_header` puts each cell
piece on a line of its own, in the header only (the text above the document
type line or the basis), so that the right column can then be moved after the
left one (:func:`extractors.text.repair` does that next).
:func:`split_authority` cuts the authority line a flattened copy runs into the
end of a decision's upper-case title.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from extractors.layout.closing import closing_start
from extractors.layout.rules import load_layout_rules
from extractors.text.offsets import Mapped, substitute
from extractors.toolbox.names import is_upper

_HEADER_LIMIT = 1500

Repl = Callable[[re.Match[str], str], str | None]


def header_end(text: str, unmarked: int | None = None) -> int:
    """Where the header ends: the document-type line or the basis, whichever comes
    first after the header's start (:func:`header_start`); without either,
    ``unmarked`` (by default the first 1500 characters)."""
    rules = load_layout_rules()
    start = header_start(text)
    limit = min(len(text), start + _HEADER_LIMIT)
    ends = [
        m.start()
        for p in (rules.type_heading, rules.preamble_start)
        if (m := p.search(text, start, limit))
    ]
    return min(ends, default=limit if unmarked is None else unmarked)


# how far down a portal post's lead-in may push the header
_LEAD_IN_LIMIT = 1500
# what a post's lead-in never holds: the body's headings and articles, the closing
_NOT_LEAD_IN = re.compile(
    r"(?m)^[ \t]*(?:[IVX]{1,4}[.)][ \t]|Điều[ \t]+\d|Nơi nhận\b|(?:TM|KT|TL|T/M)[.][ \t]?[A-ZĐ])"
)
# the header's own số: a type word or basis line after it is inside the header (its
# left column stacked above the quốc hiệu), not a lead-in above it
_NUMBER_LINE = re.compile(r"(?m)^[ \t]*Số[ \t]*:?[ \t]*(?:\d|[.…_ ]*/)")
# the teaser of a document-sharing preview: the header's first cells cut short ("… KẾ HOẠCH
# Phát động thi đua [...]", "Độc lập Tự do Hạnh p[.]"), the document whole after it
TEASER = re.compile(r"(?m)^[^\n]*(?:\[(?:\.{1,3}|…)\]|…\])[ \t]*$")


def _header_anchor(text: str, start: int, end: int) -> int | None:
    """Where the header's own cells first show in ``[start, end)``: the quốc hiệu (or the
    party's or youth union's name) in upper case, the tiêu ngữ, or the số (a header of
    only the số and the place and date). The quốc hiệu in mixed case is a citation
    ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"), not a header."""
    rules = load_layout_rules()
    found = []
    pos = start
    while (m := rules.national.search(text, pos, end)) is not None:
        if is_upper(m.group(0)):
            found.append(m.start())
            break
        pos = m.end()
    for m in (rules.motto.search(text, start, end), _NUMBER_LINE.search(text, start, end)):
        if m is not None:
            found.append(m.start())
    return min(found, default=None)


@lru_cache(maxsize=16)
def header_start(text: str) -> int:
    """Where the document's own header begins: 0, or after the lead-in of a portal post.

    Commune, ward and school portals print the post's title, its date and a summary
    that repeats the document's type line ("KẾ HOẠCH Tổ chức …") or its first basis
    clause ("Thực hiện Kế hoạch số … , UBND xã … ban hành …") above the document's
    header. Such a line above the quốc hiệu or the tiêu ngữ is no end of the header:
    the header starts after it (after the rest of its paragraph). A text whose part
    above the quốc hiệu holds articles, body headings or a closing is a document
    printed without its header with another document attached: nothing is skipped.
    (Cached: every pass of the layout stage asks it of the same text.)
    """
    rules = load_layout_rules()
    limit = min(len(text), _LEAD_IN_LIMIT)
    teaser = TEASER.search(text, 0, limit)
    if teaser and _header_anchor(text, teaser.end(), len(text)) is not None:
        return teaser.end() + 1  # a preview's teaser above the document: no part of its header
    firsts = [
        m.start()
        for p in (rules.type_heading, rules.preamble_start)
        if (m := p.search(text, 0, limit))
    ]
    if not firsts or _header_anchor(text, 0, min(firsts)) is not None:
        return 0  # no type line or basis above the header: nothing to skip
    anchor = _header_anchor(text, min(firsts), limit)
    if anchor is None:
        return 0
    anchor_line = text.rfind("\n", 0, anchor) + 1
    early = [
        m.start()
        for p in (rules.type_heading, rules.preamble_start)
        for m in p.finditer(text, 0, anchor_line)
    ]
    if not early or _NOT_LEAD_IN.search(text, 0, anchor_line):
        return 0
    if _NUMBER_LINE.search(text, 0, max(early)):
        return 0
    # the rest of the lead-in's paragraph: its wrapped lines, up to a blank or
    # upper-case line (the issuer cell) or the header's own lines
    end = text.find("\n", max(early))
    while 0 <= end < anchor_line:
        following = text.find("\n", end + 1)
        line = text[end + 1 : anchor_line if following < 0 else min(following, anchor_line)]
        if not line.strip() or is_upper(line) or line.lstrip().startswith(rules.number_label):
            break
        end = following
    return anchor_line if end < 0 or end >= anchor_line else end + 1


def _line_of(text: str, m: re.Match[str]) -> tuple[str, str]:
    """The text before and after ``m`` on its line."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    return text[start : m.start()], text[m.end() : len(text) if end < 0 else end]


def _pipe(m: re.Match[str], text: str) -> str:
    """A cell separator between two cells becomes a line break; at a line's edge, nothing."""
    before, after = _line_of(text, m)
    return "\n" if before.strip() and after.strip() else ""


def _squash(m: re.Match[str], text: str) -> str | None:
    """Quốc hiệu or tiêu ngữ broken over lines by a narrow cell: one line again."""
    return re.sub(r"\s+", " ", m.group(0)) if "\n" in m.group(0) else None


def _joined_label(m: re.Match[str], text: str) -> str:
    return m.group(1) + " "


def _joined_tight(m: re.Match[str], text: str) -> str:
    return m.group(1)


def _joined_date(m: re.Match[str], text: str) -> str | None:
    """A place-and-date cell wrapped before its month or year: one line again."""
    before, _ = _line_of(text, m)
    if "," not in before or len(before) > 60:
        return None
    return m.group(1) + " "


def _own_line(m: re.Match[str], text: str) -> str:
    return "\n"


# the rest of a place-and-date cell whose first word a narrow cell cut off
# ("Tiền" / "Giang, ngày …")
_PLACE_REST = re.compile(r"[ \t]*[^\W\d][^\n,]{0,30},[ \t]*ngày\b")


def _joined_word(m: re.Match[str], text: str) -> str | None:
    """A cell's first word left alone by a narrow cell: "BCH" / "ĐOÀN TỈNH …" (a name
    in upper case), "Tiền" / "Giang, ngày …" (a place)."""
    end = text.find("\n", m.end())
    following = text[m.end() : len(text) if end < 0 else end]
    word = m.group(1).strip()
    name = is_upper(word) and is_upper(following)
    place = word[:1].isupper() and bool(_PLACE_REST.match(following))
    return m.group(1) + " " if name or place else None


@cache
def _steps() -> tuple[tuple[re.Pattern[str], Repl, str], ...]:
    rules = load_layout_rules()
    label = re.escape(rules.number_label)
    words = "|".join(rules.date_words)
    blank_or_digit = r"(?:\d|[ .…_]*/)"
    return (
        (re.compile(r"(?m)^[ \t]*\|[ \t]*(?:\n|\Z)"), lambda m, t: "", "lone cell separator lines"),
        (re.compile(r"[ \t]*\|[ \t]*"), _pipe, "pipe cell separators"),
        (re.compile(f"{rules.national.pattern}|{rules.motto.pattern}"), _squash, "broken motto"),
        (
            re.compile(rf"(?m)^([ \t]*{label}[ \t]*:?)[ \t]*\n[ \t]*(?={blank_or_digit})"),
            _joined_label,
            "number cell over two lines",
        ),
        (
            re.compile(
                rf"(?m)^([ \t]*{label}[ \t]*:?[ \t]*\d[^\n]{{0,30}}[-/])[ \t]*\n[ \t]*(?=[A-ZĐ])"
            ),
            _joined_tight,
            "number cut at its hyphen",
        ),
        (
            re.compile(rf"\b({words}|\d{{1,2}})[ \t]*\n[ \t]*(?=(?:{words})\b|\d)"),
            _joined_date,
            "place-and-date cell over two lines",
        ),
        (
            re.compile(r"(?m)^([ \t]*\w{1,8})[ \t]*\n(?=[ \t]*\w)"),
            _joined_word,
            "word cut from its name's line",
        ),
        (
            re.compile(rf"(?<=\S)[ \t]+(?={label}(?:[ \t]*:[ \t]*{blank_or_digit}|[ ]\d))"),
            _own_line,
            "number cell run into another cell",
        ),
    )


def canonical_header(text: str) -> tuple[Mapped, list[str]]:
    """The header's cells one per line: pipes, lone ``|`` lines and broken cells mended."""
    out = Mapped.identity(text)
    log: list[str] = []
    for pattern, repl, what in _steps():
        current = out.text
        first, limit = header_start(current), header_end(current, unmarked=0)

        def bounded(m: re.Match[str], repl: Repl = repl, current: str = current) -> str | None:
            return repl(m, current)

        step, changed = substitute(pattern, current, bounded, start=first, end=limit)
        if changed:
            log.append(f"layout: header: {what} mended ({len(changed)})")
        out = out.then(step)
    return out, log


# two cells of one header line padded apart: a run of spaces or a tab between them
_PADDING = re.compile(r"(?<=\S)(?:[ ]{3,}|[ ]*\t[ \t]*)(?=\S)")
# what follows a slot left blank in the number or the date: no cell starts so
_BLANK_SLOT_END = re.compile(r"/|(?:tháng|năm)\b")


def split_padded_header(raw: str) -> tuple[Mapped, list[str]]:
    """Header cells padded apart on one line (a Word table or a PDF layout copied as
    text: "SỞ GD&ĐT TỈNH X      CỘNG HÒA …"), each put on a line of its own. Runs on
    the raw text, while the padding is still there."""
    limit = header_end(raw, unmarked=0)

    def cut(m: re.Match[str]) -> str | None:
        # a slot left blank for signing is no cell break: "Số:      /KH-BV",
        # "ngày      tháng      năm 2024"
        return None if _BLANK_SLOT_END.match(raw, m.end()) else "\n"

    step, changed = substitute(_PADDING, raw, cut, start=header_start(raw), end=limit)
    log = [f"layout: header: {len(changed)} cell(s) padded apart put on lines"] if changed else []
    return step, log


def _title_start(text: str) -> int | None:
    """Where the title may start: after the type line, else after the number line."""
    rules = load_layout_rules()
    start = header_start(text)
    window = min(len(text), start + _HEADER_LIMIT * 2)
    basis = rules.preamble_start.search(text, start, window)
    window = basis.start() if basis else window  # "QUYẾT ĐỊNH:" after the basis is no type line
    heading = rules.type_heading.search(text, start, window)
    if heading is not None:
        return heading.end()
    number = re.search(rf"(?m)^{re.escape(rules.number_label)}\b[^\n]*", text[:window])
    return number.end() if number else None


def split_authority(text: str) -> tuple[Mapped, list[str]]:
    """Cut the authority line run into the last line of a decision's title
    ("… TRÊN ĐỊA BÀN TỈNH X CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X")."""
    rules = load_layout_rules()
    start = _title_start(text)
    if start is None:
        return Mapped.identity(text), []
    basis = rules.preamble_start.search(text, start)
    limit = basis.start() if basis else min(len(text), start + 1500)
    closing = closing_start(text, start)  # a short text without basis: not into its closing
    limit = min(limit, closing) if closing is not None else limit

    cut_lines: set[int] = set()

    def cut(m: re.Match[str]) -> str | None:
        before, after = _line_of(text, m)
        line = m.start() - len(before)
        if not start < m.start() < limit or len(before.strip()) < 15 or line in cut_lines:
            return None
        if not is_upper(after) or before.split()[-1] in rules.authority_not_after:
            return None
        cut_lines.add(line)
        return "\n"

    step, changed = substitute(rules.authority, text, cut, start=start, end=limit)
    log = [
        f"layout: title: authority line cut from the title: {_line_of(text, m)[1]!r}"
        for m in changed
    ]
    return step, log


def headline(text: str) -> re.Match[str] | None:
    """A press article's headline: its first line that is not portal chrome (menus,
    breadcrumbs, "Tải về", view counts)."""
    chrome = load_layout_rules().chrome_line
    for m in re.finditer(r"[^\n]+", text):
        if not chrome.fullmatch(m.group(0)):
            return m
    return None
