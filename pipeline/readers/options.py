"""Limits and knobs of the read stage (each can be set from the environment)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


def _env_float(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class ReadOptions:
    """``max_pages``: refuse longer documents (plans run to a few dozen pages);
    ``page_timeout``: seconds one OCR page may take; ``doc_timeout``: seconds
    for one conversion (LibreOffice) or all OCR pages of a document;
    ``workers``: OCR processes (default: the machine's cores); ``dpi``: scan
    rendering; ``psm``: Tesseract page segmentation mode; ``max_unzipped``:
    bytes a DOCX may expand to; ``check_plan``: refuse texts that are not
    Vietnamese plans or reports about them. The input limits (text bytes,
    characters, line length, table cells, HTML nesting, page size in points,
    pixels rendered for OCR) are described in ``pipeline/readers/limits.py``.
    """

    max_pages: int = field(default_factory=lambda: _env_int("THIDUA_MAX_PAGES", 200))
    page_timeout: float = field(default_factory=lambda: _env_float("THIDUA_PAGE_TIMEOUT", 90.0))
    doc_timeout: float = field(default_factory=lambda: _env_float("THIDUA_DOC_TIMEOUT", 900.0))
    workers: int = field(
        default_factory=lambda: _env_int("THIDUA_OCR_WORKERS", os.cpu_count() or 1)
    )
    dpi: int = field(default_factory=lambda: _env_int("THIDUA_OCR_DPI", 300))
    psm: int = field(default_factory=lambda: _env_int("THIDUA_OCR_PSM", 4))
    max_unzipped: int = field(
        default_factory=lambda: _env_int("THIDUA_MAX_UNZIPPED", 200 * 1024 * 1024)
    )
    # input limits (pipeline/readers/limits.py): what no plan needs, each refused with a reason
    max_text_bytes: int = field(
        default_factory=lambda: _env_int("THIDUA_MAX_TEXT_BYTES", 8_000_000)
    )
    max_chars: int = field(default_factory=lambda: _env_int("THIDUA_MAX_CHARS", 1_000_000))
    max_line_chars: int = field(default_factory=lambda: _env_int("THIDUA_MAX_LINE", 50_000))
    max_lines: int = field(default_factory=lambda: _env_int("THIDUA_MAX_LINES", 20_000))
    max_table_cells: int = field(default_factory=lambda: _env_int("THIDUA_MAX_TABLE_CELLS", 50_000))
    max_html_depth: int = field(default_factory=lambda: _env_int("THIDUA_MAX_HTML_DEPTH", 120))
    max_page_points: float = field(
        default_factory=lambda: _env_float("THIDUA_MAX_PAGE_POINTS", 5000.0)
    )
    max_ocr_pixels: int = field(
        default_factory=lambda: _env_int("THIDUA_MAX_OCR_PIXELS", 60_000_000)
    )
    check_plan: bool = True
