"""Score plan records against the hand-written gold records of the shared corpus.

The rules are ``../shared/corpus/README.md`` ("How a record is scored against
gold"); :mod:`outputs.scoring_match` holds the text compare and the matching,
:mod:`outputs.scoring_report` the table and the JSON. Public entry points:
:func:`score_record` for one pair of records, :func:`score_dir` for a gold and
a prediction directory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extractors.registry import RECORD_PARTS
from outputs.scoring_match import (
    NAME_SIMILARITY,
    compare_text,
    is_null,
    match_one_to_one,
    same_text,
    score_citation,
    score_criterion,
    score_deadline,
    score_name,
    score_quota,
    score_threshold,
    similarity,
)

# --- what is scored, and how -----------------------------------------------------------------

EQUAL, SIMILAR, STARTS = "equal", "similar", "starts"
OBJECTS, TEXTS, FORM_SET = "objects", "texts", "form_set"


@dataclass(frozen=True)
class ScalarField:
    """A single value: ``name`` is its dotted path in the prediction (and in gold,
    unless ``gold_path`` differs); ``rule`` how gold and prediction are compared."""

    name: str
    rule: str = EQUAL
    gold_path: str | None = None


@dataclass(frozen=True)
class ListField:
    """A list scored by one-to-one matching; ``score`` rates an eligible pair.
    ``items``: ``OBJECTS`` (anything else in the list is an unmatched prediction),
    ``TEXTS`` (strings or ``{"text": …}``), ``FORM_SET`` (the set of ``form`` ids)."""

    name: str
    score: Callable[[Any, Any], float | None]
    items: str = "objects"
    cited: bool = False  # citations: date and issuer accuracy among matched pairs


SCALAR_FIELDS: tuple[ScalarField, ...] = (
    ScalarField("document.doc_type"),
    ScalarField("document.number"),
    ScalarField("document.issue_date"),
    ScalarField("document.place"),
    ScalarField("document.title", SIMILAR),
    ScalarField("document.province.name"),
    ScalarField("document.province.code"),
    ScalarField("document.province.merged_2025"),
    ScalarField("document.issuer.name", SIMILAR),
    ScalarField("document.issuer.kind"),
    ScalarField("document.signer.name"),
    ScalarField("document.signer.title"),
    ScalarField("document.signer.authority"),
    # then the registry's one-value parts (participants, archive)
    *(
        ScalarField(p.key, p.scoring, gold_path=f"{p.key}_starts" if p.scoring == STARTS else None)
        for p in RECORD_PARTS
        if p.scoring in (EQUAL, STARTS)
    ),
)


def _same_form(gold: object, pred: object) -> float | None:
    return 1.0 if gold == pred else None


_LIST_SCORING: dict[str, tuple[Callable[[Any, Any], float | None], str]] = {
    "citation": (score_citation, OBJECTS),
    "criterion": (score_criterion, OBJECTS),
    "form_set": (_same_form, FORM_SET),
    "quota": (score_quota, OBJECTS),
    "threshold": (score_threshold, OBJECTS),
    "deadline": (score_deadline, OBJECTS),
    "texts": (score_name, TEXTS),
}
"""The pair score and item shape of each list scoring kind of the registry."""

LIST_FIELDS: tuple[ListField, ...] = (
    ListField("document.movement_names", score_name, TEXTS),
    # then the registry's list parts, in record order
    *(
        ListField(p.key, *_LIST_SCORING[p.scoring], cited=p.scoring == "citation")
        for p in RECORD_PARTS
        if p.scoring in _LIST_SCORING
    ),
)

CITATION_ATTRIBUTES: tuple[str, ...] = ("date", "issuer")
"""Compared (text compare) among matched citations and reported apart."""


# --- results ---------------------------------------------------------------------------------


@dataclass
class Tally:
    """``correct`` out of ``total``; ``share`` is None when nothing was counted."""

    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def __iadd__(self, other: Tally) -> Tally:
        self.correct += other.correct
        self.total += other.total
        return self

    @property
    def share(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class ScalarResult:
    """One counted scalar (non-null in gold or prediction)."""

    gold: object
    pred: object
    correct: bool


@dataclass
class ListResult:
    """Matches (``tp``) out of ``n_gold`` gold and ``n_pred`` predicted items."""

    tp: int = 0
    n_gold: int = 0
    n_pred: int = 0

    def __iadd__(self, other: ListResult) -> ListResult:
        self.tp += other.tp
        self.n_gold += other.n_gold
        self.n_pred += other.n_pred
        return self

    @property
    def counted(self) -> bool:
        """A list empty in both gold and prediction is not counted."""
        return bool(self.n_gold or self.n_pred)

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocScore:
    """The figures of one document. ``scalars`` holds only the counted scalars;
    ``lists`` every scored list (see :attr:`ListResult.counted`); ``matched`` the
    citation attributes among matched pairs (``"legal_basis.date"`` …)."""

    stem: str
    scalars: dict[str, ScalarResult] = field(default_factory=dict)
    lists: dict[str, ListResult] = field(default_factory=dict)
    matched: dict[str, Tally] = field(default_factory=dict)
    grounding: Tally = field(default_factory=Tally)
    prediction_found: bool = True

    @property
    def scalar_accuracy(self) -> float | None:
        if not self.scalars:
            return None
        return sum(r.correct for r in self.scalars.values()) / len(self.scalars)

    @property
    def list_f1(self) -> float | None:
        f1s = [r.f1 for r in self.lists.values() if r.counted]
        return sum(f1s) / len(f1s) if f1s else None

    @property
    def overall(self) -> float:
        """Mean of scalar accuracy and mean list F1; one alone when the other counted
        nothing; 1.0 when neither counted anything (nothing to get wrong)."""
        parts = [x for x in (self.scalar_accuracy, self.list_f1) if x is not None]
        return sum(parts) / len(parts) if parts else 1.0


@dataclass
class Report:
    """Figures over a gold directory: per document and per field (micro over documents)."""

    docs: list[DocScore]
    warnings: list[str] = field(default_factory=list)

    @property
    def scalars(self) -> dict[str, Tally]:
        totals = {f.name: Tally() for f in SCALAR_FIELDS}
        for doc in self.docs:
            for name, result in doc.scalars.items():
                totals[name].add(result.correct)
        return totals

    @property
    def lists(self) -> dict[str, ListResult]:
        totals = {f.name: ListResult() for f in LIST_FIELDS}
        for doc in self.docs:
            for name, result in doc.lists.items():
                totals[name] += result
        return totals

    @property
    def matched(self) -> dict[str, Tally]:
        totals: dict[str, Tally] = {}
        for doc in self.docs:
            for name, tally in doc.matched.items():
                totals.setdefault(name, Tally())
                totals[name] += tally
        return totals

    @property
    def grounding(self) -> Tally:
        total = Tally()
        for doc in self.docs:
            total += doc.grounding
        return total

    @property
    def overall(self) -> float | None:
        if not self.docs:
            return None
        return sum(d.overall for d in self.docs) / len(self.docs)


# --- scoring -------------------------------------------------------------------------------


def _get(record: object, path: str) -> object:
    """The value at a dotted path; ``None`` if any step is missing or null."""
    value = record
    for key in path.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _is_unscored(names: tuple[str, ...], unscored: list[str]) -> bool:
    return any(n == u or n.startswith(u + ".") for n in names for u in unscored)


def _scalar_correct(rule: str, gold: object, pred: object) -> bool:
    if rule == SIMILAR:
        return not is_null(gold) and not is_null(pred) and similarity(gold, pred) >= NAME_SIMILARITY
    if rule == STARTS:
        # Our reading of the rule for ``participants_starts``: right when both are null,
        # or when the prediction's compared text starts with the compared gold start.
        if is_null(gold) or is_null(pred):
            return is_null(gold) and is_null(pred)
        return compare_text(pred).startswith(compare_text(gold))
    return same_text(gold, pred)


def _list_items(spec: ListField, record: object, path: str) -> list[Any]:
    items = _get(record, path)
    if not isinstance(items, list):
        return []
    if spec.items == FORM_SET:
        forms = {compare_text(i.get("form")) for i in items if isinstance(i, dict)}
        return sorted(forms - {""})
    if spec.items == OBJECTS:
        return [i if isinstance(i, dict) else {} for i in items]
    return items


def _score_list(spec: ListField, gold: list[Any], pred: list[Any], doc: DocScore) -> ListResult:
    pairs = match_one_to_one(gold, pred, spec.score)
    if spec.cited:
        for attr in CITATION_ATTRIBUTES:
            tally = doc.matched.setdefault(f"{spec.name}.{attr}", Tally())
            for i, j in pairs:
                g, p = gold[i].get(attr), pred[j].get(attr)
                if not (is_null(g) and is_null(p)):
                    tally.add(same_text(g, p))
    return ListResult(tp=len(pairs), n_gold=len(gold), n_pred=len(pred))


def _evidence(value: object) -> Iterator[object]:
    """Every non-null ``evidence`` value anywhere in a record."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "evidence" and item is not None:
                yield item
            else:
                yield from _evidence(item)
    elif isinstance(value, list):
        for item in value:
            yield from _evidence(item)


