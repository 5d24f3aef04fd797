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
from collections.abc import Callable
from functools import cache

from rapidfuzz.distance import Levenshtein

from extractors.text.diacritics import SLOT, lexicon
from extractors.text.fold import fold

# a syllable: onset, one to three vowels, a final consonant (folded, lower case)
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_WORD = re.compile(r"\w+")
_WORD_BEFORE = re.compile(r"\w+\Z")
MAX_EDITS = 2
MIN_WORDS = 3  # the damaged word and two read exactly around it
ACUTE, HOOK = "\u0301", "\u0309"
TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")  # grave, acute, tilde, hook, dot below


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


@cache
def toneless(word: str) -> str:
    """``word`` in lower case without its tone mark (hats, horns, breves and đ kept)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c not in TONES)
    return unicodedata.normalize("NFC", bare)


def _tones(word: str) -> list[str]:
    return [c for c in unicodedata.normalize("NFD", word) if c in TONES]


@cache
def ocr_tone_slip(read: str, meant: str) -> bool:
    """``read`` is how a blurred or dusty copy turns the tone of ``meant``: a mark lost,
    a mark added by a speck, or a hook blurred into an acute (``thể`` read ``thế``,
    ``nhân`` read ``nhận``, ``triển`` read ``triên``). The other swaps are left: the
    reverse slips are rare, and the words they would make are common words
    (``tình hình thực tế`` is no misread ``hình thức``, ``chỉ tiêu`` no ``chí``)."""
    got, want = _tones(read), _tones(meant)
    if not got or not want:
        return got != want
    return (got == [ACUTE] and want == [HOOK]) or (len(got) > 1 and set(want) < set(got))


_Places = dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # word -> (phrase, place) pairs


@cache
def _phrases_by_toneless() -> tuple[_Places, frozenset[tuple[str, ...]]]:
    """Every word of the lexicon's phrases of two words or more, without its tone -> the
    phrases holding it and its place in each; and every run of words in those phrases."""
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    phrases: set[tuple[str, ...]] = set()
    for entries in lexicon().by_first.values():
        for entry in entries:
            words = tuple(w.lower() for w in entry.words)
            if len(words) < 2 or SLOT in words:
                continue
            phrases.update(
                words[a:b] for a in range(len(words)) for b in range(a + 2, len(words) + 1)
            )
            for j, word in enumerate(words):
                index.setdefault(toneless(word), []).append((words, j))
    return {k: tuple(dict.fromkeys(v)) for k, v in index.items()}, frozenset(phrases)


def _tone_candidate(low: list[str], i: int) -> str | None:
    """The lexicon's word for token ``i`` read in the wrong tone: it differs from the
    phrase's word by its tone mark only, the phrase's other words are read exactly, and
    what was read is no phrase of the lexicon itself, nor part of one with the word on its
    other side (``cơ sở kết quả`` holds ``sơ kết`` read otherwise, but ``cơ sở`` stands in
    ``trung học cơ sở``); None when two phrases disagree."""
    index, phrases = _phrases_by_toneless()
    word = low[i]
    found: set[str] = set()
    for words, j in index.get(toneless(word), ()):
        start = i - j
        if words[j] == word or start < 0 or start + len(words) > len(low):
            continue
        if not all(low[start + n] == w for n, w in enumerate(words) if n != j):
            continue
        if ocr_tone_slip(word, words[j]) and tuple(low[start : start + len(words)]) not in phrases:
            found.add(words[j])
    if len(found) != 1 or tuple(low[max(0, i - 1) : i + 1]) in phrases:
        return None
    return None if tuple(low[i : i + 2]) in phrases else found.pop()


def _alphabet() -> frozenset[str]:
    """The letters of Vietnamese beyond ASCII: 12 vowels in 6 tones, both cases, and đ."""
    tones = ("", *sorted(TONES))
    vowels = [unicodedata.normalize("NFC", v + t) for v in "aăâeêioôơuưy" for t in tones]
    return frozenset(v for v in vowels + [v.upper() for v in vowels] + ["đ", "Đ"])


_VIETNAMESE = _alphabet()


def drop_foreign_marks(text: str) -> tuple[str, list[str]]:
    """``text`` with each Latin letter Vietnamese has not (``Sö:01``, ``ÑĐ-CP``, ``KHEÑ``:
    a speck read as a diaeresis or a tilde) turned to the letter under its mark; letters
    without a Latin base (ß, ø, Greek) are left."""
    text = unicodedata.normalize("NFC", text)
    out = list(text)
    log: list[str] = []
    for k, ch in enumerate(text):
        if ch.isascii() or ch in _VIETNAMESE or not ch.isalpha():
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        if base.isascii() and base.isalpha():
            out[k] = base
            log.append(f"OCR repair letter: {ch!r} -> {base!r} at {k}")
    return "".join(out), log


# a speck read as a mark between two words: glued to both ("doanh-nghiệp", "thể.hiện",
# "Chính'phủ") or to the next one after a space ("hành .cùng", "sản 'xuất")
_GLUED = re.compile(r"(?<=\w)(?:([-.'`])|[ ]([.'`]))(?=\w)")


def unglue_specks(text: str) -> tuple[str, list[str]]:
    """``text`` with the specks read as a hyphen, a dot or a quote between two words made
    a space again, when both are Vietnamese syllables in lower case (the first may be
    capitalised but for a hyphen: "Tin-ảnh") and one of them carries a Vietnamese
    letter; codes, numbers, names in capitals, URLs and loanwords keep theirs."""
    pieces: list[str] = []
    log: list[str] = []
    last = 0
    for match in _GLUED.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        after = _WORD.match(text, match.end())
        if before is None or after is None:
            continue
        a, b = before.group(0), after.group(0)
        if not (a.isalpha() and b.isalpha() and b.islower() and a[-1].islower()):
            continue
        if match.group(1) == "-" and not a.islower():
            continue
        if not (well_formed(a) and well_formed(b)) or not (
            _vietnamese_letters(a) or _vietnamese_letters(b)
        ):
            continue
        pieces += [text[last : match.start()], " "]
        last = match.end()
        glued, spaced = a + match.group(0) + b, f"{a} {b}"
        log.append(f"OCR repair speck: {glued!r} -> {spaced!r} at {before.start()}")
    return "".join([*pieces, text[last:]]), log


# a grave or acute accent standing as a character: no Vietnamese plan types one, Tesseract
# reads a speck so ("` Đoàn viên", a lone "`" line); two of them made a page a Markdown note
_STRAY = re.compile(r"[ \t]*[`´]+[ \t]*")


def drop_stray_accents(text: str) -> tuple[str, list[str]]:
    """``text`` without the specks read as a free-standing grave or acute accent (after
    :func:`unglue_specks` has made those glued between two words a space); between two
    words a space is kept, at a line's start or end nothing."""
    log: list[str] = []

    def gap(match: re.Match[str]) -> str:
        inside = match.start() > 0 and match.end() < len(text)
        inside = inside and text[match.start() - 1] != "\n" and text[match.end()] != "\n"
        log.append(f"OCR repair accent: {match.group(0)!r} removed at {match.start()}")
        return " " if inside else ""

    return _STRAY.sub(gap, text), log


