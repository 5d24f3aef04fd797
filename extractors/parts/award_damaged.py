"""Award forms of a text that lost its diacritics in place: stripped, or typed "?".

Such a text keeps its length letter for letter, so the award vocabulary can be written
back over a copy of it ("Chu tich UBND quan tang Giay khen" → "Chủ tịch UBND quận tặng
Giấy khen"): the award extractor reads that copy, and every form's evidence is then
quoted from the stored text at the same offsets. Only words without any mark are written
over, and only in a text where an award's name reads without its marks; a text whose
letters were dropped (shorter words) is not restored.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from extractors.model import AwardForm, Document
from extractors.segment.structure import parse
from extractors.text.fold import fold
from extractors.toolbox.data_files import read_yaml

RULE_SUFFIX = ".damaged"


def _pattern(phrase: str) -> re.Pattern[str]:
    """``phrase`` on the folded text, as whole words; a letter that lost its mark may
    also read "?"."""
    letters = "".join(
        re.escape(f) if ch.isascii() else f"[{re.escape(f)}?]"
        for ch, f in zip(phrase, fold(phrase), strict=True)
    )
    return re.compile(r"(?<![\w?])" + letters.replace(r"\ ", "[ ]") + r"(?![\w?])")


@dataclass(frozen=True)
class _Rules:
    quick: re.Pattern[str]  # the triggers' bare forms as plain words (a fast first look)
    trigger: re.Pattern[str]  # the triggers bare, "?" for a lost letter, whole words
    lexicon: tuple[tuple[re.Pattern[str], str], ...]


@cache
def _rules() -> _Rules:
    """The award names that tell a damaged text, read on the text in lower case, and each
    phrase of ``damaged_lexicon`` with its pattern on the folded text, longest first."""
    data = read_yaml("awards.yaml")
    phrases = sorted(data["damaged_lexicon"], key=len, reverse=True)
    triggers = data["damaged_triggers"]
    return _Rules(
        quick=re.compile("|".join(re.escape(fold(p)) for p in triggers)),
        trigger=re.compile("|".join(_pattern(p).pattern for p in triggers)),
        lexicon=tuple((_pattern(p), p) for p in phrases),
    )


def _bare(text: str) -> bool:
    """Text without any mark: ASCII, or "?" where a letter was."""
    return text.isascii()


def is_damaged(text: str) -> bool:
    """Whether an award's name reads without its marks somewhere in ``text``."""
    rules, lower = _rules(), text.lower()
    if "?" not in lower and rules.quick.search(lower) is None:
        return False
    return rules.trigger.search(lower) is not None


def restore(text: str) -> str:
    """``text`` with the award vocabulary's letters written back over its bare words, as
    long as ``text``."""
    chars = list(text)
    folded = fold(text)
    taken = [False] * len(text)
    for pattern, phrase in _rules().lexicon:
        for m in pattern.finditer(folded):
            found = text[m.start() : m.end()]
            if not _bare(found) or any(taken[m.start() : m.end()]):
                continue
            upper = found.replace("?", "").isupper()
            for i, ch in zip(range(m.start(), m.end()), phrase, strict=True):
                if text[i].isupper() or upper:
                    ch = ch.upper()
                elif text[i].islower():
                    ch = ch.lower()
                chars[i] = ch
                taken[i] = True
    return "".join(chars)


def extract(doc: Document, read: Callable[[Document], list[AwardForm]]) -> list[AwardForm]:
    """The forms ``read`` finds in the restored copy of ``doc``, quoted from ``doc``."""
    copy = parse(restore(doc.text), doc.page_starts)
    out = []
    for form in read(copy):
        ev = form.evidence
        evidence = doc.evidence(ev.start, ev.end, f"{ev.rule}{RULE_SUFFIX}")
        form.label, form.evidence = evidence.quote, evidence
        out.append(form)
    return out
