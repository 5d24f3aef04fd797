"""The third held-out set in the layouts of real pages (``corpora/real-layouts-holdout-2``).

Written blind on 2026-12-05 (issue 10), while the extractors were being generalised, so that
the end of the session can be measured on documents nobody tuned to. Only its shape is tested
here: every fixture has a hand-written gold record of the seeds' shape (the checker of
``test_real_layouts`` is imported, not copied), every gold record a fixture, the README names
each file, and no document is shared with the two earlier sets. There is deliberately no score
floor: a floor would invite tuning to these documents (see ``docs/notes/issue-10-holdout-2.md``).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import test_real_layouts as seen
import test_real_layouts_holdout as first_holdout
from test_real_layouts import _vocab, gold_errors

seed_shape = seen.seed_shape  # the seeds' gold record, a fixture shared with the other sets

FOLDER = Path(__file__).resolve().parents[2] / "corpora" / "real-layouts-holdout-2"
FIXTURES = sorted(FOLDER.glob("*.txt"))
GOLDS = sorted((FOLDER / "gold").glob("*.json"))


def test_holdout2_every_fixture_has_gold_and_back() -> None:
    assert len(FIXTURES) == 20
    assert {p.stem for p in FIXTURES} == {p.stem for p in GOLDS}
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    assert all(f"`{p.name}`" in readme for p in FIXTURES), "README lists every fixture"


def test_holdout2_mixes_documents_and_press_like_the_board_set() -> None:
    press = [p for p in GOLDS if json.loads(p.read_text("utf-8"))["document"]["doc_type"] == "news"]
    assert len(press) == 5, "one text in four is a press or portal page"


def test_holdout2_shares_no_document_with_the_earlier_sets() -> None:
    earlier = {p.stem for p in seen.FOLDER.glob("*.txt")}
    earlier |= {p.stem for p in first_holdout.FOLDER.glob("*.txt")}
    assert len(earlier) >= 55, "the earlier sets are where their tests say"
    assert not earlier & {p.stem for p in FIXTURES}


@pytest.mark.parametrize("path", GOLDS, ids=lambda p: p.stem)
def test_holdout2_gold_has_the_seed_shape(path: Path, seed_shape: dict, schema: dict) -> None:
    gold = json.loads(path.read_text(encoding="utf-8"))
    assert gold_errors(gold, path.stem, seed_shape, _vocab(schema)) == []


@pytest.mark.parametrize(
    "breakage",
    [
        lambda g: g.pop("quotas"),
        lambda g: g["document"].update(doc_type="ke-hoach"),
        lambda g: g["award_forms"].append({"form": "bang_khen_huyen", "conferrer": None}),
    ],
    ids=["missing key", "bad doc type", "unknown award"],
)
def test_holdout2_checker_rejects_a_broken_gold(
    breakage: Callable[[dict], object], seed_shape: dict, schema: dict
) -> None:
    path = GOLDS[0]
    broken = copy.deepcopy(json.loads(path.read_text(encoding="utf-8")))
    breakage(broken)
    assert gold_errors(broken, path.stem, seed_shape, _vocab(schema)) != []
