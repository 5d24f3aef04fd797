"""Scans as they really come (scripts/scan_profiles.py) read by the OCR reader.

One gray-photocopy page runs in the fast suite (its OCR is ~3 s); every other
profile, one page each, is slow.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from reader_fixtures import cer

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "scripts"))

from scan_profiles import PROFILES, scan, truth_pages, write_file

from pipeline.readers import read
from pipeline.readers.ocr_prep import is_clean, measure


def _read_scan(pdf: Path, profile: str, tmp_path: Path, pages: list[int]) -> tuple[str, list[str]]:
    scanned = write_file(scan(pdf, profile, pages=pages), tmp_path / profile)
    raw = read(scanned)
    return raw.text, raw.notes


def test_scan_profiles_are_deterministic_per_seed(rendered: dict[str, Path]) -> None:
    first = scan(rendered["pdf"], "gray-photocopy", seed=3, pages=[0])[0]
    again = scan(rendered["pdf"], "gray-photocopy", seed=3, pages=[0])[0]
    other = scan(rendered["pdf"], "gray-photocopy", seed=4, pages=[0])[0]
    assert first.data == again.data and first.data != other.data
    assert (first.ext, first.dpi) == ("jpg", (150, 150))


@pytest.mark.parametrize(
    ("profile", "clean"),
    [("clean", True), ("office", True), ("gray-photocopy", False), ("phone-photo", False)],
)
def test_measure_tells_clean_scans_from_gray_and_uneven_ones(
    rendered: dict[str, Path], profile: str, clean: bool
) -> None:
    page = scan(rendered["pdf"], profile, pages=[0])[0]
    gray = np.asarray(Image.open(io.BytesIO(page.data)).convert("L"))
    signals, _ = measure(gray)
    assert is_clean(signals) is clean
    assert signals.letter_height > 0


def test_read_gray_photocopy_page_is_not_taken_for_a_seal(
    rendered: dict[str, Path], tmp_path: Path
) -> None:
    text, notes = _read_scan(rendered["pdf"], "gray-photocopy", tmp_path, [0])
    assert cer(truth_pages(rendered["pdf"])[0], text) <= 0.03
    assert not [w for w in notes if "seal" in w]
    assert [w for w in notes if w.startswith("page 1: read flattened") and "confidence" in w]


SLOW_BOUNDS = {  # CER on the tests' own plan, one page (two for two-up)
    "clean": 0.02,
    "office": 0.02,
    "phone-photo": 0.04,
    "fax": 0.04,
    "rotated-90": 0.03,
    "rotated-180": 0.03,
    "stamped": 0.04,
    "two-up": 0.04,
}


@pytest.mark.slow
@pytest.mark.parametrize("profile", sorted(SLOW_BOUNDS))
def test_read_scan_profile_within_bound(
    rendered: dict[str, Path], tmp_path: Path, profile: str
) -> None:
    pages = [0, 1] if PROFILES[profile].two_up else [1]
    truth = "\n".join(truth_pages(rendered["pdf"])[p] for p in pages)
    text, notes = _read_scan(rendered["pdf"], profile, tmp_path, pages)
    assert cer(truth, text) <= SLOW_BOUNDS[profile]
    if profile.startswith("rotated"):
        assert any("turned upright" in w for w in notes)
