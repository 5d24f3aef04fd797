"""Red seals and signatures removed from scanned pages before OCR (stamps.py)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from reader_fixtures import FONT_DIR

from pipeline.readers.stamps import remove_gray_seal, remove_inks


def _page(seal: bool, signature: bool = False) -> Image.Image:
    """An A4 page at 300 dpi with a signature block (black type) in its lower right part,
    optionally a red seal (4.2 cm across) over it."""
    image = Image.new("RGB", (2480, 3508), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif-Bold.ttf"), 54)
    x, y = 1104, 2496  # on the 48 px tile grid, as the strip it replaces was
    for k, text in enumerate(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Trần Minh Khoa"]):
        draw.text((x + 300, y + 120 + 170 * k), text, font=font, fill="black")
    if seal:
        draw.ellipse((x + 150, y + 60, x + 650, y + 560), outline=(205, 32, 38), width=16)
        draw.ellipse((x + 260, y + 170, x + 540, y + 450), outline=(205, 32, 38), width=8)
    if signature:
        line = [(250, 420), (500, 330), (700, 430), (900, 350)]
        draw.line([(x + a, y + b) for a, b in line], fill=(20, 30, 150), width=9)
    return image


def _ink(image: Image.Image) -> int:
    return int((np.asarray(image.convert("L")) < 128).sum())


@pytest.mark.parametrize(("seal", "signature"), [(True, False), (True, True)])
def test_remove_inks_leaves_only_black_type(seal: bool, signature: bool) -> None:
    clean, share = remove_inks(_page(seal, signature))
    assert share > 0
    # the ring drawn over type takes a few of its pixels with it
    assert abs(_ink(clean) - _ink(_page(False))) < 0.08 * _ink(_page(False))


def test_remove_inks_gray_page_untouched() -> None:
    page = _page(False).convert("L").convert("RGB")
    clean, share = remove_inks(page)
    assert share == 0 and _ink(clean) == _ink(page)


def test_remove_gray_seal_keeps_black_type() -> None:
    gray = _page(True).convert("L")  # the seal's red scans to mid-gray
    clean, share = remove_gray_seal(gray)
    assert share > 0
    seal_gray = (np.asarray(clean) >= 75) & (np.asarray(clean) <= 190)
    assert seal_gray.sum() < 0.2 * ((np.asarray(gray) >= 75) & (np.asarray(gray) <= 190)).sum()
    assert _ink(clean) > 0.9 * _ink(_page(False))


def test_remove_gray_seal_plain_page_untouched() -> None:
    gray = _page(False).convert("L")
    clean, share = remove_gray_seal(gray)
    assert share == 0 and np.array_equal(np.asarray(clean), np.asarray(gray))


@pytest.mark.parametrize(("paper", "gradient"), [(200, 1.0), (232, 0.72), (170, 0.9)])
def test_remove_gray_seal_gray_page_is_not_a_seal(paper: int, gradient: float) -> None:
    """A photocopy's gray paper (even or lit unevenly, noisy) is page-wide: no seal there."""
    type_only = np.asarray(_page(False).convert("L"), dtype=np.float32)
    ramp = np.linspace(1.0, gradient, type_only.shape[1], dtype=np.float32)
    noise = np.random.default_rng(7).normal(0, 16, type_only.shape)
    page = (45 + type_only * (paper - 45) / 255) * ramp + noise
    gray = Image.fromarray(np.clip(page, 0, 255).astype(np.uint8))
    clean, share = remove_gray_seal(gray)
    assert share == 0 and np.array_equal(np.asarray(clean), np.asarray(gray))
