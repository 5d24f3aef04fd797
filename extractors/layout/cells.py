"""Read the header cells of a segmented document once: issuer, motto, number, place and date.

The text is in the two-column line form by now (:mod:`extractors.layout.text`);
the header block is the text above the document-type line, the trích yếu of a
công văn, or — for a decision copied without its type line — above the title.
A document printed without a header gets its cells from the note that opens an
attached regulation ("(Ban hành kèm theo Quyết định số … ngày … của …)").
"""

from __future__ import annotations

import re
from functools import cache

from extractors.layout.rules import load_layout_rules
from extractors.layout.text import header_end, header_start
from extractors.model import Document, HeaderCells, Line, Span
from extractors.toolbox.data_files import load_known_issuers, load_provinces
from extractors.toolbox.dates import date_pattern, find_dates
from extractors.toolbox.doc_numbers import number_pattern, squeeze
from extractors.toolbox.names import continues, is_upper, squash
from extractors.toolbox.provinces import is_district_office

# the number as real headers write it (one pattern with citations: toolbox.doc_numbers);
# not "Số:     /KH-UBND" (left blank for signing)
_NUM = number_pattern()
NUMBER = re.compile(rf"(?m)^[ ]*Số[ ]{{0,3}}:?[ ]{{0,3}}(?P<num>{_NUM})")
_NUMBER_ALONE = re.compile(_NUM)

# where an attached regulation's opening note is looked for
_NOTE_WINDOW = 1000

# a date left blank for the signing day: "ngày     tháng 8 năm 2025", "ngày ... tháng ... năm 2025"
BLANK_DATE = r"ngày[ \t.…_]*(?:\d{1,2}[ \t]+)?tháng[ \t.…_]*(?:\d{1,2}[ \t]+)?năm[ \t]+\d{4}"


# the place of a place-and-date line standing on its own line: any words up to the comma
_PLACE_ON_LINE = r"(?m)^[ \t]*(?P<place>[^\W\d][^\n,]{0,40}?)[ \t]*,[ \t]*\n?[ \t]*"
# in a line that runs header cells together: capitalised words, a unit ("TP.") first
_PLACE_WORD = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*"
_PLACE_IN_RUN = (
    r"(?<![\w/\-])(?P<place>(?:(?:TP|Tp)\.[ ]?|(?:Thành phố|Thị xã|Thị trấn)[ ])?"
    rf"{_PLACE_WORD}(?:[ \-]{_PLACE_WORD}){{0,4}}),[ ]*"
)


@cache
def place_date_pattern(in_run: bool = False) -> re.Pattern[str]:
    """The place-and-date line: "Quảng Ngãi, ngày 28 tháng 10 năm 2021", "Hà Nội, ngày
    16/7/2021", "Huế, ngày hai mươi tháng Một năm hai nghìn không trăm hai mươi sáu".

    The date may run over a line break (an OCR line cut before "năm 2025"), or be
    left blank for the signing day ("ngày    tháng 8 năm 2025": the place without a
    date). "ngày" is required: a place and a bare date is not the place-and-date line.
    ``in_run``: the line inside a line that runs header cells together, where the
    place is its capitalised words before the comma.
    """
    place = _PLACE_IN_RUN if in_run else _PLACE_ON_LINE
    return re.compile(rf"{place}{_date_cell()}")


def _date_cell() -> str:
    """The date of the place-and-date cell, "ngày …" or left blank for signing."""
    return rf"(?P<date>(?i:(?=ngày\s)(?:{date_pattern()})|{BLANK_DATE}))"


def number_value(quote: str) -> str:
    """The số ký hiệu as the record holds it: no spaces, en dashes as hyphens, and the
    hyphen a PDF text layer lost after the type code put back ("QĐUBND" → "QĐ-UBND")."""
    value = squeeze(quote)
    head, _, tail = value.rpartition("/")
    if "-" in tail or not head:
        return value
    for code in sorted(load_layout_rules().type_codes, key=len, reverse=True):
        rest = tail[len(code) :]
        if tail.startswith(code) and len(rest) >= 3 and rest.isalpha() and rest.isupper():
            return f"{head}/{code}-{rest}"
    return value


# what ends the left column: the số, the trích yếu of a công văn, the place and date
_LEFT_END = re.compile(
    r"^(?:Số[ \t]*:?[ \t]*(?:\d|[.…_ ]*/)|V/v|Về việc|[^\n,]{1,40},\s*ngày\b)", re.IGNORECASE
)
# rules under a column, stars under a party body
_RULE = re.compile(r"^[-_=.*]+$")
# a line that only continues the previous one: "TỈNH BÌNH THUẬN"
_PLACE_LINE = re.compile(
    r"^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|ĐẶC KHU|TP\.?)\s(?!ỦY\b|ĐOÀN\b)",
    re.IGNORECASE,
)
# a scanner's speck or a rule read as a letter between header lines: "z", "—", "*"
_SPECK = re.compile(r"^\W*\w?\W*$")


