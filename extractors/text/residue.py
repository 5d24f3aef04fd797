"""The binary residue of an old ``.doc`` read as text, dropped from both ends.

A ``.doc`` served as a web page or read by a converter that does not know the format
reaches us as its text with the file's binary structure around it: before the header,
the compound-file marks and tables (``ࡱ>``, ``bjbj``, ``Root Entry``, runs of ``?`` and
symbols: ``ޯ$O JJ=||| ]JJ``), and after the signer's name, the style and layout
tables (``$a$gd``). The residue can be hundreds of characters: the header then stands
too far from the line's start to be found, and the name runs into junk. The residue is
recognised by the marks of the format near the start (``data/residue.yaml``) and ends
where the document's words begin: the first run of word-like tokens after the last
token holding characters no document prints. Nothing else is touched; the pass is
logged in ``source.repairs``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from extractors.text.offsets import Builder, Mapped
from extractors.toolbox.data_files import compile_pattern, read_yaml

_NAME = "residue.yaml"
_TOKEN = re.compile(r"\S+")
_ALNUM = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class ResidueRules:
    marks: re.Pattern[str]  # the format's marks, looked for near the start
    junk: re.Pattern[str]  # a character no document prints
    reach: int  # how far from each end the residue may run
    words_after: int  # the run of tokens where the document begins


@cache
def load_rules() -> ResidueRules:
    data = read_yaml(_NAME)
    return ResidueRules(
        marks=compile_pattern(_NAME, "marks", data["marks"]),
        junk=compile_pattern(_NAME, "junk", data["junk"]),
        reach=int(data["reach"]),
        words_after=int(data["words_after"]),
    )


def _residue(token: str, rules: ResidueRules) -> bool:
    """A token of the residue: it holds a character no document prints, or no letter nor
    digit at all (a run of "?", ")?)?")."""
    return bool(rules.junk.search(token)) or _ALNUM.search(token) is None


def _edge(
    tokens: Iterable[re.Match[str]], residue: Callable[[str], bool], default: int, ends: bool
) -> int:
    """Walking ``tokens`` from one end of the text: the edge of the last residue token met
    before the first run of other tokens (its end, or with ``ends`` false its start)."""
    edge, run = default, 0
    for tok in tokens:
        if residue(tok.group()):
            edge, run = (tok.end() if ends else tok.start()), 0
        else:
            run += 1
            if run >= load_rules().words_after:
                break
    return edge


def _head_end(text: str, rules: ResidueRules) -> int:
    """Where the document begins after the residue before it (0: no residue)."""
    tokens = _TOKEN.finditer(text, 0, min(len(text), rules.reach))
    return _edge(tokens, lambda t: _residue(t, rules), 0, ends=True)


def _tail_start(text: str, rules: ResidueRules) -> int:
    """Where the residue after the document begins (``len(text)``: none): at the first
    character no document prints after the last run of other tokens."""
    tokens = reversed(list(_TOKEN.finditer(text, max(0, len(text) - rules.reach))))
    return _edge(tokens, lambda t: bool(rules.junk.search(t)), len(text), ends=False)


def drop_residue(text: str) -> tuple[Mapped, list[str]]:
    """A repair pass: the binary residue of a ``.doc`` read as text, dropped."""
    rules = load_rules()
    if not rules.marks.search(text, 0, min(len(text), rules.reach)):
        return Mapped.identity(text), []
    head = _head_end(text, rules)
    tail = max(head, _tail_start(text, rules))
    if head == 0 and tail == len(text):
        return Mapped.identity(text), []
    builder = Builder(text)
    builder.replace(0, head, "")
    builder.copy(head, tail)
    builder.replace(tail, len(text), "")
    dropped = head + len(text) - tail
    return builder.build(), [
        f"text: dropped {dropped} character(s) of the binary residue of a .doc read as text"
    ]
