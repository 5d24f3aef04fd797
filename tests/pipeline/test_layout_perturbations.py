"""The layout-perturbation harness: one document, many real-world layouts, one record.

Every document of ``corpora/`` and the seeds is rendered through each layout
transform of :mod:`tests.pipeline.layout_transforms` and extracted again; the
record must equal the record of the untransformed document on the fields the
transform keeps (compared with the shared scoring): every field for the header
layouts and the portal chrome, the header fields for hard wraps (their effect on
lists is printed in the table, not asserted). ``no_header`` drops the number, the
place and the date and, with them, what only they say.

Run with ``-s`` to see the table of transform × field. The whole set is
``slow``; the seeds and two header layouts form the fast subset.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pytest
from layout_transforms import TRANSFORMS
from perturbation_helpers import FIELDS, SEEDS, agreement, documents, record_of

HEADER_FIELDS = (
    "document.doc_type",
    "document.number",
    "document.issue_date",
    "document.place",
    "document.title",
    "document.province.name",
    "document.province.code",
    "document.issuer.name",
    "document.issuer.kind",
)
# what a print view without its header cannot say (the province and issuer may
# still be named in the authority line or the preamble, but need not be)
LOST_WITHOUT_HEADER = frozenset(
    {
        "document.number",
        "document.issue_date",
        "document.place",
        "document.province.name",
        "document.province.code",
        "document.province.merged_2025",
        "document.issuer.name",
        "document.issuer.kind",
        "participants",
        # the document's own number, cited in its text, is a reference once the
        # header that says it is its own is gone
        "references",
    }
)
# hard wraps must keep the header; what they do to lists and quotas is reported, not asserted
HEADER_ONLY = frozenset({"wrap_45", "wrap_90"})


def _scores(path: Path, name: str) -> dict[str, float] | None:
    """Per field, 1.0 when the transformed record equals the untransformed one (list
    fields: their F1); ``None`` when the transform leaves the text as it is."""
    transform, _ = TRANSFORMS[name]
    text = path.read_text(encoding="utf-8")
    changed = transform(text)
    if changed == text:
        return None
    return agreement(record_of(text), record_of(changed), path.stem)


def _kept(name: str) -> Iterable[str]:
    if name == "no_header":
        return [f for f in FIELDS if f not in LOST_WITHOUT_HEADER]
    return FIELDS


def _table(paths: list[Path], names: Iterable[str]) -> tuple[str, dict[str, list[str]]]:
    """The table of transform × field (mean agreement) and the failures per transform."""
    rows = []
    failures: dict[str, list[str]] = defaultdict(list)
    for name in names:
        sums: dict[str, list[float]] = defaultdict(list)
        for path in paths:
            scores = _scores(path, name)
            for field, value in (scores or {}).items():
                sums[field].append(value)
                if field in _kept(name) and value < 1.0:
                    failures[name].append(f"{path.stem}: {field} {value:.2f}")
        cells = [f"{sum(v) / len(v):.2f}" if (v := sums.get(f)) else "  - " for f in FIELDS]
        rows.append(f"{name:<14}" + " ".join(f"{c:>5}" for c in cells))
    head = f"{'':<14}" + " ".join(f"{f.split('.')[-1][:5]:>5}" for f in FIELDS)
    return "\n".join([head, *rows]), failures


def _check(paths: list[Path], names: list[str], fields: Iterable[str]) -> None:
    table, failures = _table(paths, names)
    print("\n" + table)
    wanted = set(fields)
    bad = {
        n: [f for f in fs if f.split(": ")[1].split(" ")[0] in wanted] for n, fs in failures.items()
    }
    bad = {n: fs for n, fs in bad.items() if fs}
    assert not bad, bad


def _asserted(name: str) -> list[str]:
    fields = HEADER_FIELDS if name in HEADER_ONLY else FIELDS
    return [f for f in fields if f in _kept(name)]


@pytest.mark.parametrize("name", ["pipe_rows", "pipe_rows_untyped", "cell_per_line", "one_line"])
def test_layout_perturbations_seed_headers(name: str, gold_dir: Path) -> None:
    _check(sorted(SEEDS.glob("*.txt")), [name], _asserted(name))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_layout_perturbations_all_documents(name: str, gold_dir: Path) -> None:
    _check(documents(), [name], _asserted(name))
