"""The one document model: the parsed document and the record types.

A :class:`Document` is what every extractor reads: the normalised text, its
pages, the outline of sections with their spans and the blocks of the
Nghị định 30 layout (header, title, preamble, body, closing). Every value an
extractor returns carries an :class:`Evidence` whose ``quote`` is
``text[start:end]`` of the document's text, plus the page, the section path
and the id of the rule that produced it.

Record parts are plain dataclasses; :func:`to_json` turns any of them into the
JSON shape of ``plan-record.schema.json``.
"""

from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A half-open character interval ``[start, end)`` of the document text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}:{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class Evidence:
    """Where a value came from: ``quote == text[start:end]`` always holds."""

    quote: str
    start: int
    end: int
    page: int | None = None
    section: str | None = None
    rule: str | None = None


@dataclass(frozen=True)
class Section:
    """One heading of the body outline and the text it governs.

    ``path`` is the outline path (``"IV"``, ``"IV.3"``, ``"II.1.a"``);
    ``heading`` spans the heading line, ``span`` the heading and its content
    up to the next heading of the same or a higher level.
    """

    path: str
    level: int
    marker: str
    title: str
    heading: Span
    span: Span


class OutlineIndex:
    """Sections by offset and by parent path, so that a lookup costs O(log n + depth)
    instead of a scan of every section: evidence asks for its section once per value,
    and a long plan has thousands of sections (a scan per value grew with the square)."""

    def __init__(self, sections: list[Section]) -> None:
        self.sections = sections
        self.size = len(sections)
        self.bounds = sorted({b for s in sections for b in (s.span.start, s.span.end)})
        by_start = sorted(range(self.size), key=lambda i: sections[i].span.start)
        by_end = sorted(range(self.size), key=lambda i: sections[i].span.end)
        active: set[int] = set()
        self._holding: list[tuple[int, ...]] = []  # sections holding [bounds[k], bounds[k+1])
        started = ended = 0
        for bound in self.bounds:
            while ended < self.size and sections[by_end[ended]].span.end <= bound:
                active.discard(by_end[ended])
                ended += 1
            while started < self.size and sections[by_start[started]].span.start <= bound:
                if sections[by_start[started]].span.end > bound:
                    active.add(by_start[started])
                started += 1
            self._holding.append(tuple(sorted(active)))
        self._under: dict[str, list[Section]] = {}
        for section in sections:
            parts = section.path.split(".")
            for depth in range(1, len(parts)):
                self._under.setdefault(".".join(parts[:depth]), []).append(section)

    def holding(self, offset: int) -> list[Section]:
        """The sections whose span holds ``offset``, in outline order."""
        k = bisect.bisect_right(self.bounds, offset) - 1
        return [self.sections[i] for i in self._holding[k]] if k >= 0 else []

    def under(self, path: str) -> list[Section]:
        """The sections whose path continues ``path`` ("II" → "II.1", "II.1.a"), in order."""
        return self._under.get(path, [])


@dataclass(frozen=True)
class Line:
    """One non-empty line of the text with its span (without the newline)."""

    text: str
    span: Span


@dataclass
class Blocks:
    """The Nghị định 30 layout of a document, as spans of its text.

    Any block may be missing (``None``) — plans copied from portals often lack
    the header, press articles lack almost everything.
    """

    header: Span | None = None
    doc_type_line: Span | None = None
    title: Span | None = None
    preamble: Span | None = None
    body: Span | None = None
    closing: Span | None = None
    recipients: Span | None = None
    archive: Span | None = None
    signature: Span | None = None


@dataclass
class HeaderCells:
    """The document header as the layout stage reads it, once (:mod:`extractors.layout`).

    Spans into the stored text: the issuing bodies of the left column, the quốc
    hiệu and tiêu ngữ, the số ký hiệu (its value ``number`` normalised) and the
    place-and-date line (``place``, ``date`` ISO or ``None`` when left blank).
    ``source`` says where they were read: ``"header"``, or ``"attached_note"``
    for a document printed without its header that opens with "(Ban hành kèm
    theo Quyết định số … ngày … của …)" (the issuer span is then mixed case).
    """

    issuer: Span | None = None
    motto: Span | None = None
    number: Span | None = None
    number_value: str | None = None
    place_date: Span | None = None
    place: str | None = None
    date: str | None = None
    source: str = "header"


@dataclass
class Document:
    """A parsed document: text, pages, blocks and outline.

    ``page_starts`` holds the offset in ``text`` where each page begins
    (page 1 at index 0), or is empty for unpaged inputs. ``warnings`` are
    problems a reader should check (they make a record ``partial``);
    ``repairs`` log what was mended on the way (markup removed, a cut issuer
    completed), each said but none a problem. ``notes`` are information about
    how a value was read (a yearly deadline read as its next date): shown, not
    a problem either.
    """

    text: str
    blocks: Blocks = field(default_factory=Blocks)
    sections: list[Section] = field(default_factory=list)
    page_starts: list[int] = field(default_factory=list)
    is_news: bool = False
    header_cells: HeaderCells = field(default_factory=HeaderCells)
    warnings: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    _outline: OutlineIndex | None = field(default=None, init=False, repr=False, compare=False)

    def outline_index(self) -> OutlineIndex:
        """The sections indexed by offset and by parent path, built once per outline
        (rebuilt when ``sections`` is replaced or grows)."""
        index = self._outline
        if index is None or index.sections is not self.sections or index.size != len(self.sections):
            index = self._outline = OutlineIndex(self.sections)
        return index

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding ``offset``, or ``None`` when unpaged."""
        if not self.page_starts:
            return None
        return bisect.bisect_right(self.page_starts, offset)

    def section_at(self, offset: int) -> Section | None:
        """The innermost outline section whose span holds ``offset`` (of two at one
        level, the later)."""
        best: Section | None = None
        for section in self.outline_index().holding(offset):
            if best is None or section.level >= best.level:
                best = section
        return best

    def evidence(self, start: int, end: int, rule: str) -> Evidence:
        """Evidence for ``text[start:end]``, trimmed of surrounding whitespace."""
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        section = self.section_at(start)
        return Evidence(
            quote=self.text[start:end],
            start=start,
            end=end,
            page=self.page_at(start),
            section=heading_path(section.path) if section else None,
            rule=rule,
        )

    def lines(self, span: Span | None = None) -> list[Line]:
        """The non-empty lines inside ``span`` (the whole text by default)."""
        lo, hi = (span.start, span.end) if span else (0, len(self.text))
        out: list[Line] = []
        pos = lo
        for raw in self.text[lo:hi].split("\n"):
            stripped = raw.strip()
            if stripped:
                begin = pos + raw.index(stripped)
                out.append(Line(stripped, Span(begin, begin + len(stripped))))
            pos += len(raw) + 1
        return out

    def slice(self, span: Span | None) -> str:
        return self.text[span.start : span.end] if span else ""


def heading_path(path: str) -> str:
    """The outline path without its bullet items (``IV.3.-2.+1`` → ``IV.3``)."""
    kept = []
    for segment in path.split("."):
        if segment[:1] in "-–•+":
            break
        kept.append(segment)
    return ".".join(kept)


# --- record parts -----------------------------------------------------------


@dataclass
class Province:
    name: str
    code: str | None
    merged_2025: str | None
    evidence: Evidence | None = None


@dataclass
class Issuer:
    name: str
    kind: str
    parent: str | None = None
    evidence: Evidence | None = None


@dataclass
class Signer:
    name: str
    title: str | None
    authority: str | None
    on_behalf_of: str | None = None
    evidence: Evidence | None = None


@dataclass
class FieldEvidence:
    """Evidence of a scalar field of ``document`` (added to the schema's shape)."""

    field: str
    evidence: Evidence


@dataclass
class DocumentFields:
    doc_type: str = "other"
    number: str | None = None
    issue_date: str | None = None
    place: str | None = None
    title: str | None = None
    movement_names: list[str] = field(default_factory=list)
    province: Province | None = None
    issuer: Issuer | None = None
    signer: Signer | None = None
    published_date: str | None = None
    field_evidence: list[FieldEvidence] = field(default_factory=list)

    def cite(self, name: str, evidence: Evidence | None) -> None:
        """Keep the evidence of scalar field ``name`` (number, issue_date …)."""
        if evidence is not None:
            self.field_evidence.append(FieldEvidence(name, evidence))


@dataclass
class Citation:
    doc_type: str
    number: str | None
    date: str | None
    issuer: str | None
    title: str | None
    evidence: Evidence


@dataclass
class Criterion:
    text: str
    target: str | None
    evidence: Evidence


@dataclass
class AwardForm:
    form: str
    label: str
    conferrer: str | None
    standard: str | None
    evidence: Evidence


@dataclass
class Quota:
    award: str
    recipient_kind: str
    min: int | None
    max: int | None
    unlimited: bool
    per: str | None
    selected_by: str | None
    evidence: Evidence
    occasion: str | None = None  # an added field: sơ kết, tổng kết, đợt … (occasions.yaml)


@dataclass
class Threshold:
    award: str
    recipient_kind: str | None
    amount_vnd: int
    basis: str
    evidence: Evidence


@dataclass
class Deadline:
    date: str
    action: str
    action_kind: str
    to: str | None
    evidence: Evidence
    occasion: str | None = None  # an added field, as for quotas


@dataclass
class Recipient:
    text: str
    expanded: str
    level: str
    evidence: Evidence


def to_json(value: Any) -> Any:
    """Turn record dataclasses (nested in lists and dicts) into JSON values.

    ``Evidence.rule`` is kept: the schema allows added fields and it names
    the rule that produced a value.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value
