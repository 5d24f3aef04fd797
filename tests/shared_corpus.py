"""Where the shared corpus and schema stand (beside the repository): one home for the
root ``conftest.py`` and for tests that need the paths at import time. A test imports
``from shared_corpus import …``, never ``from conftest import …`` (several test folders
have a ``conftest.py``; which one that import finds depends on the folders collected)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold"
SCHEMA = SHARED / "schema" / "plan-record.schema.json"
