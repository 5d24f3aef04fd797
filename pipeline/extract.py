"""One file in, one plan record out: read → repair → segment → extract → assemble."""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any

from extractors.model import Document
from extractors.runner import run_extractors
from extractors.segment import structure
from extractors.text import diacritics
from extractors.text.repair import repair
from pipeline.errors import path_text
from pipeline.readers import RawText
from pipeline.readers.dispatch import read_data, read_file

log = logging.getLogger(__name__)

RECORD_VERSION = "1"


def extract_file(path: Path) -> dict[str, Any]:
    """Read ``path`` and return its plan record (raises ``InputError``)."""
    return extract_bytes(read_file(path), path)


def extract_bytes(data: bytes, name: Path | str) -> dict[str, Any]:
    """The plan record of one file's bytes (raises ``InputError``): the one way in, so
    that a file is read once and hashed once, from disk or shipped to a worker.
    ``name`` is the file's path as the record and messages give it; it is not opened."""
    raw = read_data(data, Path(name))
    digest = hashlib.sha256(data).hexdigest()
    return build_record(raw, source_path=path_text(name), sha256=digest)


def parse_raw(raw: RawText) -> Document:
    """Repair and segment raw text into a :class:`Document`."""
    repaired = repair(raw.text, raw.page_starts)
    doc = structure.parse(repaired.text, repaired.page_starts)
    doc.repairs[:0] = repaired.log
    # damaged text read anyway: the words restored from the lexicon are to be checked
    doc.warnings[:0] = diacritics.warnings(repaired.log)
    return doc


def build_record(raw: RawText, source_path: str, sha256: str) -> dict[str, Any]:
    """Assemble the schema-shaped record of one document."""
    doc = parse_raw(raw)
    parts, failures = run_extractors(doc)
    warnings = [*raw.warnings, *doc.warnings, *failures]
    source: dict[str, Any] = {
        "path": source_path,
        "sha256": sha256,
        "format": raw.format,
        "pages": raw.pages,
        "ocr": raw.ocr,
        "encoding": raw.encoding,
        "warnings": warnings,
        # an added field: every repair made to the text, logged, none a problem
        "repairs": doc.repairs,
        # an added field: how the file and its values were read (a legacy font converted,
        # a page read by OCR, a yearly date); information: only warnings make `partial`
        "notes": [*raw.notes, *doc.notes],
    }
    if raw.page_confidence:
        source["page_confidence"] = raw.page_confidence
    return {"record_version": RECORD_VERSION, "source": source, "text": doc.text, **parts}
