"""OCR of scanned pages with the Tesseract CLI (Vietnamese model), pages in parallel.

Tesseract is called directly (no OCRmyPDF: it also builds a PDF/A and cost
~1.9× Tesseract's own time here), one process per page with its own
threading off (``OMP_THREAD_LIMIT=1``: on 2 cores its threads made a page ~4×
slower), the image handed over as uncompressed PNM through a file in memory
(/dev/shm; Tesseract reads stdin slowly). Each page is
deskewed (projection profile) and, when it reads badly, turned upright from
Tesseract's orientation detection. The TSV output gives the words with their
boxes and confidences, so OCR text goes through the same layout assembly as
text-layer PDFs.
"""

from __future__ import annotations

import io
import itertools
import multiprocessing
import os
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, TimeoutError, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import InputError
from pipeline.readers.layout import Line, Page, Segment, split_segments
from pipeline.readers.options import ReadOptions
from pipeline.readers.stamps import remove_gray_seal, remove_inks

LOW_CONFIDENCE = 45.0
JUNK_CONFIDENCE = 60.0  # a word of punctuation only read with less is dropped


@dataclass
class OcrPage:
    page: Page
    confidence: float
    words: int
    notes: list[str]


class OcrFailure(Exception):
    """Tesseract failed or ran out of time on a page."""


def tesseract_env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def require_tesseract(path: Path) -> None:
    if shutil.which("tesseract") is None:
        raise InputError(
            path,
            "needs OCR but Tesseract is not installed",
            "run `make system-deps` (Debian tesseract-ocr tesseract-ocr-vie)",
        )


