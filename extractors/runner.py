"""Run every extractor over a document and collect the record's parts.

The steps run in the order of the registry (:data:`extractors.registry.RECORD_PARTS`),
each once: :data:`STEPS` binds every ``step`` the registry names to the
function filling it. A failing step is reported (its parts keep their empty
value) and the others still run: one bad rule never loses a record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from extractors.model import Document, to_json
from extractors.parts import (
    awards,
    citations,
    criteria,
    deadlines,
    header,
    news,
    participants,
    quotas,
    recipients,
    thresholds,
)
from extractors.registry import RECORD_PARTS

log = logging.getLogger(__name__)

Fill = Callable[[Document], dict[str, Any]]
"""A step's work: the record keys it fills, as JSON values."""


def _listed(key: str, extract: Callable[[Document], list[Any]]) -> Fill:
    """The step of a list part filled by one ``extract(doc)``."""

    def fill(doc: Document) -> dict[str, Any]:
        return {key: to_json(extract(doc))}

    fill.__name__ = f"_{key}"
    return fill


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


def _participants(doc: Document) -> dict[str, Any]:
    found = participants.extract(doc)
    if found is None:
        return {"participants": None}
    # the schema's participants is a string; its evidence rides beside it
    return {"participants": found.text, "participants_evidence": to_json(found.evidence)}


def _recipients(doc: Document) -> dict[str, Any]:
    return {
        "recipients": to_json(recipients.extract(doc)),
        "archive": recipients.extract_archive(doc),
    }


STEPS: dict[str, Fill] = {
    "document": _document,
    "citations": _citations,
    "participants": _participants,
    "criteria": _listed("criteria", criteria.extract),
    "award_forms": _listed("award_forms", awards.extract),
    "quotas": _listed("quotas", quotas.extract),
    "thresholds": _listed("thresholds", thresholds.extract),
    "deadlines": _listed("deadlines", deadlines.extract),
    "recipients": _recipients,
}


def _ordered() -> list[tuple[str, Fill]]:
    named = list(dict.fromkeys(p.step for p in RECORD_PARTS))
    if set(named) != set(STEPS):
        raise ValueError(f"registry steps {sorted(named)} and runner steps {sorted(STEPS)} differ")
    return [(name, STEPS[name]) for name in named]


EXTRACTORS: list[tuple[str, Fill]] = _ordered()
"""The steps in record order, each once (citations fill two parts, recipients two)."""


def run_extractors(doc: Document) -> tuple[dict[str, Any], list[str]]:
    """The record parts of ``doc`` and the failures met on the way."""
    parts = {part.key: part.empty() for part in RECORD_PARTS}
    failures: list[str] = []
    for name, extractor in EXTRACTORS:
        try:
            parts.update(extractor(doc))
        except Exception as exc:
            log.exception("extractor %s failed", name)
            failures.append(f"extractor {name} failed: {type(exc).__name__}: {exc}")
    return parts, failures
