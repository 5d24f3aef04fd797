"""The outline of a plan's body: headings I., 1., 1.1., a), -, + and the sections they govern.

Paths read like ``IV``, ``IV.2.1``, ``II.1.a``, ``IV.3.-2`` (bullets numbered
in order under their heading); a section runs from its heading to the next
heading of the same or a higher rank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.model import Section, Span
from extractors.toolbox.names import is_upper

ROMAN = r"[IVX]{1,5}"
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    (
        "part",
        re.compile(rf"(?:PHẦN|Phần|CHƯƠNG|Chương)\s+({ROMAN}|\d{{1,2}}|THỨ \w+)[.:]?\s*(?=\S|$)"),
    ),
    ("capital", re.compile(r"([A-E])\.\s+(?=\w)")),
    ("roman", re.compile(rf"({ROMAN})[.)]\s+(?=\S)")),
    ("number", re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,3})\.?\)?\s+(?=[^\d\s])")),
    ("letter", re.compile(r"([a-zđ])[).]\s+(?=\S)")),
    ("dash", re.compile(r"([-–•])\s*(?=\S)")),
    ("plus", re.compile(r"(\+)\s*(?=\S)")),
]
_RANK = {"part": 0, "capital": 1, "roman": 2, "number": 3, "letter": 7, "dash": 8, "plus": 9}


@dataclass(frozen=True)
class _Heading:
    kind: str
    marker: str
    start: int
    end: int
    line_end: int


def _headings(text: str, start: int, end: int) -> list[_Heading]:
    out = []
    for m in re.finditer(r"(?m)^[^\n]*", text[start:end]):
        line = m.group(0)
        if not line.strip():
            continue
        for kind, pattern in _MARKERS:
            mm = pattern.match(line)
            if mm:
                marker = mm.group(1)
                if kind == "number" and "." not in line[: mm.end()] and ")" not in line[: mm.end()]:
                    break
                if kind == "capital" and not is_upper(line[mm.end() :]):
                    continue
                out.append(
                    _Heading(
                        kind,
                        marker,
                        start + m.start(),
                        start + m.start() + mm.end(),
                        start + m.end(),
                    )
                )
                break
    return out


def _rank(h: _Heading) -> int:
    if h.kind == "number":
        return _RANK["number"] + h.marker.count(".")
    return _RANK[h.kind]


def _ends(heads: list[_Heading], ranks: list[int], body_end: int) -> list[int]:
    """Where each heading's section ends: at the next heading of the same or a higher
    level (rank not above its own), else at the body's end. One pass with a stack of the
    headings still open (their ranks rising), not a scan of the rest per heading."""
    ends = [body_end] * len(heads)
    open_: list[int] = []
    for j, rank in enumerate(ranks):
        while open_ and ranks[open_[-1]] >= rank:
            ends[open_.pop()] = heads[j].start
        open_.append(j)
    return ends


def outline(text: str, body: Span) -> list[Section]:
    """Sections of the body with paths like ``IV``, ``IV.2.1``, ``II.1.a``, ``IV.3.-2``."""
    heads = _headings(text, body.start, body.end)
    sections: list[Section] = []
    stack: list[tuple[int, str]] = []  # (rank, path segment)
    counters: dict[tuple[str, ...], int] = {}
    ranks = [_rank(h) for h in heads]
    ends = _ends(heads, ranks, body.end)
    for i, h in enumerate(heads):
        rank = ranks[i]
        while stack and stack[-1][0] >= rank:
            stack.pop()
        if h.kind in ("dash", "plus"):
            key = (*[s for _, s in stack], h.kind)
            counters[key] = counters.get(key, 0) + 1
            segment = f"{h.marker}{counters[key]}"
        elif h.kind == "number":
            segment = (
                h.marker.split(".")[-1] if stack and stack[-1][0] >= _RANK["number"] else h.marker
            )
        else:
            segment = h.marker
        stack.append((rank, segment))
        end = ends[i]
        title = text[h.end : h.line_end].strip()
        sections.append(
            Section(
                path=".".join(s for _, s in stack),
                level=len(stack),
                marker=h.marker,
                title=title,
                heading=Span(h.start, h.line_end),
                span=Span(h.start, max(end, h.line_end)),
            )
        )
    return sections
