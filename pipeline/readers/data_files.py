"""Load the reader's data files (legacy-encoding tables, common syllables) once, validated."""

from __future__ import annotations

from functools import cache
from importlib import resources

from extractors.errors import DataFileError
from extractors.toolbox.data_files import unique


def _lines(name: str) -> list[str]:
    path = resources.files("pipeline.readers") / "data" / name
    text = path.read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def tcvn3_table() -> dict[str, str]:
    """TCVN3 character (as decoded by Latin-1) -> Unicode letter."""
    table: dict[str, str] = {}
    for line in _lines("tcvn3.tsv"):
        code, legacy, uni = line.split("\t")
        if chr(int(code, 16)) != legacy or len(uni) != 1:
            raise DataFileError(f"tcvn3.tsv: bad row {line!r}")
        table[legacy] = uni
    unique("tcvn3.tsv", list(table.values()), "Unicode letter")
    return table


@cache
def vni_table() -> dict[str, str]:
    """VNI sequence (as decoded by Windows-1252) -> Unicode letter."""
    rows = [line.split("\t") for line in _lines("vni.tsv")]
    if any(len(row) != 2 or not 1 <= len(row[0]) <= 2 for row in rows):
        raise DataFileError("vni.tsv: every row is a 1-2 character sequence and a letter")
    unique("vni.tsv", [row[0] for row in rows], "legacy sequence")
    unique("vni.tsv", [row[1] for row in rows], "Unicode letter")
    return {legacy: uni for legacy, uni in rows}


@cache
def common_syllables() -> frozenset[str]:
    """Frequent syllables of Vietnamese administrative text (lower case)."""
    return frozenset(word for line in _lines("common_syllables.txt") for word in line.split())
