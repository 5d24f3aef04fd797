"""Repair raw text into the stored ``text`` of a record, with an offset map.

Passes, in order (each logged when it changed something):

0. a text whose non-ASCII letters became spaces: the lexicon's words put back
   (``extractors/text/spaced.py``), before anything reads runs of spaces;
1. line ends and spaces: CRLF, tabs, no-break and zero-width spaces, runs of spaces;
2. Unicode NFC; look-alike characters; words glued by a lost space split again at domain
   words (``extractors/text/glued.py``);
3. tone marks: the traditional placement used in administrative documents
   (``hòa``, ``khỏe``, ``thủy``, ``Ủy`` rather than ``hoà``, ``khoẻ``, ``thuỷ``, ``Uỷ``);
4. markup left over from conversions (``*…*``, ``**…**``, stray ``* -``, a Markdown
   ``#`` before a heading);
5. the header (the layout stage, :mod:`extractors.layout.text`): pipe rows, one
   cell per line and broken cells put back into lines, two columns flattened
   into one line split again, an authority line cut from the title, words
   damaged by OCR repaired from ``data/ocr_repairs.yaml`` (scope ``header``);
6. page-number lines dropped (``extractors/text/furniture.py``), hard-wrapped
   lines joined into their paragraphs (``extractors/text/unwrap.py``),
   and paragraphs cut by a page break (a blank line in mid-sentence) joined back;
7. runs of blank lines collapsed.

:func:`repair` returns the text, the page starts carried into it and the log.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from extractors.layout.closing_rows import split_piped_closing
from extractors.layout.columns import header_repairs, split_flattened_header
from extractors.layout.one_line import split_one_line
from extractors.layout.text import (
    canonical_header,
    split_authority,
    split_padded_header,
)
from extractors.text.closing import split_flattened_closing, split_tabbed_closing
from extractors.text.collapse import collapse_pass
from extractors.text.diacritics import restore as restore_diacritics
from extractors.text.digits import repair_digits
from extractors.text.furniture import drop_page_numbers
from extractors.text.glued import split_glued
from extractors.text.offsets import Builder, Mapped, substitute
from extractors.text.residue import drop_residue
from extractors.text.spaced import restore_spaced
from extractors.text.stop_words import restore_stop_words
from extractors.text.unwrap import unwrap_lines
from extractors.toolbox.data_files import (
    DataFileError,
    load_connectives,
    read_yaml,
)
from extractors.toolbox.form_words import form_words


@dataclass
class Repaired:
    text: str
    page_starts: list[int]
    mapped: Mapped
    log: list[str] = field(default_factory=list)


# --- 1. spaces ---------------------------------------------------------------

_SPACES = re.compile(
    r"\r\n?|[ ]*\t[\t ]*|[\u00a0\u2000-\u200a\u202f\u3000]+|[\u200b\u200c\u200d\ufeff]+| {2,}"
)
_TRAILING = re.compile(r"[ \t]+(?=\n)|[ \t]+\Z")
# a row of a table as readers write it: three or more cells separated by tabs
_TABLE_ROW = re.compile(r"(?m)^[^\n\t]*\t[^\n\t]*\t[^\n]*$")


def _spaces(text: str) -> Mapped:
    """Line ends to ``\\n``, odd spaces to one space; table rows keep one tab per cell."""
    rows = [m.span() for m in _TABLE_ROW.finditer(text)]
    starts = [start for start, _ in rows]

    def in_table_row(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and rows[i][0] <= pos < rows[i][1]

    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        if s.startswith("\r"):
            return "\n"
        if s[0] in "\u200b\u200c\u200d\ufeff":
            return ""
        if "\t" in s and in_table_row(m.start()):
            return "\t"
        return " "

    step, _ = substitute(_SPACES, text, repl)
    step2, _ = substitute(_TRAILING, step.text, lambda m: "")
    return step.then(step2)


# --- 2. NFC ------------------------------------------------------------------


def _nfc(text: str) -> Mapped:
    if unicodedata.is_normalized("NFC", text):
        return Mapped.identity(text)
    builder = Builder(text)
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = text[i:j]
        if j - i == 1:
            builder.copy(i, j)
        else:
            builder.replace(i, j, unicodedata.normalize("NFC", cluster))
        i = j
    return builder.build()


@cache
def _confusables() -> dict[str, str]:
    """Look-alike characters and the Vietnamese letters they stand for (data/confusables.yaml)."""
    name = "confusables.yaml"
    table = read_yaml(name)
    for key, value in table.items():
        if len(key) != 1 or len(value) != 1:
            raise DataFileError(f"{name}: {key!r} -> {value!r}: one character for one")
    return dict(table)


def _look_alikes(text: str) -> tuple[Mapped, int]:
    table = _confusables()
    pattern = re.compile("[" + re.escape("".join(table)) + "]")
    step, changed = substitute(pattern, text, lambda m: table[m.group(0)])
    return step, len(changed)


# --- 3. tone marks ------------------------------------------------------------

# In an open syllable ending in oa, oe or uy (not after q), the traditional
# convention puts the tone on the first vowel: hoà -> hòa, thuỷ -> thủy.
_TONES = "\u0300\u0301\u0309\u0303\u0323"


def _strip_tone(ch: str) -> tuple[str, str]:
    decomposed = unicodedata.normalize("NFD", ch)
    tone = "".join(c for c in decomposed if c in _TONES)
    base = "".join(c for c in decomposed if c not in _TONES)
    return unicodedata.normalize("NFC", base), tone


_TONED_WORD = re.compile(r"(?<![\w])(\w*?)([oOuU])(\w)(?![\w])")


def _tone_marks(text: str) -> tuple[Mapped, int]:
    def repl(m: re.Match[str]) -> str | None:
        head, first, second = m.group(1), m.group(2), m.group(3)
        if head[-1:] in ("q", "Q"):
            return None
        base, tone = _strip_tone(second)
        if not tone or base.lower() not in ("a", "e", "y"):
            return None
        if first.lower() == "u" and base.lower() != "y":
            return None
        if first.lower() == "o" and base.lower() == "y":
            return None
        moved = unicodedata.normalize("NFC", first + tone)
        return head + moved + base

    step, changed = substitute(_TONED_WORD, text, repl)
    return step, len(changed)


# --- 4. markup ----------------------------------------------------------------

_FOOTNOTE_STAR = re.compile(r"\(\*+\)")
_STARS = re.compile(r"\*+")
# two or more bullet marks before a line's text ("* - Lưu"); a rule line of
# marks alone ("-------" under a header column) is not a bullet run
_BULLET_RUN = re.compile(r"(?m)^[ ]*(?:[-–*+][ ]*){2,}(?=[^\s\-–*+])")
_LEADING_SPACE = re.compile(r"(?m)^[ ]+")
# a Markdown heading mark a web copy kept before a part heading ("## II. NỘI DUNG")
_HEADING_MARK = re.compile(r"(?m)^[ ]*#{1,6}[ ]+(?=\S)")


def _markup(text: str) -> tuple[Mapped, int]:
    keep = {m.start() for m in _FOOTNOTE_STAR.finditer(text)}

    def stars(m: re.Match[str]) -> str | None:
        if m.start() - 1 in keep:
            return None
        return ""

    step, changed = substitute(_STARS, text, stars)

    def bullets(m: re.Match[str]) -> str:
        marks = [c for c in m.group(0) if c in "-–+"]
        return (marks[-1] if marks else "-") + " "

    step2, changed2 = substitute(_BULLET_RUN, step.text, bullets)
    out = step.then(step2)
    step3, _ = substitute(_LEADING_SPACE, out.text, lambda m: "")
    out = out.then(step3)
    step4, changed4 = substitute(_HEADING_MARK, out.text, lambda m: "")
    return out.then(step4), len(changed) + len(changed2) + len(changed4)


# --- 6. page-break joins ------------------------------------------------------

_TERMINAL = ".;:!?"
_ENUMERATOR = re.compile(
    r"^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.?(?:\s|$)|[a-zđ][).]\s|[-–+•]\s"
    rf"|{form_words().recipients}|{form_words().archive}\s*:)"
)
_CLOSERS = "”\"’')]"
# a short line that carries a date, as a news page prints under its headline
# ("Cập nhật: 14:25, 18/5/2022", "Thứ hai, 13/09/2021 10:35"): never the tail of a title
_DATED_LINE = re.compile(r"^.{0,30}\b\d{1,2}/\d{1,2}/\d{4}\b.{0,20}$")
# a header's số cell ("Số: 82 /KH-LHH", "Số:    /KH-UBND") under a portal post's summary:
# never the tail of the paragraph above
_NUMBER_CELL = re.compile(r"^Số[ \t]*:?[ \t]*(?:\d|[.…_ ]*/)")


def _is_heading_like(paragraph: str) -> bool:
    letters = [c for c in paragraph if c.isalpha()]
    all_caps = bool(letters) and all(c.isupper() for c in letters)
    return all_caps or (bool(_ENUMERATOR.match(paragraph)) and len(paragraph) < 200)


def _should_join(prev: str, nxt: str) -> bool:
    """Whether a blank line between ``prev`` and ``nxt`` cuts one sentence in two.

    A lower-case start continues the sentence. An upper-case start does so
    only after a long paragraph ending in a lower-case word, when that word
    is a connective (``và``, ``của`` …) or the next paragraph is a short tail
    without final punctuation (a title cut before its last words).
    """
    if not prev or not nxt or _ENUMERATOR.match(nxt) or _DATED_LINE.match(nxt):
        return False
    if _NUMBER_CELL.match(nxt):
        return False
    if nxt[0].islower():
        return not _is_heading_like(prev) or prev.rstrip()[-1:] not in _TERMINAL
    last = prev.rstrip(_CLOSERS)[-1:]
    if last in _TERMINAL or not last.isalpha() or not last.islower():
        return False
    if len(prev) < 80 or _is_heading_like(prev) or _is_heading_like(nxt):
        return False
    last_word = prev.split()[-1].lower()
    short_tail = len(nxt) < 120 and nxt.rstrip(_CLOSERS)[-1:] not in _TERMINAL
    return last_word in load_connectives() or short_tail


def _join_page_breaks(text: str) -> tuple[Mapped, int]:
    breaks = list(re.finditer(r"\n[ ]*\n\s*", text))
    builder = Builder(text)
    pos = 0
    joined = 0
    for m in breaks:
        prev_start = text.rfind("\n", 0, m.start()) + 1
        prev = text[prev_start : m.start()].strip()
        nxt_end = text.find("\n", m.end())
        nxt = text[m.end() : nxt_end if nxt_end >= 0 else len(text)].strip()
        if _should_join(prev, nxt):
            builder.copy(pos, m.start())
            builder.replace(m.start(), m.end(), " ")
            pos = m.end()
            joined += 1
    builder.copy(pos, len(text))
    return builder.build(), joined


# --- 7. blank lines -----------------------------------------------------------

_BLANKS = re.compile(r"\n{3,}")
_EDGES = re.compile(r"\A\s+|\s+\Z")


def _blank_lines(text: str) -> Mapped:
    step, _ = substitute(_BLANKS, text, lambda m: "\n\n")
    step2, _ = substitute(_EDGES, step.text, lambda m: "")
    return step.then(step2)


Pass = Callable[[str], tuple[Mapped, list[str]]]


def _counted(step: Callable[[str], tuple[Mapped, int]], message: str) -> Pass:
    """A pass that counts what it changed, logged with ``message`` (``{n}`` the count)."""

    def run(text: str) -> tuple[Mapped, list[str]]:
        mapped, n = step(text)
        return mapped, [message.format(n=n)] if n else []

    return run


def _nfc_pass(text: str) -> tuple[Mapped, list[str]]:
    step = _nfc(text)
    return step, ["text: composed decomposed Unicode (NFC)"] if step.text != text else []


def _blank_pass(text: str) -> tuple[Mapped, list[str]]:
    return _blank_lines(text), []


# the passes after the line ends and spaces, in order (module docstring)
_PASSES: tuple[Pass, ...] = (
    drop_residue,  # the binary residue of a .doc read as text (extractors/text/residue.py)
    collapse_pass,  # runs of one character cut short first (extractors/text/collapse.py)
    _nfc_pass,
    _counted(_look_alikes, "text: {n} look-alike character(s) replaced (Ð → Đ)"),
    split_glued,  # words glued by a copy that lost their space (extractors/text/glued.py)
    repair_digits,  # digits OCR read as letters, in number and date slots (text/digits.py)
    restore_diacritics,  # text that lost diacritics or letters (extractors/text/diacritics.py)
    restore_stop_words,  # a preview that dropped its function words (text/stop_words.py)
    _counted(_tone_marks, "text: {n} tone mark(s) moved to the traditional placement"),
    _counted(_markup, "text: removed {n} markup leftover(s) (*, **, bullets, # marks)"),
    split_one_line,
    canonical_header,
    split_flattened_header,
    split_authority,
    split_piped_closing,
    split_flattened_closing,
    header_repairs,
    _counted(drop_page_numbers, "text: dropped {n} page number line(s)"),
    _counted(unwrap_lines, "text: joined {n} hard-wrapped line(s) into their paragraphs"),
    _counted(_join_page_breaks, "text: joined {n} paragraph(s) cut by a page break"),
    _blank_pass,
)


def repair(raw: str, page_starts: list[int] | tuple[int, ...] = ()) -> Repaired:
    """Repair ``raw`` and carry ``page_starts`` (raw offsets) into the result."""
    # letters written as spaces are put back first: the column passes read runs of spaces
    mapped, log = restore_spaced(raw)
    spaced = bool(log)
    columns, notes = split_tabbed_closing(mapped.text)
    log.extend(notes)
    mapped = mapped.then(columns)
    padded, notes = split_padded_header(mapped.text)
    log.extend(notes)
    mapped = mapped.then(padded)
    mapped = mapped.then(_spaces(mapped.text))
    for run in _PASSES:
        if run is restore_diacritics and spaced:
            continue  # the words left damaged are fragments: no lexicon word to be read in them
        step, notes = run(mapped.text)
        log.extend(notes)
        mapped = mapped.then(step)
    pages = mapped.forward(list(page_starts)) if page_starts else []
    if pages:
        pages[0] = 0
    return Repaired(text=mapped.text, page_starts=pages, mapped=mapped, log=log)
