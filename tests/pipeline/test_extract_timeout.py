"""A time-out fails the document as timed out: no ``except Exception`` swallows it."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from test_extract_cli import PLAN

import extractors.runner as parts
from pipeline.ingest.work import Task, process


def _slow(doc):
    time.sleep(30)
    return {}


def _quick(doc):
    return {}


@pytest.mark.parametrize(
    ("extractor", "reason"),
    [(_slow, "longer than the time limit (1 s)"), (_quick, None)],
)
def test_timeout_inside_an_extractor_fails_the_document(
    tmp_path: Path, monkeypatch, extractor, reason: str | None
) -> None:
    monkeypatch.setattr(parts, "EXTRACTORS", [*parts.EXTRACTORS, ("quotas", extractor)])
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    started = time.monotonic()
    outcome = process(Task(str(path), "", path.stat().st_size), limit=1.0)
    assert time.monotonic() - started < 10
    if reason is None:
        assert outcome.reason is None and outcome.record is not None
        assert not any("DocumentTimeout" in w for w in outcome.record["source"]["warnings"])
    else:  # not a `partial` record with "extractor quotas failed: DocumentTimeout"
        assert outcome.record is None and reason in (outcome.reason or "")
