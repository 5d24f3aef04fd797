"""The award-content parts of a plan record, ready for ``extractors.registry``.

Each entry names the record keys it fills and the function filling them, in
the shape of :data:`extractors.registry.EXTRACTORS`, so that a failure in one
part leaves the others standing: ``EXTRACTORS += award_parts.PARTS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from extractors.model import Document, to_json
from extractors.parts import (
    awards,
    criteria,
    deadlines,
    participants,
    quotas,
    recipients,
    thresholds,
)

Part = Callable[[Document], dict[str, Any]]


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


def _list(key: str, extract: Callable[[Document], list[Any]]) -> Part:
    def part(doc: Document) -> dict[str, Any]:
        return {key: to_json(extract(doc))}

    part.__name__ = f"_{key}"
    return part


PARTS: list[tuple[str, Part]] = [
    ("participants", _participants),
    ("criteria", _list("criteria", criteria.extract)),
    ("award_forms", _list("award_forms", awards.extract)),
    ("quotas", _list("quotas", quotas.extract)),
    ("thresholds", _list("thresholds", thresholds.extract)),
    ("deadlines", _list("deadlines", deadlines.extract)),
    ("recipients", _recipients),
]
