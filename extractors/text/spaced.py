"""Text whose non-ASCII letters a converter wrote as spaces, restored from the lexicon.

Some document-sharing previews come from a converter that writes every letter it
cannot encode as a space: ``C NG H A X  H I CH  NGH A VI T NAM``, ``S : 58/PNV-T KT``,
``ng y 14 th ng 10 n m 2016``. The words fall apart into fragments, so neither the
diacritic-free matching of :mod:`extractors.text.fold` nor the lexicon of
:mod:`extractors.text.diacritics` (which read whole words) recognise the header. The
damage is mechanical: a phrase of the lexicon has exactly one damaged form, its
non-ASCII letters as spaces, of the same length. :func:`restore_spaced` finds those
forms (a phrase whose form is shared by two phrases is left) and puts the phrase back
letter for letter, keeping the letters that survived as they stand, so offsets do not
move; the codes of document numbers (``Q -UBND``, ``PNV-T KT``) likewise. Words the
lexicon does not hold (names of people and places) stay damaged.

The pass runs before runs of spaces are collapsed (the double spaces are part of the
damage); the genre gate reads the text as this pass restores it. Thresholds are in
``data/diacritics.yaml`` (``spaced_*``).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import cache

from extractors.text.diacritics import MARKED, SLOT, SPACED, lexicon
from extractors.text.offsets import Mapped
from extractors.toolbox.data_files import read_yaml

_NAME = "diacritics.yaml"
_RUN = re.compile(r"[A-Za-z0-9]+")
# a consonant standing alone between spaces: no Vietnamese word is one consonant
_LONE = re.compile(r"(?<=[ ])[bcdghklmnpqrstvxBCDGHKLMNPQRSTVX](?=[ ])")
# two spaces between letters: a lost letter beside a space between words
_DOUBLE = re.compile(r"(?<=[A-Za-z])[ ]{2}(?=[A-Za-z])")
_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")
# what stands between two words of a phrase, besides the spaces of lost letters
_GAP = r"[ \t\n\-,.:;/]{1,4}"
_SLOT = r"\d{1,4}"


def spaced_form(word: str) -> str:
    """``word`` as the converter writes it: each non-ASCII letter a space."""
    return "".join(c if c.isascii() else " " for c in unicodedata.normalize("NFC", word))


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]
    pattern: re.Pattern[str]  # one group per word
    run: str  # the first run of ASCII letters (lower case): the phrase is looked up by it
    leads: tuple[int, ...]  # how far before that run the phrase may start, nearest first


@dataclass(frozen=True)
class _Rules:
    by_run: dict[str, tuple[_Phrase, ...]]  # by the first run of ASCII letters, longest first
    code: re.Pattern[str] | None
    codes: dict[str, str]  # a spaced code (upper case) -> the code


def _phrase(words: tuple[str, ...]) -> _Phrase | None:
    """The damaged form of a phrase; a first word lost whole ("đề" of "đề nghị") is found
    by the spaces before the second (one to four between them)."""
    forms = [spaced_form(w) for w in words]
    letters = sum(2 if f == SLOT else len(f.replace(" ", "")) for f in forms)
    lost = [not f.strip() for f in forms]
    if letters < 2 or lost[-1] or sum(lost) > 1 or (lost[0] and len(forms) < 2):
        return None  # too little left to tell, or words lost whole where nothing anchors them
    parts = [f"({_SLOT})" if f == SLOT else f"({re.escape(f)})" for f in forms]
    pattern = re.compile(_GAP.join(parts) + r"(?![A-Za-z0-9])", re.IGNORECASE)
    anchor = forms[1] if lost[0] else forms[0]
    first = _RUN.search(anchor)
    if first is None:  # a number first: never a phrase of the lexicon
        return None
    lead = first.start()
    leads = tuple(len(forms[0]) + gap + lead for gap in range(1, 5)) if lost[0] else (lead,)
    return _Phrase(words, pattern, first.group().lower(), leads)


@cache
def _rules() -> _Rules:
    data = read_yaml(_NAME)
    entries = [
        (tuple(w.lower() for w in e.words), " ".join(spaced_form(w).lower() for w in e.words), e)
        for group in lexicon().by_first.values()
        for e in group
    ]
    seen: dict[str, set[tuple[str, ...]]] = {}
    for lowered, key, _ in entries:
        seen.setdefault(key, set()).add(lowered)
    by_run: dict[str, list[_Phrase]] = {}
    done: set[tuple[str, ...]] = set()
    for lowered, key, entry in entries:
        if lowered in done or len(seen[key]) > 1:
            continue  # two phrases share the damaged form: neither is restored
        done.add(lowered)
        phrase = _phrase(entry.words)
        if phrase is not None:
            by_run.setdefault(phrase.run, []).append(phrase)
    codes = {spaced_form(c).upper(): c for c in data["codes"] if not c.isascii()}
    alternatives = "|".join(re.escape(c) for c in sorted(codes, key=len, reverse=True))
    code = re.compile(rf"(?<=\d/|.[/-])(?:{alternatives})(?=[-/\s.,;)]|$)") if codes else None
    return _Rules(
        {k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in by_run.items()},
        code,
        codes,
    )


@cache
def _limits() -> dict[str, float]:
    """The thresholds of :func:`is_spaced` (read without building the phrase table)."""
    data = read_yaml(_NAME)
    keys = ("spaced_min_words", "spaced_min_lone_share", "spaced_min_double_share")
    return {k: float(data[k]) for k in keys}


def is_spaced(text: str) -> bool:
    """Whether ``text`` had its non-ASCII letters written as spaces: no marked letters,
    many consonants standing alone (``l p``, ``ng y``) and double spaces between letters."""
    lim = lexicon().limits
    head = text[: int(lim["assess_chars"])]
    words = len(_WORD.findall(head))
    limits = _limits()
    if words < limits["spaced_min_words"]:
        return False
    if len(MARKED.findall(head)) / max(len(head), 1) >= lim["max_marked_share"]:
        return False
    lone = len(_LONE.findall(head)) / words
    double = len(_DOUBLE.findall(head)) / words
    return lone >= limits["spaced_min_lone_share"] and double >= limits["spaced_min_double_share"]


def _merged(damaged: str, word: str, upper: bool) -> str:
    """``word`` written over ``damaged``: the letters that survived as they stand, each
    space a lost letter of ``word`` (in capitals where the damaged word is)."""
    out = []
    for d, w in zip(damaged, unicodedata.normalize("NFC", word), strict=True):
        out.append(d if d != " " else (w.upper() if upper else w))
    return "".join(out)


def _match(text: str, phrase: _Phrase, run: int) -> re.Match[str] | None:
    """``phrase`` starting before the run of letters at ``run``."""
    for lead in phrase.leads:
        start = run - lead
        if start < 0 or (start and text[start - 1].isalnum()):
            continue
        if text[start:run].strip(" "):
            continue  # only lost letters (spaces) stand before the run
        m = phrase.pattern.match(text, start)
        if m:
            return m
    return None


def _phrase_edits(text: str) -> list[tuple[int, str]]:
    """Each restored word: where it starts and its restored text (same length). Phrases
    may overlap ("Ủy ban nhân dân thành phố" / "thành phố Huế") where they agree on the
    words they share."""
    rules = _rules()
    edits: dict[int, str] = {}
    for run in _RUN.finditer(text):
        best: tuple[re.Match[str], _Phrase] | None = None
        for phrase in rules.by_run.get(run.group().lower(), ()):
            m = _match(text, phrase, run.start())
            if m and (best is None or m.end() > best[0].end()):
                best = (m, phrase)
        if best is None:
            continue
        m, phrase = best
        letters = "".join(_RUN.findall(m.group()))
        alpha = [c for c in letters if c.isalpha()]
        upper = len(alpha) > 1 and all(c.isupper() for c in alpha)
        proposed = {
            m.start(k + 1): _merged(m.group(k + 1), word, upper)
            for k, word in enumerate(phrase.words)
            if word != SLOT
        }
        if all(edits.get(at, new) == new for at, new in proposed.items()):
            edits.update(proposed)
    return sorted(edits.items())


def restore_spaced(text: str) -> tuple[Mapped, list[str]]:
    """A repair pass: the lexicon's words and number codes of a text whose non-ASCII
    letters became spaces, put back letter for letter (offsets unchanged)."""
    if not is_spaced(text):
        return Mapped.identity(text), []
    rules = _rules()
    edits = _phrase_edits(text)
    if rules.code is not None:
        edits += [(m.start(), rules.codes[m.group()]) for m in rules.code.finditer(text)]
    chars = list(text)
    for start, new in edits:
        chars[start : start + len(new)] = new
    restored = "".join(chars)
    examples = ", ".join(f"{text[s : s + len(n)]!r} -> {n!r}" for s, n in edits[:3])
    note = f"{SPACED}: restored {len(edits)} word(s) from the lexicon ({examples} …)"
    return Mapped(restored, array("q", range(len(text)))), [note]
