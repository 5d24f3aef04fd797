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


def test_remove_inks_takes_the_ink_s_faint_outline_keeps_type_under_the_seal() -> None:
    """A scan leaves the seal's ring and the pen's stroke a thin edge too faintly tinted to
    count as red or blue (dark navy beside the pen, dull red beside the ring; JPEG breaks
    it into pieces): once the ink is gone it is a thin line Tesseract reads as marks. It
    goes; the black type the seal covers stays, and so does a thin black rule running
    beyond the ink."""
    image = _page(seal=True, signature=True)
    draw = ImageDraw.Draw(image)
    x, y = 1104, 2496
    draw.arc((x + 148, y + 58, x + 652, y + 562), 235, 305, fill=(120, 70, 70), width=2)
    line = [(250, 426), (500, 336), (700, 436), (900, 356)]
    draw.line([(x + a, y + b) for a, b in line], fill=(26, 29, 70), width=2)
    draw.line([(x + 100, y + 300), (x + 1100, y + 300)], fill="black", width=2)  # a rule
    gray = np.asarray(remove_inks(image)[0])
    assert gray[y + 56 : y + 62, x + 390 : x + 410].min() == 255  # the ring's outline
    assert (gray[y + 420 : y + 440, x + 300 : x + 340] < 200).sum() == 0  # the pen's
    assert gray[y + 300, x + 1000] < 128  # the rule beyond the seal stays
    type_ink = _ink(_page(False))
    assert abs(_ink(Image.fromarray(gray)) - type_ink) < 0.08 * type_ink
