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
    Vietnamese plans or reports about them.
    """

    max_pages: int = field(default_factory=lambda: _env_int("THIDUA_MAX_PAGES", 200))
    page_timeout: float = field(default_factory=lambda: _env_float("THIDUA_PAGE_TIMEOUT", 90.0))
    doc_timeout: float = field(default_factory=lambda: _env_float("THIDUA_DOC_TIMEOUT", 900.0))
    workers: int = field(
        default_factory=lambda: _env_int("THIDUA_OCR_WORKERS", os.cpu_count() or 1)
    )
    dpi: int = field(default_factory=lambda: _env_int("THIDUA_OCR_DPI", 300))
    psm: int = field(default_factory=lambda: _env_int("THIDUA_OCR_PSM", 4))
    max_unzipped: int = 200 * 1024 * 1024
    check_plan: bool = True