def _pnm(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PPM")  # PGM for grayscale: no compression cost, read by Leptonica
    return buf.getvalue()


def _memory_dir() -> str | None:
    shm = "/dev/shm"
    return shm if os.path.isdir(shm) and os.access(shm, os.W_OK) else None


def run_tesseract(image_bytes: bytes, psm: int, timeout: float, extra: tuple[str, ...] = ()) -> str:
    """Run Tesseract on image bytes; return its stdout.

    Uncompressed PNM is the cheapest image to hand over, but Tesseract reads
    stdin slowly (+0.3–0.4 s for an A4 page at 300 dpi, measured), so the bytes
    go through a file in memory (/dev/shm) when there is one, stdin otherwise.
    """
    directory = _memory_dir()
    if directory is None:
        return _tesseract(["stdin"], image_bytes, psm, timeout, extra)
    with tempfile.NamedTemporaryFile(dir=directory, suffix=".pnm") as handle:
        handle.write(image_bytes)
        handle.flush()
        return _tesseract([handle.name], None, psm, timeout, extra)


def _tesseract(
    source: list[str], image_bytes: bytes | None, psm: int, timeout: float, extra: tuple[str, ...]
) -> str:
    cmd = ["tesseract", *source, "stdout", "-l", "vie", "--psm", str(psm), *extra]
    try:
        done = subprocess.run(
            cmd,
            input=image_bytes,
            capture_output=True,
            timeout=timeout,
            env=tesseract_env(),
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrFailure(f"Tesseract took more than {timeout:.0f} s") from exc
    if done.returncode != 0:
        raise OcrFailure(done.stderr.decode("utf-8", "replace").strip()[-300:])
    return done.stdout.decode("utf-8", "replace")


def estimate_skew(image) -> float:
    """Skew angle in degrees (projection profile on a reduced, binarised copy)."""
    import numpy as np
    from PIL import Image

    small = image.copy()
    small.thumbnail((800, 800))
    ink = np.asarray(small, dtype=np.uint8) < 160
    if ink.mean() < 0.002:
        return 0.0
    base = Image.fromarray((ink * 255).astype(np.uint8))

    def score(angle: float) -> float:
        rotated = np.asarray(base.rotate(angle, resample=Image.Resampling.NEAREST, expand=False))
        rows = rotated.sum(axis=1, dtype=np.float64)
        return float(np.sum(np.diff(rows) ** 2))

    best = max((a * 0.75 for a in range(-7, 8)), key=score)  # -5.25° .. 5.25°
    return max((best + a / 10 for a in range(-4, 5)), key=score)


def _has_letters(word: str) -> bool:
    """Letters or digits; a modifier letter alone ("ˆ") is a mark, not a letter."""
    return any(unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lo", "Nd") for ch in word)


def _parse_tsv(tsv: str, width: float, height: float) -> tuple[Page, list[float]]:
    """Words of Tesseract's TSV grouped into its lines, with word confidences."""
    groups: dict[tuple[str, ...], list[tuple[Segment, float, float]]] = {}
    confs: list[float] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        left, top, w, h = (float(c) for c in cols[6:10])
        conf = float(cols[10])
        if 0 <= conf < JUNK_CONFIDENCE and not _has_letters(cols[11]):
            continue  # marks read off a seal's or a signature's remains: ":", "—", "ˆ"
        if conf >= 0:
            confs.append(conf)
        key = (cols[2], cols[3], cols[4])
        groups.setdefault(key, []).append((Segment(cols[11].strip(), left, left + w), top, top + h))
    lines = []
    for words in groups.values():
        height_px = max(1.0, sorted(b - t for _, t, b in words)[len(words) // 2])
        segs = split_segments([w for w, _, _ in words], gap=2.5 * height_px)
        lines.append(Line(segs, min(t for _, t, _ in words), max(b for _, _, b in words)))
    return Page(lines, width, height), confs


def _orientation(data: bytes, timeout: float) -> int:
    """Degrees to rotate the page clockwise to make it upright (Tesseract OSD)."""
    try:
        out = run_tesseract(data, 0, timeout)
    except OcrFailure:
        return 0
    for line in out.splitlines():
        if line.startswith("Rotate:"):
            return int(line.split(":")[1])
    return 0


def ocr_page(image_bytes: bytes, psm: int, timeout: float, deskew: bool = True) -> OcrPage:
    """OCR one page image (any format Pillow reads)."""
    from PIL import Image, ImageOps

    image, notes = drop_seal(ImageOps.exif_transpose(Image.open(io.BytesIO(image_bytes))))
    if deskew:
        angle = estimate_skew(image)
        if abs(angle) >= 0.3:
            image = image.rotate(
                angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255
            )
            notes.append(f"deskewed by {angle:+.1f}°")
    tsv_args = ("-c", "thresholding_method=2", "tsv")
    data = _pnm(image)
    page, confs = _parse_tsv(run_tesseract(data, psm, timeout, tsv_args), *image.size)
    mean = sum(confs) / len(confs) if confs else 0.0
    if mean < LOW_CONFIDENCE or len(confs) < 5:
        turn = _orientation(data, timeout)
        if turn:
            image = image.rotate(-turn, expand=True, fillcolor=255)
            notes.append(f"turned upright by {turn}°")
            data = _pnm(image)
            page, confs = _parse_tsv(run_tesseract(data, psm, timeout, tsv_args), *image.size)
            mean = sum(confs) / len(confs) if confs else 0.0
    if confs and mean >= LOW_CONFIDENCE:
        page = ruled_tables(image, page, timeout)
    return OcrPage(page, round(mean, 1), len(confs), notes)


RULE_INK = 170  # grey level under which a pixel is ink (a scanned rule is often grey)


def _centres(indexes: Any) -> list[int]:
    """Middles of the runs of (nearly) consecutive indexes: one per printed rule."""
    runs: list[list[int]] = []
    for i in indexes:
        if runs and i <= runs[-1][1] + 2:
            runs[-1][1] = int(i)
        else:
            runs.append([int(i), int(i)])
    return [(a + b) // 2 for a, b in runs]


def _longest_run(row: Any) -> int:
    import numpy as np

    edges = np.diff(np.concatenate(([0], row.astype(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    return int((ends - starts).max()) if len(starts) else 0


def _grid_rows(ink: Any) -> list[tuple[int, int, list[int]]]:
    """Rows of the ruled tables of a page: (top rule, bottom rule, column rules), a row
    kept when at least three vertical rules (two cells) cross it from rule to rule."""
    np = _np()
    width = ink.shape[1]
    wide = np.flatnonzero(ink.sum(axis=1) > 0.3 * width)
    rules = _centres(i for i in wide if _longest_run(ink[i]) > 0.3 * width)
    rows = []
    for y0, y1 in itertools.pairwise(rules):
        if y1 - y0 < 12:
            continue
        band = ink[y0 + 4 : y1 - 3]
        xs = _centres(np.flatnonzero(band.mean(axis=0) > 0.9))
        if len(xs) >= 3:
            rows.append((y0, y1, xs))
    return rows


def _np() -> Any:
    import numpy

    return numpy


def ruled_tables(image: Any, page: Page, timeout: float) -> Page:
    """A ruled table read cell by cell, its rows as tab-separated lines of one block.

    Over a grid Tesseract's page layout loses cells (a number alone in a box) and
    reads the rest as running lines; each cell is read on its own (one text
    block) instead, a cell spanning columns repeated in each, as the DOCX
    reader gives a merged cell. The words the page read found inside the
    table are dropped.
    """
    from pipeline.readers.columns import new_group

    tables: list[list[tuple[int, int, list[int]]]] = []
    for row in _grid_rows(_np().asarray(image.convert("L")) < RULE_INK):
        if tables and tables[-1][-1][1] == row[0]:
            tables[-1].append(row)  # rows sharing a rule: one table
        else:
            tables.append([row])
    lines = page.lines
    for rows in (t for t in tables if len(t) >= 2):
        top, bottom = rows[0][0], rows[-1][1]
        left, right = min(r[2][0] for r in rows), max(r[2][-1] for r in rows)
        lines = [ln for ln in lines if not _inside(ln, top, bottom, left, right)]
        lines += _read_rows(image, rows, timeout, new_group())
    return Page(lines, page.width, page.height)


def _inside(line: Line, top: float, bottom: float, left: float, right: float) -> bool:
    middle = (line.top + line.bottom) / 2
    return top - 5 <= middle <= bottom + 5 and line.x0 < right and line.x1 > left


def _read_rows(
    image: Any, rows: list[tuple[int, int, list[int]]], timeout: float, group: int
) -> list[Line]:
    from PIL.ImageFilter import MedianFilter  # a scan's speckle turns a lone "12" into marks

    columns = _centres(sorted({x for _, _, xs in rows for x in xs}))
    table: list[Line] = []
    for y0, y1, xs in rows:
        cells = []
        for x0, x1 in itertools.pairwise(xs):
            crop = image.crop((x0 + 4, y0 + 4, x1 - 3, y1 - 3)).filter(MedianFilter(3))
            text = " ".join(run_tesseract(_pnm(crop), 6, timeout).split())
            cells += [text] * (1 + sum(x0 + 8 < x < x1 - 8 for x in columns))
        table.append(Line([Segment("\t".join(cells), xs[0], xs[-1])], y0, y1, group=group))
    return table


def drop_seal(image: Any) -> tuple[Any, list[str]]:
    """The page in grayscale without its red seal (and, in colour, the signature's
    blue ink), so the signer's lines under them are read; a note when one was found."""
    notes = []
    if image.mode not in ("L", "1", "I", "I;16", "F"):
        image, share = remove_inks(image)
        if share:
            notes.append(f"red/blue ink (seal, signature) removed: {share}‰ of the page")
    image, share = remove_gray_seal(image.convert("L"))
    if share:
        notes.append(f"gray seal removed: {share}‰ of the page")
    return image, notes


def _render_pdf_page(pdf_bytes: bytes, index: int, dpi: int) -> bytes:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf_bytes)
    try:
        image = doc[index].render(scale=dpi / 72).to_pil()  # in colour: a red seal shows
    finally:
        doc.close()
    return _pnm(image)


def _pdf_task(pdf_bytes: bytes, index: int, dpi: int, psm: int, timeout: float) -> OcrPage:
    return ocr_page(_render_pdf_page(pdf_bytes, index, dpi), psm, timeout)


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
                results[futures[future]] = future.result()
    return [r for r in results if r is not None]


def _warm_imports() -> None:
    import numpy  # noqa: F401
    import pypdfium2  # noqa: F401
    from PIL import Image, ImageOps  # noqa: F401


def _guard(fn: Callable[..., OcrPage], args: tuple[Any, ...], index: int) -> OcrPage:
    try:
        return fn(*args)
    except (OcrFailure, OSError, ValueError) as exc:
        return OcrPage(Page([], 1.0, 1.0), 0.0, 0, [f"page {index + 1}: OCR failed ({exc})"])
    except TimeoutError as exc:  # pragma: no cover - raised by futures only
        return OcrPage(Page([], 1.0, 1.0), 0.0, 0, [f"page {index + 1}: OCR timed out ({exc})"])
