"""Criteria: the items of the plan's "Tiêu chí thi đua" section.

Each item whole (the repaired text joins a criterion cut by a page break),
without its enumerator; the section's lead-in sentence is not a criterion, nor
is the "Nội dung thi đua" of another section, nor the items of a "Nội dung và chỉ
tiêu thi đua" (contents and targets) in a plan without one. ``target`` is the group a
criterion opens with ("Các lực lượng chống dịch ở tuyến đầu: …").
Rules: ``data/criteria_rules.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.model import Criterion, Document, Section, Span
from extractors.segment.passages import children, item_body, titled
from extractors.toolbox.data_files import compile_pattern, read_yaml

# --- named patterns ------------------------------------------------------------------------


@dataclass(frozen=True)
class CriteriaRules:
    group_start: re.Pattern[str]
    group_verb: re.Pattern[str]
    group_max: int
    bare_heading: re.Pattern[str]
    not_item: re.Pattern[str]
    table_header: re.Pattern[str]
    table_total: re.Pattern[str]


@cache
def load_rules() -> CriteriaRules:
    name = "criteria_rules.yaml"
    r = read_yaml(name)
    return CriteriaRules(
        compile_pattern(name, "group_starts", r["group_starts"]),
        compile_pattern(name, "group_verbs", r["group_verbs"]),
        int(r["group_max_chars"]),
        compile_pattern(name, "bare_heading", r["bare_heading"], re.IGNORECASE),
        compile_pattern(name, "not_item", r["not_item"], re.IGNORECASE),
        compile_pattern(name, "table_header", r["table_header"], re.IGNORECASE),
        compile_pattern(name, "table_total", r["table_total"], re.IGNORECASE),
    )


# --- context words -------------------------------------------------------------------------

_FOR = re.compile(r"^Đối với\s+", re.IGNORECASE)
_LABEL_MAX = 100  # the longest heading over sub-items read as a group label, in characters
_LEAD_IN = re.compile(r"\b(?:sau|như sau|gồm)\s*:?$", re.IGNORECASE)
_FOR_GROUP = re.compile(r"\bđối với\s+([^:.]+?)\s*:?$", re.IGNORECASE)


def _target(text: str) -> str | None:
    """The group a criterion opens with, if it opens with one."""
    rules = load_rules()
    if not rules.group_start.match(text):
        return None
    head = text[: rules.group_max]
    colon = head.find(":")
    if colon > 0:
        return _FOR.sub("", head[:colon].strip())
    verb = rules.group_verb.search(head)
    return head[: verb.start()].strip(" ,") if verb else None


def _label(doc: Document, item: Section) -> str | None:
    """The group an item with sub-items heads ("a) Đối với tập thể:", "1. Khối các xã,
    phường"): "" for a lead-in ("… các tiêu chí sau:") or a heading naming no group,
    None when the item is a criterion itself."""
    title = item.title.strip()
    if not children(doc, item) or len(title) > _LABEL_MAX or title.endswith((".", ";")):
        return None
    if _LEAD_IN.search(title) or not load_rules().group_start.match(title):
        return ""  # a lead-in, or a heading that names no group ("1. Thi đua …")
    return _FOR.sub("", title.rstrip(" :")).strip()


# --- normalise() ---------------------------------------------------------------------------


def normalise(doc: Document, span: Span) -> str:
    """The criterion's text on one line."""
    return " ".join(doc.text[span.start : span.end].split())


# --- validate() ----------------------------------------------------------------------------


def validate(criterion: Criterion) -> bool:
    """A criterion is a sentence, not a heading left over."""
    return len(criterion.text) >= 20 and not criterion.text.isupper()


# --- entry point ---------------------------------------------------------------------------


# a criterion's span, the group it comes under and how it was read (its rule's name):
# "outline" (a sub-item), "bare_heading" (a paragraph under a bare "Tiêu chí" heading),
# "table_row" (the longest cell of a row under it)
Item = tuple[Span, str | None, str]


def _items(doc: Document, section: Section, group: str | None) -> list[Item]:
    """The criteria of a section: its sub-items (those of a group label such as
    "a) Đối với tập thể:" are read under it), or — under a heading that is only
    "Tiêu chí thi đua" (or "Tiêu chí chung") — its paragraphs without the lead-in
    and references."""
    kids = children(doc, section)
    if kids:
        out: list[Item] = []
        for item in kids:
            label = _label(doc, item)
            if label is not None:
                out.extend(_items(doc, item, label or group))
            else:
                out.append((item_body(doc, item), group, "outline"))
        return out
    rules = load_rules()
    if not rules.bare_heading.match(section.title):
        return []
    content = Span(section.heading.end, section.span.end)
    lines = [ln for ln in doc.lines(content) if not rules.not_item.match(ln.text)]
    spans = [
        (_row_cell(doc, ln.span), "table_row") if "\t" in ln.text else (ln.span, "bare_heading")
        for ln in lines
    ]
    return [(s, group, name) for s, name in spans if s and not doc.slice(s).endswith(":")]


def _row_cell(doc: Document, row: Span) -> Span | None:
    """The criterion of a table row: its longest cell, or None for a header or total row."""
    rules, cells, pos = load_rules(), [], row.start
    for cell in doc.text[row.start : row.end].split("\t"):
        text = cell.strip()
        if text:
            start = pos + cell.index(text)
            cells.append((text, Span(start, start + len(text))))
        pos += len(cell) + 1
    words = [c for c in cells if not c[0].replace(".", "").isdigit()]
    if not words or rules.table_header.match(cells[0][0]) or rules.table_total.match(words[0][0]):
        return None
    return max(words, key=lambda c: len(c[0]))[1]


def extract(doc: Document) -> list[Criterion]:
    """The criteria of the plan, in order."""
    out: list[Criterion] = []
    for section in titled(doc, "criteria"):
        group = _FOR_GROUP.search(section.title)  # "Tiêu chí thi đua đối với tập thể"
        for span, under, name in _items(doc, section, group.group(1).strip() if group else None):
            text = normalise(doc, span)
            target = _target(text) or under
            evidence = doc.evidence(span.start, span.end, f"criteria.item:{name}")
            criterion = Criterion(text, target, evidence)
            if validate(criterion):
                out.append(criterion)
    return out
