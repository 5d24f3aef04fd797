"""Page preparation before OCR (ocr_prep.py): signals, flattening, specks, two-up pages."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from reader_fixtures import FONT_DIR

from pipeline.readers.ocr_prep import (
    Signals,
    despeckle,
    flatten,
    gutter,
    is_clean,
    measure,
    zoom_for,
)
from pipeline.readers.scanned import square_pixels

LINES = [
    "Kiên Giang - Ủy ban nhân dân tỉnh phát động",
    "phong trào thi đua đặc biệt “Chung sức”.",
    "Đối tượng: các sở, ban, ngành; cá nhân.",
]


def _text_page(width: int = 1240, height: int = 1754, size: int = 34) -> Image.Image:
    """A 150 dpi page of Vietnamese type (DejaVu Serif), a block of lines near the top."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), size)
    for k in range(12):
        draw.text((120, 160 + 2 * size * k), LINES[k % len(LINES)], font=font, fill=0)
    return image


def _ink(array: np.ndarray) -> int:
    return int((array < 128).sum())


SPECKS = [(40, 60), (1150, 90), (600, 1500), (60, 1700), (1180, 1200)]  # margins, far below


def test_despeckle_removes_specks_off_the_lines_and_keeps_every_mark() -> None:
    page = np.asarray(_text_page()).copy()
    clean_ink = _ink(page)
    for x, y in SPECKS:
        page[y - 2 : y + 3, x - 2 : x + 2] = 20
    out = despeckle(page, letters=24)
    assert all(out[y, x] == 255 for x, y in SPECKS)
    assert _ink(out) == clean_ink  # dots, tone marks, dashes and stops of the type all stay


DUST = [(300, 1300), (700, 1450), (1000, 1200), (500, 1650)]  # blank lower half


def test_despeckle_removes_lone_letter_sized_dust_keeps_lone_marks_with_a_neighbour() -> None:
    """Dust as tall as a small letter (a copier's at 150 dpi) is removed when it stands
    alone; a lone page number and an enumerator "a)" far from any line stay."""
    image = _text_page()
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 34)
    draw.text((600, 1000), "2", font=font, fill=0)  # a page number alone
    draw.text((150, 1100), "a)", font=font, fill=0)  # an enumerator alone on its line
    page = np.asarray(image).copy()
    clean_ink = _ink(page)
    for x, y in DUST:
        cv2.ellipse(page, (x, y), (7, 5), 30, 0, 360, 30, -1)
    out = despeckle(page, letters=24)
    assert all(out[y, x] == 255 for x, y in DUST)
    assert _ink(out) == clean_ink


@pytest.mark.parametrize("letters", [0.0, -1.0])
def test_despeckle_without_letter_height_changes_nothing(letters: float) -> None:
    page = np.asarray(_text_page()).copy()
    page[100:104, 40:44] = 20
    assert np.array_equal(despeckle(page, letters), page)


def test_flatten_whitens_gray_unevenly_lit_paper() -> None:
    page = np.asarray(_text_page(), dtype=np.float32)
    ramp = np.linspace(1.0, 0.72, page.shape[1], dtype=np.float32)
    gray = ((45 + page * (232 - 45) / 255) * ramp).astype(np.uint8)
    signals, paper = measure(gray)
    assert not is_clean(signals) and signals.evenness < 0.8
    flat = flatten(gray, paper, signals)
    left, right = flat[1600:1700, 20:120], flat[1600:1700, -120:-20]  # blank paper
    assert left.mean() > 245 and right.mean() > 245
    assert _ink(flat) > 0.8 * _ink(np.asarray(_text_page()))


@pytest.mark.parametrize(
    ("letters", "zoom"), [(15.0, 2.0), (12.0, 2.5), (17.5, 1.0), (28.0, 1.0), (0.0, 1.0)]
)
def test_zoom_for_enlarges_small_type_only(letters: float, zoom: float) -> None:
    assert zoom_for(Signals(250, 5, 1.0, letters)) == pytest.approx(zoom)


def test_measure_reads_a_clean_page_as_clean() -> None:
    signals, _ = measure(np.asarray(_text_page()))
    assert is_clean(signals) and signals.paper >= 250 and 15 <= signals.letter_height <= 35


def test_gutter_splits_two_pages_side_by_side() -> None:
    one = np.asarray(_text_page())
    two = np.hstack([one, np.full((one.shape[0], 20), 150, np.uint8), one])
    x = gutter(two)
    assert x is not None and one.shape[1] - 200 < x < one.shape[1] + 400


