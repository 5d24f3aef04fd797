"""The registry of record parts: one declaration, checked, from which the rest derives."""

from __future__ import annotations

import dataclasses

import pytest

import extractors.runner as runner
from extractors.model import Quota
from extractors.registry import BY_KEY, RECORD_PARTS, Label, RecordPart, _check
from extractors.segment.structure import parse
from extractors.text.repair import repair

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 12/KH-UBND\n\nKẾ HOẠCH\n"
    "Tổ chức phong trào thi đua năm 2026\n\nI. MỤC ĐÍCH\n\nNội dung.\n"
)


def _part(**change) -> RecordPart:
    return dataclasses.replace(BY_KEY["quotas"], **change)


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ((_part(), _part()), "declared twice"),
        ((_part(scoring="fuzzy"),), "unknown scoring"),
        ((_part(stored=("award", "amount")),), "stored columns"),
        ((_part(table=None),), "stored columns"),
    ],
)
def test_registry_rejects_a_bad_declaration(parts, message) -> None:
    with pytest.raises(ValueError, match=message):
        _check(parts)


def test_registry_a_new_part_needs_only_its_declaration_to_be_stored_and_typed() -> None:
    part = RecordPart(
        "bonus_quotas", Quota, True, "quotas", Label("Chỉ tiêu thêm", "Extra quotas"),
        Label("Chỉ tiêu thêm", "Extra quota"), "quota",
        table="bonus_quotas", stored=("award", "min", "unlimited", "per"),
    )  # fmt: skip
    assert _check((part,)) == {"bonus_quotas": part}
    assert part.column_types() == {
        "award": "TEXT",
        "min": "INTEGER",
        "unlimited": "INTEGER",
        "per": "TEXT",
    }
    assert part.empty() == []


def test_registry_runner_fills_every_key_in_record_order() -> None:
    doc = parse(repair(PLAN).text)
    parts, failures = runner.run_extractors(doc)
    assert failures == []
    assert [k for k in parts if k != "participants_evidence"] == [p.key for p in RECORD_PARTS]
    assert parts["document"]["number"] == "12/KH-UBND"


def test_registry_a_failing_step_leaves_its_parts_empty(monkeypatch) -> None:
    def broken(doc):
        raise RuntimeError("rule exploded")

    steps = [(n, broken if n == "recipients" else f) for n, f in runner.EXTRACTORS]
    monkeypatch.setattr(runner, "EXTRACTORS", steps)
    parts, failures = runner.run_extractors(parse(repair(PLAN).text))
    assert failures == ["extractor recipients failed: RuntimeError: rule exploded"]
    assert (parts["recipients"], parts["archive"]) == ([], None)
    assert parts["document"]["number"] == "12/KH-UBND"


def test_registry_outputs_derive_labels_and_scoring() -> None:
    from outputs.columns import labels
    from outputs.plans import _LIST_PARTS
    from outputs.scoring import LIST_FIELDS, SCALAR_FIELDS

    assert list(labels()["part"]) == [p.key for p in RECORD_PARTS]
    assert labels()["field"]["quotas"] == {"vi": "Chỉ tiêu khen thưởng", "en": "Quota"}
    assert [(f.name, f.items, f.cited) for f in LIST_FIELDS] == [
        ("document.movement_names", "texts", False),
        ("legal_basis", "objects", True),
        ("references", "objects", True),
        ("criteria", "objects", False),
        ("award_forms", "form_set", False),
        ("quotas", "objects", False),
        ("thresholds", "objects", False),
        ("deadlines", "objects", False),
        ("recipients", "texts", False),
    ]
    assert [(f.name, f.rule, f.gold_path) for f in SCALAR_FIELDS[-2:]] == [
        ("participants", "starts", "participants_starts"),
        ("archive", "equal", None),
    ]
    assert tuple(f.name for f in LIST_FIELDS[1:]) == _LIST_PARTS
