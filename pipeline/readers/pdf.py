"""Text-layer PDFs: pypdfium2 characters with their boxes -> positioned lines.

pypdfium2 gives every character with its box in one pass (~50× faster than
pdfplumber here, same characters); pdfplumber's words are the alternative
engine (``engine="pdfplumber"``), used when pdfium cannot read the text layer.
A PDF with no text layer, or one that does not read as Vietnamese, goes to OCR.
"""

from __future__ import annotations

import ctypes
import re
from pathlib import Path
from typing import Any

from pipeline.errors import InputError, NeedsOcr
from pipeline.readers.base import RawText
from pipeline.readers.columns import new_group
from pipeline.readers.layout import Line, Page, Segment, assemble, split_segments
from pipeline.readers.legacy import guess_legacy, vietnamese_score
from pipeline.readers.limits import announce_ocr_pages
from pipeline.readers.options import ReadOptions
from pipeline.readers.pdf_tables import Grid, Word, page_grids, table_rows

MOJIBAKE = re.compile(r"[ÃÂÄÆÅ][\u0080-\u00bf\u0152-\u203a]|á[º»]|â€")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
MIN_CHARS_PER_PAGE = 40


def _clean(text: str) -> str:
    # pdfium marks a hyphen at a line end as \x02 or \ufffe ("14/CT\x02UBND")
    return _CONTROL.sub("", text.replace("\x02", "-").replace("\ufffe", "-"))


def _open(path: Path, data: bytes):
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise InputError(
                path,
                "the PDF is encrypted (password protected)",
                "ask the sender for an unprotected copy",
            ) from exc
        raise InputError(
            path, f"the PDF is damaged or truncated ({exc})", "download or export the file again"
        ) from exc


def page_count(path: Path, data: bytes) -> int:
    doc = _open(path, data)
    try:
        return len(doc)
    finally:
        doc.close()


_WORD = re.compile(r"\S+")
_LINE = re.compile(r"[^\r\n]+")


class _Boxes:
    """Character boxes straight from pdfium (the wrapper's per-call cost dominated)."""

    def __init__(self, textpage: Any) -> None:
        import pypdfium2.raw as pdfium_c

        self.get = pdfium_c.FPDFText_GetCharBox
        self.get_origin = pdfium_c.FPDFText_GetCharOrigin
        self.get_size = pdfium_c.FPDFText_GetFontSize
        self.raw = textpage.raw
        self.values = [ctypes.c_double() for _ in range(4)]
        self.refs = [ctypes.byref(v) for v in self.values]

    def baseline(self, index: int) -> tuple[float, float]:
        """(baseline y, font size) of character ``index``: steadier than boxes, which
        grow with tone marks above and below."""
        self.get_origin(self.raw, index, *self.refs[:2])
        return self.values[1].value, float(self.get_size(self.raw, index))

    def __call__(self, index: int) -> tuple[float, float, float, float]:
        """(left, right, bottom, top) of character ``index``."""
        self.get(self.raw, index, *self.refs)
        left, right, bottom, top = (v.value for v in self.values)
        return left, right, bottom, top


def _pdfium_page(page: Any) -> Page:
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count else ""
        if len(text) != count:  # surrogate pairs broke the 1:1 index: no positions
            lines = [_plain_line(t, width, i) for i, t in enumerate(text.splitlines())]
            return Page(lines, width, height)
        box = _Boxes(textpage)
        grids = page_grids(page, height)
        cells: list[list[Word]] = [[] for _ in grids]
        lines = []
        for line in _LINE.finditer(text):
            for y, size, words in _rows(line.start(), line.group(0), box):
                top, bottom = height - y - 0.8 * size, height - y + 0.2 * size
                outside = [w for w in words if not _in_grid(w, top, bottom, grids, cells)]
                if outside:
                    lines.append(Line(split_segments(outside, gap=2.2 * size), top, bottom))
        for grid, inside in zip(grids, cells, strict=True):
            group = new_group()
            for row, top, bottom in table_rows(grid, inside):
                lines.append(
                    Line([Segment(row, grid.xs[0], grid.xs[-1])], top, bottom, group=group)
                )
    finally:
        textpage.close()
    return Page(lines, width, height)


