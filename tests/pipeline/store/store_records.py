"""Plan records for store tests, built from the shared gold files and seeds.

Gold has no ``text``, ``source`` or evidence; these are added from the seed
text so that every record is schema-shaped and ``text[start:end] == quote``.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
GOLD = SHARED / "gold"
SEEDS = SHARED / "seeds"
NAMES = sorted(p.stem for p in GOLD.glob("*.json"))


def _evidence(text: str, needle: str | None, fallback: int) -> dict[str, Any]:
    start = text.find(needle) if needle else -1
    if start < 0:
        start, needle = fallback, text[fallback : fallback + 12]
    assert needle is not None
    return {
        "quote": needle,
        "start": start,
        "end": start + len(needle),
        "page": None,
        "section": None,
        "rule": "test",
    }


def gold_record(name: str, warnings: list[str] | None = None) -> dict[str, Any]:
    """The gold record of seed ``name`` as a full plan record."""
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    doc = copy.deepcopy(gold["document"])
    doc.setdefault("place", None)
    doc.setdefault("movement_names", [])
    for key in ("province", "issuer", "signer"):
        doc.setdefault(key, None)
    record: dict[str, Any] = {
        "record_version": "1",
        "source": {
            "path": str(SEEDS / f"{name}.txt"),
            "sha256": hashlib.sha256((SEEDS / f"{name}.txt").read_bytes()).hexdigest(),
            "format": "txt",
            "pages": None,
            "ocr": False,
            "encoding": "utf-8",
            "warnings": list(warnings or []),
        },
        "text": text,
        "document": doc,
        "participants": gold.get("participants_starts"),
        "archive": gold.get("archive"),
    }
    for i, cit in enumerate(gold.get("legal_basis", [])):
        cit.setdefault("title", None)
        cit["evidence"] = _evidence(text, cit.get("number"), i)
    record["legal_basis"] = gold.get("legal_basis", [])
    for i, cit in enumerate(gold.get("references", [])):
        cit.setdefault("title", None)
        cit["evidence"] = _evidence(text, cit.get("number"), i)
    record["references"] = gold.get("references", [])
    record["criteria"] = [
        {"text": c["starts"], "target": None, "evidence": _evidence(text, c["starts"], i)}
        for i, c in enumerate(gold.get("criteria", []))
    ]
    for key in ("award_forms", "quotas", "thresholds", "deadlines"):
        items = gold.get(key, [])
        for i, item in enumerate(items):
            item.setdefault("label", item.get("form"))
            item["evidence"] = _evidence(text, item.get("per") or item.get("label"), i)
        record[key] = items
    for item in record["award_forms"]:
        item.setdefault("conferrer", None)
        item.setdefault("standard", None)
    record["recipients"] = [
        {"text": r, "expanded": r, "level": "other", "evidence": _evidence(text, r, i)}
        for i, r in enumerate(gold.get("recipients", []))
    ]
    return record


def variant(record: dict[str, Any], tag: str, **document: Any) -> dict[str, Any]:
    """A copy of ``record`` from different bytes (another sha256), fields overridden."""
    out = copy.deepcopy(record)
    out["source"]["sha256"] = hashlib.sha256(f"{out['source']['sha256']}{tag}".encode()).hexdigest()
    out["source"]["path"] = f"{out['source']['path']}.{tag}"
    out["document"].update(document)
    return out
