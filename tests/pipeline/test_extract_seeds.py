"""The five real seeds, end to end: schema-valid, grounded, and scored with the shared rules."""

from __future__ import annotations

import json

import jsonschema
import pytest

from outputs.scoring import grounding, score_dir

# Fields the foundation issue owns: they must score 1.0 on the seeds.
FOUNDATION_SCALARS = [
    "document.doc_type",
    "document.number",
    "document.issue_date",
    "document.place",
    "document.title",
    "document.province.name",
    "document.province.code",
    "document.province.merged_2025",
    "document.issuer.name",
    "document.issuer.kind",
    "document.signer.name",
    "document.signer.title",
    "document.signer.authority",
]


def test_extract_seeds_validate_against_schema(seed_records, schema) -> None:
    validator = jsonschema.Draft202012Validator(schema)
    for stem, record in seed_records.items():
        errors = sorted(validator.iter_errors(record), key=str)
        assert not errors, f"{stem}: {errors[0].message} at {list(errors[0].path)}"


def test_extract_seeds_every_evidence_is_grounded(seed_records) -> None:
    for stem, record in seed_records.items():
        tally = grounding(record)
        assert tally.total > 0 and tally.correct == tally.total, stem


@pytest.fixture(scope="module")
def seed_report(seed_records, gold_dir, tmp_path_factory):
    pred = tmp_path_factory.mktemp("pred")
    for stem, record in seed_records.items():
        (pred / f"{stem}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
    return score_dir(gold_dir, pred)


@pytest.mark.parametrize("field", FOUNDATION_SCALARS)
def test_extract_seeds_foundation_scalar_scores_one(seed_report, field: str) -> None:
    tally = seed_report.scalars[field]
    assert tally.correct == tally.total, field


@pytest.mark.parametrize("field", ["legal_basis", "references", "document.movement_names"])
def test_extract_seeds_citation_lists_score_one(seed_report, field: str) -> None:
    assert seed_report.lists[field].f1 == pytest.approx(1.0), field
