"""What the perturbation harnesses share: the documents, the record of a text, agreement.

A perturbation harness (layouts, lossy damage) renders every document through
a transform, extracts it again and compares the two records with the shared
scoring, the undamaged record standing as the gold.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from outputs.scoring import LIST_FIELDS, SCALAR_FIELDS, score_record
from pipeline.extract import build_record
from pipeline.readers import RawText

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ROOT / "corpora"
# the shared corpus beside the repository (the ``gold_dir`` fixture skips without it)
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
FIELDS = tuple(f.name for f in SCALAR_FIELDS) + tuple(f.name for f in LIST_FIELDS)


def documents() -> list[Path]:
    """Every text document of the team's corpora and the seeds."""
    folders = [CORPORA / "samples", CORPORA / "variants", CORPORA / "heldout", SEEDS]
    return sorted(p for folder in folders for p in folder.glob("*.txt"))


@cache
def record_of(text: str) -> dict[str, Any]:
    """The record of ``text`` read as a plain-text file (cached: each text is read once)."""
    return build_record(RawText(text=text, format="txt"), source_path="x.txt", sha256="0")


def agreement(clean: dict[str, Any], changed: dict[str, Any], stem: str) -> dict[str, float]:
    """Per field, 1.0 when ``changed`` equals ``clean`` (list fields: their F1)."""
    gold = dict(clean, participants_starts=clean.get("participants"))
    doc = score_record(gold, changed, stem=stem)
    out = {field: 1.0 if r.correct else 0.0 for field, r in doc.scalars.items()}
    out.update({field: r.f1 for field, r in doc.lists.items() if r.counted})
    return out
