"""Positioned text: what the paged readers (text-layer PDF, OCR) hand to the layout."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Segment:
    """A run of text on one line with no wide gap inside."""

    text: str
    x0: float
    x1: float


@dataclass
class Line:
    segments: list[Segment]
    top: float
    bottom: float
    group: int = 0  # lines of one block (a table's rows, the closing): joined by "\n", never run on

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1


@dataclass
class Page:
    lines: list[Line]
    width: float
    height: float
