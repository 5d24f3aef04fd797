"""Positioned lines -> reading-order text: two-column header, page furniture, paragraphs.

Every paged reader (text-layer PDF, OCR) turns a page into :class:`Line` s with
their horizontal segments; :func:`assemble` then

* reads the Nghị định 30 header (issuing body, number on the left; quốc hiệu,
  motto, place and date on the right) as the left column, then the right one;
* drops page furniture: page numbers and running headers/footers;
* joins the lines of a paragraph, across page breaks too, and separates
  paragraphs by a blank line;
* records the offset where each page begins.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from dataclasses import dataclass, field

from extractors.layout.rules import load_layout_rules
from extractors.toolbox.form_words import form_words
from pipeline.readers.columns import closing_columns, join_split_rows, merge_rows
from pipeline.readers.layout_types import Line, Page, Segment

__all__ = ["Assembled", "Line", "Page", "Segment", "assemble", "header_lines", "split_segments"]


@dataclass
class Assembled:
    text: str
    page_starts: list[int] = field(default_factory=list)
    header_columns: bool = False


# the quốc hiệu, or the party's or youth union's name in its place (header_layout.yaml)
QUOC_HIEU = load_layout_rules().national
LAYOUT_TABLE = re.compile(  # the header (quốc hiệu, a party's name, number beside date), closing
    rf"{QUOC_HIEU.pattern}|{form_words().recipients}"
    rf"|^\s*{form_words().authority}\.?\s|CHỦ TỊCH"
    r"|^\s*Số\b[^\n]{0,40}\n(?:[^\n]*\n)*?[^\n]*ngày\s{0,2}\d{1,2}\s{0,2}tháng",
    re.M,
)
DATE_LINE = re.compile(r"ngày\s{0,3}\d{1,2}\s{0,3}tháng\s{0,3}\d{1,2}\s{0,3}năm\s{0,3}\d{4}", re.I)
NUMBER_LINE = re.compile(r"^\s*S[ốỐoO]\s{0,3}[:;]", re.IGNORECASE)
DECORATION = re.compile(r"^[\s\-_–—=.*~]+$")
PAGE_NUMBER = re.compile(r"^\s*[-–—]?\s*(?:Trang\s*)?\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–—]?\s*$", re.I)
ENUMERATOR = re.compile(
    r"^(?:[IVXLC]{1,6}\.|\d{1,2}(?:\.\d{1,2}){0,3}[.)]|[a-zđ]\)|[-–+•*·]\s|Điều\s\d|Chương\s|Phần\s)"
)
SENTENCE_END = re.compile(r"[.:;!?]\W{0,2}$")
_LOWER_START = re.compile(r"^[\W\d]{0,3}[a-zđà-ỹ]")


def split_segments(words: list[Segment], gap: float) -> list[Segment]:
    """Merge words into segments, cutting where the space between two exceeds ``gap``."""
    out: list[Segment] = []
    for word in sorted(words, key=lambda w: w.x0):
        if out and word.x0 - out[-1].x1 <= gap:
            last = out[-1]
            out[-1] = Segment(f"{last.text} {word.text}", last.x0, max(last.x1, word.x1))
        else:
            out.append(Segment(word.text, word.x0, word.x1))
    return out


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _widest_gap(line: Line) -> float:
    """Middle of the widest gap between the segments of a multi-segment line."""
    gaps = [
        (b.x0 - a.x1, (a.x1 + b.x0) / 2)
        for a, b in zip(line.segments, line.segments[1:], strict=False)
    ]
    return max(gaps)[1]


def _header_region(lines: list[Line], qh: int, boundary: float) -> int:
    """Index of the last header line: the place-and-date line, or the last line before
    one that runs across the column boundary (the body)."""
    end = qh
    for i in range(qh, min(len(lines), qh + 12)):
        line = lines[i]
        reach = 1.5 * (line.bottom - line.top)  # a wide date line may start a little left
        if len(line.segments) == 1 and line.x0 < boundary - reach and boundary < line.x1:
            break
        end = i
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if DATE_LINE.search(_norm(line.text)):
            if nxt is not None and NUMBER_LINE.match(_norm(nxt.text)):
                end = i + 1
            break
        if HEADER_DATE.search(_norm(line.text)) and nxt is not None and YEAR.match(nxt.text):
            return i + 1  # the year wrapped onto the next line
    return end


def header_lines(page: Page) -> tuple[int, list[str]] | None:
    """Lines of the two-column header of a first page, in reading order.

    Returns (number of page lines consumed, header lines) or None when the
    page has no two-column header (no quốc hiệu, or a header flattened into
    single lines).
    """
    lines = page.lines[:16]
    qh = next((i for i, ln in enumerate(lines) if QUOC_HIEU.search(_norm(ln.text))), None)
    if qh is None:  # a header without the quốc hiệu (an association's): number or date line
        qh = next((i for i, ln in enumerate(lines) if _anchor(ln)), None)
    if qh is None:
        return None
    cuts = [_widest_gap(ln) for ln in lines[: qh + 4] if len(ln.segments) > 1]
    if not cuts:
        return None
    boundary = statistics.median(cuts)
    region = lines[: _header_region(lines, qh, boundary) + 1]
    left: list[Segment] = []
    right: list[Segment] = []
    for ln in region:
        lpart = [s for s in ln.segments if (s.x0 + s.x1) / 2 < boundary]
        rpart = [s for s in ln.segments if (s.x0 + s.x1) / 2 >= boundary]
        for part, column in ((lpart, left), (rpart, right)):
            text = " ".join(s.text for s in part).strip()
            if text and not DECORATION.match(text):
                column.append(Segment(text, part[0].x0, part[-1].x1))
    return len(region), _unwrap(left) + _unwrap(right)


def _anchor(line: Line) -> bool:
    """A two-part line holding the number or the place-and-date of a header."""
    return len(line.segments) > 1 and any(
        NUMBER_LINE.match(_norm(s.text)) or HEADER_DATE.search(_norm(s.text)) for s in line.segments
    )


HEADER_DATE = re.compile(r"ngày\s{0,3}\d{1,2}\s{0,3}tháng", re.IGNORECASE)
YEAR = re.compile(r"^\s*(?:năm\s*)?\d{4}\b")
# a header line wrapped in its column: (the line so far, what continues it)
WRAPPED = (
    (re.compile(r"(?:\s[-–]|\sVÀ|,)$"), re.compile(r"^")),
    (re.compile(r"C[ỘÔO]NG\s*H[ÒOÓ][AÀ](?!.*VI[ỆE]T\s*NAM)", re.I), re.compile(r"^(?!Độc lập)")),
    (re.compile(r"ngày(?!.*\d{4}\s*$)", re.I), re.compile(r"^(?:tháng|năm|\d)", re.I)),
)


def _unwrap(column: list[Segment]) -> list[str]:
    """Join the header lines a narrow column wrapped: the quốc hiệu, the place and
    date, a name cut after a dash, a last word alone under a line filling the column."""
    widest = max((s.x1 - s.x0 for s in column), default=0.0)
    out: list[Segment] = []
    for seg in column:
        prev = out[-1] if out else None
        wrapped = prev is not None and (
            any(a.search(_norm(prev.text)) and b.match(_norm(seg.text)) for a, b in WRAPPED)
            or (
                prev.x1 - prev.x0 >= 0.8 * widest
                and len(seg.text.split()) == 1
                and seg.text.isupper()
                and prev.text.isupper()
            )
        )
        if prev is not None and wrapped:
            out[-1] = Segment(f"{prev.text} {seg.text}", min(prev.x0, seg.x0), max(prev.x1, seg.x1))
        else:
            out.append(seg)
    return [s.text for s in out]


def _furniture(pages: list[Page]) -> set[tuple[int, int]]:
    """(page, line) indexes of page numbers and running headers/footers."""
    drop: set[tuple[int, int]] = set()
    edges: dict[str, list[tuple[int, int]]] = {}
    for p, page in enumerate(pages):
        if not page.lines:
            continue
        order = sorted(range(len(page.lines)), key=lambda i: page.lines[i].top)
        ends = {order[0], order[-1]}  # the top and bottom lines, whatever order the PDF has
        for i in ends:
            line = page.lines[i]
            near_edge = line.top < page.height * 0.12 or line.bottom > page.height * 0.85
            if not near_edge:
                continue
            if PAGE_NUMBER.match(line.text):
                drop.add((p, i))
            else:
                key = re.sub(r"\d+", "0", _norm(line.text).lower()).strip()
                edges.setdefault(key, []).append((p, i))
    if len(pages) >= 2:
        for places in edges.values():
            if len(places) >= 2 and len(places) >= 0.5 * len(pages):
                drop.update(places)
    return drop


def _continues(prev: Line, nxt: Line, geometry: _Geometry, same_page: bool) -> bool:
    """True when ``nxt`` goes on the paragraph that ``prev`` ends."""
    text = prev.text.rstrip()
    following = nxt.text.lstrip()
    if not text or not following or prev.group or nxt.group:
        return False
    ends_sentence = bool(SENTENCE_END.search(text))
    if ENUMERATOR.match(following):
        # "chính trị\n- xã hội", "Ban Tổ chức\n- Kiểm tra" after a full line: a wrapped
        # compound, not a dash item
        dash = following[:2] in ("- ", "– ")
        full = prev.x1 >= geometry.right - 0.02 * geometry.width
        if not (dash and (_LOWER_START.match(following[2:]) or full)):
            return False
        if ends_sentence:
            return False
    if _centred(prev, geometry) and _centred(nxt, geometry) and same_page:
        # a centred title set on two lines ("... giai đoạn 2025-" / "2026")
        tight = not geometry.pitch or nxt.top - prev.top <= 1.2 * geometry.pitch
        return tight and not ends_sentence and not text.isupper()  # not a signature block
    if prev.x1 < geometry.right - 0.07 * geometry.width:
        return False
    if same_page and geometry.pitch:
        if nxt.top - prev.top > 1.2 * geometry.pitch:
            return False
        if geometry.spaced and nxt.x0 <= geometry.left + 0.03 * geometry.width:
            return True  # paragraphs are set apart by spacing: a tight next line goes on
    if nxt.x0 > geometry.left + 0.03 * geometry.width and not _LOWER_START.match(following):
        return False  # first-line indent
    return not ends_sentence or bool(_LOWER_START.match(following))


def _centred(line: Line, geometry: _Geometry) -> bool:
    """A line set centred and shorter than the text width."""
    middle = geometry.left + geometry.width / 2
    short = line.x1 < geometry.right - 0.07 * geometry.width
    return short and abs((line.x0 + line.x1) / 2 - middle) < 0.03 * geometry.width


@dataclass
class _Geometry:
    right: float
    left: float
    width: float
    pitch: float = 0.0
    spaced: bool = False


def _separator(prev: Line | None, line: Line, joined: bool, started: bool) -> str:
    if not started:
        return ""
    if prev is not None and prev.group and prev.group == line.group:
        return "\n"  # one block (a table, the closing), as the DOCX reader gives it
    if not joined or prev is None:
        return "\n\n"
    text = prev.text.rstrip()
    return "" if text.endswith("-") and len(text) > 1 and not text[-2].isspace() else " "


def _margins(lines: list[Line]) -> tuple[float, float, float]:
    """Right and left edges of the body text and its width."""
    long_lines = [ln for ln in lines if len(ln.text) > 25] or lines
    right = sorted(ln.x1 for ln in long_lines)[int(0.9 * (len(long_lines) - 1))]
    left = sorted(ln.x0 for ln in long_lines)[int(0.1 * (len(long_lines) - 1))]
    return right, left, max(1.0, right - left)


def _pitches(lines: list[Line]) -> list[float]:
    """Distances between running lines (a table's or the closing's lines, read by
    columns, say nothing of the text's line pitch)."""
    body = [ln for ln in lines if not ln.group]
    return [b.top - a.top for a, b in itertools.pairwise(body) if b.top > a.top]


def _pitch(lines: list[Line]) -> float:
    """Line pitch of a page: single-line paragraphs are common, so the low quartile."""
    pitches = sorted(_pitches(lines))
    return pitches[len(pitches) // 4] if pitches else 0.0


def _spaced(pages: list[list[Line]]) -> bool:
    """Whether the document sets paragraphs apart by spacing (then a tight, unindented
    line after a sentence end still belongs to the same paragraph)."""
    gaps = total = 0
    for lines in pages:
        pitch = _pitch(lines)
        pitches = _pitches(lines)
        total += len(pitches)
        gaps += sum(x > 1.2 * pitch for x in pitches)
    return gaps >= 3 or (total > 0 and gaps >= 0.05 * total)


def assemble(pages: list[Page]) -> Assembled:
    """Reading-order text of positioned pages, with page start offsets."""
    drop = _furniture(pages)
    kept = join_split_rows(
        closing_columns(
            [
                merge_rows(
                    sorted(
                        (ln for i, ln in enumerate(page.lines) if (p, i) not in drop),
                        key=lambda ln: ln.top,
                    )
                )
                for p, page in enumerate(pages)
            ]
        )
    )
    every = [ln for lines in kept for ln in lines]
    if not every:
        return Assembled("", [0] * len(pages))
    right, left, width = _margins(every)
    out: list[str] = []
    size = 0
    page_starts: list[int] = []
    prev: Line | None = None
    columns = False
    spaced = _spaced(kept)
    for p, (page, lines) in enumerate(zip(pages, kept, strict=True)):
        pitch = _pitch(lines)
        geometry = _Geometry(right, left, width, pitch, spaced)
        start = 0
        if p == 0 and lines:
            found = header_lines(Page(lines, page.width, page.height))
            if found:
                start, header = found
                columns = True
                page_starts.append(0)
                out.append("\n".join(header))
                size += len(out[-1])
                prev = None
        for k, line in enumerate(lines[start:]):
            joined = prev is not None and _continues(prev, line, geometry, k > 0)
            sep = _separator(prev, line, joined, size > 0)
            if len(page_starts) == p:
                page_starts.append(size + len(sep))
            out.append(sep + line.text)
            size += len(out[-1])
            prev = line
        if len(page_starts) == p:
            page_starts.append(size)
    return Assembled("".join(out), page_starts, columns)
