"""OCR words that are no Vietnamese syllable, restored from the domain lexicon in context.

Tesseract reads a speck or a worn letter into a form no Vietnamese word has
(``Ủy ban hhần dân``, ``các xã, 0hường``, ``tỉhh``). Such a word is put
right only when it stands inside a phrase of the domain lexicon (the one
``extractors/text/diacritics.py`` restores stripped text from: header and
closing words, body names, document types, issuers, provinces) whose other
words (two at least: a two-word phrase such as ``thực hiện`` would turn a misread
``thực tiễn`` into it) are read exactly, and the phrase's word is at most two
edits from it.
A word that is a well-formed syllable is never changed (``thế`` may be a
misread ``thể`` but it is a word), nor a word without a Vietnamese letter
(codes, abbreviations, English).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from rapidfuzz.distance import Levenshtein

from extractors.text.diacritics import SLOT, lexicon
from extractors.text.fold import fold

# a syllable: onset, one to three vowels, a final consonant (folded, lower case)
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"\w+")
MAX_EDITS = 2
MIN_WORDS = 3  # the damaged word and two read exactly around it


def _vietnamese_letters(word: str) -> bool:
    """The word carries a mark only Vietnamese letters have (a tone, a hat, a horn, đ)."""
    return any(fold(ch) != ch.lower() for ch in word if ch.isalpha())


def well_formed(word: str) -> bool:
    """``word`` is shaped like a Vietnamese syllable (not that it is one in use)."""
    return _SYLLABLE.fullmatch(fold(word.lower())) is not None


@cache
def _phrases_by_word() -> dict[str, tuple[tuple[tuple[str, ...], int], ...]]:
    """Every word of the lexicon's phrases of three words or more (lower case) -> the
    phrases holding it and its place in each."""
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for entries in lexicon().by_first.values():
        for entry in entries:
            words = tuple(w.lower() for w in entry.words)
            if len(words) < MIN_WORDS or SLOT in words:
                continue
            for j, word in enumerate(words):
                index.setdefault(word, []).append((words, j))
    return {k: tuple(dict.fromkeys(v)) for k, v in index.items()}


def _candidate(tokens: list[str], i: int) -> str | None:
    """The lexicon's word for the damaged token ``i``, from a phrase whose other words
    stand around it; None when no phrase fits or two phrases disagree."""
    index = _phrases_by_word()
    low = [t.lower() for t in tokens]
    found: set[str] = set()
    for k in (i - 1, i + 1):
        if not 0 <= k < len(low):
            continue
        for words, j in index.get(low[k], ()):
            start = k - j
            place = i - start
            if not 0 <= place < len(words) or start < 0 or start + len(words) > len(low):
                continue
            others = all(low[start + n] == w for n, w in enumerate(words) if n != place)
            if others and Levenshtein.distance(low[i], words[place]) <= MAX_EDITS:
                found.add(words[place])
    return found.pop() if len(found) == 1 else None


def repair_words(text: str) -> tuple[str, list[str]]:
    """``text`` with its malformed Vietnamese words restored from the lexicon in context;
    one log line per word."""
    text = unicodedata.normalize("NFC", text)
    matches = list(_WORD.finditer(text))
    tokens = [m.group(0) for m in matches]
    pieces: list[str] = []
    log: list[str] = []
    last = 0
    for i, match in enumerate(matches):
        word = match.group(0)
        if len(word) < 2 or well_formed(word) or not _vietnamese_letters(word):
            continue
        new = _candidate(tokens, i)
        if new is None or new == word.lower():
            continue
        new = new[0].upper() + new[1:] if word[0].isupper() else new
        if word.isupper():
            new = new.upper()
        pieces += [text[last : match.start()], new]
        last = match.end()
        log.append(f"OCR repair lexicon: {word!r} -> {new!r} at {match.start()}")
    return "".join([*pieces, text[last:]]), log
