"""Run every extractor over a document and collect the record's parts.

Each entry of :data:`EXTRACTORS` names the record keys it fills and the
function filling them. A failing extractor is reported (its keys get their
empty value) and the others still run: one bad rule never loses a record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from extractors import award_parts
from extractors.model import Document, to_json
from extractors.parts import citations, header, news

log = logging.getLogger(__name__)

Part = Callable[[Document], dict[str, Any]]


def _document(doc: Document) -> dict[str, Any]:
    fields = header.extract(doc)
    if doc.is_news:
        news.complete(fields, doc)
    return {"document": to_json(fields)}


def _citations(doc: Document) -> dict[str, Any]:
    basis, refs = citations.extract(doc)
    if doc.is_news:  # the document an article reports is the record's own, not a citation
        own = news.reported_citation(doc, [*basis, *refs])
        basis = [c for c in basis if c is not own]
        refs = [c for c in refs if c is not own]
    return {"legal_basis": to_json(basis), "references": to_json(refs)}


EMPTY: dict[str, Any] = {
    "document": {
        "doc_type": "other",
        "number": None,
        "issue_date": None,
        "place": None,
        "title": None,
        "movement_names": [],
        "province": None,
        "issuer": None,
        "signer": None,
    },
    "legal_basis": [],
    "references": [],
    "participants": None,
    "criteria": [],
    "award_forms": [],
    "quotas": [],
    "thresholds": [],
    "deadlines": [],
    "recipients": [],
    "archive": None,
}

EXTRACTORS: list[tuple[str, Part]] = [
    ("document", _document),
    ("citations", _citations),
    *award_parts.PARTS,
]


def run_extractors(doc: Document) -> tuple[dict[str, Any], list[str]]:
    """The record parts of ``doc`` and the failures met on the way."""
    parts = {key: value for key, value in EMPTY.items()}
    failures: list[str] = []
    for name, extractor in EXTRACTORS:
        try:
            parts.update(extractor(doc))
        except Exception as exc:
            log.exception("extractor %s failed", name)
            failures.append(f"extractor {name} failed: {type(exc).__name__}: {exc}")
    return parts, failures
