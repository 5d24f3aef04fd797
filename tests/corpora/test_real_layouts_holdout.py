"""The held-out fixtures in the layouts of real pages (``corpora/real-layouts-holdout``).

A second set written after the extractors had been tuned to ``corpora/real-layouts``, to
measure generalisation honestly (issue 10). Only its shape is tested here: every fixture has
a hand-written gold record of the seeds' shape (the checker of ``test_real_layouts`` is
reused, not copied), every gold record a fixture, and the README names each file. There is
deliberately no score floor: a floor would invite tuning to these documents, which would
spend them as a measure (see ``docs/notes/issue-10-holdout.md``).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import test_real_layouts as seen
from test_real_layouts import _vocab, gold_errors

seed_shape = seen.seed_shape  # the seeds' gold record, a fixture shared with the tuned set

FOLDER = Path(__file__).resolve().parents[2] / "corpora" / "real-layouts-holdout"
FIXTURES = sorted(FOLDER.glob("*.txt"))
GOLDS = sorted((FOLDER / "gold").glob("*.json"))


def test_holdout_every_fixture_has_gold_and_back() -> None:
    assert len(FIXTURES) >= 15
    assert {p.stem for p in FIXTURES} == {p.stem for p in GOLDS}
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    assert all(f"`{p.name}`" in readme for p in FIXTURES), "README lists every fixture"


def test_holdout_shares_no_document_with_the_tuned_set() -> None:
    tuned = {p.stem for p in seen.FOLDER.glob("*.txt")}
    assert tuned, "the tuned set is where test_real_layouts says"
    assert not tuned & {p.stem for p in FIXTURES}


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_holdout_gold_has_the_seed_shape(path: Path, seed_shape: dict, schema: dict) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold_errors(gold, path.stem, seed_shape, _vocab(schema)) == []


@pytest.mark.parametrize(
    "breakage",
    [
        lambda g: g.pop("deadlines"),
        lambda g: g["document"].update(issue_date="28/5/2018"),
        lambda g: g["unscored"].append("document.tittle"),
    ],
    ids=["missing key", "bad date", "unscored typo"],
)
def test_holdout_checker_rejects_a_broken_gold(
    breakage: Callable[[dict], object], seed_shape: dict, schema: dict
) -> None:
    path = GOLDS[0]
    gold = json.loads(path.read_text(encoding="utf-8"))
    broken = copy.deepcopy(gold)
    breakage(broken)
    assert gold_errors(broken, path.stem, seed_shape, _vocab(schema)) != []