def _right_column(text: str) -> bool:
    rules = load_layout_rules()
    return bool(rules.national.match(text) or rules.motto.match(text) or _RULE.match(text))


def bodies(lines: list[Line]) -> list[tuple[str, Span]]:
    """Upper-case body lines of the left column, with place lines and wrapped names joined.

    The left column is the run of upper-case lines next to the header: a page's
    furniture above it ("THÔNG TIN TÀI LIỆU", a site's name) makes runs of its own,
    and the run last before the số, the quốc hiệu or the place and date is taken.
    """
    runs: list[list[tuple[str, Span]]] = [[]]
    reached = False
    for line in lines:
        if _SPECK.match(line.text) or _RULE.match(line.text):
            continue
        if _right_column(line.text):
            reached = True  # the right column interleaved by a reader
            continue
        if _LEFT_END.match(line.text):
            reached = True
            break
        # a post's or blog's title in capitals ("KẾ HOẠCH THI ĐUA NĂM 2024") is no body
        if not is_upper(line.text) or load_layout_rules().type_heading.match(line.text):
            if runs[-1] and reached:
                break
            if runs[-1]:
                runs.append([])
            continue
        _add_line(runs[-1], line)
    filled = [run for run in runs if run]
    found = (filled[-1] if reached else filled[0]) if filled else []
    return [part for text, span in found for part in _split_run(text, span)]


def _add_line(found: list[tuple[str, Span]], line: Line) -> None:
    """``line`` joined to the body above it (a place line, a wrapped name) or a body of its own."""
    if found and (
        _PLACE_LINE.match(line.text)
        or continues(found[-1][0], line.text)
        or found[-1][0] in load_layout_rules().office_titles
        or _completes_province(found[-1][0], line.text)
    ):
        text, span = found[-1]
        found[-1] = (f"{text} {line.text}", Span(span.start, line.span.end))
    else:
        found.append((line.text, line.span))


def _plain(text: str) -> str:
    """Case-folded, hyphens and runs of spaces dropped: "Bà Rịa - Vũng Tàu" → "bà rịa vũng tàu"."""
    return " ".join(text.replace("-", " ").replace("–", " ").split()).casefold()


@cache
def _province_names() -> tuple[str, ...]:
    return tuple(_plain(p.name) for p in load_provinces() if len(p.name.split()) > 1)


def _completes_province(previous: str, line: str) -> bool:
    """Whether ``line`` is the rest of a province name the line before began
    ("TỈNH BÀ RỊA VŨNG" / "TÀU", a left column interleaved into one line)."""
    before, joined = _plain(previous), _plain(f"{previous} {line}")
    return any(name in joined and name not in before for name in _province_names())


def _placed(before: str) -> bool:
    """Whether a body's name ``before`` ends with its place: a place unit and its name
    ("… TỈNH X"), a province's name ("SỞ GD&ĐT QUẢNG NGÃI"), or a district office's
    district named bare ("PHÒNG GD&ĐT SƠN TỊNH")."""
    plain = _plain(before)
    return bool(
        load_layout_rules().placed.search(before)
        or any(plain.endswith(" " + name) for name in _all_province_names())
        or is_district_office(before)
        or plain in _central_bodies()  # a ministry above its provincial unit ("BỘ CÔNG AN")
    )


@cache
def _all_province_names() -> tuple[str, ...]:
    return tuple(_plain(p.name) for p in load_provinces())


@cache
def _central_bodies() -> frozenset[str]:
    return frozenset(_plain(name) for name in load_known_issuers())


def _split_run(text: str, span: Span) -> list[tuple[str, Span]]:
    """Two bodies run together in one cell ("UBND TỈNH X HỘI ĐỒNG THI ĐUA - KHEN
    THƯỞNG", "PHÒNG GD&ĐT X TRƯỜNG THCS Y"): cut before the head of the second, after
    the place of the first."""
    rules = load_layout_rules()
    for m in rules.body_head.finditer(text):
        before = text[: m.start()].rstrip()
        if _placed(before) and before.split()[-1] not in rules.name_joiners:
            cut = span.start + m.start()
            head = (before, Span(span.start, span.start + len(before)))
            return [head, *_split_run(text[m.start() :], Span(cut, span.end))]
    return [(text, span)]


def _motto(text: str, header: Span) -> Span | None:
    rules = load_layout_rules()
    spans = [
        m.span()
        for pattern in (rules.national, rules.motto)
        for m in pattern.finditer(text, header.start, header.end)
    ]
    return Span(min(s for s, _ in spans), max(e for _, e in spans)) if spans else None


# the place without its comma: alone on the line above the date ("Văn Quan" / "ngày 12
# tháng 9 năm 2025") or run into it ("Phan" / "Rang ngày …": the comma lost with the cell's
# line break); not the "Số" line
_PLACE_UNMARKED = (
    r"(?m)^[ \t]*(?!Số\b)(?P<place>(?:(?:TP|Tp)\.[ ]?)?"
    # a name's first word alone on the line above ("Phan" / "Rang ngày …")
    rf"(?:{_PLACE_WORD}[ \t]*\n[ \t]*(?={_PLACE_WORD}(?:[ \-]{_PLACE_WORD}){{0,3}}[ \t]+ngày\s))?"
    rf"{_PLACE_WORD}(?:[ \-]{_PLACE_WORD}){{0,4}})[ \t]*\n?[ \t]*"
)


