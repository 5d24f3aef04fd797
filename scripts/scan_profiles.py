"""Render corpus documents to page images as scans really come, in named, seeded profiles.

    python scripts/scan_profiles.py DOC.txt [DOC.txt ...] --out DIR
        [--profiles NAME ...] [--seed N] [--engine word|fpdf]

A plan's ``.txt`` is laid out as its Word original (Times New Roman 14, the
header and signature as borderless tables; LibreOffice sets it in Liberation
Serif, metric-compatible with Times) or, with ``--engine fpdf``, as the reader
tests' plain PDF (DejaVu Serif, no LibreOffice). Each page is rendered at the
profile's resolution and damaged as a copier, a phone or a fax damages it.
For every document and profile the output folder holds the scanned file
(``<profile>/<name>.pdf``, or ``.tif`` for the fax), the page images as they
would reach a bare OCR engine (``<profile>/<name>/p01.png`` …) and the ground
truth (``<name>.truth.txt``: the text PDF read by the pipeline, pages split
by form feeds). The same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import io
import itertools
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "pipeline" / "readers"
sys.path[:0] = [str(ROOT), str(FIXTURES)]

import cv2  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402


@dataclass(frozen=True)
class Profile:
    """How a page is damaged; ``skew`` alternates its sign from page to page, ±``jitter``."""

    dpi: int = 300
    colour: bool = False
    skew: float = 0.0
    jitter: float = 0.0
    blur: float = 0.0
    paper: int = 255
    ink: int = 0
    gradient: float = 1.0  # brightness at the far edge of a light falloff across the page
    noise: float = 0.0
    specks: int = 0
    jpeg: int | None = None
    stamp: bool = False  # a red seal and a blue signature over the signer block
    finish: str | None = None  # phone | fax | rot90 | rot180 (a whole-page step at the end)
    two_up: bool = False  # two pages side by side on one image


PROFILES: dict[str, Profile] = {
    "clean": Profile(),
    "office": Profile(skew=0.7, jitter=0.3, blur=0.6, noise=6, jpeg=70),
    "gray-photocopy": Profile(
        dpi=150,
        paper=232,
        ink=45,
        gradient=0.72,
        noise=16,
        specks=250,
        jpeg=40,
        skew=3.0,
        jitter=0.3,
    ),
    "phone-photo": Profile(dpi=200, colour=True, blur=0.7, noise=5, jpeg=80, finish="phone"),
    "fax": Profile(dpi=200, noise=20, finish="fax"),
    "rotated-90": Profile(dpi=200, skew=0.5, noise=5, jpeg=75, finish="rot90"),
    "rotated-180": Profile(dpi=200, skew=0.5, noise=5, jpeg=75, finish="rot180"),
    "stamped": Profile(dpi=300, colour=True, stamp=True, skew=0.8, noise=5, jpeg=70),
    "two-up": Profile(dpi=200, skew=0.4, noise=5, jpeg=75, two_up=True),
}


@dataclass
class ScanPage:
    """One page image as the scanner wrote it: encoded bytes, their kind and resolution."""

    data: bytes
    ext: str
    dpi: tuple[int, int]


# --- sources -------------------------------------------------------------------------


def source_pdfs(texts: list[Path], work: Path, engine: str = "word") -> dict[str, Path]:
    """Text PDFs of the plans: Word layout through LibreOffice, or the tests' plain PDF."""
    work.mkdir(parents=True, exist_ok=True)
    if engine == "fpdf":
        from reader_fixtures import Plan, render_pdf

        return {
            t.stem: render_pdf(Plan.parse(t.read_text(encoding="utf-8")), work / f"{t.stem}.pdf")
            for t in texts
        }
    from office_fixtures import WordPlan, render_word, soffice

    docx = [
        render_word(WordPlan.parse(t.read_text(encoding="utf-8")), work / f"{t.stem}.docx")
        for t in texts
    ]
    return {p.stem: p for p in soffice(docx, "pdf", work)}


def truth_pages(pdf: Path) -> list[str]:
    """The text of each page of a text PDF, as the pipeline reads it."""
    from pipeline.readers import read

    raw = read(pdf)
    bounds = [*(raw.page_starts or [0]), len(raw.text)]
    return [raw.text[a:b].strip() for a, b in itertools.pairwise(bounds)]


# --- damage --------------------------------------------------------------------------


def _render(pdf: Path, profile: Profile, pages: list[int] | None) -> list[Image.Image]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        indexes = pages if pages is not None else list(range(len(doc)))
        return [doc[i].render(scale=profile.dpi / 72).to_pil().convert("RGB") for i in indexes]
    finally:
        doc.close()


