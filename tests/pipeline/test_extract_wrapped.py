"""Plans as text copied from a PDF (every line hard-wrapped near one width) give the same
records as their one-paragraph-per-line versions, scored with the shared rules."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from outputs.scoring import score_dir
from pipeline.extract import extract_file


def hard_wrap(text: str, width: int) -> str:
    """Every line longer than ``width`` broken at word boundaries, as pdftotext does."""
    lines: list[str] = []
    for line in text.split("\n"):
        lines.extend(textwrap.wrap(line, width) if len(line) > width else [line])
    return "\n".join(lines)


@pytest.mark.parametrize("width", [65, 95])
def test_extract_hard_wrapped_seeds_score_as_the_seeds(
    tmp_path: Path, gold_dir: Path, width: int
) -> None:
    pred = tmp_path / "pred"
    pred.mkdir()
    for seed in sorted((gold_dir.parent / "seeds").glob("*.txt")):
        wrapped = tmp_path / seed.name
        wrapped.write_text(hard_wrap(seed.read_text(encoding="utf-8"), width), encoding="utf-8")
        record = extract_file(wrapped)
        assert any("hard-wrapped" in r for r in record["source"]["repairs"]), seed.name
        (pred / f"{seed.stem}.json").write_text(json.dumps(record, ensure_ascii=False))
    report = score_dir(gold_dir, pred)
    for doc in report.docs:
        assert doc.overall >= 0.98, (doc.stem, doc.overall)
    assert report.overall >= 0.99
