"""Deadlines: dated obligations ("gửi hồ sơ … trước ngày 30/11/2021").

A date is a deadline when a cue stands right before it ("trước ngày",
"chậm nhất ngày", "hạn chót"); the document's own date and the dates of cited
documents have none. A day and month without a year followed by "hằng năm"
is a recurring deadline: it is read as its first occurrence on or after the
document's date (or, when the document has none, in the latest year its text
names) and a note on the document says so (information, not a problem); a cued
day and month without a year ("trước ngày 15/11") is read the same way with a
warning, since its year is a guess. The end of a span of days ("từ
ngày 01/7 đến ngày 10/7/2026") and the day of a review meeting ("tổ chức Hội nghị
tổng kết vào ngày …") are deadlines when their clause names what is due, not
when it is the period of the movement or a meeting already held.
``action_kind`` and ``to`` come from the words of the same clause, else sentence.
Rules: ``data/deadline_rules.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from extractors.model import Deadline, Document, Span
from extractors.parts.header import place_date
from extractors.segment.passages import (
    body_span,
    clause_start,
    column_header,
    sentence_at,
    table_row,
    titled,
)
from extractors.toolbox import occasions
from extractors.toolbox.data_files import (
    DataFileError,
    compile_pattern,
    pattern_compiler,
    read_yaml,
    unique,
)
from extractors.toolbox.dates import FoundDate, find_dates, find_day_months, to_iso

# --- named patterns ------------------------------------------------------------------------


@dataclass(frozen=True)
class WeakCue:
    """A cue that holds only when the date's clause names one of ``kinds``: words right
    before the date, or (``column``) the header of the date's column in a table."""

    id: str
    pattern: re.Pattern[str]
    kinds: frozenset[str]
    column: bool


@dataclass(frozen=True)
class DeadlineRules:
    cue: re.Pattern[str]
    weak_cues: tuple[WeakCue, ...]
    weak_not: re.Pattern[str]
    recurring: re.Pattern[str]
    standing_rule: re.Pattern[str]
    action_kinds: tuple[tuple[str, re.Pattern[str]], ...]
    to: tuple[re.Pattern[str], ...]


@cache
def load_rules() -> DeadlineRules:
    name = "deadline_rules.yaml"
    r = read_yaml(name)
    rx = pattern_compiler(name, re.IGNORECASE)
    kinds = tuple((k["kind"], rx(k["kind"], k["pattern"])) for k in r["action_kinds"])
    known = {k for k, _ in kinds}
    weak = tuple(
        WeakCue(
            w["id"],
            rx(w["id"], w.get("pattern") or w["column_header"]),
            frozenset(w["kinds"]),
            "column_header" in w,
        )
        for w in r["weak_cues"]
    )
    unique(name, [w.id for w in weak], "weak cue id")
    if any(not w.kinds <= known for w in weak):
        raise DataFileError(f"{name}: weak_cues: unknown action kind")
    return DeadlineRules(
        cue=rx("cue", r["cue"]),
        weak_cues=weak,
        weak_not=rx("weak_not", r["weak_not"]),
        recurring=rx("recurring", r["recurring"]),
        standing_rule=compile_pattern(name, "standing_rule", r["standing_rule"]),
        action_kinds=kinds,
        to=(rx("to", r["to"]), rx("to_direct", r["to_direct"])),
    )


# --- context words -------------------------------------------------------------------------

_REACH = 400  # the most of a sentence read on either side of a date, in characters
_CUE_REACH = 100  # how far before a date its cue may start
_BEFORE_ISSUE_DAYS = 31  # a deadline may predate the document's date by this much (late signing)
_AFTER_ISSUE_DAYS = 3653  # … and come at most ten years after it


def _document_date(doc: Document) -> str | None:
    """The document's date, or 1 January of the latest year its text names."""
    found = place_date(doc)
    if found is not None and found.date:
        return found.date
    years = [d.year for d in find_dates(doc.text) if d.year]
    return f"{max(years)}-01-01" if years else None


