"""Load the rule and vocabulary files under ``extractors/data/`` once, validated.

Every loader caches its result, compiles every pattern at load and rejects
duplicate ids or aliases, so a broken data file fails at start-up with the
file's name rather than in the middle of a batch.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


class DataFileError(ValueError):
    """A data file under extractors/data/ is malformed."""


def data_path(name: str) -> Any:
    return resources.files("extractors") / "data" / name


def read_yaml(name: str) -> Any:
    with data_path(name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def read_csv(name: str) -> list[dict[str, str]]:
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        return [
            row for row in csv.DictReader(fh) if not next(iter(row.values()), "").startswith("#")
        ]


def compile_pattern(name: str, rule_id: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise DataFileError(f"{name}: rule {rule_id!r}: bad pattern: {exc}") from exc


def unique(name: str, keys: list[str], what: str) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise DataFileError(f"{name}: duplicate {what} {key!r}")
        seen.add(key)


@dataclass(frozen=True)
class RepairRule:
    id: str
    pattern: re.Pattern[str]
    replacement: str


@cache
def load_header_repairs() -> tuple[RepairRule, ...]:
    name = "header_repairs.yaml"
    rules = read_yaml(name)
    unique(name, [r["id"] for r in rules], "rule id")
    return tuple(
        RepairRule(r["id"], compile_pattern(name, r["id"], r["pattern"]), r["replacement"])
        for r in rules
    )


@cache
def load_connectives() -> frozenset[str]:
    """Words after which a sentence cannot end (a page break there cut it)."""
    name = "connectives.yaml"
    words = read_yaml(name)
    unique(name, words, "word")
    return frozenset(w.lower() for w in words)


@dataclass(frozen=True)
class DocType:
    id: str
    names: tuple[str, ...]
    heading: bool


@cache
def load_doc_types() -> tuple[DocType, ...]:
    name = "doc_types.yaml"
    rows = read_yaml(name)
    unique(name, [r["id"] for r in rows], "id")
    unique(name, [n.lower() for r in rows for n in r["names"]], "name")
    return tuple(DocType(r["id"], tuple(r["names"]), bool(r["heading"])) for r in rows)
