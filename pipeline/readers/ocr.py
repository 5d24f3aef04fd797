"""OCR of scanned pages with the Tesseract CLI (Vietnamese model), pages in parallel.

Tesseract is called directly (no OCRmyPDF: it also builds a PDF/A and cost
~1.9× Tesseract's own time here), one process per page (tesseract.py). Each
page is prepared the way its measured signals call for (ocr_prep.py: a clean
scan as it is, a gray photocopy or a photo flattened, small type enlarged),
rid of its seal and signature inks (stamps.py), deskewed (projection profile)
and, when it reads badly, turned upright from Tesseract's orientation
detection; a page still read with low confidence is read a second time,
prepared the other way, and the better reading kept. The TSV output gives the
words with their boxes and confidences, so OCR text goes through the same
layout assembly as text-layer PDFs.
"""

from __future__ import annotations

import io
import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, TimeoutError, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import InputError, OcrFailure
from pipeline.readers.layout import Line, Page
from pipeline.readers.ocr_photo import fill_desk, is_grainy
from pipeline.readers.ocr_prep import (
    Signals,
    despeckle,
    enlarge,
    flatten,
    gutter,
    is_clean,
    measure,
    smooth,
    zoom_for,
)
from pipeline.readers.ocr_tables import ruled_tables
from pipeline.readers.options import ReadOptions
from pipeline.readers.stamps import remove_gray_seal, remove_inks
from pipeline.readers.tesseract import (
    orientation,
    parse_tsv,
    pnm,
    recognise,
    require_tesseract,
)

LOW_CONFIDENCE = 45.0
SECOND_PASS = 80.0  # a page read with a lower mean confidence is read again, prepared otherwise
SAUVOLA = (("thresholding_method", "2"),)  # local thresholds, even on gray


@dataclass
class OcrPage:
    page: Page
    confidence: float
    words: int
    notes: list[str]
    failed: bool = False  # OCR failed or timed out on the page: its text is missing


@dataclass
class _Reading:
    """One way of reading a page: the image Tesseract saw, what it read, how it was prepared."""

    image: Any
    page: Page
    confidences: list[float]
    way: str

    @property
    def mean(self) -> float:
        return sum(self.confidences) / len(self.confidences) if self.confidences else 0.0

    def better_than(self, other: _Reading) -> bool:
        """More confident, without having dropped a fifth of the other's words."""
        enough = len(self.confidences) >= 0.8 * len(other.confidences)
        return enough and self.mean > other.mean


