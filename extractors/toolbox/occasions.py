"""Occasions: the review or round a quota or a deadline belongs to.

"Sơ kết 6 tháng: … 10 tập thể và 15 cá nhân; Tổng kết năm: … 20 tập thể" states
two quotas of one award on two occasions; without the occasion a table adds
them up in one cell. An occasion is read from the value's own line (its words
before the value's end, the nearest first), else from the titles of the
sections that hold it, innermost first; a plan that names none has ``None``.
Rules: ``data/occasions.yaml`` (ids are the added schema field ``occasion``).
"""

from __future__ import annotations

import re
from functools import cache

from extractors.model import Document
from extractors.segment.passages import ancestors
from extractors.toolbox.data_files import compile_pattern, read_yaml, unique

# --- named patterns ------------------------------------------------------------------------

_REACH = 300  # characters looked at before (and inside) a value on its line


@cache
def load_rules() -> tuple[tuple[str, re.Pattern[str]], ...]:
    name = "occasions.yaml"
    rules = tuple(
        (r["id"], compile_pattern(name, r["id"], r["pattern"], re.IGNORECASE))
        for r in read_yaml(name)["occasions"]
    )
    unique(name, [i for i, _ in rules], "occasion id")
    return rules


# --- normalise() ---------------------------------------------------------------------------


def normalise(words: str) -> str | None:
    """The id of the occasion ``words`` name last (the one nearest the value), if any."""
    best: tuple[int, str] | None = None
    for ident, pattern in load_rules():
        for m in pattern.finditer(words):
            if best is None or m.start() > best[0]:
                best = (m.start(), ident)
    return best[1] if best else None


# --- entry point ---------------------------------------------------------------------------


def at(doc: Document, start: int, end: int) -> str | None:
    """The occasion of the value at ``text[start:end]``: its line, else its sections."""
    # bounded: a hostile one-line document must not be rescanned for every value
    line_start = max(doc.text.rfind("\n", max(0, start - _REACH), start) + 1, start - _REACH)
    found = normalise(doc.text[line_start : min(end, start + _REACH)])
    if found:
        return found
    for section in ancestors(doc, start):
        found = normalise(section.title)
        if found:
            return found
    return None
