"""Scanned PDFs and images: OCR every page, then the shared layout assembly."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.errors import InputError
from pipeline.readers.base import RawText
from pipeline.readers.layout import Line, Page, Segment, assemble
from pipeline.readers.limits import announce_ocr_pages
from pipeline.readers.ocr import OcrPage, _image_task, _pdf_task, ocr_pages
from pipeline.readers.ocr_repair import repair_ocr
from pipeline.readers.options import ReadOptions


def _too_long(path: Path, pages: int, options: ReadOptions) -> None:
    if pages > options.max_pages:
        raise InputError(
            path,
            f"{pages} pages, over the limit of {options.max_pages}",
            "split the file, or raise THIDUA_MAX_PAGES if it really is one plan",
        )


def _raw(path: Path, results: list[OcrPage], fmt: str, notes: list[str]) -> RawText:
    assembled = assemble([r.page for r in results])
    starts = assembled.page_starts or [0]
    # repairs change lengths inside a page: made page by page, the page starts follow them
    text, page_starts, repairs = repair_pages(assembled.text, starts, list(range(len(starts))))
    if sum(r.words for r in results) == 0 or len(text.strip()) < 20:
        raise InputError(
            path,
            "OCR found no text on the page(s)",
            "check the scan (blank, photo or very low resolution?) and rescan at 300 dpi",
        )
    for i, r in enumerate(results):
        notes += [f"page {i + 1}: {note}" for note in r.notes]
    return RawText(
        text=text,
        format=fmt,
        encoding=None,
        page_starts=page_starts if assembled.page_starts else [],
        ocr=True,
        page_confidence=[r.confidence for r in results],
        warnings=low_confidence(results, list(range(len(results)))),
        notes=[*notes, *repairs],
    )


LOW_CONFIDENCE = 60  # mean confidence of a page under which its values are to be checked


def low_confidence(results: list[OcrPage], indexes: list[int]) -> list[str]:
    """The warnings for pages whose OCR failed (text missing) or read with a low mean
    confidence (a value may be misread); the other notes of OCR are information."""
    pairs = list(zip(indexes, results, strict=True))
    failed = [i + 1 for i, r in pairs if r.failed]
    low = [i + 1 for i, r in pairs if r.words and r.confidence < LOW_CONFIDENCE]
    warnings = [f"OCR failed on page(s) {failed}"] if failed else []
    if low:
        warnings.append(f"low OCR confidence on page(s) {low}")
    return warnings


def read_scanned_pdf(
    path: Path, data: bytes, pages: int, options: ReadOptions, reason: str
) -> RawText:
    """OCR a PDF whose text layer is missing or unusable."""
    _too_long(path, pages, options)
    task: Callable[..., OcrPage] = _pdf_task
    tasks = [
        (task, (data, i, options.dpi, options.psm, options.page_timeout)) for i in range(pages)
    ]
    results = ocr_pages(path, tasks, options)
    return _raw(path, results, "pdf-scanned", [f"{reason}: read by OCR"])


MAX_IMAGE_PIXELS = 120_000_000  # a page scanned at 600 dpi is ~35 megapixels


def open_image(path: Path, data: bytes) -> Any:
    """Open (not decode) an image; over ``MAX_IMAGE_PIXELS`` is an error, not Pillow's
    warning, and the reasons name the image, not a ``BytesIO`` object."""
    import warnings

    from PIL import Image, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data))
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        reason = f"the image is too large to decode (over {MAX_IMAGE_PIXELS // 10**6} megapixels)"
        raise InputError(path, reason, "scan the page again at 300 dpi") from exc
    except UnidentifiedImageError as exc:
        reason = "the image format is not recognised, or the file is damaged"
        raise InputError(path, reason, "export the scan again as PNG or JPEG") from exc
    except OSError as exc:
        raise _undecodable(path, exc) from exc


def _undecodable(path: Path, exc: Exception) -> InputError:
    detail = re.sub(r"<_io\.BytesIO object at 0x[0-9a-f]+>", "the image", str(exc))
    return InputError(path, f"the image cannot be decoded ({detail})", "export the scan again")


def frame_count(path: Path, image: Any) -> int:
    """How many pages (frames) an opened image holds, read from its directory."""
    from PIL import Image

    try:
        return int(getattr(image, "n_frames", 1))
    except (OSError, ValueError, EOFError, Image.DecompressionBombError) as exc:
        raise _undecodable(path, exc) from exc


def image_frames(path: Path, data: bytes, image: Any = None) -> list[bytes]:
    """Every frame of an image file (multi-page TIFF) as PNM bytes; a frame over
    ``MAX_IMAGE_PIXELS`` is refused before it is decoded, as the first one is."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    image = image if image is not None else open_image(path, data)
    try:
        frames: list[bytes] = []
        for frame in ImageSequence.Iterator(image):
            if frame.width * frame.height > MAX_IMAGE_PIXELS:
                raise Image.DecompressionBombError(f"frame {len(frames) + 1}")
            buf = io.BytesIO()
            colour = frame.mode in ("RGB", "RGBA", "P", "CMYK", "YCbCr", "LA", "PA")
            square_pixels(frame.convert("RGB" if colour else "L")).save(buf, "PPM")  # colour: seal
            frames.append(buf.getvalue())
    except Image.DecompressionBombError as exc:
        reason = f"page {len(frames) + 1} of the image is too large to decode (over "
        reason += f"{MAX_IMAGE_PIXELS // 10**6} megapixels)"
        raise InputError(path, reason, "scan the page again at 300 dpi") from exc
    except (UnidentifiedImageError, OSError, ValueError, EOFError) as exc:
        raise _undecodable(path, exc) from exc
    return frames


