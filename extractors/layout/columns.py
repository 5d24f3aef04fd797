"""The header's two columns flattened into lines, split again; OCR damage mended.

Passes of the layout stage run by :func:`extractors.text.repair.repair` after
:func:`extractors.layout.text.canonical_header` has put each cell piece on a
line: right-column pieces (quốc hiệu, tiêu ngữ, place and date) run into left
column lines are moved after the left column, and header words damaged by OCR
are repaired from ``data/ocr_repairs.yaml`` (its ``header`` rules).
"""

from __future__ import annotations

import re
from functools import cache

from extractors.layout.cells import NUMBER, place_date_pattern
from extractors.layout.rules import load_layout_rules
from extractors.layout.text import header_end, header_start
from extractors.text.offsets import Builder, Mapped, substitute
from extractors.toolbox.data_files import load_provinces
from extractors.toolbox.ocr_repairs import RepairRule, load_repairs

_HEADER_LIMIT = 1500


def _untyped_end(text: str, end: int) -> int:
    """Without a type line, the header ends with the line of its số or its place and
    date (the title follows): the right column is moved there, not after the title."""
    if load_layout_rules().type_heading.search(text, 0, end):
        return end
    found = [
        m.end() for p in (NUMBER, place_date_pattern(in_run=True)) for m in p.finditer(text, 0, end)
    ]
    if not found:
        return end
    line_end = text.find("\n", max(found), end)
    return end if line_end < 0 else line_end


_SPACED_BREAK = re.compile(r"[ ]*\n[ ]*")


def _disjoint(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces in order, each cut to start after the one before: a place-and-date match
    may begin inside the quốc hiệu glued before it ("… HỒ CHÍ MINH Quảng Ninh, ngày …")."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(pieces):
        if out and start < out[-1][1]:
            start = out[-1][1]
        if start < end:
            out.append((start, end))
    return out


def _inside_line(text: str, at: int) -> bool:
    """Whether ``at`` falls inside a line: the header window ended in a text that runs on
    (a whole document on one line whose head holds no quốc hiệu to break it at)."""
    return 0 < at < len(text) and text[at - 1] != "\n" and text[at] != "\n"


def _after(text: str, pieces: list[tuple[int, int]], head_end: int) -> Mapped:
    """The right column's pieces moved after the header's lines, each on its own line."""
    builder = Builder(text)
    pos = 0
    for start, end in pieces:
        builder.copy(pos, start)
        line_end = text.find("\n", end, head_end)
        if text[end : head_end if line_end < 0 else line_end].strip():
            builder.insert("\n", start)
        pos = end
    builder.copy(pos, head_end)
    for start, end in pieces:
        builder.insert("\n", head_end)
        builder.copy(start, end)
    builder.insert("\n", head_end)
    builder.copy(head_end, len(text))
    return builder.build()


def _in_place(text: str, pieces: list[tuple[int, int]], head_end: int) -> Mapped:
    """The pieces put on lines of their own where they stand: when the header window ends
    inside a line, "after the header" would fall inside a word of the body."""
    builder = Builder(text)
    pos = 0
    for start, end in pieces:
        builder.copy(pos, start)
        builder.insert("\n", start)
        builder.copy(start, end)
        builder.insert("\n", end)
        pos = end
    builder.copy(pos, len(text))
    return builder.build()


def split_flattened_header(text: str) -> tuple[Mapped, list[str]]:
    """Put quốc hiệu, tiêu ngữ and the place-date line on lines of their own.

    A header flattened from two columns interleaves the left column (issuing
    body, số) with the right one (quốc hiệu, tiêu ngữ, place and date). The
    right column's pieces are moved after the left column's lines, which is
    the order a two-column reader produces.
    """
    head_end = _untyped_end(text, header_end(text))
    head = text[:head_end]
    first = header_start(text)  # not in a portal post's lead-in above the header
    pieces: list[tuple[int, int]] = []
    rules = load_layout_rules()
    for pattern in (rules.national, rules.motto, place_date_pattern(in_run=True)):
        for m in pattern.finditer(head, first):
            line_start = head.rfind("\n", 0, m.start()) + 1
            line_end = head.find("\n", m.end())
            line_end = head_end if line_end < 0 else line_end
            alone = (
                not head[line_start : m.start()].strip() and not head[m.end() : line_end].strip()
            )
            if not alone:
                pieces.append((m.start(), m.end()))
    if not pieces:
        return Mapped.identity(text), []
    pieces = _disjoint(pieces)
    step = (_in_place if _inside_line(text, head_end) else _after)(text, pieces, head_end)
    # tidy the blank lines and spaces the move left
    moved_end = head_end + len(step.text) - len(text) + 1
    tidy, _ = substitute(_SPACED_BREAK, step.text, lambda m: "\n", end=moved_end)
    moved = [text[s:e] for s, e in pieces]
    return step.then(tidy), [
        f"header: moved right-column text to its own line: {q!r}" for q in moved
    ]


@cache
def _province_hyphens() -> tuple[RepairRule, ...]:
    """The hyphen of a province's name a PDF text layer lost ("BÀ RỊA VŨNG TÀU"), put back
    in the header: one rule per hyphenated name of data/provinces.csv."""
    rules = []
    for province in load_provinces():
        parts = [p.strip() for p in re.split(r"[-–]", province.name)]
        if len(parts) < 2:
            continue
        upper = " - ".join(parts).upper()
        pattern = r"\s*[-–]?\s*".join(re.escape(p.upper()) for p in parts)
        rules.append(RepairRule(f"province_hyphen:{province.name}", re.compile(pattern), upper))
    return tuple(rules)


def header_repairs(text: str) -> tuple[Mapped, list[str]]:
    """Header words damaged by OCR or a PDF text layer, repaired (the ``header`` rules of
    data/ocr_repairs.yaml)."""
    head_end = min(len(text), _HEADER_LIMIT)
    out = Mapped.identity(text)
    log: list[str] = []
    for rule in (*load_repairs("header"), *_province_hyphens()):
        current = out.text

        def repl(m: re.Match[str], rule: RepairRule = rule) -> str:
            return m.expand(rule.replacement)

        step, changed = substitute(rule.pattern, current, repl, end=min(len(current), head_end))
        for m in changed:
            log.append(
                f"header: OCR repair {rule.id}: {m.group(0)!r} -> {m.expand(rule.replacement)!r}"
            )
        out = out.then(step)
    return out, log