def _stamp(images: list[Image.Image], pdf: Path, profile: Profile, pages: list[int]) -> None:
    """A red seal (the issuing body's name around it) and a blue signature over the
    signer's name: the last line of the document that reads as a person's name."""
    from office_fixtures import SIGNER_NAME, _find, _signature
    from office_fixtures import _stamp as seal

    lines = [ln.strip() for page in truth_pages(pdf) for ln in page.splitlines() if ln.strip()]
    signer = next((ln for ln in reversed(lines) if SIGNER_NAME.match(ln)), None)
    where = _find(pdf, signer) if signer else None
    if where is None or where[0] not in pages:
        return
    image = images[pages.index(where[0])]
    scale = profile.dpi / 72
    left, top, right, bottom = (v * scale for v in where[1])
    height = bottom - top
    layer = image.convert("RGBA")
    words = " ".join(lines[0].split())[:34]
    seal(layer, ((left + right) / 2 - 2.2 * height, top - 3.2 * height), 3.4 * height, words)
    box = (left - height, top - 2.8 * height, right + height, top + 0.1 * height)
    _signature(layer, box, where[0])
    images[pages.index(where[0])] = layer.convert("RGB")


def _rotate(arr: Any, angle: float, fill: int) -> Any:
    """Rotate counter-clockwise by ``angle`` degrees, the canvas grown to keep the corners."""
    h, w = arr.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    matrix[0, 2] += nw / 2 - w / 2
    matrix[1, 2] += nh / 2 - h / 2
    value = (fill,) * (arr.shape[2] if arr.ndim == 3 else 1)
    return cv2.warpAffine(arr, matrix, (nw, nh), flags=cv2.INTER_CUBIC, borderValue=value)


def _specks(arr: Any, count: int, rng: np.random.Generator) -> None:
    h, w = arr.shape[:2]
    for _ in range(count):
        centre = (int(rng.integers(0, w)), int(rng.integers(0, h)))
        axes = (int(rng.integers(1, 4)), int(rng.integers(1, 3)))
        tone = int(rng.integers(20, 110))
        colour = (tone,) * (arr.shape[2] if arr.ndim == 3 else 1)
        cv2.ellipse(arr, centre, axes, float(rng.uniform(0, 180)), 0, 360, colour, -1)


