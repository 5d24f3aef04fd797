"""Review pages speak Vietnamese (labels, dd/mm/yyyy) and no output shows a
machine's absolute path: every source path is relative to the ingest root."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from plan_fixtures import gold_names, gold_record

from outputs.plans import Failure, _corpus, field_label, plan_from_record, vn_date
from outputs.report import write_report
from outputs.table_writers import write_csv
from outputs.tables import build_tables
from outputs.workbook import write_workbook

ROOT = "/srv/researcher/thidua-corpus"


@pytest.mark.parametrize(
    ("value", "shown"),
    [("2024-03-05", "05/03/2024"), ("2024-3-5", "2024-3-5"), (None, ""), ("?", "?")],
)
def test_vn_date(value, shown) -> None:
    assert vn_date(value) == shown


@pytest.mark.parametrize(
    ("field", "vi", "en"),
    [
        ("document.issue_date", "Ngày ban hành", "Issue date"),
        ("legal_basis", "Căn cứ", "Legal basis"),
        ("document.province", "Tỉnh", "Province"),
        ("unknown_part", "unknown_part", "unknown_part"),
    ],
)
def test_field_label(field, vi, en) -> None:
    assert (field_label(field, "vi"), field_label(field, "en")) == (vi, en)


@pytest.fixture
def corpus():
    plans = []
    for i, name in enumerate(gold_names()[:2], start=1):
        record = gold_record(name)
        sub = "2024" if i == 1 else "2025/scans"
        record.setdefault("source", {})["path"] = f"{ROOT}/{sub}/{name}.txt"
        plans.append(plan_from_record(i, record))
    failures = [Failure(f"{ROOT}/2025/broken.pdf", "a" * 64, "failed", "unreadable", "OCR it")]
    return _corpus("t.db", plans, failures, ["1"])


def test_paths_relative_to_the_ingest_root_in_every_output(corpus, tmp_path: Path) -> None:
    name = gold_names()[0]
    assert corpus.plans[0].source_path == f"2024/{name}.txt"
    assert corpus.failures[0].path == "2025/broken.pdf"
    tables = build_tables(corpus.plans, corpus.failures)
    write_csv(tables, tmp_path / "csv")
    write_workbook(tables, tmp_path / "t.xlsx", corpus.info)
    site = write_report(corpus, tmp_path / "site").parent
    texts = [p.read_text(encoding="utf-8") for p in (tmp_path / "csv").glob("*.csv")]
    texts += [p.read_text(encoding="utf-8") for p in site.rglob("*.html")]
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    texts += [
        json.dumps([list(r) for r in ws.iter_rows(values_only=True)], default=str) for ws in book
    ]
    assert not any(ROOT in t for t in texts)
    assert any(f"2024/{name}.txt" in t for t in texts)


def test_review_page_uses_labels_and_vietnamese_dates(corpus, tmp_path: Path) -> None:
    write_report(corpus, tmp_path / "site")
    page = (tmp_path / "site" / "plans" / "1.html").read_text(encoding="utf-8")
    assert "document.issue_date" not in page and ">legal_basis<" not in page
    assert '<span class="field">Căn cứ</span>' in page
    date = corpus.plans[0].record["document"]["issue_date"]
    assert f"<dt>Ngày ban hành</dt><dd>{vn_date(date)}</dd>" in page and date not in page
