"""What every reader returns."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class RawText:
    """Text as read from a file, before repair.

    ``page_starts`` are offsets into ``text`` where each page begins (empty
    for unpaged inputs); ``page_confidence`` the mean OCR confidence (0–100)
    per page when the text came from OCR. ``warnings`` say that a value may be
    wrong (a byte replaced, a line cut, a page read with low confidence) and make
    the record ``partial``; ``notes`` say how the file was read (a legacy font
    converted, a page read by OCR, a scan deskewed) and are information only.
    """

    text: str
    format: str
    encoding: str | None = None
    page_starts: list[int] = field(default_factory=list)
    ocr: bool = False
    page_confidence: list[float] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) or None
