"""The letters and the syllable of Vietnamese, typed once (``data/letters.yaml``).

Passes that judge whether a word can be Vietnamese read them here: the split of glued
words (:mod:`extractors.text.glued`) and the OCR repairs of the scan reader
(``pipeline/readers/ocr_lexicon.py``). A word is *well formed* when its folded form is
one syllable (onset, one to three vowels, a final consonant); it *is a syllable* when it
is well formed and carries one tone mark at most.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from extractors.text.fold import fold
from extractors.toolbox.data_files import compile_pattern, read_yaml

_NAME = "letters.yaml"


@dataclass(frozen=True)
class Letters:
    vowels: str  # lower-case vowels in every tone (unmarked first)
    consonants: str  # lower-case consonants, đ included
    lower: str  # every lower-case letter met in Vietnamese text (vowels, consonants, fjwz)
    capitals: str  # ``lower`` in upper case
    tones: frozenset[str]  # the five combining tone marks
    toned: frozenset[str]  # lower-case vowels carrying a tone mark
    marked: frozenset[str]  # letters beyond ASCII, both cases: marked vowels and đ
    syllable: re.Pattern[str]  # one syllable, on the folded word


@cache
def letters() -> Letters:
    data = read_yaml(_NAME)
    tones = str(data["tones"])
    vowels = [
        unicodedata.normalize("NFC", v + tone) for v in data["vowels"] for tone in ("", *tones)
    ]
    lower = "".join(vowels) + data["consonants"] + data["foreign"]
    toned = frozenset(v for v in vowels if any(t in unicodedata.normalize("NFD", v) for t in tones))
    marked = {ch for v in [*vowels, "đ"] for ch in (v, v.upper()) if not ch.isascii()}
    return Letters(
        vowels="".join(vowels),
        consonants=data["consonants"],
        lower=lower,
        capitals=lower.upper(),
        tones=frozenset(tones),
        toned=toned,
        marked=frozenset(marked),
        syllable=compile_pattern(_NAME, "syllable", data["syllable"]),
    )


def well_formed(word: str) -> bool:
    """``word`` is shaped like a Vietnamese syllable (not that it is one in use)."""
    return letters().syllable.fullmatch(fold(word.lower())) is not None


def is_syllable(word: str) -> bool:
    """``word`` is well formed and carries one tone mark at most."""
    toned = letters().toned
    return sum(c in toned for c in word.lower()) <= 1 and well_formed(word)