def repair_words(text: str) -> tuple[str, list[str]]:
    """``text`` with its malformed Vietnamese words restored from the lexicon in context;
    one log line per word."""

    def pick(tokens: list[str], i: int) -> str | None:
        word = tokens[i]
        if len(word) < 2 or well_formed(word) or not _vietnamese_letters(word):
            return None
        return _candidate(tokens, i)

    return _replace_words(text, pick, "lexicon")


def repair_tones(text: str) -> tuple[str, list[str]]:
    """``text`` with its words read in the wrong tone inside a lexicon phrase put right
    (``tập thế, cá nhận`` -> ``tập thể, cá nhân``: see :func:`_tone_candidate`); one log
    line per word."""

    low: list[str] = []  # the tokens in lower case, made once for the whole text

    def pick(tokens: list[str], i: int) -> str | None:
        if not low:
            low.extend(t.lower() for t in tokens)
        return _tone_candidate(low, i) if well_formed(tokens[i]) else None

    return _replace_words(text, pick, "tone")


def _replace_words(
    text: str, pick: Callable[[list[str], int], str | None], kind: str
) -> tuple[str, list[str]]:
    """``text`` with each word for which ``pick(tokens, index)`` gives another (lower case;
    the word's capitals are kept); one log line per word."""
    text = unicodedata.normalize("NFC", text)
    matches = list(_WORD.finditer(text))
    tokens = [m.group(0) for m in matches]
    pieces: list[str] = []
    log: list[str] = []
    last = 0
    for i, match in enumerate(matches):
        word = match.group(0)
        new = pick(tokens, i) if word.isalpha() else None
        if new is None or new == word.lower():
            continue
        new = new[0].upper() + new[1:] if word[0].isupper() else new
        if word.isupper():
            new = new.upper()
        pieces += [text[last : match.start()], new]
        last = match.end()
        log.append(f"OCR repair {kind}: {word!r} -> {new!r} at {match.start()}")
    return "".join([*pieces, text[last:]]), log
