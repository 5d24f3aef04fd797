"""The one loader of ``data/ocr_repairs.yaml``: repairs of words that OCR (or a PDF text
layer) damages, each rule with its scope — ``header`` (the header block of any text,
applied by ``layout/columns.py``) or ``ocr`` (the whole OCR output, applied by the
reader in ``pipeline/readers/ocr_repair.py``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from extractors.errors import DataFileError
from extractors.toolbox.data_files import compile_pattern, read_yaml, unique
from extractors.toolbox.form_words import compose

_NAME = "ocr_repairs.yaml"
SCOPES = ("header", "ocr")


@dataclass(frozen=True)
class RepairRule:
    id: str
    pattern: re.Pattern[str]
    replacement: str


@cache
def _rules() -> dict[str, tuple[RepairRule, ...]]:
    data: Any = read_yaml(_NAME)
    rules = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(rules, list):
        raise DataFileError(f"{_NAME}: expected a top-level 'rules' list")
    unique(_NAME, [str(r.get("id")) for r in rules], "rule id")
    out: dict[str, list[RepairRule]] = {scope: [] for scope in SCOPES}
    for rule in rules:
        if set(rule) != {"id", "scope", "pattern", "replace"}:
            raise DataFileError(f"{_NAME}: rule {rule!r} needs id, scope, pattern, replace")
        if rule["scope"] not in out:
            raise DataFileError(f"{_NAME}: rule {rule['id']!r}: scope is one of {SCOPES}")
        pattern = compile_pattern(_NAME, rule["id"], compose(_NAME, rule["pattern"]))
        out[rule["scope"]].append(RepairRule(rule["id"], pattern, rule["replace"]))
    return {scope: tuple(found) for scope, found in out.items()}


def load_repairs(scope: str) -> tuple[RepairRule, ...]:
    """The repairs of ``scope`` (``header`` or ``ocr``), compiled, in file order."""
    if scope not in SCOPES:
        raise ValueError(f"unknown repair scope {scope!r}; one of {SCOPES}")
    return _rules()[scope]
