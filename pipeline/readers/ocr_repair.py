"""Safe, logged repairs of what Tesseract typically misreads in Vietnamese plans."""

from __future__ import annotations

from extractors.toolbox.ocr_repairs import load_repairs
from pipeline.readers.ocr_lexicon import repair_words


def repair_ocr(text: str) -> tuple[str, list[str]]:
    """Restore malformed words from the domain lexicon (``ocr_lexicon.py``), then apply the
    ``ocr`` rules of ``extractors/data/ocr_repairs.yaml``; return the text and one log line each."""
    text, log = repair_words(text)
    for rule in load_repairs("ocr"):
        pieces: list[str] = []
        last = 0
        for match in rule.pattern.finditer(text):
            new = match.expand(rule.replacement)
            if new == match.group(0):
                continue
            pieces.append(text[last : match.start()])
            pieces.append(new)
            last = match.end()
            log.append(f"OCR repair {rule.id}: {match.group(0)!r} -> {new!r} at {match.start()}")
        if pieces:
            pieces.append(text[last:])
            text = "".join(pieces)
    return text, log
