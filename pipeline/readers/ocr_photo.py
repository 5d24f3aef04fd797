"""What a photo or a copy adds around and over the page, measured before OCR.

A page photographed on a desk (or copied smaller than the copier's glass) comes
with a dark surround: the desk, the lid. Left in, it dominates the page's
signals (its darkest share of the paper's brightness, its ink), it turns to a
black band at the page's edge once the page is flattened, which Tesseract reads
as lines of garbage, and its straight edge pulls the deskew angle toward the
edge's own tilt instead of the lines' (a phone photo's perspective tilts them
apart): a page of the unseen plans read at 13.6 % CER against 0.5 % for bare
Tesseract. The surround is made paper before anything is measured.

The sensor's or the copier's grain is measured on the flattened page: only a
grainy page is smoothed (a blur trades the shape of small marks for quiet
paper: on a phone photo with little grain it turned the hook of `ể`, `ổ`, `ẩ`
into an acute, 16 slips on one page).
"""

from __future__ import annotations

from typing import Any

DESK = 0.6  # darker than this share of the paper's level, touching the image's edge: no paper
DESK_MOST = 0.6  # a surround covering more of the image than this is not one (a dark page)
GRAINY = 7.0  # spread (std, 0-255) of a flattened page's clear paper above which it is smoothed


def fill_desk(gray: Any) -> tuple[Any, int]:
    """The page with its dark surround (the desk of a photo, a copier's lid) turned to the
    paper's level; the share of the image filled, in thousandths (0: none found, ``gray``
    itself returned). The surround is what stays darker than :data:`DESK` of the paper
    once type is closed over, and reaches the image's edge: a dark picture or table
    inside the page is not touched."""
    import numpy as np

    if not _dark_edge(gray):
        return gray, 0
    mask, paper = _surround(gray)
    share = float(mask.mean())
    if share < 0.005 or share > DESK_MOST:
        return gray, 0
    filled = gray.copy()
    filled[mask] = paper[mask]
    return np.ascontiguousarray(filled), round(1000 * share)


def _dark_edge(gray: Any) -> bool:
    """Whether any side of the image is mostly darker than :data:`DESK` of its typical
    level: the cheap look (a few thousand pixels) that spares a clean scan the rest."""
    import numpy as np

    h, w = gray.shape
    level = float(np.median(gray[::16, ::16]))
    rim = max(1, min(h, w) // 100)
    sides = (gray[:rim:2, ::8], gray[-rim::2, ::8], gray[::8, :rim:2], gray[::8, -rim::2])
    return any(float(np.mean(side < DESK * level)) >= 0.5 for side in sides)


def _surround(gray: Any) -> tuple[Any, Any]:
    """The full-size mask of the dark surround, and the paper's brightness to put there:
    the nearest paper's, so a page's shadowed edge runs on into it (an even level would
    leave a step that flattening turns into a dark band along the edge)."""
    import cv2
    import numpy as np

    h, w = gray.shape
    scale = max(1, min(h, w) // 400)
    small = cv2.resize(gray, (w // scale, h // scale), interpolation=cv2.INTER_AREA)
    size = max(3, (min(small.shape) // 60) | 1)  # wider than a letter: type closed over
    closed = cv2.morphologyEx(small, cv2.MORPH_CLOSE, np.ones((size, size), np.uint8))
    light = closed >= DESK * float(np.median(closed))
    count, labels = cv2.connectedComponents((~light).astype(np.uint8))
    rim = np.concatenate([labels[0], labels[-1], labels[:, 0], labels[:, -1]])
    touching = np.zeros(count, dtype=bool)
    touching[np.unique(rim)] = True
    touching[0] = False  # the light part's label
    small_mask = cv2.dilate(touching[labels].astype(np.uint8), np.ones((9, 9), np.uint8))
    _, nearest = cv2.distanceTransformWithLabels(
        small_mask, cv2.DIST_L2, 3, labelType=cv2.DIST_LABEL_PIXEL
    )
    values = np.zeros(int(nearest.max()) + 1, dtype=np.uint8)
    values[nearest[small_mask == 0]] = closed[small_mask == 0]
    paper = cv2.resize(values[nearest], (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.resize(small_mask, (w, h), interpolation=cv2.INTER_NEAREST).astype(bool), paper


def grain(flat: Any) -> float:
    """The spread of a flattened page's clear paper (no ink within a few pixels) across
    the middle of the page: ~13 on a gray photocopy, ~3 on a phone photo, under 2 on an
    office scan. Infinite when too little clear paper is there to tell."""
    import cv2
    import numpy as np

    h, w = flat.shape
    band = flat[h // 3 : h // 3 + max(1, h // 6), w // 4 : max(w // 4 + 1, 3 * w // 4)]
    clear = cv2.erode(band, np.ones((9, 9), np.uint8)) > 150
    if clear.sum() < 1000:
        return float("inf")
    return float(np.std(band[clear].astype(np.float32)))


def is_grainy(flat: Any) -> bool:
    return grain(flat) >= GRAINY
