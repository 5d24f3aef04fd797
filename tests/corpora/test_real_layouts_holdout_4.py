"""The fifth held-out set in the layouts of real pages (``corpora/real-layouts-holdout-4``).

Written blind in the third session of 2026-12-05 (issue 10), while the extractors were being
generalised, so that the session's end can be measured on documents nobody tuned to. Only its
shape is tested: every fixture has a hand-written gold record of the seeds' shape (the checker of
``test_real_layouts`` is imported, not copied), every gold record a fixture, the README names each
file, the mix of documents and press pages is the board's, and no document is shared with the four
earlier sets. No score floor, on purpose: a floor would invite tuning to these texts (see
``docs/notes/issue-10-holdout-4.md``).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path

import test_real_layouts as seen
import test_real_layouts_holdout as first_holdout
import test_real_layouts_holdout_2 as second_holdout
import test_real_layouts_holdout_3 as third_holdout
from test_real_layouts import _vocab, gold_errors

seed_shape = seen.seed_shape  # the seeds' gold record, a fixture shared with the other sets

FOLDER = Path(__file__).resolve().parents[2] / "corpora" / "real-layouts-holdout-4"
FIXTURES = sorted(FOLDER.glob("*.txt"))
GOLDS = sorted((FOLDER / "gold").glob("*.json"))


def _document(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))["document"]


def test_holdout4_every_fixture_has_gold_and_back() -> None:
    assert len(FIXTURES) == 24
    assert {p.stem for p in FIXTURES} == {p.stem for p in GOLDS}
    readme = (FOLDER / "README.md").read_text(encoding="utf-8")
    assert all(f"`{p.name}`" in readme for p in FIXTURES), "README lists every fixture"


def test_holdout4_mixes_documents_and_press_like_the_board_set() -> None:
    press = [p for p in GOLDS if _document(p)["doc_type"] == "news"]
    assert len(press) == 6, "about one text in four is a press or portal page"
    assert all(_document(p).get("published_date") for p in press), "a press page has its date"
    kinds = {_document(p)["doc_type"] for p in GOLDS} - {"news"}
    assert {"ke_hoach", "quyet_dinh", "huong_dan", "cong_van", "chi_thi"} <= kinds
    assert {"thong_bao", "bao_cao"} <= kinds, "kinds the earlier sets lack"


def test_holdout4_shares_no_document_with_the_earlier_sets() -> None:
    earlier = {p.stem for p in seen.FOLDER.glob("*.txt")}
    for held in (first_holdout, second_holdout, third_holdout):
        earlier |= {p.stem for p in held.FOLDER.glob("*.txt")}
    assert len(earlier) >= 95, "the earlier sets are where their tests say"
    assert not earlier & {p.stem for p in FIXTURES}


def test_holdout4_every_gold_has_the_seed_shape(seed_shape: dict, schema: dict) -> None:
    vocab = _vocab(schema)
    errors = {
        p.stem: gold_errors(json.loads(p.read_text("utf-8")), p.stem, seed_shape, vocab)
        for p in GOLDS
    }
    assert {stem: found for stem, found in errors.items() if found} == {}


BREAKAGES: dict[str, Callable[[dict], object]] = {
    "missing key": lambda g: g.pop("recipients"),
    "impossible date": lambda g: g["document"].update(issue_date="2021-13-05"),
    "unknown deadline kind": lambda g: g["deadlines"].append(
        {"date": None, "action_kind": "nop_ho_so", "to": None}
    ),
    "press page as a doc type": lambda g: g["document"].update(doc_type="bao_chi"),
}


def test_holdout4_checker_rejects_each_broken_gold(seed_shape: dict, schema: dict) -> None:
    path = GOLDS[0]
    record = json.loads(path.read_text(encoding="utf-8"))
    accepted = []
    for name, breakage in BREAKAGES.items():
        broken = copy.deepcopy(record)
        breakage(broken)
        if not gold_errors(broken, path.stem, seed_shape, _vocab(schema)):
            accepted.append(name)
    assert accepted == []
