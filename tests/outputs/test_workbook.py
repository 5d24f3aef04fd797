"""The workbook, read back with openpyxl: values, links, types, no formulas."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

import openpyxl
import pytest
from plan_fixtures import INJECTIONS, SEEDS, gold_names, gold_plans, gold_record, hostile_plan

from outputs.columns import table_specs
from outputs.plans import CorpusInfo, Failure
from outputs.tables import build_tables
from outputs.workbook import write_workbook
from thidua.cli import main

GOLD_DIR = SEEDS.parent / "gold"


def _write(tmp: Path, lang: str = "vi", plans=None) -> Path:
    plans = plans if plans is not None else [*gold_plans(), hostile_plan()]
    failures = [Failure("scan.pdf", "a" * 64, "failed", "=cmd|' /C calc'!A0", "- OCR it")]
    tables = build_tables(plans, failures, lang=lang)
    info = CorpusInfo("gold+hostile", ["1.0+abc"], documents=len(plans), counted=len(plans))
    return write_workbook(tables, tmp / f"t-{lang}.xlsx", info, lang=lang)


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    path = _write(tmp_path_factory.mktemp("wb"))
    return path, openpyxl.load_workbook(path)


def _rows(ws) -> list[dict]:
    head = [c.value for c in ws[1]]
    return [dict(zip(head, (c.value for c in row), strict=True)) for row in ws.iter_rows(min_row=2)]


def test_workbook_has_cover_then_one_sheet_per_table_within_excel_limits(book):
    _, wb = book
    assert wb.sheetnames[0] == "Hướng dẫn"
    assert wb.sheetnames[1:-1] == [s.sheet("vi") for s in table_specs().values()]
    assert wb.sheetnames[-1] == "Biểu đồ"
    assert all(len(name) <= 31 for name in wb.sheetnames)
    cover = {r[0].value: r[1].value for r in wb["Hướng dẫn"].iter_rows(min_row=3, max_row=8)}
    assert cover["Kho dữ liệu"] == "gold+hostile"
    assert cover["Phiên bản bộ trích xuất"] == "1.0+abc"
    assert cover["Số văn bản (kể cả trùng)"] == 6
    assert isinstance(cover["Thời điểm tạo (UTC)"], dt.datetime)


def test_workbook_has_no_formula_anywhere(book):
    path, wb = book
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in zf.read(name) and b"<f " not in zf.read(name), name


@pytest.mark.parametrize("payload", INJECTIONS)
def test_workbook_injection_payloads_are_inert_text(book, payload):
    _, wb = book
    cells = [c for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value == payload]
    assert cells, payload
    for cell in cells:
        assert cell.data_type == "s"
        assert cell.quotePrefix is payload.startswith(("=", "+", "-", "@"))


def test_workbook_failure_reason_starting_with_equals_is_text(book):
    _, wb = book
    rows = _rows(wb["Lỗi"])
    assert rows[0]["Lý do"] == "=cmd|' /C calc'!A0"
    assert rows[0]["Cách xử lý"] == "- OCR it"


def test_workbook_headers_in_both_languages(tmp_path):
    for lang in ("vi", "en"):
        wb = openpyxl.load_workbook(_write(tmp_path, lang))
        spec = table_specs()["quotas"]
        ws = wb[spec.sheet(lang)]
        assert [c.value for c in ws[1]] == [c.header(lang) for c in spec.columns]
    assert wb.sheetnames[0] == "About"


def test_workbook_sheets_are_frozen_filtered_sized_and_wrapped(book):
    _, wb = book
    ws = wb["Chỉ tiêu khen thưởng"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == f"A1:N{ws.max_row}"
    assert ws.column_dimensions["L"].width == 36  # "per"
    assert ws["L2"].alignment.wrap_text


def test_workbook_dates_and_numbers_are_typed(book):
    _, wb = book
    rows = _rows(wb["Lịch thời hạn"])
    assert [r["Ngày"] for r in rows] == [
        dt.datetime(2021, 11, 10),
        dt.datetime(2021, 11, 30),
        dt.datetime(2021, 11, 30),
    ]
    assert rows[2]["Sau ngày kế hoạch (ngày)"] == 60
    assert wb["Lịch thời hạn"]["A2"].number_format == "DD/MM/YYYY"
    money = wb["Mức đóng góp"]["G2"]
    assert money.value == 75_000_000 and money.number_format == "#,##0"


def test_workbook_evidence_ids_link_to_their_evidence_row(book):
    _, wb = book
    ev_sheet = wb["Nguồn và bằng chứng"]
    links = 0
    for ws in wb.worksheets[1:]:
        for row in ws.iter_rows(min_row=2):
            for cell in row:
                if cell.hyperlink is None or ws.title == ev_sheet.title:
                    continue
                sheet, ref = cell.hyperlink.location.rsplit("!", 1)
                assert sheet == "'Nguồn và bằng chứng'"
                target = ev_sheet[ref].value
                if ws.title not in ("Ma trận khen thưởng", "Chỉ tiêu theo tỉnh"):
                    assert target == str(cell.value).split(", ")[0]
                else:
                    assert target == cell.comment.text.split(", ")[0]
                links += 1
    assert links > 100


def test_workbook_quota_pivot_cells_comment_their_evidence(book):
    _, wb = book
    rows = list(wb["Chỉ tiêu theo tỉnh"].iter_rows(min_row=2))
    kg = next(r for r in rows if r[0].value == "Kiên Giang")
    head = [c.value for c in wb["Chỉ tiêu theo tỉnh"][1]]
    cell = kg[head.index("Bằng khen của UBND tỉnh")]
    assert "mỗi đơn vị: 5–10 tập thể, cá nhân" in cell.value
    assert cell.comment.text == "3-quotas-1, 3-quotas-2, 3-quotas-3, 3-quotas-4"


def _gold(name):
    return json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))


def test_workbook_quota_sheet_is_exactly_the_gold_quotas(tmp_path):
    wb = openpyxl.load_workbook(_write(tmp_path, plans=gold_plans()))
    got = sorted(
        repr(
            (
                r["Tỉnh (2021)"],
                r["Mã hình thức"],
                r["Tối thiểu"],
                r["Tối đa"],
                bool(r["Không quy định số lượng"]),
                r["Tính trên"],
            )
        )
        for r in _rows(wb["Chỉ tiêu khen thưởng"])
    )
    expected = sorted(
        repr(
            (
                _gold(n)["document"]["province"]["name"],
                q["award"],
                q["min"],
                q["max"],
                q["unlimited"],
                q["per"],
            )
        )
        for n in gold_names()
        for q in _gold(n)["quotas"]
    )
    assert got == expected


def test_workbook_calendar_and_cascade_are_exactly_the_gold(tmp_path):
    wb = openpyxl.load_workbook(_write(tmp_path, plans=gold_plans()))
    got = [(r["Ngày"].date().isoformat(), r["Gửi về"]) for r in _rows(wb["Lịch thời hạn"])]
    expected = sorted((d["date"], d["to"]) for n in gold_names() for d in _gold(n)["deadlines"])
    assert got == expected
    got_lb = sorted(
        (
            r["Số văn bản căn cứ"],
            r["Ngày văn bản căn cứ"].date().isoformat(),
            r["Cơ quan ban hành căn cứ"],
        )
        for r in _rows(wb["Căn cứ pháp lý"])
    )
    expected_lb = sorted(
        (c["number"], c["date"], c["issuer"]) for n in gold_names() for c in _gold(n)["legal_basis"]
    )
    assert got_lb == expected_lb


def test_export_command_writes_the_workbook_from_records(tmp_path, capsys):
    records = tmp_path / "records"
    records.mkdir()
    for name in gold_names():
        (records / f"{name}.json").write_text(json.dumps(gold_record(name), ensure_ascii=False))
    out = tmp_path / "out.xlsx"
    assert (
        main(
            [
                "export",
                "--records",
                str(records),
                "--xlsx",
                str(out),
                "--lang",
                "en",
                "--jsonl",
                str(tmp_path / "jl"),
            ]
        )
        == 0
    )
    assert f"workbook: {out}" in capsys.readouterr().out
    wb = openpyxl.load_workbook(out)
    assert len(_rows(wb["Overview"])) == 5
    assert (tmp_path / "jl" / "quotas.jsonl").is_file()


def test_export_command_names_a_missing_store(tmp_path, capsys):
    missing = tmp_path / "none.db"
    assert main(["export", "--db", str(missing), "--xlsx", str(tmp_path / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert str(missing) in err and "thidua ingest" in err
    assert not missing.exists()


def _gold_rows():
    golds = [_gold(n) for n in gold_names()]
    quotas = sorted(
        repr(
            (
                g["document"]["province"]["name"],
                q["award"],
                q["min"],
                q["max"],
                q["unlimited"],
                q["per"],
            )
        )
        for g in golds
        for q in g["quotas"]
    )
    calendar = sorted(
        (d["date"], g["document"]["province"]["name"], d["to"], d["action_kind"])
        for g in golds
        for d in g["deadlines"]
    )
    cascade = sorted(
        repr((g["document"]["province"]["name"], c["number"], c["date"], c["issuer"]))
        for g in golds
        for c in g["legal_basis"]
    )
    return quotas, calendar, cascade


@pytest.mark.slow
def test_workbook_from_a_real_ingest_of_the_seeds_shows_exactly_the_gold(tmp_path):
    """Seeds → thidua ingest → thidua export: quota sheet, calendar and cascade == gold."""
    from outputs.columns import labels
    from pipeline.store import open_store

    db, xlsx = tmp_path / "seeds.db", tmp_path / "seeds.xlsx"
    assert main(["ingest", str(SEEDS), "--db", str(db), "--jobs", "1"]) in (0, 1)
    assert main(["export", "--db", str(db), "--xlsx", str(xlsx)]) == 0
    wb = openpyxl.load_workbook(xlsx)
    quotas, calendar, cascade = _gold_rows()
    got_quotas = sorted(
        repr(
            (
                r["Tỉnh (2021)"],
                r["Mã hình thức"],
                r["Tối thiểu"],
                r["Tối đa"],
                bool(r["Không quy định số lượng"]),
                r["Tính trên"],
            )
        )
        for r in _rows(wb["Chỉ tiêu khen thưởng"])
    )
    assert got_quotas == quotas
    kinds = {v["vi"]: k for k, v in labels()["action_kind"].items()}
    got_calendar = [
        (r["Ngày"].date().isoformat(), r["Tỉnh (2021)"], r["Gửi về"], kinds[r["Loại việc"]])
        for r in _rows(wb["Lịch thời hạn"])
    ]
    assert got_calendar == calendar  # already in calendar order
    got_cascade = sorted(
        repr(
            (
                r["Tỉnh (2021)"],
                r["Số văn bản căn cứ"],
                r["Ngày văn bản căn cứ"].date().isoformat() if r["Ngày văn bản căn cứ"] else None,
                r["Cơ quan ban hành căn cứ"],
            )
        )
        for r in _rows(wb["Căn cứ pháp lý"])
    )
    assert got_cascade == cascade
    # every evidence row quotes the stored text at its span
    with open_store(db) as store:
        texts = {str(r.doc_id): r.record["text"] for r in store.iter_records(True)}
    assert len(_rows(wb["Tổng quan"])) == len(texts) == 5
    for r in _rows(wb["Nguồn và bằng chứng"]):
        if r["Kiểm tra"] == "ok":
            assert texts[r["Mã văn bản"]][r["Vị trí đầu"] : r["Vị trí cuối"]] == r["Trích dẫn"]
