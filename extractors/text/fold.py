"""A diacritic-free form of Vietnamese text, and the forms damage gives a word.

Text reaches us without its diacritics (old OCR, ASCII copies: ``KE HOACH``)
or with its non-ASCII letters dropped by a broken converter (``K HOCH``,
``phát trin``). :func:`fold` maps every character to its base letter in lower
case, one character for one, so offsets in the folded text are offsets in the
text. :func:`damaged_forms` lists the folded forms a word takes under either
kind of damage; :func:`phrase_pattern` matches a phrase in any of them.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache

_MAX_DROPPABLE = 5  # letters of one word that may be dropped (Vietnamese words have ≤ 3)


@cache
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    base = base.lower()
    return base if len(base) == 1 else ch.lower()[:1] or ch


@cache
def _table() -> dict[int, str]:
    """Every letter of the Latin blocks (to U+1EFF) to its folded letter, for ``translate``."""
    table = {}
    for code in range(0x41, 0x1F00):
        ch = chr(code)
        folded = _fold_char(ch)
        if folded != ch and len(folded) == 1:
            table[code] = folded
    return table


def fold(text: str) -> str:
    """``text`` without diacritics, ``đ`` as ``d``, Latin letters in lower case; as
    long as ``text``. The text is expected in NFC (a decomposed mark folds to itself).
    """
    if text.isascii():
        return text.lower()
    return text.translate(_table())


def damaged_forms(word: str) -> frozenset[str]:
    """The folded forms of ``word`` with its diacritics stripped or any of its
    non-ASCII letters dropped (``Hội`` → ``hoi``, ``hi``; ``đồng`` → ``dong``,
    ``dng``, ``ong``, ``ng``). The empty form is left out."""
    word = unicodedata.normalize("NFC", word)
    marked = [i for i, ch in enumerate(word) if not ch.isascii()][:_MAX_DROPPABLE]
    forms: set[str] = set()
    for n in range(len(marked) + 1):
        for dropped in itertools.combinations(marked, n):
            kept = "".join(ch for i, ch in enumerate(word) if i not in dropped)
            if kept:
                forms.add(fold(kept))
    return frozenset(forms)


# what may stand between two words of a phrase: spaces, a hyphen or a comma
_GAP = r"[\s\-–,.]{1,4}"


def phrase_pattern(phrase: str, gap: str = _GAP) -> str:
    """A regex (for folded text) matching ``phrase`` in any damaged form, as whole words."""
    parts = []
    for word in re.findall(r"\w+", phrase):
        forms = sorted(damaged_forms(word), key=lambda f: (-len(f), f))
        parts.append("(?:" + "|".join(re.escape(f) for f in forms) + ")")
    return r"(?<![a-z0-9])" + gap.join(parts) + r"(?![a-z0-9])"


_FOLDED_WORD = re.compile(r"[a-z0-9]+")


class PhraseCounter:
    """Counts phrases in folded text, in any damaged form, word by word.

    Faster than one regex of every form: the folded text is split into words
    once and each phrase is looked up by the forms of its first word.
    """

    def __init__(self, phrases: list[str]) -> None:
        self._by_first: dict[str, list[tuple[str, tuple[frozenset[str], ...]]]] = {}
        for phrase in phrases:
            forms = tuple(damaged_forms(w) for w in re.findall(r"\w+", phrase))
            for first in forms[0]:
                self._by_first.setdefault(first, []).append((phrase, forms))

    def find(self, folded: str) -> list[str]:
        """The phrases found in ``folded`` (a phrase once per occurrence, longest first)."""
        words = _FOLDED_WORD.findall(folded)
        found: list[str] = []
        i = 0
        while i < len(words):
            best: tuple[str, int] | None = None
            for phrase, forms in self._by_first.get(words[i], ()):
                n = len(forms)
                if (best is None or n > best[1]) and all(
                    i + k < len(words) and words[i + k] in forms[k] for k in range(1, n)
                ):
                    best = (phrase, n)
            if best:
                found.append(best[0])
                i += best[1]
            else:
                i += 1
        return found