def _phone(arr: Any, rng: np.random.Generator) -> Any:
    """A phone photo of the page on a desk: tilted (perspective), warm light falling off
    from one side, the phone's shadow along an edge."""
    h, w = arr.shape[:2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = w * rng.uniform(0.2, 0.8), h * rng.uniform(0.1, 0.5)
    light = 1.0 - 0.3 * np.hypot((xx - cx) / w, (yy - cy) / h)
    side = int(rng.integers(0, 2))
    ramp = (xx / w if side else yy / h).astype(np.float32)
    light *= 1.0 - 0.45 * np.clip((0.12 - ramp) / 0.12, 0, 1)
    cast = np.array([1.0, 0.94, 0.80], dtype=np.float32)  # tungsten light
    lit = np.clip(arr.astype(np.float32) * light[..., None] * cast, 0, 255).astype(np.uint8)
    margin = int(0.06 * w)
    canvas = (w + 2 * margin, h + 2 * margin)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    jig = rng.uniform(0.0, 0.045, size=(4, 2)) * [w, h]
    dst = np.array(
        [
            [margin + jig[0, 0], margin + jig[0, 1]],
            [margin + w - jig[1, 0], margin + jig[1, 1]],
            [margin + w - jig[2, 0], margin + h - jig[2, 1]],
            [margin + jig[3, 0], margin + h - jig[3, 1]],
        ],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(
        lit, matrix, canvas, flags=cv2.INTER_LINEAR, borderValue=(96, 84, 70)
    )


def damage(image: Image.Image, profile: Profile, index: int, rng: np.random.Generator) -> Any:
    """One rendered page damaged by ``profile`` (page ``index`` sets the skew's sign)."""
    arr = np.asarray(image if profile.colour else image.convert("L")).copy()
    if profile.skew:
        sign = 1 if index % 2 == 0 else -1
        angle = sign * (profile.skew + rng.uniform(-profile.jitter, profile.jitter))
        arr = _rotate(arr, angle, 255)
    if profile.paper != 255 or profile.ink != 0:
        arr = (profile.ink + arr.astype(np.float32) * (profile.paper - profile.ink) / 255).astype(
            np.uint8
        )
    if profile.gradient < 1:
        ramp = np.linspace(1.0, profile.gradient, arr.shape[1], dtype=np.float32)
        ramp = ramp if index % 2 == 0 else ramp[::-1]
        shape = (1, -1, 1) if arr.ndim == 3 else (1, -1)
        arr = (arr.astype(np.float32) * ramp.reshape(shape)).astype(np.uint8)
    if profile.blur:
        arr = cv2.GaussianBlur(arr, (0, 0), profile.blur)
    if profile.finish == "phone":
        arr = _phone(arr, rng)
    if profile.specks:
        _specks(arr, profile.specks, rng)
    if profile.noise:
        arr = np.clip(arr + rng.normal(0, profile.noise, arr.shape), 0, 255).astype(np.uint8)
    return arr


def _fax(arr: Any) -> Image.Image:
    """200×100 dpi, one bit a pixel: every other scan line, thresholded."""
    h, w = arr.shape[:2]
    half = cv2.resize(arr, (w, h // 2), interpolation=cv2.INTER_AREA)
    return Image.fromarray(np.where(half < 150, 0, 255).astype(np.uint8)).convert("1")


def _encode(image: Image.Image, profile: Profile) -> ScanPage:
    buf = io.BytesIO()
    dpi = (profile.dpi, profile.dpi)
    if profile.finish == "fax":
        dpi = (profile.dpi, profile.dpi // 2)
        image.save(buf, "TIFF", compression="group4", dpi=dpi)
        return ScanPage(buf.getvalue(), "tif", dpi)
    if profile.jpeg:
        image.save(buf, "JPEG", quality=profile.jpeg, dpi=dpi)
        return ScanPage(buf.getvalue(), "jpg", dpi)
    image.save(buf, "PNG", dpi=dpi)
    return ScanPage(buf.getvalue(), "png", dpi)


def _side_by_side(arrays: list[Any]) -> list[Any]:
    """Pages paired on one landscape image with a shaded gutter, as a book is copied."""
    out = []
    for k in range(0, len(arrays), 2):
        pair = arrays[k : k + 2]
        height = max(a.shape[0] for a in pair)
        padded = [cv2.copyMakeBorder(a, 0, height - a.shape[0], 0, 0, 0, value=255) for a in pair]
        gutter = np.full((height, max(8, padded[0].shape[1] // 60)), 150, dtype=np.uint8)
        out.append(np.hstack([padded[0], gutter, *padded[1:]]))
    return out


def scan(pdf: Path, name: str, seed: int = 11, pages: list[int] | None = None) -> list[ScanPage]:
    """The pages of a text PDF as scanned in profile ``name`` (deterministic for a seed)."""
    profile = PROFILES[name]
    rng = np.random.default_rng(random.Random(f"{seed}:{name}:{pdf.stem}").randrange(1 << 30))
    images = _render(pdf, profile, pages)
    indexes = pages if pages is not None else list(range(len(images)))
    if profile.stamp:
        _stamp(images, pdf, profile, indexes)
    arrays = [damage(im, profile, i, rng) for i, im in zip(indexes, images, strict=True)]
    if profile.two_up:
        arrays = _side_by_side(arrays)
    finish: dict[str | None, Callable[[Any], Image.Image]] = {
        "fax": _fax,
        "rot90": lambda a: Image.fromarray(np.rot90(a, -1)),
        "rot180": lambda a: Image.fromarray(np.rot90(a, 2)),
    }
    to_image = finish.get(profile.finish, Image.fromarray)
    return [_encode(to_image(a), profile) for a in arrays]


def write_file(pages: list[ScanPage], path: Path) -> Path:
    """The scanned document: a multi-page TIFF for a fax, else a PDF of the page images."""
    images = [Image.open(io.BytesIO(p.data)) for p in pages]
    if pages[0].ext == "tif":
        path = path.with_suffix(".tif")
        images[0].save(
            path,
            "TIFF",
            save_all=True,
            append_images=images[1:],
            compression="group4",
            dpi=pages[0].dpi,
        )
    else:
        path = path.with_suffix(".pdf")
        images[0].save(
            path, "PDF", save_all=True, append_images=images[1:], resolution=pages[0].dpi[0]
        )
    return path


def build(texts: list[Path], profiles: list[str], out: Path, seed: int, engine: str) -> None:
    """Write every document in every profile under ``out`` (see the module docstring)."""
    pdfs = source_pdfs(texts, out / "source", engine)
    for text in texts:
        pdf = pdfs[text.stem]
        truth = "\f".join(truth_pages(pdf))
        (out / f"{text.stem}.truth.txt").write_text(truth, encoding="utf-8")
        for name in profiles:
            folder = out / name / text.stem
            folder.mkdir(parents=True, exist_ok=True)
            pages = scan(pdf, name, seed)
            for k, page in enumerate(pages):
                (folder / f"p{k + 1:02d}.{page.ext}").write_bytes(page.data)
            write_file(pages, out / name / text.stem)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("texts", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--profiles", nargs="*", default=list(PROFILES), choices=list(PROFILES))
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--engine", choices=["word", "fpdf"], default="word")
    args = parser.parse_args()
    build(args.texts, args.profiles, args.out, args.seed, args.engine)


if __name__ == "__main__":
    main()