def _first_on_or_after(day: int, month: int, date: str) -> str | None:
    year = int(date[:4])
    iso = to_iso(year, month, day)
    if iso is not None and iso < date:
        iso = to_iso(year + 1, month, day)
    return iso


def _action_kind(words: str) -> str:
    for kind, pattern in load_rules().action_kinds:
        if pattern.search(words):
            return kind
    return "other"


# a date and its cue: "cue", "recurring", "yearless" or a weak cue's id
Candidate = tuple[FoundDate, str]
_DAY_WORD = re.compile(r"\bngày\s*$", re.IGNORECASE)


def _cue(doc: Document, found: FoundDate, lo: int) -> str | None:
    """How the words right before a date make it a deadline, if they do."""
    rules = load_rules()
    start = max(lo, found.start - _CUE_REACH)
    if rules.cue.search(doc.text, start, found.start):
        return "cue"
    for weak in rules.weak_cues:
        if weak.column and column_header(doc, found.start, weak.pattern):
            return weak.id
        if not weak.column and weak.pattern.search(doc.text, start, found.start):
            return weak.id
    return None


def _weak_holds(doc: Document, cue: str, kind: str, found: FoundDate, sentence: Span) -> bool:
    """Whether a weakly cued date is a deadline: its clause names a due kind of action,
    and no words before it in its sentence make it the movement's period, a span of
    figures or a past meeting."""
    rules = load_rules()
    kinds = next((w.kinds for w in rules.weak_cues if w.id == cue), None)
    if kinds is None:
        return True
    return kind in kinds and not rules.weak_not.search(doc.text, sentence.start, found.start)


def _candidates(doc: Document) -> list[Candidate]:
    """Cued dates of the body with how each is cued."""
    rules = load_rules()
    body = body_span(doc)
    text = doc.text
    out = []
    for found in find_dates(text, body.start, body.end):
        cue = _cue(doc, found, body.start)
        if cue:
            out.append((found, cue))
    for found in find_day_months(text, body.start, body.end):
        if _cue(doc, found, body.start) != "cue":
            continue
        if rules.recurring.match(text[found.end : found.end + 20]):
            out.append((found, "recurring"))
        elif _DAY_WORD.search(text, max(body.start, found.start - 12), found.start):
            out.append((found, "yearless"))  # "trước ngày 15/11" (not "không quá 1/3")
    return sorted(out, key=lambda c: c[0].start)


# --- normalise() ---------------------------------------------------------------------------


def normalise(to: str | None) -> str | None:
    """The body a deadline goes to, on one line."""
    return " ".join(to.split()).strip(" ,") or None if to else None


# --- validate() ----------------------------------------------------------------------------


