"""Restore words of text that lost its diacritics or its letters, from the domain lexicon.

Copies of the genre reach us damaged: old OCR and ASCII copies without
diacritics (``KE HOACH``, ``So: 23/KH-HDTDKT``, ``ngay 19 thang 10 nam 2020``),
broken converters that dropped every non-ASCII letter (``K HOCH``,
``Q-TTg``) or some of them (``phát trin``, ``Hi đng Thi đua``). The header and
structure words, award names, provinces and number codes the extractors read
are restored from ``data/diacritics.yaml`` (and the document types, body
names, issuers, laws and provinces of the other data files); every other word is
left as it is. Restoring the marks of a letter keeps the NFC length; letters
put back where they were dropped go through the offset map.

:func:`restore` is a pass of :mod:`extractors.text.repair`; its log line says
what kind of damage was found, and :func:`warnings` turns it into the warning
a reader must see (values restored from the lexicon are to be checked).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.text.fold import damaged_forms, fold
from extractors.text.offsets import Builder, Mapped
from extractors.toolbox.data_files import (
    DataFileError,
    load_body_names,
    load_doc_types,
    load_known_issuers,
    load_province_aliases,
    load_provinces,
    read_yaml,
)

_NAME = "diacritics.yaml"
SLOT = "#"
_TOKEN = re.compile(r"\w+")
# in text whose non-ASCII letters became "?" ("K? HO?CH", "?O?N"), a word holds its "?"
_QTOKEN = re.compile(r"\w*(?:\?+\w+)+\?*|\w+\?+|\w+")
_IN_WORD_Q = re.compile(r"\w\?+\w")
_GAP = re.compile(r"[ \t\n\-–,.:/]{1,4}")
# the symbol of a document number: after its digits ("01 /KH-…") or a blank left for them
_NUMBER = re.compile(r"(?:\d[ ]?|[:…_.][ ]{0,8})[/-][ ]?[A-Za-zĐđ?][\w&./?-]{0,40}")
_CODE = re.compile(r"[A-Za-zĐđ?]+")
_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# a letter with a Vietnamese mark
MARKED = re.compile(r"[\u00c0-\u024f\u1e00-\u1eff]")
_LOWER_WORD = re.compile(r"(?<!\w)[a-zđ]{2,}(?!\w)")
# a lower-case word without a vowel is no Vietnamese word: its letters were lost
_VOWELLESS = re.compile(r"(?<!\w)[bcdfghklmnpqrstvxđ]{2,}(?!\w)")

# the kinds of damage, as the log line and the warning name them
STRIPPED = "text has no diacritics"
DROPPED = "text has lost its non-ASCII letters"
QUESTION = "text has its non-ASCII letters replaced by '?'"
PARTIAL = "text has lost some of its letters"
SPACED = "text has its non-ASCII letters replaced by spaces"  # restored by text/spaced.py
KINDS = (STRIPPED, DROPPED, QUESTION, PARTIAL, SPACED)
LOST = (DROPPED, QUESTION)  # kinds where every non-ASCII letter is gone


@dataclass(frozen=True)
class Entry:
    """A phrase of the lexicon: its words (``#`` a number) and their damaged forms."""

    words: tuple[str, ...]
    forms: tuple[frozenset[str], ...]


@dataclass(frozen=True)
class Lexicon:
    by_first: dict[str, tuple[Entry, ...]]  # by a damaged form of the first word, longest first
    codes: dict[str, str]  # a damaged number code -> the code
    limits: dict[str, float]


def _entry(phrase: str) -> Entry:
    words = tuple(_TOKEN.findall(phrase.replace(SLOT, " 0 ")))
    words = tuple(SLOT if w == "0" else w for w in words)
    if not words or words[0] == SLOT:
        raise DataFileError(f"{_NAME}: phrase {phrase!r} must start with a word")
    forms = tuple(frozenset() if w == SLOT else damaged_forms(w) for w in words)
    if len(words) == 1:  # a lone word lost to one letter could be many words
        forms = (frozenset(f for f in forms[0] if len(f) > 1),)
    return Entry(words, forms)


def _phrases(data: dict) -> list[str]:
    """The lexicon's phrases: its own and those of the other data files."""
    provinces = [p.name for p in load_provinces()] + list(load_province_aliases())
    prefixed = [f"{pre} {name}" for pre in data["province_prefixes"] for name in provinces]
    return [
        *data["phrases"],
        *(n for t in load_doc_types() for n in t.names),
        *load_body_names().phrases,
        *load_known_issuers(),
        *(law["name"] for law in read_yaml("known_laws.yaml")["laws"]),
        *(name for name in provinces if " " in name),
        *prefixed,
    ]


def _code_forms(data: dict) -> dict[str, str]:
    """Damaged forms of the number codes, each restorable to one code only."""
    plain = set(data["plain_codes"])
    seen: dict[str, set[str]] = {}
    for code in data["codes"]:
        stripped = code.replace("Đ", "D").replace("đ", "d")
        for form in {stripped, *(f for f in _drops(code) if f)}:
            if form != code and form not in plain:
                seen.setdefault(form, set()).add(code)
    return {form: codes.pop() for form, codes in seen.items() if len(codes) == 1}


def _drops(code: str) -> set[str]:
    """``code`` with any of its ``Đ`` dropped (``HĐTĐKT`` → ``HTĐKT``, ``HĐTKT``, ``HTKT``)."""
    out = {""}
    for ch in code:
        out = {o + ch for o in out} | ({o for o in out} if ch in "Đđ" else set())
    return out - {code}


@cache
def lexicon() -> Lexicon:
    """The lexicon of ``data/diacritics.yaml`` and the other data files, built once."""
    data = read_yaml(_NAME)
    by_first: dict[str, list[Entry]] = {}
    seen: set[tuple[str, ...]] = set()
    for phrase in _phrases(data):
        entry = _entry(phrase)
        key = tuple(w.lower() for w in entry.words)
        if key in seen:
            continue
        seen.add(key)
        for form in entry.forms[0]:
            by_first.setdefault(form, []).append(entry)
    limits = {
        k: float(data[k])
        for k in (
            "min_partial_repairs",
            "max_marked_share",
            "min_vowelless_share",
            "assess_chars",
            "letters_per_question",
        )
    }
    return Lexicon(
        {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in by_first.items()},
        _code_forms(data),
        limits,
    )


def assess(text: str) -> str | None:
    """The damage of ``text`` judged by its letters: :data:`STRIPPED`, :data:`DROPPED`,
    :data:`QUESTION`, :data:`PARTIAL` (some words without a vowel: ``đng``, ``thng``)
    or ``None``."""
    lim = lexicon().limits
    text = text[: int(lim["assess_chars"])]  # a converter damages a text throughout
    letters = len(_LETTER.findall(text))
    if letters < 40:
        return None
    if len(_IN_WORD_Q.findall(text)) * lim["letters_per_question"] >= letters:
        return QUESTION
    vowelless = len(_VOWELLESS.findall(text))
    if len(MARKED.findall(text)) / letters >= lim["max_marked_share"]:
        return PARTIAL if vowelless >= lim["min_partial_repairs"] else None
    words = len(_LOWER_WORD.findall(text))
    return DROPPED if words and vowelless / words >= lim["min_vowelless_share"] else STRIPPED


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    folded: str


def _word_fits(word: str, forms: frozenset[str], tok: _Token, kind: str) -> int | None:
    """Letters ``tok`` lost from ``word`` (0: marks only), or ``None`` when it is not ``word``."""
    if word == SLOT:
        return 0 if tok.text.isdigit() else None
    if tok.text.lower() == word.lower():
        return 0
    if tok.folded not in forms:
        return None
    lost = len(fold(word)) - len(tok.folded)
    if kind == STRIPPED and lost:
        return None  # a text that lost only its marks kept every letter
    if kind == PARTIAL and (lost == 0 or not _dropped_from(tok.text.lower(), word.lower())):
        return None  # a text with its diacritics: only a word with letters lost is damaged
    return lost


def _dropped_from(token: str, word: str) -> bool:
    """Whether ``token`` is ``word`` with some of its non-ASCII letters dropped
    ("đng" from "đồng"; not "cà" from "của")."""
    k = 0
    for ch in word:
        if k < len(token) and token[k] == ch:
            k += 1
        elif ch.isascii():
            return False
    return k == len(token)


Aligned = list[tuple[str, "_Token | None"]]  # a word of an entry and its token (None: lost)


def _vanished(word: str, tokens: list[_Token], j: int, text: str, kind: str) -> bool:
    """Whether ``word``, all of whose letters are non-ASCII, was dropped before token ``j``
    ("THÀNH PHỐ NNG" for "THÀNH PHỐ ĐÀ NẴNG"); in a text that kept some of its letters,
    only where two spaces stand for it."""
    if word == SLOT or any(c.isascii() for c in word):
        return False
    return kind in LOST or (kind == PARTIAL and text[tokens[j].start - 2 : tokens[j].start] == "  ")


def _fit(
    entry: Entry, tokens: list[_Token], i: int, text: str, kind: str
) -> tuple[Aligned, int] | None:
    """The tokens from ``i`` that spell ``entry`` and the letters they lost, or ``None``."""
    aligned: Aligned = []
    lost = 0
    j = i
    glued = False
    for k, word in enumerate(entry.words):
        if glued:  # the word went with the one before, in one token
            glued = False
            continue
        if j >= len(tokens):
            return None
        tok = tokens[j]
        if k and not _GAP.fullmatch(text, tokens[j - 1].end, tok.start):
            return None
        fits = _word_fits(word, entry.forms[k], tok, kind)
        last = k == len(entry.words) - 1  # a lost word needs the next word to stand by
        if fits is None and k and not last and _vanished(word, tokens, j, text, kind):
            aligned.append((word, None))
            lost += len(word)
            continue
        if fits is None and not last and kind in LOST and _glued_pair(entry, k, tok):
            glued = True
            pair = f"{word} {entry.words[k + 1]}"
            aligned.append((pair, tok))
            lost += len(fold(pair)) - 1 - len(tok.folded)
            j += 1
            continue
        if fits is None:
            return None
        aligned.append((word, tok))
        lost += fits
        j += 1
    return aligned, lost


def _glued_pair(entry: Entry, k: int, tok: _Token) -> bool:
    """Whether ``tok`` is words ``k`` and ``k + 1`` run together: a converter that dropped
    the non-ASCII letters dropped the no-break space between them too ("VITNAM")."""
    if SLOT in entry.words[k : k + 2]:
        return False
    first, second = entry.forms[k], entry.forms[k + 1]
    word = tok.folded
    return any(
        word[:at] in first and word[at:] in second and min(at, len(word) - at) > 1
        for at in range(2, len(word) - 1)
    )


def _cased(word: str, tok: _Token | None, upper: bool) -> str:
    if upper:
        return word.upper()
    if tok is None or fold(word)[:1] != tok.folded[:1]:
        return word  # its first letter was lost: the lexicon's case
    head = word[0].upper() if tok.text[:1].isupper() else word[0].lower()
    return head + word[1:]


def _best(tokens: list[_Token], i: int, text: str, kind: str) -> Aligned | None:
    """The longest entry spelt from token ``i`` with the fewest lost letters (unique)."""
    best: tuple[Entry, Aligned, int] | None = None
    ambiguous = False
    for entry in lexicon().by_first.get(tokens[i].folded, ()):
        if best and len(entry.words) < len(best[0].words):
            break
        fit = _fit(entry, tokens, i, text, kind)
        if fit is None or (kind == PARTIAL and fit[1] == 0):
            continue
        if best is None or fit[1] < best[2]:
            best, ambiguous = (entry, *fit), False
        elif fit[1] == best[2] and entry.words != best[0].words:
            ambiguous = True
    return None if best is None or ambiguous else best[1]


def _phrase_edits(text: str, kind: str) -> list[tuple[int, int, str]]:
    """Edits restoring each token of a phrase of the lexicon. Phrases may overlap
    ("Ủy ban nhân dân thành phố" / "thành phố Huế") where they agree on the words
    they share; one that would restore a shared word otherwise is left out
    ("Tiêu chí thi đua" is not read as "Tiêu [Chỉ thị] đua")."""
    folded = fold(text)
    pattern = _QTOKEN if kind == QUESTION else _TOKEN
    tokens = [
        _Token(m.start(), m.end(), m.group(), folded[m.start() : m.end()].replace("?", ""))
        for m in pattern.finditer(text)
    ]
    edits: dict[tuple[int, int], str] = {}  # every token a phrase took, as restored
    for i in range(len(tokens)):
        aligned = _best(tokens, i, text, kind)
        if aligned is None:
            continue
        proposed = _restored(aligned, text)
        if all(edits.get(span, new) == new for span, new in proposed.items()):
            edits.update(proposed)
    return [(start, end, new) for (start, end), new in edits.items() if new != text[start:end]]


def _restored(aligned: Aligned, text: str) -> dict[tuple[int, int], str]:
    """Each token of a matched phrase as restored (a lost word: inserted before the next)."""
    # the case of the words with two letters or more ("HO?CH", not "S?")
    words = [t.text for _, t in aligned if t and len(_LETTER.findall(t.text)) > 1]
    upper = bool(words) and all(w.isupper() for w in words)
    out: dict[tuple[int, int], str] = {}
    for n, (word, tok) in enumerate(aligned):
        if tok is None:
            at = aligned[n + 1][1].start  # type: ignore[union-attr]
            lost = _cased(word, None, upper)
            if text[at - 2 : at] == "  ":
                out[(at - 1, at - 1)] = lost
            else:
                out[(at, at)] = lost + " "
        else:
            out[(tok.start, tok.end)] = tok.text if word == SLOT else _cased(word, tok, upper)
    return out


def _code_edits(text: str, kind: str) -> list[tuple[int, int, str]]:
    codes = lexicon().codes
    edits = []
    for number in _NUMBER.finditer(text):
        for m in _CODE.finditer(number.group()):
            code = codes.get(m.group().replace("?", ""))
            if code and (kind != PARTIAL or len(code) > len(m.group())):
                edits.append((number.start() + m.start(), number.start() + m.end(), code))
    return edits


def restore(text: str) -> tuple[Mapped, list[str]]:
    """Restore the lexicon's words in damaged ``text``; the log names the damage."""
    kind = assess(text)
    if kind is None:
        return Mapped.identity(text), []
    edits = sorted(_phrase_edits(text, kind) + _code_edits(text, kind))
    if kind == PARTIAL and len(edits) < lexicon().limits["min_partial_repairs"]:
        return Mapped.identity(text), []
    builder = Builder(text)
    pos = 0
    for start, end, new in edits:
        if start < pos:
            continue
        builder.copy(pos, start)
        builder.replace(start, end, new)
        pos = end
    builder.copy(pos, len(text))
    examples = ", ".join(f"{text[s:e]!r} -> {new!r}" for s, e, new in edits[:3])
    note = f"{kind}: restored {len(edits)} word(s) from the lexicon" + (
        f" ({examples} …)" if edits else ""
    )
    return (builder.build() if edits else Mapped.identity(text)), [note]


def warnings(log: list[str]) -> list[str]:
    """The warning a reader must see when :func:`restore` found damaged text."""
    return [
        f"{kind}: values restored from the lexicon, check them"
        for kind in KINDS
        if any(line.startswith(kind + ":") for line in log)
    ]
