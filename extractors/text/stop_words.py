"""Words a document-sharing preview dropped, put back where the phrase shows them lost.

Some document-sharing sites show a document with its lower-case function words and its
one-digit numbers removed: "Căn Thông tư số 12/2019/TT-BNV … Bộ Nội vụ", "Độc lập - Tự -
Hạnh phúc", "ngày 05 tháng năm 2018". Read as they are, the basis clauses lose their
opener and are taken for references. Only a text that lost them throughout is touched
(the commonest function words are next to absent from it), and only the words the
extractors read by are put back (``data/stop_words.yaml``): the "cứ" of a basis clause
before a cited document's type word, the "do" of the motto. A lost number is never put
back: a date without its month stays partial and is read as no date. Each word put back
goes through the offset map and the pass is logged in ``source.repairs``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.parts.citation_rules import alternation
from extractors.parts.citation_rules import load_rules as load_citation_rules
from extractors.text.diacritics import LOST, assess
from extractors.text.fold import fold
from extractors.text.offsets import Builder, Mapped
from extractors.toolbox.data_files import DataFileError, compile_pattern, read_yaml

_NAME = "stop_words.yaml"
_LOWER_WORD = re.compile(r"(?<!\w)[a-zđà-ỹ]+(?!\w)")


@dataclass(frozen=True)
class Restoration:
    id: str
    pattern: re.Pattern[str]  # matches where the word was lost (an empty match)
    lost: str


@dataclass(frozen=True)
class StopWords:
    markers: frozenset[str]  # folded ("cua", "va")
    max_share: float
    min_words: int
    assess_chars: int
    restorations: tuple[Restoration, ...]


def _type_words() -> str:
    """The type words of a cited document, capitalised as a clause writes them."""
    words = [w[0].upper() + w[1:] for w in load_citation_rules().types if len(w) > 3]
    return alternation(words)


@cache
def load_stop_words() -> StopWords:
    data = read_yaml(_NAME)
    types = _type_words()
    restorations = []
    for rule in data["restore"]:
        if set(rule) != {"id", "before", "lost", "after"}:
            raise DataFileError(f"{_NAME}: {rule!r} needs id, before, lost, after")
        after = rule["after"].replace("{type_words}", types)
        pattern = compile_pattern(_NAME, rule["id"], rf"(?<!\w)(?:{rule['before']})(?=[ ]+{after})")
        restorations.append(Restoration(rule["id"], pattern, str(rule["lost"])))
    return StopWords(
        markers=frozenset(fold(w) for w in data["markers"]),
        max_share=float(data["max_marker_share"]),
        min_words=int(data["min_words"]),
        assess_chars=int(data["assess_chars"]),
        restorations=tuple(restorations),
    )


def dropped(text: str) -> bool:
    """Whether ``text`` lost its function words throughout (a stripped preview); a text
    that lost its non-ASCII letters lost them differently (``ca``, ``v``) and is not."""
    rules = load_stop_words()
    head = text[: rules.assess_chars]
    words = _LOWER_WORD.findall(head)
    if len(words) < rules.min_words or assess(head) in LOST:
        return False
    markers = sum(fold(w) in rules.markers for w in words)
    return markers / len(words) <= rules.max_share


def restore_stop_words(text: str) -> tuple[Mapped, list[str]]:
    """A repair pass: in a preview that dropped its function words, put back those the
    extractors read by."""
    if not dropped(text):
        return Mapped.identity(text), []
    inserts = sorted(
        (m.end(), rule.lost, rule.id)
        for rule in load_stop_words().restorations
        for m in rule.pattern.finditer(text)
    )
    if not inserts:
        return Mapped.identity(text), []
    builder = Builder(text)
    pos = 0
    for at, lost, _ in inserts:
        builder.copy(pos, at)
        builder.insert(" " + lost, at)
        pos = at
    builder.copy(pos, len(text))
    ids = sorted({rule_id for _, _, rule_id in inserts})
    return builder.build(), [
        f"text: a preview without its function words: put back {len(inserts)} word(s) "
        f"({', '.join(ids)}); numbers it dropped are not"
    ]