def validate(deadline: Deadline, issued: str | None = None) -> bool:
    """An ISO date, and — when the document is dated — not long before it (a cue
    before a historical date, "trước ngày 30/4/1975", is no deadline) nor decades on."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", deadline.date):
        return False
    if issued is None:
        return True
    day = dt.date.fromisoformat(deadline.date)
    start = dt.date.fromisoformat(issued)
    return (
        start - dt.timedelta(days=_BEFORE_ISSUE_DAYS)
        <= day
        <= start + dt.timedelta(days=_AFTER_ISSUE_DAYS)
    )


# --- entry point ---------------------------------------------------------------------------


def _standing_from(doc: Document) -> int | None:
    """Where a standing regulation begins: the whole text when the document is one (its
    header read from a "(Ban hành kèm theo …)" note, or its type line a QUY CHẾ), else its
    heading after the signature; ``None`` when there is none."""
    if doc.header_cells.source == "attached_note":
        return 0
    rule = load_rules().standing_rule
    line = doc.blocks.doc_type_line
    if line is not None and rule.match(doc.text, line.start):
        return 0
    closing = doc.blocks.closing
    found = rule.search(doc.text, closing.start) if closing is not None else None
    return found.start() if found else None


def _with_year(doc: Document, found: FoundDate, cue: str, base: str | None) -> str | None:
    """The date a "30/11 hằng năm" or "trước ngày 15/11" deadline is read as, said in
    a warning."""
    day = f"{found.day}/{found.month}"
    what = f"recurring {day} hằng năm" if cue == "recurring" else f"{day} without a year"
    iso = _first_on_or_after(found.day, found.month, base) if base else None
    if iso is None:
        doc.warnings.append(f"deadlines: {what}: no year")
        return None
    # a yearly date read as its next occurrence is information; a cued date without a
    # year is a guess of the year, which may be wrong
    said = doc.notes if cue == "recurring" else doc.warnings
    said.append(f"deadlines: {what} read as {iso} (first occurrence on or after {base})")
    return iso


def _to(doc: Document, start: int, end: int) -> str | None:
    """The body named in ``text[start:end]`` after a verb of sending, if any."""
    for pattern in load_rules().to:
        found = pattern.search(doc.text, start, end)
        if found:
            return found.group("to")
    return None


def _what_and_where(doc: Document, found: FoundDate, sentence: Span) -> tuple[str, str | None]:
    """(action_kind, to) from the clause of the date, else its sentence (for ``to``:
    back to the last ";"); words after the date count up to the end of its clause."""
    text = doc.text
    clause = clause_start(doc, found.start, sentence)
    semicolon = text.find(";", found.end, sentence.end)
    clause_end = sentence.end if semicolon < 0 else semicolon
    kind = _action_kind(text[clause : found.start])
    if kind == "other":
        kind = _action_kind(text[sentence.start : found.start])
    if kind == "other":  # "Trước ngày 15/11/2021, các đơn vị gửi hồ sơ …"
        kind = _action_kind(text[found.end : clause_end])
    semi = text.rfind(";", sentence.start, found.start)  # a label before ":" counts, not
    scope = semi + 1 if semi >= 0 else sentence.start  # the clauses before a ";"
    to = _to(doc, clause, clause_end) or _to(doc, scope, clause_end)
    return kind, normalise(to)


def extract(doc: Document) -> list[Deadline]:
    """Every deadline of the plan, in text order."""
    rules = load_rules()
    body = body_span(doc)
    text = doc.text
    out: list[Deadline] = []
    base: str | None = None
    dated = place_date(doc)
    issued = dated.date if dated is not None else None
    # a date inside a criterion is part of the target ("… đưa vào sử dụng trước ngày 30/9"),
    # not an obligation of the plan's own process
    criteria = [s.span for s in titled(doc, "criteria")]
    standing = _standing_from(doc)
    for found, cue in _candidates(doc):
        iso, end = found.iso, found.end
        if cue == "recurring" and standing is not None and found.start >= standing:
            doc.notes.append(f"deadlines: {found.day}/{found.month} hằng năm: a standing rule")
            continue
        if cue in ("recurring", "yearless"):
            base = base or _document_date(doc)
            iso = _with_year(doc, found, cue, base)
            if iso is None:
                continue
            tail = rules.recurring.match(text[found.end : found.end + 20])
            end = found.end + tail.end() if tail else end
        sentence = table_row(doc, found.start) or sentence_at(doc, found.start, body)
        sentence = Span(
            max(sentence.start, found.start - _REACH), min(sentence.end, found.end + _REACH)
        )
        kind, to = _what_and_where(doc, found, sentence)
        if kind == "other" and any(c.start <= found.start < c.end for c in criteria):
            continue
        if not _weak_holds(doc, cue, kind, found, sentence):  # "Thời gian thi đua: từ … đến …"
            continue
        action = " ".join(text[sentence.start : sentence.end].split())
        # the cue's name: "cue" of deadline_rules.yaml, a weak cue's id, "recurring", "yearless"
        evidence = doc.evidence(sentence.start, max(end, sentence.end), f"deadline.cue:{cue}")
        occasion = occasions.at(doc, evidence.start, evidence.end)
        deadline = Deadline(iso or "", action, kind, to, evidence, occasion)
        if validate(deadline, issued):
            out.append(deadline)
    return out