_HYPHENS = ("\x02", "\ufffe")
_PIECE = re.compile(r"[^\x02\ufffe]+[\x02\ufffe]?")


def _rows(start: int, line: str, box: _Boxes) -> list[tuple[float, float, list[Segment]]]:
    """(baseline, font size, words) of each printed line in one pdfium text line: a
    word hyphenated at a line end (``\x02``) runs on without a line break, so the
    pieces after it belong to the next printed line."""
    rows: list[tuple[float, float, list[Segment]]] = []
    for word in _WORD.finditer(line):
        for piece in _PIECE.finditer(word.group(0)):
            first = start + word.start() + piece.start()
            last = start + word.start() + piece.end() - 1 - piece.group(0).endswith(_HYPHENS)
            clean = _clean(piece.group(0))
            if not clean or last < first:
                continue
            left, right = box(first)[0], max(box(first)[1], box(last)[1])
            y, size = box.baseline(first)
            if not rows or abs(rows[-1][0] - y) > 0.5 * max(1.0, size):
                rows.append((y, max(1.0, size), []))
            rows[-1][2].append(Segment(clean, left, right))
    return rows


def _in_grid(
    word: Segment, top: float, bottom: float, grids: list[Grid], cells: list[list[Word]]
) -> bool:
    """Put a word inside a ruled table into its grid's words; False when outside all."""
    for grid, inside in zip(grids, cells, strict=True):
        if grid.holds((word.x0 + word.x1) / 2, (top + bottom) / 2):
            inside.append(Word(word.text, word.x0, word.x1, top, bottom))
            return True
    return False


def _plain_line(text: str, width: float, index: int) -> Line:
    return Line([Segment(_clean(text), 0.0, width)], float(index * 14), float(index * 14 + 12))


def _pdfplumber_pages(data: bytes) -> list[Page]:
    import io

    import pdfplumber

    pages = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            rows: list[list[dict]] = []
            for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                if rows and abs(rows[-1][0]["top"] - word["top"]) < 0.5 * (
                    word["bottom"] - word["top"]
                ):
                    rows[-1].append(word)
                else:
                    rows.append([word])
            lines = []
            for row in rows:
                segs = [Segment(_clean(w["text"]), w["x0"], w["x1"]) for w in row]
                size = max(1.0, max(w["bottom"] - w["top"] for w in row))
                lines.append(
                    Line(
                        split_segments(segs, 2.2 * size),
                        min(w["top"] for w in row),
                        max(w["bottom"] for w in row),
                    )
                )
            pages.append(Page(lines, float(page.width), float(page.height)))
    return pages


def pdf_pages(path: Path, data: bytes, engine: str = "pdfium") -> list[Page]:
    """Positioned lines of every page of a text-layer PDF."""
    if engine == "pdfplumber":
        return _pdfplumber_pages(data)
    import pypdfium2 as pdfium

    doc = _open(path, data)
    try:
        pages = []
        for index in range(len(doc)):
            try:
                page = doc[index]
            except pdfium.PdfiumError as exc:  # a page tree that loops or points nowhere
                raise InputError(
                    path,
                    f"page {index + 1} of the PDF cannot be loaded ({exc}): its page tree"
                    " is broken",
                    "export or print the PDF again",
                ) from exc
            pages.append(_pdfium_page(page))
        return pages
    finally:
        doc.close()


def _letters(page: Page) -> int:
    return sum(ch.isalpha() for line in page.lines for ch in line.text)


def _image_only_pages(data: bytes, pages: list[Page]) -> list[int]:
    """Pages with (almost) no text but an image: scanned pages inside a text PDF."""
    few = [i for i, page in enumerate(pages) if _letters(page) < MIN_CHARS_PER_PAGE]
    if not few or len(few) == len(pages):
        return few
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument(data)
    try:
        return [
            i
            for i in few
            if next(iter(doc[i].get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,))), None)
        ]
    finally:
        doc.close()


