"""The lossy-perturbation harness: damaged copies of every document are read, not refused.

Every document of ``corpora/`` and the seeds is rendered through each lossy
transform of ``tests/lossy_transforms.py`` (diacritics stripped,
every non-ASCII letter dropped, the Latin Extended Additional letters dropped, OCR
digits read as letters in the number and date slots, an old ``.doc`` read as bytes —
documents only, a press page never reaches us so).
The damaged copy must (a) pass the genre gate, (b) carry the damage warning,
and (c) give the **documented subset** of the record equal to the record of the
undamaged document: the number, the issue date, the document type, the
province and the legal-basis numbers (see docs/notes/issue-10.md for what else
comes back and how well). Other fields are measured, not asserted: run with
``-s`` for the table of transform × field. The whole set is ``slow``; the seeds
form the fast subset.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from lossy_transforms import LOSSY
from perturbation_helpers import FIELDS, SEEDS, agreement, documents, record_of

from extractors.segment.genre import judge

# damage that only documents suffer: a .doc file read as bytes is never a press page
DOCUMENTS_ONLY = frozenset({"doc_bytes"})

SUBSET = (
    "document.doc_type",
    "document.number",
    "document.issue_date",
    "document.province.name",
)


def _basis_numbers(record: dict[str, Any]) -> set[str]:
    """Legal-basis numbers compared as the shared scoring does (no spaces, upper case)."""
    return {
        "".join(c["number"].split()).upper()
        for c in record.get("legal_basis") or []
        if c.get("number")
    }


def _get(record: dict[str, Any], path: str) -> Any:
    value: Any = record
    for key in path.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _differences(path: Path, damage: str) -> tuple[list[str], dict[str, float]]:
    """What of the documented subset differs from the undamaged record, and the
    agreement per field of the whole record (1.0 equal; lists: their F1)."""
    text = path.read_text(encoding="utf-8")
    clean, damaged = record_of(text), record_of(LOSSY[damage](text))
    wrong = [
        f"{field}: {_get(clean, field)!r} -> {_get(damaged, field)!r}"
        for field in SUBSET
        if _get(clean, field) != _get(damaged, field)
    ]
    lost = _basis_numbers(clean) ^ _basis_numbers(damaged)
    if lost:
        wrong.append(f"legal_basis numbers differ: {sorted(lost)}")
    if not any("diacritics" in w or "letters" in w for w in damaged["source"]["warnings"]):
        wrong.append("no damage warning")
    return wrong, agreement(clean, damaged, path.stem)


def _is_news(path: Path) -> bool:
    return record_of(path.read_text(encoding="utf-8"))["document"]["doc_type"] == "news"


def _check(paths: list[Path], damage: str) -> None:
    failures: list[str] = []
    sums: dict[str, list[float]] = defaultdict(list)
    for path in paths:
        if damage in DOCUMENTS_ONLY and _is_news(path):
            continue
        text = LOSSY[damage](path.read_text(encoding="utf-8"))
        verdict = judge(text)
        if not verdict.accepted:
            failures.append(f"{path.stem}: refused: {verdict.reason}")
            continue
        wrong, scores = _differences(path, damage)
        failures.extend(f"{path.stem}: {w}" for w in wrong)
        for field, value in scores.items():
            sums[field].append(value)
    print(f"\n{damage}: agreement with the undamaged record, per field")
    for field in FIELDS:
        if sums.get(field):
            print(f"  {field:<32} {sum(sums[field]) / len(sums[field]):.2f}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("damage", sorted(LOSSY))
def test_lossy_perturbations_seeds(damage: str, gold_dir: Path) -> None:
    _check(sorted(SEEDS.glob("*.txt")), damage)


@pytest.mark.slow
@pytest.mark.parametrize("damage", sorted(LOSSY))
def test_lossy_perturbations_all_documents(damage: str, gold_dir: Path) -> None:
    _check(documents(), damage)
