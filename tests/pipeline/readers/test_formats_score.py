"""The five seeds rendered to other formats score as their .txt versions (shared scoring).

Runs the whole pipeline (extract_file) and outputs.scoring.score_dir on the
renderings; OCR is limited to the two shortest seeds (8 pages) to keep CI fast —
scripts/bench_formats.py and docs/formats.md have the figures for all five.
"""

from __future__ import annotations

import shutil
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


REAL_WORLD = [  # a quota table, a wrapped header, a party committee, a signature over a page
    "ha-tinh_ubnd_ke-hoach-chinh-quyen-hai-cap",
    "binh-thuan_ubnd_ke-hoach-covid",
    "thanh-hoa_so-gddt_ke-hoach-thi-dua-nam-hoc-2025-2026",
]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_real_world_files_score_as_their_txt(tmp_path: Path) -> None:
    from office_scores import overall, score_kinds, sources

    names = [n for n in REAL_WORLD if n in sources()]
    scores = score_kinds(
        tmp_path, ["txt", "word-docx", "word-pdf", "word-doc", "portal-html"], names
    )
    for kind in ("word-docx", "word-pdf", "word-doc", "portal-html"):
        assert overall(scores[kind]) >= overall(scores["txt"]) - 0.02, (kind, scores[kind])


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_stamped_signature_page_scan_keeps_the_signer(tmp_path: Path) -> None:
    from office_scores import score_kinds

    name = "ha-tinh_ubnd_ke-hoach-chinh-quyen-hai-cap"
    scores = score_kinds(tmp_path, ["mixed-pdf"], [name])  # last page scanned, stamped
    assert scores["mixed-pdf"][name].scalars["document.signer.authority"].correct
    assert scores["mixed-pdf"][name].overall >= 0.9
