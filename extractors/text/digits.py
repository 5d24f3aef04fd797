"""Digits that OCR read as letters, repaired inside the slots that need a digit.

Old scans reach us as text without diacritics whose digits were read as look-alike
letters: ``So: l27 /QD-UBND``, ``ngay 2l thang O4 nam 2O22``, ``Nghi dinh so
9l/2017/ND-CP ngay 3l/7/2017``. Read as they are, the document loses its number and
its date. This pass puts the digit back, but only inside a slot that needs one — the
số ký hiệu after the number label, the day, month and year after the date words, a
date written with slashes — and only when the repaired value is a valid number or
date; a word is never touched. The reverse damage, a digit inside a word in capitals
("KHEN THU0NG"), is repaired too, so that the word can be restored. Each character
becomes one character, so offsets do not move; the pass is logged in ``source.repairs``.

The slot words are those of ``data/header_layout.yaml`` (``number_label``,
``date_words``), matched in any damaged form (no diacritics, letters dropped or
replaced by ``?``); the look-alike letters are in ``data/digit_slots.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.layout.rules import load_layout_rules
from extractors.text.fold import fold
from extractors.text.offsets import Builder, Mapped
from extractors.toolbox.data_files import DataFileError, read_yaml

_NAME = "digit_slots.yaml"


@dataclass(frozen=True)
class Slots:
    letters: dict[str, str]  # look-alike letter -> digit
    in_words: dict[str, str]  # digit -> the letter it stands for inside a word in capitals
    max_letters: int
    min_digits: int
    patterns: tuple[re.Pattern[str], ...]  # on the folded text; groups n, d, m, y


def _word(word: str) -> str:
    """``word`` as a pattern on folded text: its non-ASCII letters folded, dropped or ``?``."""
    kept = "".join(
        re.escape(ch) if ch.isascii() else rf"(?:{re.escape(fold(ch))}|\?)" for ch in word.lower()
    )
    skeleton = "".join(ch for ch in word.lower() if ch.isascii())
    if len(skeleton) < 2:  # "S:" — a word whose letters were dropped to one needs its colon
        pattern = rf"(?:{kept}|{re.escape(skeleton)}(?=[ ]?:))"
    else:
        pattern = kept.replace(r"|\?)", r"|\?)?")
    return rf"(?<![\w?]){pattern}(?![\w?])"


@cache
def load_slots() -> Slots:
    """The look-alike letters and the slot patterns, compiled once."""
    data = read_yaml(_NAME)
    letters = {str(k): str(v) for k, v in data["letters"].items()}
    if any(len(k) != 1 or not v.isdigit() or len(v) != 1 for k, v in letters.items()):
        raise DataFileError(f"{_NAME}: letters map one letter to one digit")
    rules = load_layout_rules()
    if len(rules.date_words) != 3:
        raise DataFileError("header_layout.yaml: date_words are the day, month and year words")
    day, month, year = (_word(w) for w in rules.date_words)
    label = _word(rules.number_label)
    value = "[0-9" + re.escape("".join(sorted({fold(k) for k in letters}))) + "]"
    patterns = (
        rf"{label}[ ]?:?[ ]{{0,3}}(?P<n>{value}{{1,5}})(?=[ ]?[/-][ ]?(?:\d{{4}}[/-])?[a-z?])",
        rf"{day}[ ]+(?P<d>{value}{{1,2}})(?=[ ]+{month}(?:[ ]+(?P<m>{value}{{1,2}})(?![\w?]))?)",
        rf"{month}[ ]+(?P<m>{value}{{1,2}})(?=[ ]*,?[ ]+{year}(?:[ ]+(?P<y>{value}{{4}}))?)",
        rf"{year}[ ]+(?P<y>{value}{{4}})(?![\w?])",
        rf"(?<![\w/.\-])(?P<d>{value}{{1,2}})(?P<s>[/.\-])(?P<m>{value}{{1,2}})(?P=s)"
        rf"(?P<y>{value}{{4}})(?![\w/])",
    )
    in_words = {str(k): str(v) for k, v in data["in_words"].items()}
    if any(len(k) != 1 or not k.isdigit() or len(v) != 1 for k, v in in_words.items()):
        raise DataFileError(f"{_NAME}: in_words map one digit to one letter")
    return Slots(
        letters=letters,
        in_words=in_words,
        max_letters=int(data["max_letters"]),
        min_digits=int(data["min_digits"]),
        patterns=tuple(re.compile(p) for p in patterns),
    )


def _digits(token: str, slots: Slots) -> str | None:
    """``token`` with its look-alike letters as digits, or ``None`` when it is no damaged
    number (no letter to repair, too many, too few real digits, a letter of another kind)."""
    letters = sum(ch in slots.letters for ch in token)
    digits = sum(ch.isdigit() for ch in token)
    if not letters or letters > slots.max_letters or digits < slots.min_digits:
        return None
    if any(not ch.isdigit() and ch not in slots.letters for ch in token):
        return None
    return "".join(slots.letters.get(ch, ch) for ch in token)


def _valid(values: dict[str, str]) -> bool:
    """Whether the slot values, repaired, make a number or a (partial) date."""
    ranges = {"n": (1, 99999), "d": (1, 31), "m": (1, 12), "y": (1900, 2099)}
    return all(v.isdigit() and ranges[g][0] <= int(v) <= ranges[g][1] for g, v in values.items())


def _edits(text: str) -> dict[int, tuple[int, str]]:
    """Repairs by start offset: (end, digits)."""
    slots = load_slots()
    folded = fold(text)
    edits: dict[int, tuple[int, str]] = {}
    for pattern in slots.patterns:
        for m in pattern.finditer(folded):
            spans = {g: m.span(g) for g in "ndmy" if g in pattern.groupindex and m.group(g)}
            tokens = {g: text[s:e] for g, (s, e) in spans.items()}
            repaired = {g: _digits(t, slots) for g, t in tokens.items()}
            if all(r is None for r in repaired.values()):
                continue
            if not _valid({g: repaired[g] or tokens[g] for g in spans}):
                continue
            for g, (s, e) in spans.items():
                new = repaired[g]
                if new is not None:
                    edits[s] = (e, new)
    return edits


def _word_edits(text: str) -> dict[int, tuple[int, str]]:
    """A digit inside a word in capitals ("THU0NG"): its letter."""
    digits = "".join(load_slots().in_words)
    word = re.compile(rf"(?<![\w-])[A-ZĐ]+[{digits}][A-ZĐ]+(?![\w-])")
    edits: dict[int, tuple[int, str]] = {}
    for m in word.finditer(text):
        if len(m.group()) >= 4 and sum(ch.isdigit() for ch in m.group()) == 1:
            at = m.start() + next(i for i, ch in enumerate(m.group()) if ch.isdigit())
            edits[at] = (at + 1, load_slots().in_words[text[at]])
    return edits


def repair_digits(text: str) -> tuple[Mapped, list[str]]:
    """A repair pass: look-alike letters read as digits inside number and date slots, and
    digits read for letters inside words in capitals."""
    if not re.search(r"\d[lIOo]|[lIOo]\d|[A-ZĐ]\d[A-ZĐ]", text):  # nothing to repair
        return Mapped.identity(text), []
    edits = {**_edits(text), **_word_edits(text)}
    if not edits:
        return Mapped.identity(text), []
    builder = Builder(text)
    pos = 0
    for start in sorted(edits):
        end, new = edits[start]
        builder.copy(pos, start)
        builder.replace(start, end, new)
        pos = end
    builder.copy(pos, len(text))
    shown = ", ".join(f"{text[s:e]!r} -> {new!r}" for s, (e, new) in sorted(edits.items())[:3])
    return builder.build(), [
        f"text: {len(edits)} look-alike(s) OCR read repaired: letters for digits in number "
        f"and date slots, digits for letters in words in capitals ({shown} …)"
    ]
