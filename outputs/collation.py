"""Vietnamese alphabetical order, for the province and body names the tables sort by.

Code-point order puts "Bình Dương" before "Bắc Ninh" and "Đà Nẵng" after "Yên Bái".
The Vietnamese alphabet orders the letters a ă â b c d đ e ê g h i k l m n o ô ơ p q
r s t u ư v x y, and a word's tones only break ties (none, huyền, hỏi, ngã, sắc, nặng).
"""

from __future__ import annotations

import unicodedata

# combining marks that make a letter of its own (ă â ê ô ơ ư) — part of the letter
_LETTER_MARKS = {"\u0306": 1, "\u0302": 2, "\u031b": 3}
# tone marks — only a tie-break, in the order dictionaries use
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LAST = (0x10FFFF, 0, 0)


def _letter_key(ch: str) -> tuple[tuple[int, int, int], int]:
    """((base, letter mark, đ), tone) of one character."""
    parts = unicodedata.normalize("NFD", ch.casefold())
    base = parts[0]
    mark = max((_LETTER_MARKS.get(p, 0) for p in parts[1:]), default=0)
    tone = max((_TONES.get(p, 0) for p in parts[1:]), default=0)
    if base in ("đ", "ð"):  # ð: the look-alike Icelandic eth some fonts' files carry
        return (ord("d"), 0, 1), tone
    return (ord(base), mark, 0), tone


def vi_key(text: str | None) -> tuple[tuple[tuple[int, int, int], ...], tuple[int, ...], str]:
    """A sort key that orders ``text`` as a Vietnamese dictionary does (None last)."""
    if text is None:
        return (_LAST,), (), ""
    keys = [_letter_key(ch) for ch in unicodedata.normalize("NFC", text)]
    return tuple(k for k, _ in keys), tuple(t for _, t in keys), text


def sort_key(text: str | None) -> str:
    """:func:`vi_key` as text whose byte (and code-point) order is the same order, for a
    SQL column that any client can ``ORDER BY`` (None sorts last)."""
    letters, tones, raw = vi_key(text)
    if text is None:
        return "\U0010ffff"
    head = "".join(f"{base:06x}{mark}{dd}" for base, mark, dd in letters)
    # "!" sorts before every hex digit: a word that is the start of another comes first
    return f"{head}!{''.join(str(t) for t in tones)}!{raw}"
