"""Segment repaired text into the Nghị định 30/2020 layout and a body outline.

Blocks: header (quốc hiệu, issuing body, số, place and date) → document-type
word → title (trích yếu, possibly several lines) → preamble (the
"Căn cứ / Thực hiện / Theo" basis) → body (the outline I., 1., 1.1., a), -, +)
→ closing (Nơi nhận, Lưu, signature). Press articles have none of that: they
are recognised as news, their first line is the headline and the rest body.

A công văn has no document-type word: its trích yếu ("V/v …") stands under
the số and is its title. A document attached after the signature (the plan a
Quyết định issues, an appendix) joins the body: the record describes the
decision together with the plan it issues. The outline itself is
:mod:`extractors.segment.outline`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.layout.cells import number_type, opens_with_note, read_cells, untyped_header
from extractors.layout.closing import closing_blocks
from extractors.layout.rules import load_layout_rules, type_heading_words
from extractors.layout.subject import (
    ATTACHED_HEAD,
    LINE,
    SUBJECT_DOC_TYPE,
    after_addressees,
)
from extractors.layout.subject import subject as find_subject
from extractors.layout.text import header_start, headline
from extractors.model import Blocks, Document, Line, Span
from extractors.parts.signer import name_line as signer_name_line
from extractors.segment.outline import outline
from extractors.segment.paragraphs import (
    ATTACHED_NOTE,
    paragraphs,
    preamble,
    title_end,
    trim_rules,
)
from extractors.toolbox.names import is_upper

_HEADER_WINDOW = 2500
_NEWS_CUES = re.compile(
    r"\b(?:vừa|đã) (?:ban hành|phát động|triển khai)\b|\bTin liên quan\b|^[A-ZĐ]{2,6} - ", re.M
)


# "KẾ HOẠCH LIÊN TỊCH": a document issued jointly by several bodies
JOINT = "LIÊN TỊCH"


@cache
def _doc_type_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?m)^[ ]*((?:{type_heading_words()})(?:[ ]+{JOINT})?)(?:[ ]*$|[ ]+(?P<next>\w+))"
    )


def _doc_type_line(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """The upper-case document-type word standing above the title.

    Alone on its line, or run into the title's first words by a flattened
    layout ("KẾ HOẠCH Tổ chức phong trào …").
    """
    if end is None:  # this document's type line stands above its basis
        basis = load_layout_rules().preamble_start.search(text, start, _HEADER_WINDOW)
        end = basis.start() if basis else min(len(text), _HEADER_WINDOW)
    for m in _doc_type_pattern().finditer(text, start, end):
        following = m.group("next")
        if following is None or not is_upper(following):
            return m
    return None


# an appendix after the signature ("PHỤ LỤC I", "Mẫu số 01") or a regulation or list the
# decision issues ("QUY ĐỊNH", "DANH SÁCH …"): header_layout.yaml, appendix_heads
def _attached_word(text: str, after: int) -> re.Match[str] | None:
    """The document-type word alone on its line, or the appendix heading, after ``after``."""
    word = _doc_type_line(text, after, len(text))
    if word is not None and word.group("next") is not None:
        word = None
    appendix = load_layout_rules().appendix.search(text, after)
    found = [m for m in (word, appendix) if m is not None]
    return min(found, key=lambda m: m.start(), default=None)


def _attachment(text: str, after: int) -> int | None:
    """Where a document attached after the signature begins, or ``None``.

    A Quyết định that issues a plan often carries the plan after its own
    signature: the header again, "KẾ HOẠCH", the title and "(Ban hành kèm
    theo Quyết định số …)". The attachment begins at its header lines (upper
    case, quốc hiệu, tiêu ngữ, số, date) above the document-type word; the
    signer's name, in mixed case, stops the walk back. An appendix ("PHỤ LỤC",
    "Mẫu số 01") after the signature is attached the same way.
    """
    m = _attached_word(text, after)
    if m is None:
        return None
    lines = list(LINE.finditer(text, after, m.start()))
    name = signer_name_line([Line(ln.group(1), Span(ln.start(1), ln.end(1))) for ln in lines])
    begin = m.start(1)
    for line in reversed(lines):
        if name is not None and line.start(1) < name.span.end:
            break  # an upper-case name ("NGUYỄN VĂN AN") is the signer's, not the attachment's
        if not (is_upper(line.group(1)) or ATTACHED_HEAD.match(line.group(1))):
            break
        begin = line.start(1)
    return begin


def _attached_parts(text: str, attached: int) -> tuple[Span | None, Span | None]:
    """The title and the body of the document attached at ``attached``."""
    m = _attached_word(text, attached)
    if m is None:
        return None, None
    if m.re is load_layout_rules().appendix:
        return None, Span(m.start(1), len(text))
    paras = paragraphs(text, m.end(1), len(text))
    if not paras:
        return None, None
    title = trim_rules(text, Span(paras[0].start, title_end(text, paras)))
    rest = [
        p for p in paras if p.start >= title.end and not ATTACHED_NOTE.match(text[p.start : p.end])
    ]
    rest = rest[len(preamble(text, rest)) :]
    return title, (Span(rest[0].start, len(text)) if rest else None)


def attachment_title(doc: Document) -> Span | None:
    """The title of a plan attached after the signature (a Quyết định's plan), if any."""
    closing = doc.blocks.closing
    if closing is None or not doc.text[closing.end :].strip():
        return None
    return _attached_parts(doc.text, closing.end)[0]


def _join_attachment(doc: Document, blocks: Blocks, attached: int) -> None:
    """The attached plan is the substance of the document: its outline joins the body's."""
    _, attached_body = _attached_parts(doc.text, attached)
    if attached_body is not None:
        doc.sections = doc.sections + outline(doc.text, attached_body)
        body_from = blocks.body.start if blocks.body else attached_body.start
        blocks.body = Span(body_from, len(doc.text))


def _clip(span: Span | None, limit: int) -> Span | None:
    if span is None or span.start >= limit:
        return None
    return Span(span.start, min(span.end, limit))


def _is_news(text: str, doc_line: re.Match[str] | None) -> bool:
    if doc_line is not None:
        return False
    return bool(_NEWS_CUES.search(text[:3000])) or not re.search(r"(?m)^I\.\s", text)


def _noted_title(text: str) -> Span | None:
    """The name of a regulation printed without its header: the lines between its
    upper-case heading ("QUY CHẾ") and the note naming its decision."""
    lines = list(LINE.finditer(text, 0, min(len(text), _HEADER_WINDOW)))[:8]
    if len(lines) < 3 or not is_upper(lines[0].group(1)):
        return None
    for i, line in enumerate(lines[2:], start=2):
        if ATTACHED_NOTE.match(line.group(1).lstrip("( ") and line.group(1)):
            return Span(lines[1].start(1), lines[i - 1].end(1))
    return None


@dataclass(frozen=True)
class _Head:
    """What opens the document: its type line, a công văn's trích yếu, a header without
    type line, or an attached regulation's note (a regulation printed without header)."""

    doc_line: re.Match[str] | None
    subject: tuple[Span, Span, Span] | None
    untyped: Span | None
    noted: bool
    decided: bool  # no header, no type line, but a decision's "QUYẾT ĐỊNH:" formula
    start: int = 0  # where the header starts: after a portal post's lead-in

    @property
    def found(self) -> bool:
        typed = (self.doc_line, self.subject, self.untyped)
        return self.decided or any(part is not None for part in typed)


def _find_head(text: str) -> _Head:
    start = header_start(text)
    doc_line = _doc_type_line(text, start)
    subject = find_subject(text) if doc_line is None else None
    if subject is not None and number_type(text) not in (None, SUBJECT_DOC_TYPE):
        subject = None  # "Về việc …" under a decision's number ("…/QĐ-UBND"): its title
    untyped = untyped_header(text) if doc_line is None and subject is None else None
    bare = doc_line is None and subject is None and untyped is None
    noted = bare and opens_with_note(text)
    decided = bare and not noted and bool(load_layout_rules().decision_formula.search(text))
    return _Head(doc_line, subject, untyped, noted, decided, start)


def _head_blocks(text: str, head: _Head, blocks: Blocks) -> int:
    """Header, type line (and a công văn's title) into ``blocks``; where the rest starts."""
    if head.doc_line is not None:
        # a portal post's lead-in above the header stays in the header block (no basis,
        # no title); its cells are read from where the header starts (layout/cells.py)
        if text[: head.doc_line.start()].strip():
            blocks.header = Span(0, head.doc_line.start())
        blocks.doc_type_line = Span(head.doc_line.start(1), head.doc_line.end(1))
        return head.doc_line.end(1)
    if head.subject is not None:
        blocks.header, blocks.doc_type_line, blocks.title = head.subject
        return blocks.header.end
    if head.untyped is not None:
        blocks.header = head.untyped
        return head.untyped.end
    return 0


def _body_start(text: str, head: _Head, blocks: Blocks, paras: list[Span], pos: int) -> int | None:
    """Title and preamble into ``blocks``; where the body starts (``None``: at its end)."""
    if not paras:
        return None
    if not head.found:
        return paras[0].start
    if head.subject is None:
        blocks.title = trim_rules(text, Span(paras[0].start, title_end(text, paras)))
    after_title = blocks.title.end if blocks.title else pos
    rest = after_addressees(text, [p for p in paras if p.start >= after_title])
    basis = preamble(text, rest)
    if basis:
        blocks.preamble = Span(basis[0].start, basis[-1].end)
    body = rest[len(basis) :]
    return body[0].start if body else None


def parse(text: str, page_starts: list[int] | tuple[int, ...] = ()) -> Document:
    """Segment repaired ``text`` into blocks and an outline."""
    doc = Document(text=text, page_starts=list(page_starts))
    blocks = Blocks()
    n = len(text)
    head = _find_head(text)
    doc.is_news = not head.found and not head.noted and _is_news(text, head.doc_line)
    if doc.is_news:
        first = headline(text)
        if first:
            blocks.title = Span(first.start(), first.end())
            blocks.body = Span(first.end(), n)
        doc.blocks = blocks
        return doc
    pos = _head_blocks(text, head, blocks)
    closing, recipients, archive, signature = closing_blocks(text, pos)
    attached = _attachment(text, closing.start) if closing else None
    if attached is not None:
        closing, recipients, archive, signature = (
            _clip(span, attached) for span in (closing, recipients, archive, signature)
        )
    body_end = closing.start if closing else n
    body_start = _body_start(text, head, blocks, paragraphs(text, pos, body_end), pos)
    if body_start is not None and body_start < body_end:
        blocks.body = Span(body_start, body_end)
        doc.sections = outline(text, blocks.body)
    if attached is not None:
        _join_attachment(doc, blocks, attached)
    if head.noted:
        blocks.title = _noted_title(text)
    blocks.closing, blocks.recipients, blocks.archive, blocks.signature = (
        closing,
        recipients,
        archive,
        signature,
    )
    doc.blocks = blocks
    doc.header_cells = read_cells(doc)
    return doc
