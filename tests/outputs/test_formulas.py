"""No export writes a live formula: CSV defused (OWASP), workbook strings, Parquet/JSONL data."""

from __future__ import annotations

import csv
import json

import pandas as pd
import pytest
from openpyxl import load_workbook
from plan_fixtures import INJECTIONS, gold_plans, hostile_plan

from outputs.formulas import FORMULA_START, defuse
from outputs.plans import CorpusInfo
from outputs.table_writers import write_csv, write_jsonl, write_parquet
from outputs.tables import build_tables
from outputs.workbook import write_workbook


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+84 912 345 678", "'+84 912 345 678"),
        ("- Sở Nội vụ", "'- Sở Nội vụ"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Sở Nội vụ", "Sở Nội vụ"),
        ("Tỷ lệ = 80%", "Tỷ lệ = 80%"),
        (" =1+1", " =1+1"),
        (-5, -5),
        (None, None),
    ],
)
def test_defuse_prefixes_only_cells_a_spreadsheet_would_run(value, expected) -> None:
    assert defuse(value) == expected


@pytest.fixture(scope="module")
def tables():
    return build_tables([*gold_plans(), hostile_plan()])


def _csv_cells(folder):
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh):
                yield path.name, row


def test_csv_export_has_no_live_formula_and_raw_keeps_the_text(tables, tmp_path) -> None:
    write_csv(tables, tmp_path / "safe")
    cells = [c for _, row in _csv_cells(tmp_path / "safe") for c in row]
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    assert "'" + INJECTIONS[0] in cells  # shown as text, with its content kept
    write_csv(tables, tmp_path / "raw", raw=True)
    raw = [c for _, row in _csv_cells(tmp_path / "raw") for c in row]
    assert INJECTIONS[0] in raw and len(raw) == len(cells)


def test_workbook_has_no_formula_cell(tables, tmp_path) -> None:
    path = write_workbook(tables, tmp_path / "t.xlsx", CorpusInfo("hostile"))
    book = load_workbook(path)
    formulas = [
        (ws.title, c.coordinate, c.value)
        for ws in book.worksheets
        for row in ws.iter_rows()
        for c in row
        if c.data_type == "f"
    ]
    assert formulas == []
    texts = {c.value for ws in book.worksheets for row in ws.iter_rows() for c in row}
    assert INJECTIONS[0] in texts  # the text itself, stored as a string


def test_parquet_and_jsonl_carry_the_text_as_data(tables, tmp_path) -> None:
    write_parquet(tables, tmp_path / "pq")
    write_jsonl(tables, tmp_path / "jl")
    title = pd.read_parquet(tmp_path / "pq" / "overview.parquet").title
    assert INJECTIONS[4] in set(title)
    rows = [
        json.loads(line) for line in (tmp_path / "jl" / "overview.jsonl").open(encoding="utf-8")
    ]
    assert "=1+1" in {r["number"] for r in rows}  # a value, typed as a string, not a formula