@pytest.mark.parametrize("shape", ["portrait", "landscape-lines"])
def test_gutter_none_for_one_page(shape: str) -> None:
    if shape == "portrait":
        page = np.asarray(_text_page())
    else:  # one landscape page whose lines run across the middle
        image = Image.new("L", (2480, 1754), 255)
        font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 34)
        for k in range(20):
            ImageDraw.Draw(image).text((120, 120 + 70 * k), " ".join(LINES), font=font, fill=0)
        page = np.asarray(image)
    assert gutter(page) is None


@pytest.mark.parametrize(
    ("dpi", "height"), [((200, 100), 1600), ((204, 98), 1665), ((300, 300), 800), (None, 800)]
)
def test_square_pixels_stretches_fax_rows(dpi: tuple[int, int] | None, height: int) -> None:
    frame = Image.new("L", (1000, 800), 255)
    if dpi:
        frame.info["dpi"] = dpi
    assert square_pixels(frame).size == (1000, height)


def _dusty_short_page(lines: int, kept: range | None = None, specks: int = 400) -> np.ndarray:
    """A gray photocopy's last page: ``lines`` lines of type at the top (or the lines
    ``kept``), a copier's dust (``specks`` dark specks of 4-10 px) scattered over the
    rest, paper gray."""
    full = np.asarray(_text_page())
    page = full.copy()
    page[160 + 68 * lines :] = 255  # only the first lines of type kept
    if kept is not None:
        page[:] = 255
        for k in kept:
            page[150 + 68 * k : 218 + 68 * k] = full[150 + 68 * k : 218 + 68 * k]
    rng = np.random.default_rng(5)
    for _ in range(specks):
        centre = (int(rng.integers(0, page.shape[1])), int(rng.integers(300, page.shape[0])))
        axes = (int(rng.integers(2, 5)), int(rng.integers(2, 5)))
        cv2.ellipse(page, centre, axes, 0.0, 0, 360, 40, -1)
    return (40 + page.astype(np.float32) * (215 / 255)).astype(np.uint8)


@pytest.mark.parametrize("lines", [2, 12])
def test_measure_letter_height_of_a_dusty_page_is_its_type_s(lines: int) -> None:
    """Dust outnumbering the letters in the middle of a short page once gave the speck's
    height (8 px) and a ×3 enlargement that read the page as garbage; a full page of
    type (negative case) is measured as before."""
    signals, _ = measure(_dusty_short_page(lines))
    letters, _ = measure(np.asarray(_text_page()))
    assert abs(signals.letter_height - letters.letter_height) <= 4
    assert zoom_for(signals) == zoom_for(letters)


def _grainy_gray_page(lines: int) -> np.ndarray:
    """A gray photocopy's page (paper 210, type 40, a copier's grain of σ 16) holding the
    first ``lines`` lines of type; a few lines (a last page) cover under 0.5 % of it."""
    page = np.asarray(_text_page()).astype(np.float32)
    page[160 + 68 * lines :] = 255
    grain = np.random.default_rng(7).normal(0.0, 16.0, page.shape)
    return np.clip(40 + page * (170 / 255) + grain, 0, 255).astype(np.uint8)


@pytest.mark.parametrize("lines", [1, 2])
def test_measure_ink_of_a_page_with_a_few_lines_is_its_type_s(lines: int) -> None:
    """On a last page with a line or two the darkest 0.5 % of the page is paper grain
    (ink ~150 of paper 210): flattened with that figure the grain was stretched into
    noise. The ink is the type's, and the flattened paper stays white."""
    gray = _grainy_gray_page(lines)
    signals, paper = measure(gray)
    assert signals.ink < 90
    flat = flatten(gray, paper, signals)
    assert (flat[400:] < 128).mean() < 0.001  # below the type: paper, not noise


def test_measure_ink_of_a_page_of_type_is_its_darkest_half_percent() -> None:
    """A page of type (negative case): the figure is the darkest 0.5 % as always."""
    gray = _grainy_gray_page(12)
    signals, _ = measure(gray)
    darkest = int(np.percentile(gray[::2, ::2], 0.5))
    assert abs(signals.ink - darkest) <= 1


def test_measure_letter_height_of_a_page_with_much_lone_dust_is_its_type_s() -> None:
    """Three lines of type across the middle and dust making some 40 % of the letter-sized
    blobs: the median of all blobs was a speck's (9 px, the page enlarged ×3 and
    Tesseract ran out of time on a gray photocopy's last page); the blobs in words are
    measured."""
    signals, _ = measure(_dusty_short_page(0, kept=range(4, 7), specks=150))
    letters, _ = measure(np.asarray(_text_page()))
    assert abs(signals.letter_height - letters.letter_height) <= 2
    assert zoom_for(signals) == zoom_for(letters) == 1.0
