"""Shared fixtures: the shared corpus beside the repository, and record building."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from shared_corpus import GOLD, SCHEMA, SEEDS


def need_shared() -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"the shared corpus is not beside the repository ({SEEDS} is missing)")


@pytest.fixture(scope="session")
def schema() -> dict:
    need_shared()
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_records() -> dict[str, dict]:
    """The record of every seed, extracted once per test session."""
    need_shared()
    from pipeline.extract import extract_file

    return {path.stem: extract_file(path) for path in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    need_shared()
    return GOLD