@cache
def _place_date_unmarked() -> re.Pattern[str]:
    return re.compile(rf"{_PLACE_UNMARKED}{_date_cell()}")


def _place_date(cells: HeaderCells, text: str, header: Span) -> None:
    m = place_date_pattern().search(text, header.start, header.end)
    unmarked = _place_date_unmarked().finditer(text, header.start, header.end)
    # without its comma, a place is written in capitalised words, never a line in capitals
    m = m or next((u for u in unmarked if not is_upper(u.group("place"))), None)
    if m is None:
        return
    found = next(find_dates(m.group("date")), None)
    cells.place_date = Span(m.start("place"), m.end())
    cells.place = squash(m.group("place"))
    cells.date = found.iso if found else None


def from_header(text: str, header: Span, lines: list[Line]) -> HeaderCells:
    """The cells of the header block ``header`` (``lines``: its non-empty lines)."""
    cells = HeaderCells(motto=_motto(text, header))
    found = bodies(lines)
    if found:
        cells.issuer = Span(found[0][1].start, found[-1][1].end)
    # the last số of the header: a preview repeats the header's first cells as a teaser
    # above the document ("Số 512/SGDĐT TĐKT V/v …"), a portal its metadata
    m = None
    for m in NUMBER.finditer(text, header.start, header.end):  # noqa: B007 - the last one
        pass
    if m is not None:
        cells.number = Span(m.start("num"), m.end("num"))
        cells.number_value = number_value(m.group("num"))
    _place_date(cells, text, header)
    return cells


@cache
def _note_date() -> re.Pattern[str]:
    return re.compile(rf"[ ,]*(?=ngày\s)({date_pattern()})", re.IGNORECASE)


def from_attached_note(text: str, start: int, end: int) -> HeaderCells | None:
    """Cells from the "(Ban hành kèm theo Quyết định số … ngày … của …)" note, if any."""
    rules = load_layout_rules()
    note = rules.attached_note.search(text, start, end)
    if note is None:
        return None
    num = _NUMBER_ALONE.match(text, note.end())
    if num is None:
        return None
    cells = HeaderCells(source="attached_note")
    cells.number = Span(num.start(), num.end())
    cells.number_value = number_value(num.group(0))
    date = _note_date().match(text, num.end())
    if date is not None:
        found = next(find_dates(date.group(1)), None)
        cells.date = found.iso if found else None
        cells.place_date = Span(date.start(1), date.end(1))
    who = rules.attached_issuer.match(text, date.end() if date else num.end())
    if who is not None:
        cells.issuer = Span(who.start("issuer"), who.end("issuer"))
    return cells


def type_of_number(value: str) -> str | None:
    """The document type a số ký hiệu's type code names ("12/QĐ-UBND", "27-QĐ/HNDT"
    → quyet_dinh), or ``None``."""
    codes = load_layout_rules().type_codes
    for part in re.split(r"[/-]", value)[1:]:
        if not part.isdigit():
            return codes.get(part)
    return None


def number_type(text: str) -> str | None:
    """The type code of the header's số ký hiệu, read from the text before the basis."""
    number = NUMBER.search(text, 0, header_end(text))
    return type_of_number(number_value(number.group("num"))) if number else None


def untyped_header(text: str) -> Span | None:
    """The header of a document copied without its type line (a decision straight
    from its header to its title): a "Số: …" line with the quốc hiệu or the place
    and date beside it, above the title."""
    end = header_end(text)
    number = NUMBER.search(text, 0, end)
    if number is None:
        return None
    rules = load_layout_rules()
    others = [rules.national, rules.motto, place_date_pattern()]
    found = [m for p in others if (m := p.search(text, 0, end)) is not None]
    if not found:
        return None
    last = max(m.end() for m in [number, *found])
    line_end = text.find("\n", last)
    return Span(0, end if line_end < 0 else min(line_end, end))


def read_cells(doc: Document) -> HeaderCells:
    """The header's cells, read once by the layout stage; from an attached
    regulation's opening note when the document has no header."""
    header = doc.blocks.header
    if header is not None:
        # not in a portal post's lead-in above the header (its title, date, summary)
        header = Span(max(header.start, min(header_start(doc.text), header.end)), header.end)
        return from_header(doc.text, header, doc.lines(header))
    if doc.is_news:
        return HeaderCells()
    end = min(len(doc.text), _NOTE_WINDOW)
    return from_attached_note(doc.text, 0, end) or HeaderCells()


def opens_with_note(text: str) -> bool:
    """Whether ``text`` opens with an attached regulation's note (and no header)."""
    return from_attached_note(text, 0, min(len(text), _NOTE_WINDOW)) is not None