def _grounded(text: object, evidence: object) -> bool:
    if not isinstance(text, str) or not isinstance(evidence, dict):
        return False
    start, end, quote = evidence.get("start"), evidence.get("end"), evidence.get("quote")
    if not (isinstance(start, int) and isinstance(end, int) and isinstance(quote, str)):
        return False
    return 0 <= start <= end <= len(text) and text[start:end] == quote


def grounding(pred: dict[str, Any]) -> Tally:
    """How many of the prediction's evidences quote its ``text`` exactly."""
    tally = Tally()
    for evidence in _evidence(pred):
        tally.add(_grounded(pred.get("text"), evidence))
    return tally


def score_record(gold: dict[str, Any], pred: dict[str, Any], stem: str | None = None) -> DocScore:
    """Score one predicted plan record against its gold record."""
    if stem is None:
        stem = Path(str(gold.get("source") or "")).stem
    unscored = [str(u) for u in gold.get("unscored") or []]
    doc = DocScore(stem=stem)
    for scalar in SCALAR_FIELDS:
        gold_path = scalar.gold_path or scalar.name
        if _is_unscored((scalar.name, gold_path), unscored):
            continue
        g, p = _get(gold, gold_path), _get(pred, scalar.name)
        if is_null(g) and is_null(p):
            continue
        doc.scalars[scalar.name] = ScalarResult(g, p, _scalar_correct(scalar.rule, g, p))
    for spec in LIST_FIELDS:
        if _is_unscored((spec.name,), unscored):
            continue
        g_items = _list_items(spec, gold, spec.name)
        p_items = _list_items(spec, pred, spec.name)
        doc.lists[spec.name] = _score_list(spec, g_items, p_items, doc)
    doc.grounding = grounding(pred)
    return doc


