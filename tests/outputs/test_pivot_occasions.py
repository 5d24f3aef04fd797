"""The quota pivot groups by province and occasion; an organisation's own award
has its own column, not "Khác"."""

from __future__ import annotations

from typing import Any

import pytest

from outputs.plans import plan_from_record
from outputs.tables import build_tables, headers

TEXT = "Sơ kết 6 tháng: 10 tập thể. Tổng kết năm: 20 tập thể. Bằng khen của LĐLĐ tỉnh: 60 tập thể."


def _quota(award: str, n: int, occasion: str | None) -> dict[str, Any]:
    quote = f"{n} tập thể"
    start = TEXT.index(quote)
    ev = {"quote": quote, "start": start, "end": start + len(quote)}
    return {
        "award": award,
        "recipient_kind": "tap_the",
        "min": n,
        "max": n,
        "unlimited": False,
        "per": None,
        "selected_by": None,
        "evidence": ev,
        "occasion": occasion,
    }


def _plan(i: int, province: str, quotas: list[dict[str, Any]], forms: list[dict[str, Any]]):
    record = {
        "source": {"path": f"/data/in/{i}.txt", "sha256": str(i), "warnings": []},
        "text": TEXT,
        "document": {"province": {"name": province, "code": None, "merged_2025": None}},
        "quotas": quotas,
        "award_forms": forms,
    }
    return plan_from_record(i, record)


def _form(form: str, label: str) -> dict[str, Any]:
    return {"form": form, "label": label, "conferrer": None, "standard": None, "evidence": None}


@pytest.fixture
def tables():
    hue = _plan(
        1,
        "Huế",
        [_quota("bang_khen_tinh", 10, "so_ket"), _quota("bang_khen_tinh", 20, "tong_ket")],
        [_form("bang_khen_tinh", "Bằng khen của Chủ tịch UBND thành phố")],
    )
    union = "Bằng khen của Ban Chấp hành Liên đoàn Lao động tỉnh"
    nghe_an = _plan(2, "Nghệ An", [_quota("other", 60, None)], [_form("other", union)])
    two_own = _plan(
        3,
        "Lào Cai",
        [_quota("other", 60, None)],
        [_form("other", "Bằng khen của Hội LHPN tỉnh"), _form("other", "Kỷ niệm chương của Hội")],
    )
    return build_tables([hue, nghe_an, two_own], [])


def test_pivot_one_row_per_province_and_occasion(tables) -> None:
    pivot = tables["quota_pivot"]
    rows = [(r.province, r.occasion, r.bang_khen_tinh) for r in pivot.itertuples()]
    assert rows[:2] == [
        ("Huế", "Sơ kết", "tổng: 10 tập thể"),
        ("Huế", "Tổng kết", "tổng: 20 tập thể"),
    ]
    none = "(không nêu dịp)"
    assert list(tables["quotas"]["occasion"]) == ["Sơ kết", "Tổng kết", none, none]


def test_pivot_own_award_of_an_organisation_has_its_own_column(tables) -> None:
    pivot = tables["quota_pivot"]
    heads = headers("quota_pivot", pivot, "vi")
    assert "Bằng khen của Ban Chấp hành Liên đoàn Lao động tỉnh" in heads
    union = pivot.columns[heads.index("Bằng khen của Ban Chấp hành Liên đoàn Lao động tỉnh")]
    by_province = dict(zip(pivot["province"], pivot[union], strict=True))
    assert by_province["Nghệ An"] == "tổng: 60 tập thể"
    # two own awards in one plan: which one a quota counts is unknown, so "Khác"
    assert by_province["Lào Cai"] is None
    assert (
        dict(zip(pivot["province"], pivot["other"], strict=True))["Lào Cai"] == "tổng: 60 tập thể"
    )
