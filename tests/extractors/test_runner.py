from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from extractors.runner import EXTRACTORS
from extractors.segment.structure import parse
from extractors.text.repair import repair

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"
# the award-content steps of the runner (the header and citation steps have their own tests)
PARTS = [(name, step) for name, step in EXTRACTORS if name not in ("document", "citations")]
KEYS = {"participants", "criteria", "award_forms", "quotas", "thresholds", "deadlines"}


def _seed_docs():
    if not SEEDS.is_dir():
        pytest.skip(f"the shared corpus is not beside the repository ({SEEDS} is missing)")
    for path in sorted(SEEDS.glob("*.txt")):
        repaired = repair(path.read_text(encoding="utf-8"))
        yield path.stem, parse(repaired.text, repaired.page_starts)


def test_runner_award_steps_fill_their_keys_with_schema_valid_values(schema):
    validators = {
        key: jsonschema.Draft202012Validator({"$defs": schema["$defs"], **value})
        for key, value in schema["properties"].items()
    }
    # an added field: the evidence of the participants text
    validators["participants_evidence"] = jsonschema.Draft202012Validator(
        {"$defs": schema["$defs"], "$ref": "#/$defs/evidence"}
    )
    for stem, doc in _seed_docs():
        filled: dict = {}
        for _, part in PARTS:
            filled.update(part(doc))
        assert set(filled) - {"participants_evidence"} == KEYS | {"recipients", "archive"}, stem
        assert ("participants_evidence" in filled) == (filled["participants"] is not None), stem
        for key, value in filled.items():
            errors = [e.message for e in validators[key].iter_errors(value)]
            assert not errors, (stem, key, errors[:3])


def test_runner_award_steps_on_an_empty_plan():
    doc = parse(repair("KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. MỤC ĐÍCH\n\nNội dung.").text)
    filled: dict = {}
    for _, part in PARTS:
        filled.update(part(doc))
    assert filled == {
        "participants": None,
        "criteria": [],
        "award_forms": [],
        "quotas": [],
        "thresholds": [],
        "deadlines": [],
        "recipients": [],
        "archive": None,
    }


AWARD_LISTS = ["criteria", "award_forms", "quotas", "thresholds", "deadlines", "recipients"]


@pytest.fixture(scope="module")
def award_scores():
    import json

    from outputs.scoring import ListResult, score_record

    gold_dir = SEEDS.parent / "gold"
    lists = {name: ListResult() for name in AWARD_LISTS}
    scalars: dict[str, list[bool]] = {"participants": [], "archive": []}
    for stem, doc in _seed_docs():
        pred: dict = {"text": doc.text}
        for _, part in PARTS:
            pred.update(part(doc))
        gold = json.loads((gold_dir / f"{stem}.json").read_text(encoding="utf-8"))
        score = score_record(gold, pred, stem)
        for name in AWARD_LISTS:
            lists[name] += score.lists[name]
        for name, result in score.scalars.items():
            if name in scalars:
                scalars[name].append(result.correct)
    return lists, scalars


@pytest.mark.parametrize("field", AWARD_LISTS)
def test_runner_award_steps_seed_lists_score_one(award_scores, field):
    result = award_scores[0][field]
    assert (result.tp, result.n_pred) == (result.n_gold, result.n_gold), field


@pytest.mark.parametrize("field", ["participants", "archive"])
def test_runner_award_steps_seed_scalars_score_one(award_scores, field):
    assert all(award_scores[1][field]), field
