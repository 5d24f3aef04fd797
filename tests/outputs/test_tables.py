"""The comparison tables against the gold records and hand-made hostile plans."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from plan_fixtures import gold_names, gold_plans, hostile_plan

from outputs.central import is_central
from outputs.columns import table_specs
from outputs.plans import Failure, Plan, evidence_items, quantity_text
from outputs.table_writers import write_csv, write_jsonl, write_parquet
from outputs.tables import build_tables

GOLD_DIR = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "gold"


@pytest.fixture(scope="module")
def tables():
    return build_tables(
        [*gold_plans(), hostile_plan()], [Failure("bad.pdf", None, "failed", "no text", "OCR it")]
    )


@pytest.fixture(scope="module")
def gold_tables():
    return build_tables(gold_plans())


def test_tables_columns_follow_the_spec_in_order(tables):
    assert list(tables) == list(table_specs())
    for key, df in tables.items():
        spec = table_specs()[key]
        assert list(df.columns[: len(spec.keys)]) == spec.keys, key
        if spec.dynamic is None:
            assert len(df.columns) == len(spec.keys), key


@pytest.mark.parametrize(
    ("quota", "expected"),
    [
        ({"min": 3, "max": 3, "unlimited": False}, "3"),
        ({"min": 5, "max": 10, "unlimited": False}, "5–10"),
        ({"min": None, "max": None, "unlimited": True}, "không quy định số lượng"),
        ({"min": 20, "max": 35, "unlimited": False}, "20–35"),
    ],
)
def test_quantity_text_keeps_ranges_and_words(quota, expected):
    assert quantity_text(quota, "vi") == expected
    assert quantity_text(quota, "vi") not in {"55", "15", "0"}


def _gold(name: str) -> dict:
    return json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))


def _province(name: str) -> str:
    return _gold(name)["document"]["province"]["name"]


@pytest.mark.parametrize("name", gold_names())
def test_quotas_table_shows_exactly_the_gold_quotas(gold_tables, name):
    df = gold_tables["quotas"]
    got = df[df.province == _province(name)]
    expected = _gold(name)["quotas"]
    assert len(got) == len(expected)
    for (_, row), q in zip(got.iterrows(), expected, strict=True):
        assert row.award == q["award"]
        assert (None if pd.isna(row["min"]) else row["min"]) == q["min"]
        assert (None if pd.isna(row["max"]) else row["max"]) == q["max"]
        assert bool(row.unlimited) == q["unlimited"]
        assert row.per == q["per"]


def test_quota_pivot_never_sums_ranges_or_unlimited(gold_tables):
    pivot = gold_tables["quota_pivot"].set_index("province")
    cell = pivot.loc["Kiên Giang", "bang_khen_tinh"]
    assert "tổng: không quy định số lượng tập thể, cá nhân" in cell
    assert "mỗi đơn vị: 5–10 tập thể, cá nhân" in cell
    assert "mỗi đơn vị tuyến đầu: 20–35" in cell
    assert "mỗi huyện, thành phố: 15–25" in cell
    for total in ("40", "70", "55", "60"):
        assert total not in cell.replace("20–35", "").replace("15–25", "")
    bt = pivot.loc["Bình Thuận", "bang_khen_tinh"]
    assert bt.splitlines()[0] == "tổng: 20 tập thể; 20 cá nhân"
    assert pd.isna(pivot.loc["Quảng Ngãi", "bang_khen_tinh"])


@pytest.mark.parametrize(
    ("number", "plan_province", "central", "lag"),
    [
        ("19/CT-TTg", "Quảng Ngãi", True, 104),
        ("16/KH-HĐTĐKT", "Quảng Ngãi", True, 58),
        ("14/CT-UBND", "Quảng Ngãi", False, 83),
        ("278/KH-UBND", "Bình Phước", False, 12),
        ("1497/QĐ-TTg", "Bình Thuận", True, None),  # the plan's date is not printed
    ],
)
def test_legal_basis_lag_and_central(gold_tables, number, plan_province, central, lag):
    df = gold_tables["legal_basis"]
    row = df[(df.cited_number == number) & (df.province == plan_province)].iloc[0]
    assert bool(row.central) is central
    assert (None if pd.isna(row.lag_days) else row.lag_days) == lag


def test_legal_basis_rows_are_exactly_the_gold_citations(gold_tables):
    df = gold_tables["legal_basis"]
    expected = sorted(
        (_province(n), c["number"], c["date"])
        for n in gold_names()
        for c in _gold(n)["legal_basis"]
    )
    got = sorted(zip(df.province, df.cited_number, df.cited_date.map(str), strict=True))
    assert got == expected


def test_coverage_names_provinces_without_a_plan(gold_tables):
    df = gold_tables["coverage"]
    status = {(r.central_number, r.province): r.status for r in df.itertuples() if r.central_number}
    assert status[("1497/QĐ-TTg", "Bình Thuận")] == "đã viện dẫn"
    assert status[("1497/QĐ-TTg", "Trà Vinh")] == "đã viện dẫn"
    for prov in ("Kiên Giang", "Quảng Ngãi"):
        assert status[("1497/QĐ-TTg", prov)] == "chưa viện dẫn"
    # its only plan is dated before the decision: it could not cite it
    assert status[("1497/QĐ-TTg", "Bình Phước")] == "ban hành sau kế hoạch"
    assert status[("19/CT-TTg", "Quảng Ngãi")] == "đã viện dẫn"
    assert status[("34-CT/TW", "Quảng Ngãi")] == "đã viện dẫn"  # cited as a reference
    assert ("278/KH-UBND", "Bình Phước") not in status  # provincial, not central
    assert {"1497/QĐ-TTg", "19/CT-TTg", "16/KH-HĐTĐKT", "34-CT/TW"} <= set(df.central_number)
    # the catalogue gives the title a plan leaves out; the 2022 law is later than every plan
    titles = dict(zip(df.central_number, df.central_title, strict=True))
    assert titles["34-CT/TW"] == "Về tiếp tục đổi mới công tác thi đua, khen thưởng"
    assert "06/2022/QH15" not in set(df.central_number)


@pytest.mark.parametrize(
    ("citation", "expected"),
    [
        ({"doc_type": "luat", "number": None, "issuer": None}, True),
        ({"doc_type": "nghi_dinh", "number": "91/2017/NĐ-CP", "issuer": "Chính phủ"}, True),
        ({"doc_type": "quyet_dinh", "number": "1497/QĐ-TTg", "issuer": None}, True),
        ({"doc_type": "quyet_dinh", "number": "25/2018/QĐ-UBND", "issuer": "UBND tỉnh"}, False),
        (
            {
                "doc_type": "chi_thi",
                "number": "14/CT-UBND",
                "issuer": "Chủ tịch Ủy ban nhân dân tỉnh",
            },
            False,
        ),
        ({"doc_type": "cong_van", "number": "105-CV/TU", "issuer": "Tỉnh ủy"}, False),
    ],
)
def test_is_central(citation, expected):
    assert is_central(citation) is expected


def test_deadlines_are_a_calendar_with_days_after_the_plan(tables):
    df = tables["deadlines"]
    assert list(df.date) == sorted(df.date)
    assert list(df.date.map(str)) == ["2021-11-10", "2021-11-30", "2021-11-30"]
    hostile = df[df.plan_id == "99"].iloc[0]
    assert hostile.days_after_plan == 60
    assert pd.isna(df.iloc[0].days_after_plan)  # Bình Thuận prints no date


def test_award_matrix_marks_offers_and_conferrers(gold_tables):
    m = gold_tables["award_matrix"].set_index("province")
    assert m.loc["Trà Vinh", "huan_chuong_lao_dong"] == "có"
    assert m.loc["Bình Thuận", "huan_chuong_lao_dong"] == "Chủ tịch nước"
    assert pd.isna(m.loc["Kiên Giang", "giay_khen"])
    assert "Quảng Ngãi" in m.index  # no award forms, still a row


def test_duplicates_are_listed_but_not_counted():
    plans = gold_plans()
    kg = next(p for p in plans if p.record["document"]["province"]["name"] == "Kiên Giang")
    dup = Plan(42, "copy.pdf", "1" * 64, "pdf", "ok", [], kg.record, duplicate_of=kg.doc_id)
    with_dup = build_tables([*plans, dup])
    alone = build_tables(plans)
    assert len(with_dup["overview"]) == len(alone["overview"]) + 1
    assert with_dup["overview"].iloc[-1].duplicate_of == str(kg.doc_id)
    for key in ("quotas", "thresholds", "award_matrix", "quota_pivot", "evidence"):
        assert with_dup[key].equals(alone[key]), key


def test_evidence_checks_flag_missing_mismatched_and_warned():
    items = {i.id: i for i in evidence_items(hostile_plan())}
    assert items["99-province"].check == "missing"
    assert items["99-recipients-2"].check == "mismatch"
    assert items["99-deadlines-1"].check == "warning"
    assert items["99-participants"].check == "located"
    assert items["99-quotas-1"].check == "ok"
    text = hostile_plan().record["text"]
    for item in items.values():
        if item.highlightable:
            assert text[item.start : item.end] == item.evidence["quote"]


def test_every_evidence_id_in_a_table_is_in_the_evidence_table(tables):
    known = set(tables["evidence"].evidence_id)
    for key, df in tables.items():
        for col in ("evidence_id", "ev_province", "ev_issuer", "ev_signer"):
            if col in df:
                assert set(df[col].dropna()) <= known, (key, col)


def test_errors_list_failures_and_partial_documents(tables):
    df = tables["errors"]
    assert list(df.status) == ["failed", "partial"]
    assert df.iloc[0].reason == "no text" and df.iloc[0].hint == "OCR it"
    assert df.iloc[1].plan_id == "99"


def test_english_tables_use_english_labels():
    t = build_tables(gold_plans(), lang="en")
    assert "Labour Order" in set(t["quotas"].award_name)
    assert set(t["coverage"].status) == {"cited", "not cited", "issued after the plans"}


def test_exports_read_back(tables, tmp_path):
    parquet = write_parquet(tables, tmp_path / "pq")
    jsonl = write_jsonl(tables, tmp_path / "jl")
    csv = write_csv(tables, tmp_path / "csv")
    assert len(parquet) == len(jsonl) == len(csv) == len(tables)
    dl = pd.read_parquet(tmp_path / "pq" / "deadlines.parquet")
    assert dl.date.iloc[0] == dt.date(2021, 11, 10)
    assert dl.days_after_plan.iloc[2] == 60
    lines = (tmp_path / "jl" / "quotas.jsonl").read_text(encoding="utf-8").splitlines()
    first = json.loads(lines[0])
    assert list(first) == table_specs()["quotas"].keys and first["min"] == 1
    dl_json = json.loads((tmp_path / "jl" / "deadlines.jsonl").read_text().splitlines()[0])
    assert dl_json["date"].startswith("2021-11-10")
    header = (tmp_path / "csv" / "overview.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",")[:3] == ["plan_id", "province", "province_code"]


def test_tables_numbered_reads_typed_records_by_the_registry() -> None:
    from extractors.model import Deadline, Quota
    from outputs.frames import numbered
    from outputs.plans import plan_from_record

    quota = {"award": "giay_khen", "recipient_kind": "ca_nhan", "min": 3, "max": 3}
    plan = plan_from_record(1, {"source": {}, "quotas": [quota, "damaged", quota]})
    assert [(i, q.award, q.min) for i, q in numbered(plan, "quotas", Quota)] == [
        (1, "giay_khen", 3),
        (3, "giay_khen", 3),
    ]
    with pytest.raises(TypeError, match="quotas"):
        numbered(plan, "quotas", Deadline)