def _load(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


def score_dir(gold_dir: Path | str, pred_dir: Path | str) -> Report:
    """Score ``pred_dir/<stem>.json`` against every ``gold_dir/<stem>.json``.

    A missing or unreadable prediction is scored as an empty one (and noted in
    ``Report.warnings``); predictions without a gold file are ignored. A gold file
    that is not a JSON object raises :class:`ValueError` naming the file.
    """
    gold_dir, pred_dir = Path(gold_dir), Path(pred_dir)
    report = Report(docs=[])
    for gold_path in sorted(gold_dir.glob("*.json")):
        try:
            gold = _load(gold_path)
        except (OSError, ValueError) as exc:
            raise ValueError(f"{gold_path}: cannot read the gold record ({exc})") from exc
        pred_path = pred_dir / gold_path.name
        pred: dict[str, Any] = {}
        found = pred_path.is_file()
        if not found:
            report.warnings.append(f"{pred_path}: no prediction, scored as empty")
        else:
            try:
                pred = _load(pred_path)
            except (OSError, ValueError) as exc:
                found = False
                report.warnings.append(f"{pred_path}: unreadable ({exc}), scored as empty")
        doc = score_record(gold, pred, stem=gold_path.stem)
        doc.prediction_found = found
        report.docs.append(doc)
    return report
