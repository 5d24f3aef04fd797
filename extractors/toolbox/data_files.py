"""Load the rule and vocabulary files under ``extractors/data/`` once, validated.

Every loader caches its result, compiles every pattern at load and rejects
duplicate ids or aliases, so a broken data file fails at start-up with the
file's name rather than in the middle of a batch.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from extractors.errors import DataFileError


def data_path(name: str) -> Any:
    return resources.files("extractors") / "data" / name


def read_yaml(name: str) -> Any:
    with data_path(name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of a CSV file; lines starting with ``#`` are comments."""
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines))


def compile_pattern(name: str, rule_id: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise DataFileError(f"{name}: rule {rule_id!r}: bad pattern: {exc}") from exc


def pattern_compiler(name: str, flags: int = 0) -> Callable[[str, str], re.Pattern[str]]:
    """:func:`compile_pattern` bound to one data file and its flags: a loader compiles
    each rule with ``rx(rule_id, pattern)``, and a bad pattern names the file and rule."""

    def rx(rule_id: str, pattern: str) -> re.Pattern[str]:
        return compile_pattern(name, rule_id, pattern, flags)

    return rx


def unique(name: str, keys: list[str], what: str) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise DataFileError(f"{name}: duplicate {what} {key!r}")
        seen.add(key)


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


@dataclass(frozen=True)
class BodyNames:
    phrases: tuple[str, ...]
    abbreviations: dict[str, str]


@cache
def load_body_names() -> BodyNames:
    name = "body_names.yaml"
    data = read_yaml(name)
    phrases = data["phrases"]
    unique(name, [p.lower() for p in phrases], "phrase")
    # longest first, so "Phó Chủ tịch" wins over "Chủ tịch"
    ordered = tuple(sorted(phrases, key=len, reverse=True))
    return BodyNames(ordered, dict(data["abbreviations"]))


@dataclass(frozen=True)
class KindRule:
    kind: str
    pattern: re.Pattern[str]


@cache
def load_issuer_kinds() -> tuple[KindRule, ...]:
    name = "issuer_kinds.yaml"
    return tuple(
        KindRule(r["kind"], compile_pattern(name, r["kind"], r["pattern"], re.IGNORECASE))
        for r in read_yaml(name)
    )


@cache
def load_known_issuers() -> tuple[str, ...]:
    name = "known_issuers.yaml"
    names = read_yaml(name)
    unique(name, [n.lower() for n in names], "issuer")
    return tuple(names)


@dataclass(frozen=True)
class ProvinceRow:
    name: str
    code: str
    kind: str
    merged_2025: str


@cache
def load_provinces() -> tuple[ProvinceRow, ...]:
    name = "provinces.csv"
    rows = [ProvinceRow(r["name"], r["code"], r["kind"], r["merged_2025"]) for r in read_csv(name)]
    unique(name, [r.name.lower() for r in rows], "province")
    unique(name, [r.code for r in rows], "code")
    if len(rows) != 63:
        raise DataFileError(f"{name}: expected the 63 provinces of 2021, found {len(rows)}")
    return tuple(rows)


@cache
def load_province_aliases() -> dict[str, str]:
    name = "province_aliases.yaml"
    aliases = read_yaml(name)
    known = {p.name for p in load_provinces()}
    for alias, target in aliases.items():
        if target not in known:
            raise DataFileError(f"{name}: alias {alias!r} points at unknown province {target!r}")
    return dict(aliases)


@dataclass(frozen=True)
class DistrictRow:
    district: str
    type: str
    province: str


@cache
def load_districts() -> dict[str, tuple[DistrictRow, ...]]:
    """Districts of 2021 by lower-cased name (a name may exist in several provinces)."""
    name = "districts.csv"
    known = {p.name for p in load_provinces()}
    by_name: dict[str, list[DistrictRow]] = {}
    for r in read_csv(name):
        if r["province"] not in known:
            raise DataFileError(f"{name}: unknown province {r['province']!r}")
        row = DistrictRow(r["district"], r["type"], r["province"])
        by_name.setdefault(row.district.lower(), []).append(row)
    return {k: tuple(v) for k, v in by_name.items()}
