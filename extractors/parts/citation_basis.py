"""Where a document states its basis: the spans whose citations are its ``legal_basis``.

The title and the preamble the segmenter found, and a body section that states the
basis ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Căn cứ pháp lý"). Where the layout hid the
preamble from the segmenter — a header flattened into pipes, a page typed as news, a
preamble run into the title's line — the lines before the body's first heading that
open with a basis word ("Căn cứ …", "Thực hiện …", "Theo đề nghị của … tại Tờ trình
số …"), with the lines that continue them. In a press article, a document the reported
one implements ("… nhằm thực hiện Quyết định số 1689/QĐ-TTg …") is its basis too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.layout.text import header_start
from extractors.model import Document, Line, Span
from extractors.parts import citation_damaged as damaged
from extractors.parts.citation_rules import alternation
from extractors.toolbox.data_files import compile_pattern, read_yaml

# a body section that states the basis: "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "CƠ SỞ PHÁP LÝ"
_BASIS_SECTION = re.compile(
    r"(?:căn cứ(?:\s*(?:$|[,:;]|xây dựng|pháp lý|ban hành|để xây dựng))|cơ sở pháp lý"
    r"|cơ sở xây dựng)",
    re.IGNORECASE,
)
_CLOSED = ";.:"  # a line ending so closes its clause: the next one does not continue it
_VERB_REACH = 40  # how far before a citation in an article its verb may stand


@dataclass(frozen=True)
class BasisRules:
    opener: re.Pattern[str]
    inline: re.Pattern[str]
    end: re.Pattern[str]
    news_verb: re.Pattern[str]
    title_not_basis: re.Pattern[str]


@cache
def load_rules() -> BasisRules:
    """The basis words of ``data/citations.yaml``, compiled."""
    name = "citations.yaml"
    data = read_yaml(name)
    return BasisRules(
        opener=compile_pattern(
            name, "basis_openers", rf"^[-–+•*]?[ ]*(?:{alternation(data['basis_openers'])})\s"
        ),
        inline=compile_pattern(
            name, "basis_inline", rf"(?<=[ ])(?:{alternation(data['basis_inline'])})[ ]"
        ),
        end=compile_pattern(name, "basis_end", rf"^(?:{data['basis_end']})"),
        news_verb=compile_pattern(
            name,
            "news_basis_verbs",
            rf"(?<!\w)(?:{alternation(data['news_basis_verbs'])})[ ]+(?:các[ ]+)?$",
            re.IGNORECASE,
        ),
        title_not_basis=compile_pattern(
            name, "title_not_basis", data["title_not_basis"], re.IGNORECASE
        ),
    )


def basis_sections(doc: Document) -> list[Span]:
    """Body sections that state the basis, at any level; one holding a narrower basis
    section gives way to it."""
    found = [s.span for s in doc.sections if _BASIS_SECTION.match(s.title)]
    return [a for a in found if not any(b != a and a.contains(b) for b in found)]


def _limit(doc: Document) -> int:
    """Where the basis lines end: the body's first heading."""
    if doc.sections:
        return doc.sections[0].heading.start
    end = load_rules().end
    for line in doc.lines():
        if end.match(line.text):
            return line.span.start
    return len(doc.text)


def _continues(previous: Line, line: Line) -> bool:
    """Whether ``line`` goes on with the clause of ``previous`` (a wrapped line)."""
    return line.text[:1].islower() or previous.text[-1:] not in _CLOSED


def basis_lines(doc: Document) -> list[Span]:
    """The runs of lines before the body's first heading that open with a basis word,
    each with the lines that continue it; not in a portal post's lead-in above the
    header (a summary repeating the first basis clause)."""
    rules = load_rules()
    limit = _limit(doc)
    runs: list[Span] = []
    previous: Line | None = None
    for line in doc.lines(Span(min(header_start(doc.text), limit), limit)):
        in_run = previous is not None and bool(runs) and runs[-1].end == previous.span.end
        if rules.opener.match(line.text):
            runs.append(line.span)
        elif in_run and previous is not None and _continues(previous, line):
            runs[-1] = Span(runs[-1].start, line.span.end)
        elif (inline := rules.inline.search(line.text)) is not None:
            runs.append(Span(line.span.start + inline.start(), line.span.end))
        previous = line
    return runs + damaged.basis_lines(doc, limit)


def basis_spans(doc: Document, lines: list[Span] | None = None) -> list[Span]:
    """Every span whose citations are the document's basis (``lines``: the basis lines,
    when already found)."""
    blocks = [s for s in (doc.blocks.title, doc.blocks.preamble) if s is not None]
    return [*blocks, *basis_sections(doc), *(basis_lines(doc) if lines is None else lines)]


def in_basis(doc: Document, start: int, spans: list[Span]) -> bool:
    """Whether a citation at ``start`` is part of the document's stated basis; not a
    document the title says this one amends or is attached to."""
    title = doc.blocks.title
    if title is not None and title.start <= start < title.end:
        before = doc.text[title.start : start]
        if load_rules().title_not_basis.search(before):
            return False
    if any(span.start <= start < span.end for span in spans):
        return True
    if doc.is_news:
        return (
            load_rules().news_verb.search(doc.text, max(0, start - _VERB_REACH), start) is not None
        )
    return False
