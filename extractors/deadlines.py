"""Deadlines: dated obligations ("gửi hồ sơ … trước ngày 30/11/2021").

A date is a deadline when a cue stands right before it ("trước ngày",
"chậm nhất ngày", "hạn chót"); the document's own date and the dates of cited
documents have none. A day and month without a year followed by "hằng năm"
is a recurring deadline: it is read as its first occurrence on or after the
document's date (or, when the document has none, in the latest year its text
names) and a warning on the document says so.
``action_kind`` and ``to`` come from the words of the same sentence.
Rules: ``data/deadline_rules.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from extractors.data_files import compile_pattern, read_yaml
from extractors.dates import FoundDate, find_dates, find_day_months, to_iso
from extractors.header import place_date
from extractors.model import Deadline, Document, Span
from extractors.passages import body_span, clause_start, sentence_at

# --- named patterns ------------------------------------------------------------------------


@dataclass(frozen=True)
class DeadlineRules:
    cue: re.Pattern[str]
    recurring: re.Pattern[str]
    action_kinds: tuple[tuple[str, re.Pattern[str]], ...]
    to: re.Pattern[str]


@cache
def load_rules() -> DeadlineRules:
    name = "deadline_rules.yaml"
    r = read_yaml(name)

    def rx(key: str, pattern: str) -> re.Pattern[str]:
        return compile_pattern(name, key, pattern, re.IGNORECASE)

    kinds = tuple((k["kind"], rx(k["kind"], k["pattern"])) for k in r["action_kinds"])
    return DeadlineRules(
        rx("cue", r["cue"]), rx("recurring", r["recurring"]), kinds, rx("to", r["to"])
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


def _candidates(doc: Document) -> list[tuple[FoundDate, bool]]:
    """Cued dates of the body with whether each is recurring."""
    rules = load_rules()
    body = body_span(doc)
    text = doc.text
    out = []
    for found in find_dates(text, body.start, body.end):
        if rules.cue.search(text, max(body.start, found.start - _CUE_REACH), found.start):
            out.append((found, False))
    for found in find_day_months(text, body.start, body.end):
        after = text[found.end : found.end + 20]
        cued = rules.cue.search(text, max(body.start, found.start - _CUE_REACH), found.start)
        if cued and rules.recurring.match(after):
            out.append((found, True))
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


def _recurring(doc: Document, found: FoundDate, base: str) -> str | None:
    """The date a "30/11 hằng năm" deadline is read as, said in a warning."""
    iso = _first_on_or_after(found.day, found.month, base)
    if iso is not None:
        doc.warnings.append(
            f"deadlines: recurring {found.day}/{found.month} hằng năm read as {iso} "
            f"(first occurrence on or after {base})"
        )
    return iso


def _what_and_where(doc: Document, found: FoundDate, sentence: Span) -> tuple[str, str | None]:
    """(action_kind, to) from the clause of the date, else its sentence."""
    rules, text = load_rules(), doc.text
    clause = clause_start(doc, found.start, sentence)
    kind = _action_kind(text[clause : found.start])
    if kind == "other":
        kind = _action_kind(text[sentence.start : found.start])
    if kind == "other":  # "Trước ngày 15/11/2021, các đơn vị gửi hồ sơ …"
        kind = _action_kind(text[found.end : sentence.end])
    to = rules.to.search(text, clause, sentence.end) or rules.to.search(
        text, sentence.start, sentence.end
    )
    return kind, normalise(to.group("to") if to else None)


def extract(doc: Document) -> list[Deadline]:
    """Every deadline of the plan, in text order."""
    rules = load_rules()
    body = body_span(doc)
    text = doc.text
    out: list[Deadline] = []
    base: str | None = None
    dated = place_date(doc)
    issued = dated.date if dated is not None else None
    for found, recurring in _candidates(doc):
        iso, end = found.iso, found.end
        if recurring:
            base = base or _document_date(doc)
            iso = _recurring(doc, found, base) if base else None
            if iso is None:
                doc.warnings.append(f"deadlines: recurring {found.day}/{found.month}: no year")
                continue
            tail = rules.recurring.match(text, found.end)
            end = tail.end() if tail else end
        sentence = sentence_at(doc, found.start, body)
        sentence = Span(
            max(sentence.start, found.start - _REACH), min(sentence.end, found.end + _REACH)
        )
        kind, to = _what_and_where(doc, found, sentence)
        action = " ".join(text[sentence.start : sentence.end].split())
        evidence = doc.evidence(sentence.start, max(end, sentence.end), "deadline.cue")
        deadline = Deadline(iso or "", action, kind, to, evidence)
        if validate(deadline, issued):
            out.append(deadline)
    return out
