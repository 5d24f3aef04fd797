"""Tesseract (Vietnamese model): a page read, its TSV parsed into lines.

:func:`recognise` reads a page with Tesseract's library in this process
(``tesseract_lib.py``: the model loaded once, no process started a page) and,
where the library is missing, with the CLI: one call per image, the image handed
over as uncompressed PNM through a file in memory (/dev/shm; Tesseract reads
stdin slowly). Either way Tesseract runs with its own threading off
(``OMP_THREAD_LIMIT=1``: on 2 cores its threads made a page ~4× slower; pages
run in parallel processes instead). Orientation detection (psm 0, the ``osd``
model, only for pages read badly) stays with the CLI.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from pipeline.errors import InputError, OcrFailure
from pipeline.readers.layout import Line, Page, Segment, split_segments
from pipeline.readers.tesseract_lib import engine

JUNK_CONFIDENCE = 60.0  # a word of punctuation only read with less is dropped
OSD_SURE = 2.0  # orientation confidence from which a turn is trusted (a text page: 15-25)


def tesseract_env() -> dict[str, str]:
    return {**os.environ, "OMP_THREAD_LIMIT": "1"}


def require_tesseract(path: Path) -> None:
    if shutil.which("tesseract") is None:
        raise InputError(
            path,
            "needs OCR but Tesseract is not installed",
            "run `make system-deps` (Debian tesseract-ocr tesseract-ocr-vie)",
        )


def pnm(image: Any) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PPM")  # PGM for grayscale: no compression cost, read by Leptonica
    return buf.getvalue()


def recognise(
    image: Any,
    psm: int,
    timeout: float,
    variables: tuple[tuple[str, str], ...] = (),
    tsv: bool = False,
) -> str:
    """What Tesseract reads on a Pillow image: its TSV (``tsv``) or its text, with the
    ``variables`` set; by the library when there is one, by the CLI otherwise (the same
    output: the library is the one the CLI runs)."""
    found = engine(variables)
    if found is not None:
        return found.read(image, psm, timeout, tsv)
    extra = tuple(arg for name, value in variables for arg in ("-c", f"{name}={value}"))
    return run_tesseract(pnm(image), psm, timeout, (*extra, "tsv") if tsv else extra)


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
    # orientation detection (psm 0) with the vie model answers "Rotate: 90" for every
    # page (measured, Tesseract 5.3); with the osd model it reads the turn right
    lang = "osd" if psm == 0 else "vie"
    cmd = ["tesseract", *source, "stdout", "-l", lang, "--psm", str(psm), *extra]
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


def _has_letters(word: str) -> bool:
    """Letters or digits; a modifier letter alone ("ˆ") is a mark, not a letter."""
    return any(unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lo", "Nd") for ch in word)


def parse_tsv(tsv: str, width: float, height: float) -> tuple[Page, list[float]]:
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


def orientation(data: bytes, timeout: float) -> int:
    """Degrees to rotate the page clockwise to make it upright (Tesseract OSD, a sure
    answer only: a page of a few lines gives a weak one, left as it is)."""
    try:
        out = run_tesseract(data, 0, timeout)
    except OcrFailure:
        return 0
    fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    try:
        sure = float(fields.get("Orientation confidence", "0")) >= OSD_SURE
        return int(fields.get("Rotate", "0")) if sure else 0
    except ValueError:
        return 0
