"""Safe, logged repairs of what Tesseract typically misreads in Vietnamese plans."""

from __future__ import annotations

from extractors.toolbox.ocr_repairs import load_repairs
from pipeline.readers.ocr_compounds import repair_hooks
from pipeline.readers.ocr_lexicon import (
    drop_foreign_marks,
    drop_stray_accents,
    repair_tones,
    repair_words,
    unglue_specks,
)
from pipeline.readers.ocr_numbers import settle_numbers


def repair_ocr(text: str) -> tuple[str, list[str]]:
    """Letters Vietnamese has not made the letter under the mark, specks read between words
    made spaces again, stray accents dropped, and malformed words restored from the
    domain lexicon (``ocr_lexicon.py``), the ``ocr`` rules of
    ``extractors/data/ocr_repairs.yaml``, then the tone slips left inside lexicon phrases
    and the hooks read as acutes in words of the language (``ocr_compounds.py``), and a
    number read once otherwise than its other citations (``ocr_numbers.py``);
    return the text and one log line each."""
    text, log = drop_foreign_marks(text)
    for step in (unglue_specks, drop_stray_accents, repair_words):
        text, more = step(text)
        log += more
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
    text, tones = repair_tones(text)
    text, hooks = repair_hooks(text)
    text, numbers = settle_numbers(text)
    return text, log + tones + hooks + numbers
