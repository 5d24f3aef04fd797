"""The five seeds rendered to other formats score as their .txt versions (shared scoring).

Runs the whole pipeline (extract_file) and outputs.scoring.score_dir on the
renderings; OCR is limited to the two shortest seeds (8 pages) to keep CI fast —
scripts/bench_formats.py and docs/formats.md have the figures for all five.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from format_scores import score_formats

pytestmark = pytest.mark.slow


def test_text_formats_score_within_002_of_txt(tmp_path: Path) -> None:
    scores = score_formats(tmp_path, ["txt", "pdf", "docx", "html"])
    for kind in ("pdf", "docx", "html"):
        assert scores[kind] >= scores["txt"] - 0.02, scores


def test_degraded_200dpi_scans_score_at_least_090(tmp_path: Path) -> None:
    seeds = ["kien-giang_news_covid", "binh-phuoc_lhh_ke-hoach-82"]
    scores = score_formats(tmp_path, ["txt", "scan200-degraded"], seeds)
    assert scores["scan200-degraded"] >= 0.90, scores
    assert scores["scan200-degraded"] >= scores["txt"] - 0.10, scores
