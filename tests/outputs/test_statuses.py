"""Notes (how a value was read) against warnings (a value may be wrong): only
warnings make a document ``partial``; the cover, the errors sheet and the report agree."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from plan_fixtures import gold_names, gold_record

from outputs.plans import Corpus, CorpusInfo, plan_from_record
from outputs.report import write_report
from outputs.tables import build_tables
from outputs.workbook import write_workbook
from pipeline.extract import extract_file

PLAN = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 41/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Trị, ngày 12 tháng 3 năm 2025

KẾ HOẠCH
Tổ chức phong trào thi đua năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Phát động phong trào thi đua sâu rộng trong toàn tỉnh.

II. TỔ CHỨC THỰC HIỆN
{deadline}

CHỦ TỊCH
Lê Văn Minh
"""


@pytest.mark.parametrize(
    ("deadline", "status", "noted"),
    [
        ("Các sở, ngành gửi hồ sơ đề nghị khen thưởng trước ngày 30/11 hằng năm.", "ok", True),
        ("Các sở, ngành gửi hồ sơ đề nghị khen thưởng trước ngày 30/11.", "partial", False),
        ("Các sở, ngành gửi hồ sơ đề nghị khen thưởng trước ngày 30/11/2025.", "ok", False),
    ],
)
def test_status_only_warnings_make_a_record_partial(
    tmp_path: Path, deadline: str, status: str, noted: bool
) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN.format(deadline=deadline), encoding="utf-8")
    record = extract_file(path)
    assert [d["date"] for d in record["deadlines"]] == ["2025-11-30"]
    assert bool(record["source"]["notes"]) is noted
    assert plan_from_record(1, record).status == status


def _plans() -> list:
    names = gold_names()[:3]
    plans = []
    for i, name in enumerate(names, start=1):
        record = gold_record(name)
        source = record.setdefault("source", {})
        if i == 1:
            source["notes"] = ["deadlines: recurring 30/11 hằng năm read as 2024-11-30"]
        if i == 2:
            source["warnings"] = ["extractor quotas failed: ValueError"]
        plans.append(plan_from_record(i, record))
    return plans


def test_status_cover_errors_sheet_and_report_agree(tmp_path: Path) -> None:
    plans = _plans()
    assert [p.status for p in plans] == ["ok", "partial", "ok"]
    tables = build_tables(plans, [])
    errors = tables["errors"]
    assert list(errors["plan_id"]) == ["2"]
    assert all(h and "plans/2.html" in h for h in errors["hint"])  # what to do, never empty
    info = CorpusInfo("t", documents=3, counted=3, partial=1)
    book = openpyxl.load_workbook(write_workbook(tables, tmp_path / "t.xlsx", info))
    cover = {r[0]: r[1] for r in book.worksheets[0].iter_rows(values_only=True) if r[0]}
    assert cover["Số văn bản cần kiểm tra (có cảnh báo, xem trang 'Lỗi')"] == 1
    assert book["Lỗi"].max_row - 1 == 1
    site = write_report(Corpus(plans, [], info), tmp_path / "site")
    index = site.read_text(encoding="utf-8")
    assert "<dt>Văn bản cần kiểm tra (có cảnh báo)</dt><dd>1</dd>" in index
    noted = (tmp_path / "site" / "plans" / "1.html").read_text(encoding="utf-8")
    assert 'class="notes"' in noted and 'class="warnings"' not in noted
    warned = (tmp_path / "site" / "plans" / "2.html").read_text(encoding="utf-8")
    assert 'class="warnings"' in warned and 'class="notes"' not in warned


@pytest.mark.parametrize(("hint", "shown"), [("OCR it", "OCR it"), (None, "--retry-failed")])
def test_status_failed_files_always_say_what_to_do(hint, shown) -> None:
    from outputs.plans import Failure

    failure = Failure("a.pdf", "0" * 64, "failed", "unreadable", hint)
    errors = build_tables([], [failure])["errors"]
    assert shown in errors.iloc[0]["hint"]
