"""The genre gate: is this text an emulation-and-commendation document?

A record needs positive evidence of its genre. :func:`judge` looks for it on a
diacritic-free form of the text (:mod:`extractors.text.fold`), so copies that
lost their diacritics or letters are judged like intact ones:

- an administrative document: a document-type line in capitals (``KẾ HOẠCH``),
  a numbered ``Số:``, the national motto or "Ban hành kèm theo …" at the start
  of a line, with the genre's words (``thi đua``, ``khen thưởng`` …);
- a press report: a date and a reported document (``Kế hoạch số …``) or the
  launch of a movement, with the genre's words;
- failing both, the genre's words in density (a print view without header).

Text that reads as data or code (YAML, CSV, source, Markdown notes) is never
of the genre. Vocabulary, patterns and thresholds are in ``data/genre.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from extractors.text.digits import repair_digits
from extractors.text.fold import PhraseCounter, fold, phrase_pattern
from extractors.text.residue import drop_residue
from extractors.text.spaced import restore_spaced
from extractors.toolbox.data_files import (
    DataFileError,
    load_doc_types,
    pattern_compiler,
    read_yaml,
)

_NAME = "genre.yaml"
_WORD = re.compile(r"[a-z]+")
# a "?" that stands for a lost letter ("K? HO?CH"): judged as a dropped letter
_LOST_LETTER = re.compile(r"(?<=\w)\?+|\?+(?=\w)")


@dataclass(frozen=True)
class Rules:
    core: re.Pattern[str]
    core_words: frozenset[str]
    topic: PhraseCounter
    type_line: re.Pattern[str]
    header_line: re.Pattern[str]
    number: re.Pattern[str]
    flat_header: re.Pattern[str]
    date: re.Pattern[str]
    reported: re.Pattern[str]
    launch: re.Pattern[str]
    launch_emulation: re.Pattern[str]
    data_lines: tuple[re.Pattern[str], ...]
    markdown_lines: tuple[re.Pattern[str], ...]
    limits: dict[str, float]


@dataclass(frozen=True)
class Verdict:
    """Whether a text is of the genre, by which evidence, or why not."""

    accepted: bool
    evidence: str
    reason: str = ""
    vocabulary: int = 0  # occurrences of the genre's words (counted when needed)
    data: bool = False  # refused as data, code or a Markdown note


_LIMITS = (
    "min_core",
    "min_topic_form",
    "min_topic_news",
    "min_topic_launch",
    "min_topic_dense",
    "min_distinct_dense",
    "words_per_topic",
    "min_topic_short",
    "words_per_topic_short",
    "max_data_share",
    "max_code_spans",
    "max_markdown_lines",
    "head_chars",
    "read_chars",
)


def _alternation(phrases: list[str]) -> str:
    return "|".join(f"(?:{phrase_pattern(p)})" for p in phrases)


@cache
def type_words() -> tuple[str, ...]:
    """The words a document of the genre prints as its type in capitals at the start of a
    line: the heading types of ``doc_types.yaml`` and the genre's ``type_words`` (Quy chế,
    Chương trình …); the one list the genre and the layout stage's glued type word read."""
    heading = tuple(n for t in load_doc_types() if t.heading for n in t.names)
    return heading + tuple(read_yaml(_NAME)["type_words"])


@cache
def rules() -> Rules:
    """The rules of ``data/genre.yaml``, compiled once."""
    data = read_yaml(_NAME)
    missing = [k for k in _LIMITS if not isinstance(data.get(k), int | float)]
    if missing:
        raise DataFileError(f"{_NAME}: missing thresholds {missing}")
    types = list(type_words())
    start = data["line_start"]
    rx = pattern_compiler(_NAME, re.MULTILINE)
    days = [phrase_pattern(w) for w in data["date_words"]]
    return Rules(
        core=rx("core", _alternation(data["core"])),
        core_words=frozenset(data["core"]),
        topic=PhraseCounter(data["core"] + data["supporting"]),
        type_line=rx("type_line", f"{start}({_alternation(types)})"),
        header_line=rx(
            "header_line", f"{start}(?:{_alternation(data['header_lines'] + data['attached'])})"
        ),
        number=rx("number", f"{start}{data['number']}"),
        flat_header=rx(
            "flat_header",
            rf"(?<![a-z])(?:{data['number']}|{_alternation(data['header_lines'])})",
        ),
        date=rx("date", rf"{data['date']}|{days[0]}[ ]\d{{1,2}}[ ]{days[1]}"),
        reported=rx("reported", f"(?:{_alternation(data['reported'])}){data['reported_number']}"),
        launch=rx("launch", _alternation(data["launch"])),
        launch_emulation=rx("launch_emulation", _alternation(data["launch_emulation"])),
        data_lines=tuple(rx(f"data_lines[{i}]", p) for i, p in enumerate(data["data_lines"])),
        markdown_lines=tuple(
            rx(f"markdown_lines[{i}]", p) for i, p in enumerate(data["markdown_lines"])
        ),
        limits={k: float(data[k]) for k in _LIMITS},
    )


