"""Words glued together by a copy that lost their space, split again at domain words.

Legal portals and PDF text layers join a hard-wrapped line to the next without its
space, and some converters drop spaces beside a formatting change: ``Căn cứThông tư``,
``số17/KH-UBND``, ``ngày05 tháng``, ``UBNDtỉnh``, ``Chính phủngày``, ``tiêu biểuđề
nghị``. Read as they are, a basis clause loses its opener, a number its label, a
quota its verb. :func:`split_glued` puts a space back where a token is two words of
the domain run together, and only there:

- a number word glued to its digits (``số17``, ``ngày05``, ``11năm``: the date and
  number words of ``data/header_layout.yaml``);
- a word in lower case glued to a capitalised one (``cứThông``, ``tỉnhVĩnh``);
- an abbreviation in capitals glued to a word of the lexicon (``UBNDtỉnh``);
- a clause run into what always opens a line (``QUYẾT ĐỊNH:Điều 1.``, ``năm 2013;Căn
  cứ``, ``./.Nơi nhận``): a line break;
- two syllables run together (``quyđịnh``, ``bannhân``), when the token is no
  Vietnamese syllable, it splits into two syllables in one way only that keeps a word
  of the domain lexicon (``data/diacritics.yaml`` and the other data files) on one
  side, and the text shows the damage more than once (``data/glued.yaml``).

Names are never split (a capitalised word is split only before another capital), nor
codes (``TTr``, ``QĐ-UBND``: no lexicon word follows). Every space is an insertion in
the offset map, so evidence still quotes the stored text; the pass is logged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from extractors.layout.rules import load_layout_rules
from extractors.text.diacritics import SLOT, lexicon
from extractors.text.letters import is_syllable, letters
from extractors.text.offsets import Builder, Mapped
from extractors.toolbox.data_files import compile_pattern, read_yaml
from extractors.toolbox.form_words import form_words

_NAME = "glued.yaml"
_MARKED = re.compile(r"[à-ỹđÀ-ỸĐ]")


@dataclass(frozen=True)
class Rules:
    words: frozenset[str]  # the domain's words, lower case
    number_words: re.Pattern[str]  # "số17", "ngày05" | "11năm"
    line_opener: re.Pattern[str]  # "…;Căn cứ", "QUYẾT ĐỊNH:Điều 1."
    min_tokens: int


@cache
def load_rules() -> Rules:
    """The lexicon's words, the number words, the line openers and the thresholds, built once."""
    data = read_yaml(_NAME)
    words = {w.lower() for es in lexicon().by_first.values() for e in es for w in e.words}
    laws = read_yaml("known_laws.yaml")["laws"]
    words |= {w.lower() for law in laws for w in _words(law["name"])}
    layout = load_layout_rules()
    labels = [layout.number_label, *layout.date_words, *data["number_words"]]
    cased = {v for w in labels for v in (w.lower(), w[:1].upper() + w[1:].lower(), w.upper())}
    number = "|".join(re.escape(w) for w in sorted(cased))
    after = "|".join(re.escape(w) for w in data["after_digits"])
    number_words = compile_pattern(
        _NAME,
        "number_words",
        rf"\b(?:{number})(?=\d)|\d(?=(?:{after})(?![\w]))",
    )
    openers = "|".join(
        [
            data["line_openers"],
            read_yaml("header_layout.yaml")["preamble_start"],
            form_words().recipients,
        ]
    )
    line_opener = compile_pattern(_NAME, "line_openers", rf"(?<=[:;.])(?:{openers})")
    return Rules(frozenset(words - {SLOT}), number_words, line_opener, int(data["min_tokens"]))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


@lru_cache(maxsize=65536)
def _syllable(word: str) -> bool:
    """Whether ``word`` (lower case) is one Vietnamese syllable: a text repeats its words,
    so each is judged once."""
    return is_syllable(word)


def _syllable_split(token: str, rules: Rules) -> int | None:
    """Where ``token`` (no syllable) splits into two syllables keeping a domain word, when
    one place only does (both sides words of the domain beat one side)."""
    best: list[tuple[int, int]] = []
    for at in range(2, len(token) - 1):
        left, right = token[:at], token[at:]
        if not (_syllable(left.lower()) and _syllable(right.lower())):
            continue
        known = (left.lower() in rules.words) + (right.lower() in rules.words)
        if known:
            best.append((known, at))
    if not best:
        return None
    top = max(k for k, _ in best)
    places = [at for k, at in best if k == top]
    return places[0] if len(places) == 1 else None


_LETTERS = letters()
_VOWELS, _CONSONANTS, _CAPITALS = _LETTERS.vowels, _LETTERS.consonants, _LETTERS.capitals
_LOWER = _LETTERS.lower
# two vowel groups with consonants between: never one syllable ("phủngày", "quyđịnh")
_TWO_NUCLEI = re.compile(
    rf"\b[{_CAPITALS}]?[{_LOWER}]*[{_VOWELS}][{_CONSONANTS}]+[{_VOWELS}][{_LOWER}]*(?![^\W\d_])"
)
# a lower-case word run into a capitalised one ("cứThông"), an abbreviation into a word
_CASE = re.compile(
    rf"[{_LOWER}]{{2}}(?=[{_CAPITALS}][{_LOWER}])"
    rf"|\b[A-ZĐ]{{2,}}(?=(?P<word>[{_LOWER}]{{2,}})(?![^\W\d_]))"
)


def _cuts(text: str, rules: Rules) -> list[int]:
    """Where spaces were lost, in ``text`` (line breaks: :func:`_line_cuts`)."""
    cuts = [m.end() for m in rules.number_words.finditer(text)]
    for m in _CASE.finditer(text):
        if m.group("word") is None or m.group("word") in rules.words:
            cuts.append(m.end())
    for m in _TWO_NUCLEI.finditer(text):
        token = m.group()
        if _MARKED.search(token) and not _syllable(token.lower()):
            at = _syllable_split(token, rules)
            if at is not None:
                cuts.append(m.start() + at)
    return sorted(set(cuts))


def _token_at(text: str, at: int) -> str:
    start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    ends = [i for i in (text.find(" ", at), text.find("\n", at)) if i >= 0]
    return text[start : min(ends, default=len(text))]


def _line_cuts(text: str, rules: Rules) -> set[int]:
    """Where a clause runs into what always opens a line ("năm 2013;Căn cứ")."""
    return {m.start() for m in rules.line_opener.finditer(text)}


def split_glued(text: str) -> tuple[Mapped, list[str]]:
    """A repair pass: a space put back between glued words of the domain, a line break
    before a line's opening words glued to the clause before (module doc)."""
    rules = load_rules()
    lines = _line_cuts(text, rules)
    cuts = sorted(set(_cuts(text, rules)) | lines)
    if len(cuts) < rules.min_tokens:
        return Mapped.identity(text), []
    builder = Builder(text)
    pos = 0
    for at in cuts:
        builder.copy(pos, at)
        builder.insert("\n" if at in lines else " ", at)
        pos = at
    builder.copy(pos, len(text))
    examples = ", ".join(repr(_token_at(text, at)) for at in cuts[:3])
    return builder.build(), [f"text: split {len(cuts)} glued word(s) ({examples} …)"]