def square_pixels(frame: Any) -> Any:
    """A frame scanned at different resolutions across and down (a fax: 204×98 dpi) with
    its lines repeated to square pixels, so the letters have their shape."""
    from PIL import Image

    across, down = (float(v) for v in (frame.info.get("dpi") or (0, 0)))
    if across <= 0 or down <= 0 or not 1.2 < across / down < 4:
        return frame
    size = (frame.width, round(frame.height * across / down))
    return frame.resize(size, Image.Resampling.BICUBIC)


def read_image(path: Path, data: bytes, options: ReadOptions) -> RawText:
    """OCR an image file (PNG, JPEG, TIFF with one or more pages): its pages are counted
    and checked against the page cap before any is decoded, then announced to the
    worker's clock (each page gets its OCR time, as a scanned PDF's do)."""
    image = open_image(path, data)
    _too_long(path, frame_count(path, image), options)
    frames = image_frames(path, data, image)
    announce_ocr_pages(len(frames))
    task: Callable[..., OcrPage] = _image_task
    results = ocr_pages(
        path, [(task, (f, options.psm, options.page_timeout)) for f in frames], options
    )
    return _raw(path, results, "image", [])


def _scaled(page: Page, width: float, height: float) -> Page:
    """An OCR page (pixels) in the units of the PDF page it replaces (points)."""
    fx, fy = width / max(1.0, page.width), height / max(1.0, page.height)
    lines = [
        Line(
            [Segment(s.text, s.x0 * fx, s.x1 * fx) for s in ln.segments],
            ln.top * fy,
            ln.bottom * fy,
            ln.group,  # a ruled table's rows stay one block
        )
        for ln in page.lines
    ]
    return Page(lines, width, height)


def ocr_pdf_pages(
    path: Path, data: bytes, pages: list[Page], indexes: list[int], options: ReadOptions
) -> tuple[list[Page], list[str], list[str]]:
    """OCR the pages ``indexes`` of a PDF whose other pages have a text layer (a mixed
    PDF: a scanned signature page, an annex); return the pages, a note for each and the
    warning for those read with low confidence."""
    task: Callable[..., OcrPage] = _pdf_task
    tasks = [(task, (data, i, options.dpi, options.psm, options.page_timeout)) for i in indexes]
    results = ocr_pages(path, tasks, options)
    out = list(pages)
    notes = []
    for index, result in zip(indexes, results, strict=True):
        page = pages[index]
        out[index] = _scaled(result.page, page.width, page.height)
        notes.append(
            f"page {index + 1}: no text layer, read by OCR (confidence {result.confidence:.0f})"
        )
        notes += [f"page {index + 1}: {note}" for note in result.notes]
    return out, notes, low_confidence(results, indexes)


def repair_pages(
    text: str, starts: list[int], indexes: list[int]
) -> tuple[str, list[int], list[str]]:
    """Apply the OCR repairs to the OCR'd pages of a mixed PDF only."""
    bounds = [*starts, len(text)]
    pieces: list[str] = []
    new_starts: list[int] = []
    log: list[str] = []
    for p in range(len(starts)):
        chunk = text[bounds[p] : bounds[p + 1]]
        if p in indexes:
            chunk, repairs = repair_ocr(chunk)
            log += [f"page {p + 1}: {line}" for line in repairs]
        new_starts.append(sum(len(x) for x in pieces))
        pieces.append(chunk)
    return "".join(pieces), new_starts, log
