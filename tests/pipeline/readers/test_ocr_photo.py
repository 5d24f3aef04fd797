"""What a photo or a copy adds around and over a page (ocr_photo.py): the desk, the grain."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from reader_fixtures import FONT_DIR

from pipeline.readers.ocr_photo import fill_desk, grain, is_grainy

LINES = ["Ủy ban nhân dân tỉnh phát động phong trào", "thi đua đặc biệt; tập thể, cá nhân."]


def _page(width: int = 1240, height: int = 1754) -> np.ndarray:
    """A 150 dpi page of type (DejaVu Serif) on paper of level 210."""
    image = Image.new("L", (width, height), 210)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(FONT_DIR / "DejaVuSerif.ttf"), 30)
    for k in range(20):
        draw.text((140, 160 + 64 * k), LINES[k % 2], font=font, fill=25)
    return np.asarray(image).copy()


def _on_desk(page: np.ndarray, shadow: bool = True) -> np.ndarray:
    """The page photographed on a desk (level 85), a margin of desk all round, the
    page's left edge in shadow (paper down to 140)."""
    h, w = page.shape
    photo = np.full((h + 300, w + 240), 85, dtype=np.uint8)
    if shadow:
        page = page.astype(np.float32)
        page[:, :120] *= np.linspace(140 / 210, 1, 120)[None, :]
        page = page.astype(np.uint8)
    photo[150 : 150 + h, 120 : 120 + w] = page
    return photo


def test_fill_desk_turns_the_surround_to_paper_and_keeps_the_type() -> None:
    page = _page()
    photo = _on_desk(page)
    filled, share = fill_desk(photo)
    assert 200 < share < 350
    assert filled[:100].min() >= 0.6 * 210 and filled[:, :80].min() >= 0.6 * 140
    inside = filled[150 : 150 + page.shape[0], 120 + 200 : 120 + page.shape[1] - 200]
    assert np.array_equal(inside, page[:, 200:-200])  # the type untouched
    # the shadowed edge runs on into the desk: no step a flattening would turn dark
    assert abs(int(filled[800, 100]) - int(filled[800, 125])) < 30


def test_fill_desk_leaves_a_page_without_a_surround_alone() -> None:
    page = _page()
    page[700:1000, 300:900] = 40  # a dark picture inside the page: not a desk
    filled, share = fill_desk(page)
    assert share == 0 and filled is page
    office = np.full((3508, 2480), 250, dtype=np.uint8)  # a clean scan: nothing looked at
    office[400:3000:90, 300:2100] = 0
    assert fill_desk(office) == (office, 0)


@pytest.mark.parametrize(("sigma", "grainy"), [(16, True), (10, True), (3, False), (0, False)])
def test_grain_tells_a_copier_s_grain_from_a_phone_s(sigma: float, grainy: bool) -> None:
    rng = np.random.default_rng(5)
    flat = np.full((1754, 1240), 245.0) + rng.normal(0, sigma, (1754, 1240))
    flat[600:1200:60, 200:1000] = 0  # lines of type across the measured band
    flat = np.clip(flat, 0, 255).astype(np.uint8)
    assert is_grainy(flat) is grainy
    assert grain(np.zeros((400, 300), dtype=np.uint8)) == float("inf")  # no clear paper
