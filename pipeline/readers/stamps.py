"""Red seals on scanned pages: removed before OCR, so the signer's lines under them read.

The round red seal (con dấu) sits over the signer's title and often the name.
Tesseract treats it as a picture and drops the text it covers. In a colour
scan the seal is the only red ink and the signature the only blue: pixels of
either become paper. In a
grayscale scan it is a mid-gray ring around black type: in tiles where
mid-gray ink outweighs black ink several times (the seal's area; type is black
with a thin gray edge), the mid-gray becomes paper and the black type stays.
"""

from __future__ import annotations

from typing import Any

RED_MARGIN = 60  # red above both green and blue by this much: seal ink, not type
RESIDUE = 3  # px around the removed ink where what is left may be its outline
RESIDUE_INK = 200  # darker than this: left ink
TILE = 48  # pixels (at 200-300 dpi, a few letters)
GRAY = (75, 190)  # the seal's tones in a grayscale scan; type is darker
SEAL_SHARE = 0.06  # of a tile's pixels in the seal's tones
SEAL_RATIO = 3.0  # mid-gray pixels per black pixel in a seal tile (type: ~1)
GROW = 2  # tiles around a seal tile cleaned too (measured: 1 left the ring across "CHỦ")
SEAL_WIDTH = 0.35  # a seal (~4 cm) spans at most this share of the page's width or height
SEAL_PAGE_SHARE = 0.08  # and covers at most this share of the page: more is a gray page


def _coloured(rgb: Any) -> Any:
    import numpy as np

    r, g, b = (rgb[..., k].astype(np.int16) for k in range(3))
    return (r - np.maximum(g, b) > RED_MARGIN) | (b - np.maximum(r, g) > RED_MARGIN)


def remove_inks(image: Any) -> tuple[Any, int]:
    """A grayscale copy of a colour page with red (seal) and blue (pen) ink turned to
    paper; the share of the page removed, in thousandths. The ink is looked for on
    every fourth pixel first, then removed inside the box around what was found."""
    import numpy as np
    from PIL import Image

    rgb = np.asarray(image if image.mode == "RGB" else image.convert("RGB"))
    found = _coloured(rgb[::4, ::4])
    if found.sum() < 20:  # no seal (JPEG colour noise leaves a few stray pixels)
        return image.convert("L"), 0
    gray = np.asarray(image.convert("L"), dtype=np.uint8).copy()
    rows, cols = np.nonzero(found)
    top, left = max(0, 4 * rows.min() - 8), max(0, 4 * cols.min() - 8)
    bottom, right = 4 * rows.max() + 12, 4 * cols.max() + 12
    inside = _coloured(rgb[top:bottom, left:right])
    area = gray[top:bottom, left:right]
    area[inside] = 255
    area[_outline(area, inside)] = 255
    return Image.fromarray(gray), int(1000 * inside.sum() / gray.size)


def _outline(area: Any, inks: Any) -> Any:
    """What the removed ink leaves behind: its blurred, JPEG-shifted edge, too faintly
    tinted to count as red or blue, stays a thin line around the seal's ring and letters
    and along the pen's stroke, which Tesseract reads as marks ('Bo Nơi nhận:', '#TM.',
    'Xx F='). Its blobs lie within :data:`RESIDUE` px of the removed ink and are nowhere
    3 px thick; a letter under the seal or the pen reaches beyond that band or has a
    stroke's body (the stem of an `i` left alone on the seal's star is kept)."""
    import cv2
    import numpy as np

    band = 2 * RESIDUE + 1
    near = cv2.dilate(inks.astype(np.uint8), np.ones((band, band), np.uint8)).astype(bool)
    dark = (area < RESIDUE_INK).astype(np.uint8)
    count, labels = cv2.connectedComponents(dark, connectivity=8)
    body = cv2.erode(dark, np.ones((3, 3), np.uint8)).astype(bool)
    keep = np.zeros(count, dtype=bool)
    keep[np.unique(labels[(dark.astype(bool) & ~near) | body])] = True
    keep[0] = True  # the paper
    return ~keep[labels]


