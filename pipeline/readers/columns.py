"""Two-column blocks of a page: the text runs of one printed line, the "Nơi nhận" block.

Word and LibreOffice lay the Nghị định 30 header and the closing ("Nơi nhận"
beside the signature) out as borderless two-column tables. In their PDFs each
cell is its own text run, so one printed line comes out as several lines at
the same height: :func:`merge_rows` puts them back together as one line with
several segments (which the header reading then splits by columns), and
:func:`closing_columns` reads the closing block left column first (the
recipients, a wrapped item joined to its line), then the right column (the
signature), like the DOCX reader does.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from extractors.toolbox.form_words import form_words
from pipeline.readers.layout_types import Line, Segment

CLOSING = re.compile(rf"^\W{{0,3}}{form_words().recipients}\b")
ITEM = re.compile(r"^\W{0,2}[-–+•]\s?")
ITEM_END = re.compile(r"[;.:]\W{0,2}$")  # not a comma: "- Lưu: VT," / "TC-KT." wraps
ARCHIVE = re.compile(rf"^\W{{0,4}}{form_words().archive}\b")
_groups = itertools.count(1)


def new_group() -> int:
    """An id shared by the lines of one block (a table, the closing)."""
    return next(_groups)


def _apart(a: Line, b: Line) -> bool:
    return all(s.x1 <= t.x0 or t.x1 <= s.x0 for s in a.segments for t in b.segments)


def _join(a: Line, b: Line) -> Line:
    """One line from two text runs at the same height; runs that touch are one segment."""
    height = max(1.0, a.bottom - a.top)
    segments: list[Segment] = []
    for seg in sorted(a.segments + b.segments, key=lambda s: s.x0):
        if segments and seg.x0 - segments[-1].x1 < 0.5 * height:
            last = segments[-1]
            glue = "" if seg.x0 - last.x1 < 0.08 * height else " "
            segments[-1] = Segment(f"{last.text}{glue}{seg.text}", last.x0, seg.x1)
        else:
            segments.append(seg)
    return replace(a, segments=segments, top=min(a.top, b.top), bottom=max(a.bottom, b.bottom))


def merge_rows(lines: list[Line]) -> list[Line]:
    """Lines (sorted by top) printed at one height in separate text runs become one."""
    out: list[Line] = []
    for line in lines:
        for k in range(len(out) - 1, max(-1, len(out) - 4), -1):
            other = out[k]
            height = max(1.0, min(line.bottom - line.top, other.bottom - other.top))
            if (
                not line.group
                and not other.group
                and abs(other.top - line.top) <= 0.3 * height
                and _apart(other, line)
            ):
                out[k] = _join(other, line)
                break
        else:
            out.append(line)
    return out


def _boundary(lines: list[Line]) -> float | None:
    """The middle of the widest band between the two columns that no text covers
    (the closing block up to the first line as wide as body text)."""
    if not lines:
        return None
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    narrow = 0.6 * (right - left)
    block = itertools.takewhile(lambda ln: all(s.x1 - s.x0 < narrow for s in ln.segments), lines)
    spans = sorted((s.x0, s.x1) for ln in block for s in ln.segments)
    if not spans:
        return None
    gaps = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach:
            gaps.append((x0 - reach, (reach + x0) / 2))
        reach = max(reach, x1)
    return max(gaps)[1] if gaps else None


def _recipients(lines: list[Line]) -> list[Line]:
    """The "Nơi nhận" column, an item wrapped in its narrow cell joined to its line."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        new_item = ITEM.match(line.text) or ARCHIVE.match(line.text)
        if prev is not None and not new_item and not ITEM_END.search(prev.text):
            seg = Segment(f"{prev.text} {line.text}", prev.x0, max(prev.x1, line.x1))
            out[-1] = replace(prev, segments=[seg], bottom=line.bottom)
        else:
            out.append(line)
    return out


def _split(line: Line, boundary: float) -> list[Line | None]:
    """The parts of ``line`` left and right of ``boundary`` (None for an empty side)."""
    parts: list[Line | None] = []
    for side in (False, True):
        segs = [s for s in line.segments if ((s.x0 + s.x1) / 2 >= boundary) == side]
        text = " ".join(s.text for s in segs)
        parts.append(
            Line([Segment(text, segs[0].x0, segs[-1].x1)], line.top, line.bottom) if segs else None
        )
    return parts


