"""The research views of the store, queried in SQL after a real ingest."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from outputs.collation import sort_key, vi_key
from outputs.store_views import connect
from thidua.cli import main

ROOT = Path(__file__).resolve().parents[2]
PLANS = [
    ROOT / "corpora" / "variants" / "hue_ubnd_ke-hoach-thi-dua-do-thi-di-san-2026.txt",
    ROOT / "corpora" / "samples" / "da-nang_ubnd_ke-hoach-thi-dua-2024.txt",
    ROOT / "corpora" / "samples" / "binh-duong_hoi-nong-dan_ke-hoach-2024.txt",
    ROOT / "corpora" / "samples" / "thai-binh_so-y-te_ke-hoach-2024.txt",
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("plans")
    for plan in PLANS:
        shutil.copy(plan, folder / plan.name)
    shutil.copy(PLANS[1], folder / "copy-of-da-nang.txt")  # a duplicate: never counted twice
    path = folder / "store.db"
    assert main(["ingest", str(folder), "--db", str(path), "--jobs", "1"]) == 0
    return path


def _rows(db: Path, sql: str) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_views_quota_view_has_province_award_label_and_occasion(db: Path) -> None:
    rows = _rows(
        db,
        "SELECT province, award_label, occasion, occasion_label, recipient_label, min, quote "
        "FROM quota_view WHERE province = 'Huế' ORDER BY idx",
    )
    assert [(r["award_label"], r["occasion_label"], r["min"]) for r in rows] == [
        ("Bằng khen của UBND tỉnh", "Sơ kết", 10),
        ("Bằng khen của UBND tỉnh", "Sơ kết", 15),
        ("Bằng khen của UBND tỉnh", "Tổng kết", 20),
        ("Bằng khen của UBND tỉnh", "Tổng kết", 30),
    ]
    assert {r["recipient_label"] for r in rows} == {"tập thể", "cá nhân"}
    assert all(r["quote"] for r in rows)


def test_views_count_each_plan_once_and_match_the_records(db: Path) -> None:
    records = _rows(db, "SELECT record FROM documents WHERE duplicate_of IS NULL")
    assert len(records) == len(PLANS)
    for view, part in (
        ("quota_view", "quotas"),
        ("deadline_view", "deadlines"),
        ("citation_view", "legal_basis"),
    ):
        where = " WHERE role = 'legal_basis'" if view == "citation_view" else ""
        (n,) = _rows(db, f"SELECT count(*) FROM {view}{where}")[0]
        assert n == sum(len(json.loads(r["record"]).get(part) or []) for r in records), view


def test_views_citations_and_deadlines_carry_their_plan(db: Path) -> None:
    cited = _rows(
        db,
        "SELECT province, plan_number, plan_date, cited_date, lag_days FROM citation_view "
        "WHERE cited_number = '98/2023/NĐ-CP' AND province = 'Đà Nẵng'",
    )
    assert [(r["plan_number"], r["cited_date"], r["lag_days"]) for r in cited] == [
        ("57/KH-UBND", "2023-12-31", 65)
    ]
    due = _rows(
        db,
        "SELECT date, days_after_plan, occasion_label, plan_number FROM deadline_view "
        "WHERE province = 'Huế' AND occasion = 'so_ket' ORDER BY date",
    )
    assert [r["date"] for r in due] == ["2026-06-20", "2026-07-10"]
    assert all(r["days_after_plan"] > 0 and r["plan_number"] for r in due)


def test_views_sort_provinces_in_vietnamese_order(db: Path) -> None:
    by_key = [r[0] for r in _rows(db, "SELECT province FROM plan_view ORDER BY province_sort")]
    assert by_key == ["Bình Dương", "Đà Nẵng", "Huế", "Thái Bình"]
    assert [r[0] for r in _rows(db, "SELECT province FROM plan_view ORDER BY province")] != by_key
    conn = connect(db)
    try:
        collated = [
            r[0]
            for r in conn.execute("SELECT province FROM plan_view ORDER BY province COLLATE vi")
        ]
    finally:
        conn.close()
    assert collated == by_key


@pytest.mark.parametrize(
    "words",
    [
        [
            "Bắc Ninh",
            "Bình Dương",
            "Bình Định",
            "Cà Mau",
            "Đà Nẵng",
            "Hà Giang",
            "Hà Nội",
            "Yên Bái",
        ],
        ["An", "Anh", "Ân", "Ăn", "Bà", "Bả", "Bạ"],
        ["ma", "mà", "mả", "mã", "má", "mạ"],
    ],
)
def test_sort_key_orders_as_vi_key(words: list[str]) -> None:
    shuffled = list(reversed(words))
    assert sorted(shuffled, key=sort_key) == sorted(shuffled, key=vi_key)