def _seal_tiles(gray: Any, tile: int) -> Any:
    """Boolean grid of the tiles where the seal's mid-gray outweighs black type."""
    import cv2
    import numpy as np

    h, w = gray.shape
    rows, cols = h // tile, w // tile
    if not rows or not cols:  # an image smaller than a tile: no seal on it
        return np.zeros((rows, cols), dtype=bool)
    area = np.ascontiguousarray(gray[: rows * tile, : cols * tile])
    mid = _tile_counts(cv2.inRange(area, GRAY[0], GRAY[1]), rows, cols, tile)
    dark = _tile_counts(
        cv2.threshold(area, GRAY[0] - 1, 255, cv2.THRESH_BINARY_INV)[1], rows, cols, tile
    )
    seal = (mid >= SEAL_SHARE * tile * tile) & (mid >= SEAL_RATIO * np.maximum(dark, 1))
    seal = _round_clusters(seal)
    for _ in range(GROW):  # a seal is a ring: grow the tiles so its parts beside type go
        grown = seal.copy()
        grown[1:] |= seal[:-1]
        grown[:-1] |= seal[1:]
        grown[:, 1:] |= seal[:, :-1]
        grown[:, :-1] |= seal[:, 1:]
        seal = grown
    return seal


def _tile_counts(mask: Any, rows: int, cols: int, tile: int) -> Any:
    """How many pixels of each tile a 0/255 mask holds: OpenCV's area mean over the tiles
    (a numpy sum over a tiled view of the page cost ~4× more)."""
    import cv2
    import numpy as np

    means = cv2.resize(mask.astype(np.float32), (cols, rows), interpolation=cv2.INTER_AREA)
    return np.rint(means * (tile * tile / 255)).astype(np.int64)


def _round_clusters(tiles: Any) -> Any:
    """Only the clusters of seal tiles shaped like a seal: at least 3 tiles across both
    ways, not elongated (a table's thin gray rules make rows or columns of tiles) and
    bounded (a gray background or a shaded band is not a seal)."""
    import numpy as np

    keep = np.zeros_like(tiles)
    seen = np.zeros_like(tiles)
    rows, cols = tiles.shape
    for r0, c0 in zip(*np.nonzero(tiles), strict=True):
        if seen[r0, c0]:
            continue
        cluster, stack = [], [(r0, c0)]
        seen[r0, c0] = True
        while stack:
            r, c = stack.pop()
            cluster.append((r, c))
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (1, -1), (-1, 1), (-1, -1)):
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols and tiles[nr, nc] and not seen[nr, nc]:
                    seen[nr, nc] = True
                    stack.append((nr, nc))
        height = max(r for r, _ in cluster) - min(r for r, _ in cluster) + 1
        width = max(c for _, c in cluster) - min(c for _, c in cluster) + 1
        bounded = height <= SEAL_WIDTH * rows and width <= SEAL_WIDTH * cols
        if bounded and min(height, width) >= 3 and max(height, width) <= 2 * min(height, width):
            for r, c in cluster:
                keep[r, c] = True
    return keep


def remove_gray_seal(image: Any) -> tuple[Any, int]:
    """A grayscale page with the mid-gray of seal-like tiles turned to paper; the share
    of the page touched, in thousandths. Found on every other pixel (cheap; a
    reduced copy would average type into gray)."""
    import numpy as np
    from PIL import Image

    full = np.asarray(image if image.mode == "L" else image.convert("L"), dtype=np.uint8)
    seal = _seal_tiles(full[::2, ::2], TILE // 2)
    if not seal.any() or seal.mean() > SEAL_PAGE_SHARE:
        return image, 0
    gray = full.copy()
    mask = np.repeat(np.repeat(seal, TILE, axis=0), TILE, axis=1)
    area = gray[: mask.shape[0], : mask.shape[1]]
    area[mask & (area >= GRAY[0])] = 255
    return Image.fromarray(gray), int(1000 * seal.mean())
