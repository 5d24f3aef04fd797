"""Edits that remember where every character came from.

A pass over a text returns the new text and, for each of its characters, the
index of the character in the old text it came from (an inserted character
points at the place it was inserted). Composing the maps of successive passes
leads every character of the repaired text back to the raw text, so page
starts and any other raw offsets can be carried forward.
"""

from __future__ import annotations

import bisect
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Mapped:
    """A text and, per character, its source index in the previous text."""

    text: str
    _source: array | None
    unchanged: bool = False

    @classmethod
    def identity(cls, text: str) -> Mapped:
        return cls(text, None, unchanged=True)

    @property
    def source(self) -> array:
        """Per character of ``text``, its index in the text before the edits."""
        if self._source is None:
            self._source = array("q", range(len(self.text)))
        return self._source

    def then(self, step: Mapped) -> Mapped:
        """Compose: ``step`` was computed on ``self.text``."""
        if step.unchanged:
            return self
        if self.unchanged:
            return step
        n = len(self.source)
        own = self.source
        src = array("q", [own[i] if i < n else n for i in step.source])
        return Mapped(step.text, src)

    def forward(self, raw_offsets: list[int]) -> list[int]:
        """Map raw offsets (e.g. page starts) to offsets in this text.

        Each raw offset goes to the first character whose source is at or
        after it, which keeps page starts ordered even where text moved.
        """
        order = sorted(range(len(self.source)), key=self.source.__getitem__)
        keys = [self.source[i] for i in order]
        # suffix minima: the earliest new position among sources >= a raw offset
        earliest = [len(self.text)] * (len(order) + 1)
        for k in range(len(order) - 1, -1, -1):
            earliest[k] = min(order[k], earliest[k + 1])
        out = [earliest[bisect.bisect_left(keys, raw)] for raw in raw_offsets]
        # a page start never moves before the previous one
        for i in range(1, len(out)):
            out[i] = max(out[i], out[i - 1])
        return out


class Builder:
    """Build a new text from pieces of an old one, tracking sources."""

    def __init__(self, old: str) -> None:
        self.old = old
        self.parts: list[str] = []
        self.source = array("q")

    def copy(self, start: int, end: int) -> None:
        self.parts.append(self.old[start:end])
        self.source.extend(range(start, end))

    def insert(self, text: str, at: int) -> None:
        self.parts.append(text)
        self.source.extend([at] * len(text))

    def replace(self, start: int, end: int, text: str) -> None:
        """Put ``text`` in place of ``old[start:end]``, char by char where lengths allow."""
        span = max(end - start, 1)
        self.parts.append(text)
        self.source.extend(start + min(i, span - 1) for i in range(len(text)))

    def build(self) -> Mapped:
        return Mapped("".join(self.parts), self.source)


def substitute(
    pattern: re.Pattern[str],
    text: str,
    repl: Callable[[re.Match[str]], str | None],
    start: int = 0,
    end: int | None = None,
) -> tuple[Mapped, list[re.Match[str]]]:
    """``re.sub`` that tracks sources; ``repl`` returning ``None`` keeps the match.
    Only ``text[start:end]`` is searched (as ``Pattern.finditer`` bounds it)."""
    builder = Builder(text)
    pos = 0
    changed: list[re.Match[str]] = []
    for match in pattern.finditer(text, start, len(text) if end is None else end):
        new = repl(match)
        if new is None or new == match.group(0):
            continue
        builder.copy(pos, match.start())
        builder.replace(match.start(), match.end(), new)
        pos = match.end()
        changed.append(match)
    if not changed:
        return Mapped.identity(text), changed
    builder.copy(pos, len(text))
    return builder.build(), changed