def _narrow(band: tuple[float, float], line: Line) -> tuple[float, float] | None:
    """What is left of the empty band between the columns once ``line`` is laid over it
    (None when the line closes it: body text running across both columns)."""
    pieces = [band]
    for seg in line.segments:
        cut: list[tuple[float, float]] = []
        for lo, hi in pieces:
            if seg.x1 <= lo or seg.x0 >= hi:
                cut.append((lo, hi))
                continue
            cut += [(lo, seg.x0)] if seg.x0 > lo else []
            cut += [(seg.x1, hi)] if seg.x1 < hi else []
        pieces = cut
    best = max(pieces, key=lambda p: p[1] - p[0], default=None)
    return best if best and best[1] - best[0] >= 0.3 * (line.bottom - line.top) else None


def _first_band(lines: list[Line]) -> tuple[float, float] | None:
    """The gap between "Nơi nhận" and the signer's first line, or the widest empty band."""
    for line in lines[:4]:
        if len(line.segments) > 1:
            pairs = zip(line.segments, line.segments[1:], strict=False)
            a, b = max(pairs, key=lambda ab: ab[1].x0 - ab[0].x1)
            return a.x1, b.x0
    middle = _boundary(lines)
    return (middle - 1, middle + 1) if middle is not None else None


def _walk(
    lines: list[Line], band: tuple[float, float], seen_archive: bool
) -> tuple[int, tuple[float, float], bool]:
    """How many of ``lines`` belong to the closing table; the band and whether the
    "Lưu" line was met. After it, a line in the left column is something else."""
    for i, line in enumerate(lines):
        narrowed = _narrow(band, line)
        left_part = any(s.x1 <= band[0] + 1 for s in line.segments)
        if line.group or narrowed is None or (seen_archive and left_part):
            return i, band, seen_archive
        band = narrowed
        seen_archive = seen_archive or bool(ARCHIVE.match(line.text))
    return len(lines), band, seen_archive


def closing_columns(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages of lines (each sorted by top) with the two-column closing block read by
    columns; the block's lines carried over to the next page join it."""
    for p, lines in enumerate(pages):
        start = next((i for i, ln in enumerate(lines) if CLOSING.match(ln.text)), None)
        if start is None:
            continue
        band = _first_band([ln for ln in lines[start:] if not ln.group])
        if band is None:
            return pages
        count, band, archive = _walk(lines[start:], band, False)
        end = start + count
        region = lines[start:end]
        if end == len(lines) and p + 1 < len(pages):  # the table goes on over the page
            nxt = pages[p + 1]
            carried, band, _ = _walk(nxt, band, archive)
            region += nxt[:carried]
            pages = [*pages[: p + 1], nxt[carried:], *pages[p + 2 :]]
        boundary = (band[0] + band[1]) / 2
        columns: list[list[Line]] = [[], []]
        for line in region:
            for side, part in enumerate(_split(line, boundary)):
                if part is not None:
                    columns[side].append(part)
        group = new_group()
        ordered = _recipients(columns[0]) + _signature(columns[1])
        tops = [ln.top for ln in region]
        block = [
            replace(ln, top=tops[min(k, len(tops) - 1)], group=group)
            for k, ln in enumerate(ordered)
        ]
        pages[p] = lines[:start] + block + lines[end:]
        return pages
    return pages


def _signature(lines: list[Line]) -> list[Line]:
    """The signature column, a name's last word wrapped under a full line joined to it."""
    widest = max((ln.x1 - ln.x0 for ln in lines), default=0.0)
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        words = line.text.split()
        if (
            prev is not None
            and len(words) == 1
            and not line.text.isupper()
            and len(prev.text.split()) >= 4
            and prev.x1 - prev.x0 >= 0.9 * widest
        ):
            seg = Segment(f"{prev.text} {line.text}", prev.x0, max(prev.x1, line.x1))
            out[-1] = replace(prev, segments=[seg], bottom=line.bottom)
        else:
            out.append(line)
    return out


def join_split_rows(pages: list[list[Line]]) -> list[list[Line]]:
    """A table row a page break cut in two: the part at the top of the next page (its
    first cell, the row number, empty) goes back into the row it continues."""
    for p in range(len(pages) - 1):
        above, below = pages[p], pages[p + 1]
        if not (above and below and above[-1].group and below[0].group):
            continue
        cells, more = above[-1].text.split("\t"), below[0].text.split("\t")
        if len(cells) != len(more) or more[0].strip():
            continue
        text = "\t".join(
            " ".join(x for x in (a, b) if x.strip()) for a, b in zip(cells, more, strict=True)
        )
        above[-1] = replace(above[-1], segments=[Segment(text, above[-1].x0, above[-1].x1)])
        rest = [
            replace(ln, group=above[-1].group) if ln.group == below[0].group else ln
            for ln in below[1:]
        ]
        pages[p + 1] = rest
    return pages