def _capital_type_line(text: str, folded: str, r: Rules) -> tuple[str, bool] | None:
    """The first document-type word standing in capitals at the start of a line,
    and whether its title (the rest of the line, or the next line) has a core word."""
    for m in r.type_line.finditer(folded):
        word = text[m.start(1) : m.end(1)]
        if word.isupper():
            title = folded[m.end(1) :].lstrip(" \t:*\n").split("\n", 1)[0]
            return word, bool(r.core.search(title))
    return None


def _structure(text: str, folded: str, r: Rules) -> str | None:
    """What marks ``text`` as an administrative document, or ``None``."""
    type_line = _capital_type_line(text, folded, r)
    if type_line:
        return f"document-type line {type_line[0]!r}" + (" with its title" if type_line[1] else "")
    for what, pattern in (("numbered 'Số:'", r.number), ("header line", r.header_line)):
        m = pattern.search(folded)
        if m:
            return f"{what} {text[m.start() : m.end()].strip(' |#*>-')!r}"
    m = r.flat_header.search(folded, 0, int(r.limits["head_chars"]))
    if m:
        return f"flattened header {text[m.start() : m.end()]!r}"
    return None


def _not_prose(text: str, r: Rules) -> str | None:
    """Why ``text`` reads as data, code or a Markdown note, or ``None``."""
    if text.count("`") >= 2 * r.limits["max_code_spans"] or "```" in text:
        return "it reads as a Markdown note (code spans)"
    lines = [line for line in text.split("\n") if line.strip()]
    data = sum(1 for line in lines if any(p.search(line) for p in r.data_lines))
    if lines and data / len(lines) > r.limits["max_data_share"]:
        return f"it reads as data or code ({data} of {len(lines)} lines)"
    return None


def _markdown(text: str, r: Rules) -> str | None:
    """Why ``text`` reads as a Markdown note (rules and headings), or ``None``."""
    marks = sum(len(p.findall(text)) for p in r.markdown_lines)
    if marks > r.limits["max_markdown_lines"]:
        return f"no header or type line; it reads as a Markdown note ({marks} rules or headings)"
    return None


def _topic(folded: str, r: Rules) -> tuple[int, int, int]:
    """Occurrences of core words, of all genre words, and distinct genre words."""
    found = r.topic.find(folded)
    core = sum(1 for phrase in found if phrase in r.core_words)
    return core, len(found), len(set(found))


def judge(text: str) -> Verdict:
    """Whether ``text`` is an emulation-and-commendation document (see module doc).

    Only the first ``read_chars`` characters are read: a document shows its genre early.
    """
    r = rules()
    lim = r.limits
    # judged as the repair will read it: without a .doc's binary residue, letters written as
    # spaces put back from the lexicon, with the digits an OCR read as letters in its number
    # and date slots
    text = restore_spaced(drop_residue(text)[0].text)[0].text[: int(lim["read_chars"])]
    text = _LOST_LETTER.sub("", unicodedata.normalize("NFC", repair_digits(text)[0].text))
    folded = fold(text)
    if (why := _not_prose(text, r)) is not None:
        return Verdict(False, "", _reason(why), data=True)
    structure = _structure(text, folded, r)
    if structure and structure.endswith("with its title"):
        return Verdict(True, structure)
    core, topic, distinct = _topic(folded, r)
    words = len(_WORD.findall(folded))
    dense = topic * lim["words_per_topic"] >= words
    if core < lim["min_core"]:
        return Verdict(False, "", _reason("none of the genre's words"), topic)
    if structure and topic >= lim["min_topic_form"] and dense:
        return Verdict(True, structure, vocabulary=topic)
    if not structure and (why := _markdown(text, r)) is not None:
        return Verdict(False, "", _reason(why), topic, data=True)
    dated = r.date.search(folded)
    reported = r.reported.search(folded) or r.launch.search(folded)
    if dated and reported and topic >= lim["min_topic_news"] and dense:
        quote = text[reported.start() : reported.end() + 12].split("\n")[0]
        return Verdict(True, f"press report of {quote!r}", vocabulary=topic)
    launched = r.launch_emulation.search(folded)
    if dated and launched and topic >= lim["min_topic_launch"] and dense:
        quote = text[launched.start() : launched.end()]
        return Verdict(True, f"press item launching {quote!r}", vocabulary=topic)
    if (topic >= lim["min_topic_dense"] and distinct >= lim["min_distinct_dense"] and dense) or (
        topic >= lim["min_topic_short"] and topic * lim["words_per_topic_short"] >= words
    ):
        return Verdict(True, f"the genre's words in density ({topic} in {words})", vocabulary=topic)
    found = structure or "no header, type line or dateline"
    return Verdict(False, "", _reason(f"{found}, {topic} genre word(s) in {words} words"), topic)


def _reason(found: str) -> str:
    return (
        f"not an emulation-and-commendation document: {found}; looked for a document-type"
        " line or a numbered 'Số:' with the genre's words (thi đua, khen thưởng, Bằng khen …),"
        " or a press report of such a document"
    )