def estimate_skew(image) -> float:
    """Skew angle in degrees (projection profile on a reduced, binarised copy)."""
    import cv2
    import numpy as np
    from PIL import Image

    small = image.reduce(max(1, max(image.size) // 800))  # no full-size copy first
    ink = np.asarray(small, dtype=np.uint8) < 160
    if ink.mean() < 0.002:
        return 0.0
    base = Image.fromarray((ink * 255).astype(np.uint8))

    def score(angle: float) -> float:
        rotated = np.asarray(base.rotate(angle, resample=Image.Resampling.NEAREST, expand=False))
        rows = cv2.reduce(rotated, 1, cv2.REDUCE_SUM, dtype=cv2.CV_32S)  # numpy's: 3× slower
        return float(np.sum(np.diff(rows.ravel().astype(np.float64)) ** 2))

    best = max((a * 0.75 for a in range(-7, 8)), key=score)  # -5.25° .. 5.25°
    return max((best + a / 10 for a in range(-4, 5)), key=score)


def _prepare(gray: Any, paper: Any, signals: Signals, flat: bool) -> tuple[Any, str]:
    """The page as Tesseract should see it, and how it was prepared (for the notes)."""
    import numpy as np
    from PIL import Image

    image = Image.fromarray(flatten(gray, paper, signals) if flat else gray)
    way = "flattened" if flat else "as scanned"
    image, share = remove_gray_seal(image)
    if share:
        way += f", gray seal removed ({share}‰ of the page)"
    zoom = zoom_for(signals)
    if zoom > 1.05:
        image = Image.fromarray(enlarge(np.asarray(image), zoom))
        way += f", enlarged ×{zoom:.1f}"
    if flat:
        letters = signals.letter_height * max(1.0, zoom)
        way += ", despeckled"
        cleaned = despeckle(np.asarray(image), letters)
        if is_grainy(cleaned):  # a blur costs small marks their shape: only against grain
            cleaned, way = smooth(cleaned), way + ", smoothed"
        image = Image.fromarray(cleaned)
    return image, way


def _read(image: Any, way: str, angle: float, psm: int, timeout: float) -> _Reading:
    from PIL import Image

    if abs(angle) >= 0.3:
        image = image.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    page, confidences = parse_tsv(recognise(image, psm, timeout, SAUVOLA, tsv=True), *image.size)
    return _Reading(image, page, confidences, way)


def ocr_page(image_bytes: bytes, psm: int, timeout: float, deskew: bool = True) -> OcrPage:
    """OCR one page image (any format Pillow reads); two pages side by side on it are read
    apart, the right one after the left one."""
    from PIL import Image, ImageOps

    return ocr_image(
        ImageOps.exif_transpose(Image.open(io.BytesIO(image_bytes))), psm, timeout, deskew
    )


def ocr_image(image: Any, psm: int, timeout: float, deskew: bool = True) -> OcrPage:
    """OCR one page as a Pillow image (see :func:`ocr_page`)."""
    import numpy as np

    image, notes = drop_inks(image)
    gray = np.asarray(image)
    split = gutter(gray)
    if split is None:
        return _ocr_gray(gray, psm, timeout, deskew, notes)
    notes.append(f"two pages side by side, read apart at x = {split}")
    halves = [np.ascontiguousarray(part) for part in (gray[:, :split], gray[:, split:])]
    left, right = (_ocr_gray(half, psm, timeout, deskew, []) for half in halves)
    for side, half in (("left", left), ("right", right)):
        notes += [f"{side} page: {note}" for note in half.notes]
    return _stacked(left, right, notes)


def _stacked(upper: OcrPage, lower: OcrPage, notes: list[str]) -> OcrPage:
    """Two pages read apart as one page, the lower one under the upper one."""
    shift = upper.page.height
    lines = upper.page.lines + [
        Line(ln.segments, ln.top + shift, ln.bottom + shift, ln.group) for ln in lower.page.lines
    ]
    width = max(upper.page.width, lower.page.width)
    words = upper.words + lower.words
    confidence = (upper.confidence * upper.words + lower.confidence * lower.words) / max(1, words)
    page = Page(lines, width, shift + lower.page.height)
    return OcrPage(page, round(confidence, 1), words, notes)


def _ocr_gray(gray: Any, psm: int, timeout: float, deskew: bool, notes: list[str]) -> OcrPage:
    """OCR one grayscale page: prepared from its signals, turned upright, read again
    prepared otherwise when the confidence is low, the better reading kept."""
    import numpy as np

    gray, desk = fill_desk(gray)
    if desk:
        notes.append(f"dark surround (desk, copier lid) made paper: {desk}‰ of the image")
    signals, paper = measure(gray)
    flat = not is_clean(signals)
    prepared, way = _prepare(gray, paper, signals, flat)
    angle = estimate_skew(prepared) if deskew else 0.0
    best = _read(prepared, way, angle, psm, timeout)
    if best.mean < SECOND_PASS or len(best.confidences) < 5:  # turned? (Tesseract's OSD)
        turn = orientation(pnm(best.image), timeout)
        if turn:
            notes.append(f"turned upright by {turn}°")
            gray, paper = (np.ascontiguousarray(np.rot90(a, -turn // 90)) for a in (gray, paper))
            prepared, way = _prepare(gray, paper, signals, flat)
            angle = estimate_skew(prepared) if deskew else 0.0
            best = _read(prepared, way, angle, psm, timeout)
    if abs(angle) >= 0.3:
        notes.append(f"deskewed by {angle:+.1f}°")
    first = best
    if best.mean < SECOND_PASS:
        other = _read(*_prepare(gray, paper, signals, not flat), angle, psm, timeout)
        if other.better_than(best):
            best = other
    notes.append(_reading_note(signals, first, best))
    if best.confidences and best.mean >= LOW_CONFIDENCE:
        best.page = ruled_tables(best.image, best.page, timeout)
    return OcrPage(best.page, round(best.mean, 1), len(best.confidences), notes)


def _reading_note(signals: Signals, first: _Reading, best: _Reading) -> str:
    """Which preparation the page got, from what it measured, and its confidence."""
    note = f"read {best.way} ({signals}): confidence {best.mean:.0f}"
    if best is not first:
        note += f"; {first.way} gave {first.mean:.0f}"
    elif best.mean < SECOND_PASS:
        note += "; read again prepared otherwise, no better"
    return note


def drop_inks(image: Any) -> tuple[Any, list[str]]:
    """The page in grayscale without its red seal and, in colour, the signature's blue
    ink, so the signer's lines under them are read; a note when some was found."""
    notes = []
    if image.mode not in ("L", "1", "I", "I;16", "F"):
        image, share = remove_inks(image)
        if share:
            notes.append(f"red/blue ink (seal, signature) removed: {share}‰ of the page")
    return (image if image.mode == "L" else image.convert("L")), notes


def _render_pdf_page(pdf_bytes: bytes, index: int, dpi: int) -> Any:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        page = doc[index]
        bitmap = page.render(scale=dpi / 72)  # in colour: a red seal shows
        return _gray(bitmap) if _gray_scan(page) else bitmap.to_pil()
    finally:
        doc.close()


def _gray(bitmap: Any) -> Any:
    """A gray scan's render (its three channels equal) in gray. OpenCV's weights give
    each pixel its own value, as Pillow's do (the same pixels on the seeds' 62 clean and
    office pages), ~30 ms a page sooner than Pillow's copy to RGB, then to gray."""
    import cv2
    from PIL import Image

    if bitmap.mode not in ("BGR", "RGB"):
        return bitmap.to_pil().convert("L")
    code = cv2.COLOR_BGR2GRAY if bitmap.mode == "BGR" else cv2.COLOR_RGB2GRAY
    return Image.fromarray(cv2.cvtColor(bitmap.to_numpy(), code))


GRAY = 1  # FPDF_COLORSPACE_DEVICEGRAY


def _gray_scan(page: Any) -> bool:
    """The page is nothing but one gray image (a scanner's gray page): no red seal or
    blue signature can be on it, so it is not searched for their inks (~30 ms a page).
    The page is still rendered, not taken as its image: decoded and resampled by hand,
    quang-ngai's clean JPEG scans read worse (CER 0.42-0.46 % against 0.40 %, and
    `19/CT-TTg` read `19/CT-T'Tg`, `19/CT-TTB`); tried again on 2026-12-05 (decoded
    only when at the render's size): CPU ratio 1.157 against 1.19, but office records
    0.964 (quang-ngai 0.818) and stamped binh-phuoc CER 0.90 %: the render's resampling
    smooths a JPEG scan's noise, which Tesseract reads better."""
    import pypdfium2.raw as pdfium_c

    objects = list(page.get_objects(max_depth=1))
    if len(objects) != 1 or objects[0].type != pdfium_c.FPDF_PAGEOBJ_IMAGE:
        return False
    return bool(objects[0].get_metadata().colorspace == GRAY)


def _pdf_task(pdf_bytes: bytes, index: int, dpi: int, psm: int, timeout: float) -> OcrPage:
    # the rendered image goes straight on: no encoding to bytes and decoding back
    return ocr_image(_render_pdf_page(pdf_bytes, index, dpi), psm, timeout)


def _image_task(image_bytes: bytes, psm: int, timeout: float) -> OcrPage:
    return ocr_page(image_bytes, psm, timeout)


def ocr_pages(
    path: Path,
    tasks: Sequence[tuple[Callable[..., OcrPage], tuple[Any, ...]]],
    options: ReadOptions,
) -> list[OcrPage]:
    """Run page tasks in parallel processes; one failing page is an empty page with a note."""
    require_tesseract(path)
    workers = max(1, min(options.workers, len(tasks)))
    if multiprocessing.current_process().daemon:
        workers = 1  # a daemonic worker (e.g. a Dask or Pool worker) may not start processes
    results: list[OcrPage | None] = [None] * len(tasks)
    if workers == 1:
        for i, (fn, args) in enumerate(tasks):
            results[i] = _guard(fn, args, i)
    else:
        _warm_imports()  # forked workers inherit them instead of importing once each
        with ProcessPoolExecutor(max_workers=workers) as pool:
            futures = {pool.submit(_guard, fn, args, i): i for i, (fn, args) in enumerate(tasks)}
            done, pending = wait(futures, timeout=options.doc_timeout)
            for future in pending:
                future.cancel()
            if pending:
                for proc in list(getattr(pool, "_processes", {}).values()):
                    proc.kill()
                raise InputError(
                    path,
                    f"OCR did not finish within {options.doc_timeout:.0f} s",
                    "raise THIDUA_DOC_TIMEOUT or split the file",
                )
            for future in done:
                try:
                    results[futures[future]] = future.result()
                except BrokenProcessPool as exc:  # Tesseract's library crashed in a worker
                    raise InputError(
                        path,
                        "OCR stopped: reading a page crashed its process",
                        "read the file with THIDUA_OCR_ENGINE=cli (a crash then fails that page)",
                    ) from exc
    return [r for r in results if r is not None]


def _warm_imports() -> None:
    import numpy  # noqa: F401
    import pypdfium2  # noqa: F401
    from PIL import Image, ImageOps  # noqa: F401


def _guard(fn: Callable[..., OcrPage], args: tuple[Any, ...], index: int) -> OcrPage:
    try:
        return fn(*args)
    except (OcrFailure, OSError, ValueError) as exc:
        return OcrPage(Page([], 1.0, 1.0), 0.0, 0, [f"OCR failed ({exc})"], failed=True)
    except TimeoutError as exc:  # pragma: no cover - raised by futures only
        return OcrPage(Page([], 1.0, 1.0), 0.0, 0, [f"OCR timed out ({exc})"], failed=True)
