"""Text compare, similarity and one-to-one matching for the shared scoring.

The rules are those of ``../shared/corpus/README.md``; :mod:`outputs.scoring`
applies them field by field. Each list kind has one small pair-scoring helper
here: it returns a score for an eligible (gold, predicted) pair, or ``None``
when the pair may not be matched.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from rapidfuzz import fuzz

_DROPPED = re.compile(r"[“”\"'‘’*]")
_SPACES = re.compile(r"\s+")
_TRAILING = ".;:,"

NAME_SIMILARITY = 0.90
"""``issuer.name``, ``title``, ``movement_names``, ``recipients``."""
CITATION_TITLE_SIMILARITY = 0.80
"""Citations without a number: title similarity, besides doc_type and date."""

G = TypeVar("G")
P = TypeVar("P")
PairScore = Callable[[Any, Any], float | None]


def compare_text(value: object) -> str:
    """The form two values are compared in: NFC, case-folded, quotes and ``*``
    removed, whitespace collapsed, trailing ``.;:,`` stripped. ``None`` → ``""``."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    text = _SPACES.sub(" ", _DROPPED.sub("", text)).strip()
    while text and text[-1] in _TRAILING:
        text = text[:-1].rstrip()
    return text


def is_null(value: object) -> bool:
    """Null for scoring: ``None`` or a string that compares as empty."""
    return value is None or (isinstance(value, str) and not compare_text(value))


def same_text(a: object, b: object) -> bool:
    """Equal after the text compare; two nulls are equal."""
    if is_null(a) or is_null(b):
        return is_null(a) and is_null(b)
    return compare_text(a) == compare_text(b)


def similarity(a: object, b: object) -> float:
    """Token-sort ratio of the compared texts, 0..1 (two nulls: 1, one null: 0)."""
    if is_null(a) or is_null(b):
        return 1.0 if is_null(a) and is_null(b) else 0.0
    return float(fuzz.token_sort_ratio(compare_text(a), compare_text(b))) / 100.0


def citation_number(value: object) -> str:
    """A citation number as matched: compared text without spaces, upper-cased."""
    return compare_text(value).replace(" ", "").upper()


def item_text(item: object) -> object:
    """The text of a list item given either as a plain string or as ``{"text": …}``."""
    return item.get("text") if isinstance(item, dict) else item


# --- one pair-scoring helper per list kind ----------------------------------------------


def score_name(gold: object, pred: object) -> float | None:
    """movement_names, recipients: similarity ≥ 0.90."""
    sim = similarity(item_text(gold), item_text(pred))
    return sim if sim >= NAME_SIMILARITY and not is_null(item_text(pred)) else None


def score_citation(gold: dict[str, Any], pred: dict[str, Any]) -> float | None:
    """On ``number``; without a gold number, on doc_type + date + title ≥ 0.80."""
    if not is_null(gold.get("number")):
        same = citation_number(gold.get("number")) == citation_number(pred.get("number"))
        return 1.0 if same else None
    if not is_null(pred.get("number")):
        return None
    if not (
        same_text(gold.get("doc_type"), pred.get("doc_type"))
        and same_text(gold.get("date"), pred.get("date"))
    ):
        return None
    sim = similarity(gold.get("title"), pred.get("title"))
    return sim if sim >= CITATION_TITLE_SIMILARITY else None


def _quota_key(quota: dict[str, Any]) -> tuple[object, ...]:
    return (
        compare_text(quota.get("award")),
        compare_text(quota.get("recipient_kind")),
        quota.get("min"),
        quota.get("max"),
        bool(quota.get("unlimited")),
        is_null(quota.get("per")),
    )


def score_quota(gold: dict[str, Any], pred: dict[str, Any]) -> float | None:
    """On (award, recipient_kind, min, max, unlimited, per is null); ties by ``per``."""
    if _quota_key(gold) != _quota_key(pred):
        return None
    return similarity(gold.get("per"), pred.get("per"))


def score_threshold(gold: dict[str, Any], pred: dict[str, Any]) -> float | None:
    """On (amount_vnd, recipient_kind, basis)."""
    same = (
        gold.get("amount_vnd") == pred.get("amount_vnd")
        and same_text(gold.get("recipient_kind"), pred.get("recipient_kind"))
        and same_text(gold.get("basis"), pred.get("basis"))
    )
    return 1.0 if same else None


def score_deadline(gold: dict[str, Any], pred: dict[str, Any]) -> float | None:
    """On (date, action_kind)."""
    same = same_text(gold.get("date"), pred.get("date")) and same_text(
        gold.get("action_kind"), pred.get("action_kind")
    )
    return 1.0 if same else None


def score_criterion(gold: dict[str, Any], pred: dict[str, Any]) -> float | None:
    """The predicted text starts with gold ``starts`` and ends with gold ``ends``."""
    text = compare_text(item_text(pred))
    starts, ends = compare_text(gold.get("starts")), compare_text(gold.get("ends"))
    if not text or not text.startswith(starts) or not text.endswith(ends):
        return None
    return 1.0


# --- matching ------------------------------------------------------------------------------


def match_one_to_one(
    gold: Sequence[G], pred: Sequence[P], score: Callable[[G, P], float | None]
) -> list[tuple[int, int]]:
    """Pairs (gold index, pred index), each item used at most once.

    Eligible pairs are taken best score first; augmenting paths then add any
    match a greedy choice blocked, so the number of matches is the largest
    possible (a measurement must not depend on the order of the lists).
    """
    edges: dict[int, list[tuple[float, int]]] = {}
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s is not None:
                edges.setdefault(i, []).append((s, j))
    for options in edges.values():
        options.sort(key=lambda e: (-e[0], e[1]))
    owner: dict[int, int] = {}  # pred index -> gold index
    ranked = sorted((-s, i, j) for i, opts in edges.items() for s, j in opts)
    taken: set[int] = set()
    for _, i, j in ranked:
        if i not in taken and j not in owner:
            owner[j] = i
            taken.add(i)

    def augment(i: int, seen: set[int]) -> bool:
        for _, j in edges.get(i, []):
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in edges:
        if i not in taken and augment(i, set()):
            taken.add(i)
    return sorted((i, j) for j, i in owner.items())