def check_ocr_pages(path: Path, pages: list[Page], indexes: list[int], opts: ReadOptions) -> None:
    """Before rendering pages for OCR: refuse a page larger than ``max_page_points`` a
    side or than ``max_ocr_pixels`` at the scan resolution (a blank 14,400-pt page is
    3.6 gigapixels, ~10 GB rendered), then announce the pages to the worker's clock."""
    scale = opts.dpi / 72
    for i in indexes:
        width, height = pages[i].width, pages[i].height
        if max(width, height) > opts.max_page_points:
            raise InputError(
                path,
                f"page {i + 1} is {width:.0f} × {height:.0f} pt, over the limit of"
                f" {opts.max_page_points:.0f} pt a side (A4 is 595 × 842)",
                "check the file; raise THIDUA_MAX_PAGE_POINTS if the page is real",
            )
        pixels = width * scale * height * scale
        if pixels > opts.max_ocr_pixels:
            raise InputError(
                path,
                f"page {i + 1} would render to {pixels / 1e6:.0f} megapixels at {opts.dpi} dpi,"
                f" over the limit of {opts.max_ocr_pixels / 1e6:.0f}",
                "lower THIDUA_OCR_DPI or raise THIDUA_MAX_OCR_PIXELS",
            )
    announce_ocr_pages(len(indexes))


def text_layer_problem(text: str, pages: int) -> str | None:
    """Why a text layer cannot be trusted, or None when it reads as Vietnamese."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_CHARS_PER_PAGE * max(1, pages) * 0.5:
        return "no text layer"
    bad = sum(ch == "\ufffd" or "\ue000" <= ch <= "\uf8ff" for ch in text)
    if bad > 0.02 * letters:
        return "the text layer is garbled (unmapped glyphs)"
    if len(MOJIBAKE.findall(text)) > 0.02 * letters:
        return "the text layer is mojibake (UTF-8 read as a Windows code page)"
    if vietnamese_score(text) < 0.30:  # plans score 0.55–0.75; unaccented text ~0.10
        return "the text layer does not read as Vietnamese (mojibake or broken diacritics)"
    return None


def read_pdf(path: Path, data: bytes, options: ReadOptions, engine: str = "pdfium") -> RawText:
    """Read a text-layer PDF; raise :class:`NeedsOcr` when its text layer is unusable."""
    count = page_count(path, data)  # counted before reading: 50,000 pages took 8 s to read
    if count > options.max_pages:
        raise InputError(
            path,
            f"{count} pages, over the limit of {options.max_pages}",
            "split the file, or raise THIDUA_MAX_PAGES if it really is one plan",
        )
    pages = pdf_pages(path, data, engine)
    warnings: list[str] = []
    notes: list[str] = []  # how the pages were read: information, not a problem
    scanned = _image_only_pages(data, pages)
    if scanned and len(scanned) < len(pages):
        from pipeline.readers.scanned import ocr_pdf_pages

        check_ocr_pages(path, pages, scanned, options)
        pages, read_notes, low = ocr_pdf_pages(path, data, pages, scanned, options)
        notes += read_notes
        warnings += low
    assembled = assemble(pages)
    text, page_starts = assembled.text, assembled.page_starts
    if scanned and len(scanned) < len(pages):
        from pipeline.readers.scanned import repair_pages

        text, page_starts, repairs = repair_pages(text, page_starts, scanned)
        notes += repairs
    encoding = None
    legacy = guess_legacy(text)
    if legacy:
        encoding, text = legacy
        notes.append(f"text layer in legacy {encoding.upper()} font converted to Unicode")
    problem = text_layer_problem(text, len(pages))
    if problem:
        check_ocr_pages(path, pages, list(range(len(pages))), options)
        raise NeedsOcr(problem)
    return RawText(
        text=text,
        format="pdf",
        encoding=encoding,
        page_starts=page_starts,
        ocr=bool(scanned) and len(scanned) < len(pages),
        warnings=warnings,
        notes=notes,
    )
