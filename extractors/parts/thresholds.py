"""Money thresholds that qualify for an award.

"Tặng Bằng khen … có giá trị từ 75 triệu đồng, vận động đóng góp 150 triệu
đồng trở lên đối với cá nhân": each amount with its basis (contributed or
mobilised), the recipient kind when the text ties one to it, and the award
(the same structural and sentence look-up as quotas); in a table copied as
tab-separated cells, the kind from its column's header. An amount without a
minimum cue or a basis, or one that reads as a prize or a budget ("tiền
thưởng", "kinh phí"), is not a threshold. Rules: ``data/threshold_rules.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.model import Document, Threshold
from extractors.segment.passages import body_span, clause_start, column_header, sentence_at
from extractors.toolbox.award_context import award_at
from extractors.toolbox.data_files import DataFileError, pattern_compiler, read_yaml
from extractors.toolbox.numbers import find_amounts

# --- named patterns ------------------------------------------------------------------------


@dataclass(frozen=True)
class ThresholdRules:
    basis: tuple[tuple[str, re.Pattern[str]], ...]
    minimum_before: re.Pattern[str]
    minimum_after: re.Pattern[str]
    maximum_before: re.Pattern[str]
    not_threshold: re.Pattern[str]
    not_threshold_near: re.Pattern[str]
    rate_after: re.Pattern[str]
    kind_after: re.Pattern[str]
    recipient: re.Pattern[str]
    kinds: dict[str, str | None]
    kind_words: re.Pattern[str]


@cache
def load_rules() -> ThresholdRules:
    name = "threshold_rules.yaml"
    r = read_yaml(name)
    rx = pattern_compiler(name, re.IGNORECASE)
    kinds = {str(k).lower(): v for k, v in r["kinds"].items()}
    if not set(kinds.values()) <= {"tap_the", "ca_nhan", None}:
        raise DataFileError(f"{name}: kinds must map to tap_the, ca_nhan or null")
    words = "|".join(re.escape(k) for k in sorted(kinds, key=len, reverse=True))
    return ThresholdRules(
        basis=tuple((k, rx(k, v)) for k, v in r["basis"].items()),
        minimum_before=rx("minimum_before", r["minimum_before"]),
        minimum_after=rx("minimum_after", r["minimum_after"]),
        maximum_before=rx("maximum_before", r["maximum_before"]),
        not_threshold=rx("not_threshold", r["not_threshold"]),
        not_threshold_near=rx("not_threshold_near", r["not_threshold_near"]),
        rate_after=rx("rate_after", r["rate_after"]),
        kind_after=rx("kind_after", r["kind_after"]),
        recipient=rx("recipient", r["recipient"]),
        kinds=kinds,
        kind_words=rx("kinds", rf"\b(?:{words})\b"),
    )


# --- context words -------------------------------------------------------------------------

_REACH = 300  # how far before an amount its basis is looked for, in characters


def _basis(words: str) -> tuple[str | None, int]:
    """The basis named in ``words`` and where its word starts (len(words) if none)."""
    for basis, pattern in load_rules().basis:
        found = list(pattern.finditer(words))
        if found:
            return basis, found[-1].start()
    return None, len(words)


def _recipient(lead: str) -> tuple[str | None, int]:
    """The kind named by the recipient phrase nearest before an amount, and where its
    first kind word starts (len(lead) if none): one kind, or None for a mixed phrase."""
    rules = load_rules()
    found = list(rules.recipient.finditer(lead))
    if not found:
        return None, len(lead)
    who = found[-1]
    words = list(rules.kind_words.finditer(lead, who.start("who"), who.end("who")))
    kinds = {normalise(w.group(0)) for w in words}
    if len(kinds) != 1:
        return None, len(lead)
    return kinds.pop(), words[0].start()


def _table_context(doc: Document, offset: int) -> tuple[str | None, str | None]:
    """For an amount in a table of tab-separated cells: the kind its column's header
    names ("Cá nhân", "Tập thể, doanh nghiệp") and the basis of the header or of the
    words before the table ("Mức đóng góp …:"); (None, None) outside a table."""
    rules, text = load_rules(), doc.text
    header = column_header(doc, offset, rules.kind_words)
    if header is None:
        return None, None
    cell = text[header.start : header.end]
    kinds = {normalise(w.group(0)) for w in rules.kind_words.finditer(cell)}
    row = text.rfind("\n", 0, header.start) + 1
    basis = _basis(cell)[0] or _basis(text[max(0, row - _REACH) : row])[0]
    return (kinds.pop() if len(kinds) == 1 else None), basis


# --- normalise() ---------------------------------------------------------------------------


def normalise(kind: str | None) -> str | None:
    """The schema's recipient kind for a kind word ("tập thể", "doanh nghiệp", "cá nhân")."""
    return load_rules().kinds.get(" ".join(kind.lower().split())) if kind else None


# --- validate() ----------------------------------------------------------------------------


def validate(threshold: Threshold) -> bool:
    return threshold.amount_vnd >= 1000


# --- entry point ---------------------------------------------------------------------------


def _rule(before_min: bool, after_min: bool, basis: str | None, column: str | None) -> str:
    """The rule id: ``threshold.amount:`` and the named pattern that made the amount a
    threshold — ``minimum_before`` ("từ 50 triệu đồng"), ``minimum_after`` ("… trở lên"),
    the basis words of the sentence (``basis.van_dong``, ``basis.dong_gop``) or of the
    table column's header (``column.<basis>``)."""
    if before_min:
        name = "minimum_before"
    elif after_min:
        name = "minimum_after"
    else:
        name = f"basis.{basis}" if basis else f"column.{column}"
    return f"threshold.amount:{name}"


def extract(doc: Document) -> list[Threshold]:
    """Every money threshold of the plan, in text order."""
    rules = load_rules()
    body = body_span(doc)
    text = doc.text
    out: list[Threshold] = []
    previous_end = body.start
    for amount in find_amounts(text, body.start, body.end):
        sentence = sentence_at(doc, amount.start, body)
        lead_from = max(previous_end, clause_start(doc, amount.start, sentence))
        lead_from = max(lead_from, amount.start - _REACH)
        lead = text[lead_from : amount.start]
        tail = text[amount.end : min(sentence.end, amount.end + 60)]
        if (
            rules.not_threshold.search(lead)
            or rules.not_threshold_near.search(lead)
            or rules.maximum_before.search(lead)
            or rules.rate_after.match(tail)
        ):
            continue
        before_min = rules.minimum_before.search(lead)
        after_min = rules.minimum_after.match(tail)
        basis, basis_at = _basis(lead)
        if basis is None:  # "…; từ 100 triệu đồng đến …": the basis said earlier
            basis = _basis(text[max(sentence.start, lead_from - _REACH) : lead_from])[0]
        column_kind, column_basis = _table_context(doc, amount.start)
        rule = _rule(before_min is not None, after_min is not None, basis, column_basis)
        basis = basis or column_basis
        if not (before_min or after_min or basis):
            continue
        award = award_at(doc, amount.start)
        if award is None:
            continue
        after = rules.kind_after.match(tail)
        kind, kind_at = _recipient(lead)
        if after:
            kind, kind_at = normalise(after.group("kind")), len(lead)
        kind = kind or column_kind
        start = min(basis_at, kind_at, before_min.start() if before_min else len(lead))
        end = amount.end + max(after.end() if after else 0, after_min.end() if after_min else 0)
        previous_end = end
        evidence = doc.evidence(lead_from + start, end, rule)
        threshold = Threshold(award, kind, amount.vnd, basis or "other", evidence)
        if validate(threshold):
            out.append(threshold)
    return out
