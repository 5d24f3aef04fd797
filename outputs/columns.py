"""Table specs and labels of the researchers' deliverables, from ``outputs/data``.

``columns.yaml`` is the one place where table keys, sheet names, column keys,
headers (vi/en) and cell types live; ``labels.yaml`` names the schema's
vocabularies (the record parts are named where they are declared, in
``extractors.registry``); ``central.yaml`` says which cited documents are
national. They are loaded once and validated at load, so a typo fails at import, not in a
half-written workbook.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

from extractors.registry import RECORD_PARTS
from outputs.errors import SpecError

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")
CELL_TYPES = frozenset({"id", "str", "text", "int", "money", "date", "bool", "evidence"})
_DATA = Path(__file__).resolve().parent / "data"
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class Column:
    key: str
    vi: str
    en: str
    type: str
    width: int | None = None

    def header(self, lang: Lang) -> str:
        return self.vi if lang == "vi" else self.en


@dataclass(frozen=True)
class TableSpec:
    key: str
    sheet_vi: str
    sheet_en: str
    about_vi: str
    about_en: str
    columns: tuple[Column, ...]
    dynamic: str | None = None  # a vocabulary whose ids become extra columns

    def sheet(self, lang: Lang) -> str:
        return self.sheet_vi if lang == "vi" else self.sheet_en

    def about(self, lang: Lang) -> str:
        return self.about_vi if lang == "vi" else self.about_en

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.columns]

    def column(self, key: str) -> Column | None:
        return next((c for c in self.columns if c.key == key), None)


def _load_yaml(name: str) -> Any:
    with (_DATA / name).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _check_sheet(name: str, where: str) -> None:
    if not 0 < len(name) <= 31 or _BAD_SHEET_CHARS.search(name) or name.startswith("'"):
        raise SpecError(f"columns.yaml: sheet name {name!r} of {where} is not valid in Excel")


def _column(raw: dict[str, Any], where: str) -> Column:
    try:
        col = Column(
            key=str(raw["key"]),
            vi=str(raw["vi"]),
            en=str(raw["en"]),
            type=str(raw["type"]),
            width=raw.get("width"),
        )
    except KeyError as exc:
        raise SpecError(f"columns.yaml: {where} lacks {exc}") from None
    if col.type not in CELL_TYPES:
        raise SpecError(f"columns.yaml: {where}.{col.key} has unknown type {col.type!r}")
    return col


@cache
def table_specs() -> dict[str, TableSpec]:
    """Every table, in sheet order, validated."""
    raw = _load_yaml("columns.yaml")["tables"]
    specs: dict[str, TableSpec] = {}
    sheets: set[str] = set()
    for key, body in raw.items():
        cols = tuple(_column(c, key) for c in body["columns"])
        names = [c.key for c in cols]
        if len(set(names)) != len(names):
            raise SpecError(f"columns.yaml: duplicate column key in {key}")
        spec = TableSpec(
            key=key,
            sheet_vi=body["sheet"]["vi"],
            sheet_en=body["sheet"]["en"],
            about_vi=body["about"]["vi"],
            about_en=body["about"]["en"],
            columns=cols,
            dynamic=body.get("dynamic"),
        )
        for lang in LANGS:
            _check_sheet(spec.sheet(lang), key)
            if spec.sheet(lang).casefold() in sheets:
                raise SpecError(f"columns.yaml: sheet name {spec.sheet(lang)!r} used twice")
            sheets.add(spec.sheet(lang).casefold())
        if spec.dynamic is not None and spec.dynamic not in labels():
            raise SpecError(f"columns.yaml: {key} is dynamic over unknown {spec.dynamic!r}")
        specs[key] = spec
    return specs


@cache
def labels() -> dict[str, dict[str, dict[str, str]]]:
    """``labels()[vocabulary][id][lang]``, validated to have both languages."""
    raw = _load_yaml("labels.yaml")
    for vocab, entries in raw.items():
        for ident, names in entries.items():
            if set(names) != set(LANGS):
                raise SpecError(f"labels.yaml: {vocab}.{ident} needs exactly vi and en")
    out = {v: {str(k): dict(n) for k, n in e.items()} for v, e in raw.items()}
    # the record parts are named where they are declared (extractors.registry)
    out["part"] = {p.key: p.label._asdict() for p in RECORD_PARTS}
    out["field"].update({p.key: p.item_label._asdict() for p in RECORD_PARTS if p.item_label})
    return out


def label(vocab: str, ident: str | None, lang: Lang) -> str | None:
    """The label of ``ident`` in ``vocab``; unknown ids are returned as they are."""
    if ident is None:
        return None
    entry = labels()[vocab].get(ident)
    return entry[lang] if entry else ident


def word(ident: str, lang: Lang) -> str:
    return labels()["words"][ident][lang]


@dataclass(frozen=True)
class CentralRules:
    doc_types: frozenset[str]
    number_suffixes: frozenset[str]
    issuer_words: tuple[str, ...]
    local_issuer: re.Pattern[str]


@cache
def central_rules() -> CentralRules:
    raw = _load_yaml("central.yaml")
    words = tuple(unicodedata.normalize("NFC", w).casefold() for w in raw["issuer_words"])
    if not all(words):
        raise SpecError("central.yaml: empty issuer word")
    return CentralRules(
        doc_types=frozenset(raw["doc_types"]),
        number_suffixes=frozenset(s.upper() for s in raw["number_suffixes"]),
        issuer_words=words,
        local_issuer=re.compile(
            r"\b(?:" + "|".join(re.escape(w) for w in raw["local_issuer_words"]) + r")\b",
            re.IGNORECASE,
        ),
    )
