"""How a scanned page is prepared for Tesseract, chosen from what the page measures.

A clean scan (white, even paper, dark type) goes to Tesseract as it is: its own
Sauvola thresholding reads it best and any work here is time lost. A gray
photocopy, a phone photo or a page lit unevenly is *flattened* first: the
paper's brightness, estimated by a wide maximum filter over a reduced copy, is
divided out, so the paper is white everywhere and the type dark, whatever the
copier's toner or the lamp did. Type too small for Tesseract (a 150 dpi scan
of 13-14 pt text: letters ~13 px high) is enlarged first. The signals are
cheap (a reduced copy and percentiles) so a clean page pays nothing for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PAPER_WHITE = 225  # paper at least this bright ...
EVEN_LIGHT = 0.9  # ... and at least this share of its brightness everywhere: a clean scan
SMALL_TYPE = 17.0  # median letter height (px) under which the page is enlarged
TARGET_TYPE = 30.0  # letter height aimed at when enlarging (Tesseract reads 25-40 px best)
MAX_ZOOM = 3.0
IN_WORDS = 2 / 3  # share of letter-sized blobs in words above which all are measured


@dataclass(frozen=True)
class Signals:
    """What a page measures: paper and ink levels (0-255), the darkest share of the paper's
    brightness across the page (1 = evenly lit), and the median letter height in px."""

    paper: int
    ink: int
    evenness: float
    letter_height: float

    def __str__(self) -> str:
        return (
            f"paper {self.paper}, ink {self.ink}, light {self.evenness:.2f},"
            f" letters {self.letter_height:.0f} px"
        )


def background(gray: Any) -> Any:
    """The paper's brightness on a reduced copy of the page: type removed by a maximum
    filter wider than a letter, then smoothed (:func:`paper_at` brings it to full size)."""
    import cv2

    h, w = gray.shape
    scale = max(1, min(h, w) // 400)
    small = cv2.resize(gray, (w // scale, h // scale), interpolation=cv2.INTER_AREA)
    size = max(3, (min(small.shape) // 40) | 1)
    paper = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (size, size)))
    return cv2.blur(paper, (2 * size + 1, 2 * size + 1))


def paper_at(paper: Any, shape: tuple[int, ...]) -> Any:
    """The reduced paper brightness at every pixel of a page of ``shape``: computed only
    for a page that is flattened (a clean page never needs it)."""
    import cv2

    return cv2.resize(paper, (shape[1], shape[0]), interpolation=cv2.INTER_LINEAR)


def letter_height(gray: Any, paper: Any, rough: bool = False) -> float:
    """Median height of the letter-sized blobs of ink in a band across the middle of the
    page (0 when there is no type): ink is darker than 60 % of the paper around it.
    ``rough`` (a clean page, where the figure only decides whether to enlarge): measured
    on the band at half size first (a quarter of the cost), and that figure kept when it
    is well above :data:`SMALL_TYPE`; exactly otherwise."""
    import cv2

    h = gray.shape[0]
    band = gray[h // 5 : h // 5 + max(1, h * 2 // 5)]
    small = paper[paper.shape[0] // 5 : paper.shape[0] // 5 + max(1, paper.shape[0] * 2 // 5)]
    if rough and min(band.shape) >= 400:
        half = cv2.resize(
            band, (band.shape[1] // 2, band.shape[0] // 2), interpolation=cv2.INTER_AREA
        )
        found = 2 * _median_letter(half, small, 3)
        if found >= SMALL_TYPE + 4:
            return found
    found = _median_letter(band, small, 5)
    if found < 0:  # the band is mostly dust (a short last page): the whole page instead
        found = max(0.0, _median_letter(gray, paper, 5))
    return found


def _median_letter(band: Any, small: Any, least: int) -> float:
    """The median height of the band's letters; 0 without enough of them, -1 when most
    blobs of a letter's size stand alone (a copier's dust on a page with little type:
    its median would be a speck's, and the page enlarged ×3). On a page where more than
    a third of them stand alone only those in words are measured: a gray photocopy's
    last page with 49 % of lone dust measured 10 px (its type 27 px), was enlarged ×3
    and Tesseract ran out of time on it; pages of type have 70-93 % in words."""
    import cv2
    import numpy as np

    limit = cv2.convertScaleAbs(paper_at(small, band.shape), alpha=INK_SHARE)
    ink = cv2.compare(band, limit, cv2.CMP_LT)
    _, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights = stats[1:, cv2.CC_STAT_HEIGHT]
    widths = stats[1:, cv2.CC_STAT_WIDTH]
    boxes = stats[1:][(heights >= least) & (heights <= 24 * least) & (widths <= 2 * heights)]
    if len(boxes) < 30:
        return 0.0
    in_words = _in_words(boxes)
    if in_words.mean() >= IN_WORDS:
        return float(np.median(boxes[:, cv2.CC_STAT_HEIGHT]))  # a page of type, as always
    if in_words.sum() < 15:
        return -1.0
    return float(np.median(boxes[in_words, cv2.CC_STAT_HEIGHT]))


def _in_words(boxes: Any) -> Any:
    """Which blobs (x, y, w, h rows) have another beside them on their line: overlapping
    it in height, within one and a half heights across (a letter in a word; dust alone).
    A band of more than 3000 blobs is type: all counted in words."""
    import numpy as np

    if len(boxes) > 3000:
        return np.ones(len(boxes), dtype=bool)
    x, y, w, h = (boxes[:, k].astype(np.int64) for k in range(4))
    gap = np.maximum(x[None, :] - (x + w)[:, None], x[:, None] - (x + w)[None, :])
    level = (y[None, :] < (y + h)[:, None]) & (y[:, None] < (y + h)[None, :])
    beside = level & (gap <= 1.5 * h[:, None])
    np.fill_diagonal(beside, False)
    return beside.any(axis=1)


def _percentile(values: Any, share: float) -> int:
    """A percentile of uint8 values from their histogram (no sort of a whole page)."""
    import cv2
    import numpy as np

    counts = np.cumsum(cv2.calcHist([values], [0], None, [256], [0, 256]).ravel())
    return int(np.searchsorted(counts, share / 100 * counts[-1]))


def measure(gray: Any) -> tuple[Signals, Any]:
    """The page's signals, and its paper's brightness on a reduced copy (to flatten it)."""
    import numpy as np

    paper = background(gray)
    level = _percentile(paper, 50)
    evenness = _percentile(paper, 2) / max(1, _percentile(paper, 98))
    ink = _percentile(np.ascontiguousarray(gray[::2, ::2]), 0.5)  # every 4th pixel will do
    clean = Signals(level, ink, evenness, 0.0)
    if not is_clean(clean):
        ink = _sparse_ink(gray, paper, ink)
        clean = Signals(level, ink, evenness, 0.0)
    signals = Signals(level, ink, evenness, letter_height(gray, paper, rough=is_clean(clean)))
    return signals, paper


INK_SHARE = 0.6  # ink is darker than this share of the paper around it
SPARSE = 0.006  # share of a page in ink under which its darkest 0.5 % is no longer the type's


def _sparse_ink(gray: Any, paper: Any, darkest: int) -> int:
    """The type's ink level on a page to be flattened: ``darkest`` (the page's darkest
    0.5 %, a tenth of the ink on a page of type) unless ink covers less than
    :data:`SPARSE` of the page — a last page with a few lines, a signature and the
    recipients — where that percentile is the ink's lightest edge or the paper's grain
    (ink 119-150 of paper 210 on gray photocopies: flattened, the page was stretched
    ×3.5 into noise, confidence 46-68 against 72-86 as scanned); there the darkest tenth
    of the pixels that are ink. At 1 % a seed's last page (0.76 %, ink 106) read its
    archive `VT,NC.„` for `VT, NC.` (record 0.992 -> 0.947): pages with 0.6-1 % of ink
    keep the percentile."""
    import cv2
    import numpy as np

    limit = cv2.convertScaleAbs(paper_at(paper, gray.shape), alpha=INK_SHARE)
    ink = cv2.compare(gray, limit, cv2.CMP_LT)
    count = cv2.countNonZero(ink)
    if count >= SPARSE * ink.size or count < 100:
        return darkest
    return int(np.percentile(gray[ink.astype(bool)], 10))


def is_clean(signals: Signals) -> bool:
    return signals.paper >= PAPER_WHITE and signals.evenness >= EVEN_LIGHT


def flatten(gray: Any, paper: Any, signals: Signals) -> Any:
    """The page divided by its paper's brightness (``paper``: from :func:`measure`): white
    paper, type stretched to black."""
    import cv2

    ratio = cv2.divide(gray, paper_at(paper, gray.shape), scale=255)
    dark = min(200, 255 * signals.ink // max(1, signals.paper))
    gain = 255 / (255 - dark)
    return cv2.convertScaleAbs(ratio, alpha=gain, beta=-dark * gain)


def smooth(gray: Any) -> Any:
    """The grain of a copier or a phone's sensor smoothed (a Gaussian of 0.9 px), after
    any enlarging and despeckling. Measured on gray photocopies (9 pages): CER 1.22 %
    with a 3×3 median, 1.09 % with this blur; the median squares off the small hooks
    and dots of the tone marks (ể read ế, ổ read ố), a blur keeps their shape."""
    import cv2

    return cv2.GaussianBlur(gray, (0, 0), 0.9)


def zoom_for(signals: Signals) -> float:
    """How much to enlarge a page whose letters are too small for Tesseract (1 = not)."""
    if 0 < signals.letter_height < SMALL_TYPE:
        return min(MAX_ZOOM, TARGET_TYPE / signals.letter_height)
    return 1.0


def enlarge(gray: Any, zoom: float) -> Any:
    import cv2

    h, w = gray.shape
    return cv2.resize(gray, (round(w * zoom), round(h * zoom)), interpolation=cv2.INTER_CUBIC)


GUTTER = 0.05  # blank band, as a share of the width, between two pages copied side by side


def gutter(gray: Any) -> int | None:
    """The x of the blank band between two pages side by side on one landscape image (a
    book or a stapled plan copied open), or None. A column of type crosses from ink to
    paper again and again; the band between two pages (margins, a shaded fold) hardly
    does, across the middle third of the image and wider than a gap between lines."""
    import cv2
    import numpy as np

    h, w = gray.shape
    if w < 1.15 * h:
        return None
    scale = max(1, w // 1000)
    small = cv2.resize(gray, (w // scale, h // scale), interpolation=cv2.INTER_AREA)
    ink = cv2.adaptiveThreshold(
        small, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 15, 20
    ).astype(np.int16)
    crossings = np.abs(np.diff(ink, axis=0)).sum(axis=0)
    third = small.shape[1] // 3
    busy = max(1.0, float(np.median(crossings[crossings > 0])) if crossings.any() else 1.0)
    quiet = crossings[third : 2 * third] <= 0.05 * busy
    runs = np.flatnonzero(np.diff(np.concatenate(([0], quiet.astype(np.int8), [0]))))
    starts, ends = runs[::2], runs[1::2]
    if not len(starts):
        return None
    k = int(np.argmax(ends - starts))
    if ends[k] - starts[k] < GUTTER * small.shape[1]:
        return None
    return (third + (starts[k] + ends[k]) // 2) * scale


def despeckle(gray: Any, letters: float) -> Any:
    """Dust and toner specks turned to paper: blobs of ink smaller than a letter's body and
    off every line of type (a tone mark or a dot sits within a third of a letter's
    height above or below its letter, a dash or a full stop within a letter and a
    half beside one; a speck in a margin or between lines is further), which
    Tesseract would read as stray punctuation. A speck as tall as a small letter
    (a copier's dust at 150 dpi) counts as type only with a neighbour: a letter
    stands in a word, a lone blob no bigger than a letter's body does not."""
    import cv2
    import numpy as np

    if letters <= 0:
        return gray
    ink = ((gray < 128) * 255).astype(np.uint8)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    reach = (2 * int(1.5 * letters) + 1, 2 * max(2, int(letters / 3)) + 1)  # across, down
    big = stats[:, cv2.CC_STAT_HEIGHT] >= 0.45 * letters
    big[0] = False
    big &= ~_lone_blobs(labels, stats, big, letters, reach)
    near = cv2.dilate(big[labels].astype(np.uint8), np.ones(reach[::-1], np.uint8))
    touching = np.zeros(count, dtype=bool)
    touching[np.unique(labels[near.astype(bool)])] = True
    specks = ~big & ~touching
    specks[0] = False
    out = gray.copy()
    out[specks[labels]] = 255
    return out


def _lone_blobs(labels: Any, stats: Any, big: Any, letters: float, reach: tuple[int, int]) -> Any:
    """The letter-sized blobs no wider or taller than 0.8 of a letter with no other
    letter-sized blob within ``reach`` (across, down) of their box."""
    import cv2
    import numpy as np

    small = big & (stats[:, cv2.CC_STAT_HEIGHT] < 0.8 * letters)
    small &= stats[:, cv2.CC_STAT_WIDTH] < 0.8 * letters
    lone = np.zeros(len(stats), dtype=bool)
    rows, cols = labels.shape
    for k in np.flatnonzero(small):
        x, y, w, h = (int(v) for v in stats[k, :4])
        window = labels[
            max(0, y - reach[1] // 2) : min(rows, y + h + reach[1] // 2),
            max(0, x - reach[0] // 2) : min(cols, x + w + reach[0] // 2),
        ]
        ids = np.unique(window)
        lone[k] = not np.any(big[ids] & (ids != k))
    return lone
