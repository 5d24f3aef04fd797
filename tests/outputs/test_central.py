"""Central documents: catalogue matching, sectors, and the coverage sheet's statuses."""

from __future__ import annotations

from typing import Any

import pytest

from outputs.central import catalogue, citation_key, is_central, sector_of_citation, sector_of_plan
from outputs.coverage import coverage
from outputs.plans import plan_from_record


def _plan(i: int, province: str, issuer: str, date: str, cites: list[dict[str, Any]]):
    record = {
        "source": {"path": f"{i}.txt", "sha256": str(i), "warnings": []},
        "text": "",
        "document": {
            "province": {"name": province, "code": None, "merged_2025": None},
            "issuer": {"name": issuer, "kind": "so_nganh", "parent": None},
            "issue_date": date,
            "number": f"{i}/KH",
        },
        "legal_basis": cites,
    }
    return plan_from_record(i, record)


LAW = {"doc_type": "luat", "number": None, "date": "2022-06-15", "issuer": None, "title": None}
DECREE = {"doc_type": "nghi_dinh", "number": "98/2023/NĐ-CP", "date": "2023-12-31"}
HEALTH = {
    "doc_type": "thong_tu",
    "number": "31/2023/TT-BYT",
    "date": "2023-12-29",
    "issuer": "Bộ Y tế",
}


@pytest.mark.parametrize(
    ("citation", "number"),
    [
        (LAW, "06/2022/QH15"),  # a law cited by its date alone
        ({"number": "98 / 2023 / nđ-cp"}, "98/2023/NĐ-CP"),
        ({"number": "34-CT/TW", "date": "2014-04-07"}, "34-CT/TW"),
        ({"number": "215/KH-UBND", "date": "2024-01-22"}, None),
        ({"doc_type": "luat", "date": "2020-01-01"}, None),
    ],
)
def test_catalogue_find(citation, number) -> None:
    found = catalogue().find(citation)
    assert (found.number if found else None) == number


@pytest.mark.parametrize(
    ("citation", "sector"),
    [
        (HEALTH, "y_te"),
        ({"number": "29/2024/TT-BGDĐT", "issuer": "Bộ Giáo dục và Đào tạo"}, "giao_duc"),
        ({"number": "25/KH-TLĐ", "issuer": "Tổng Liên đoàn Lao động Việt Nam"}, "cong_doan"),
        (DECREE, "national"),
        ({"number": "19/CT-TTg", "issuer": "Thủ tướng Chính phủ"}, "national"),
    ],
)
def test_sector_of_citation(citation, sector) -> None:
    assert sector_of_citation(citation) == sector
    assert is_central(citation)


@pytest.mark.parametrize(
    ("issuer", "sector"),
    [
        ("Sở Y tế tỉnh Thái Bình", "y_te"),
        ("Liên đoàn Lao động tỉnh Nghệ An", "cong_doan"),
        ("Sở Tài nguyên và Môi trường", None),
        ("Ủy ban nhân dân tỉnh Đà Nẵng", None),
    ],
)
def test_sector_of_plan(issuer, sector) -> None:
    assert sector_of_plan(_plan(1, "X", issuer, "2024-03-01", [])) == sector


def test_coverage_compares_a_sector_document_only_within_its_sector() -> None:
    plans = [
        _plan(1, "Thái Bình", "Sở Y tế tỉnh Thái Bình", "2024-01-22", [HEALTH, DECREE]),
        _plan(2, "Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng", "2024-03-05", [LAW]),
        _plan(3, "Hà Nội", "Ủy ban nhân dân thành phố Hà Nội", "2023-06-01", []),
    ]
    df = coverage(plans)
    rows = {(r.central_number, r.province): r for r in df.itertuples()}
    # the health circular: only the province with a health plan, never "not issued" elsewhere
    assert [k[1] for k in rows if k[0] == "31/2023/TT-BYT"] == ["Thái Bình"]
    assert rows[("31/2023/TT-BYT", "Thái Bình")].scope == "ngành Y tế"
    assert rows[("98/2023/NĐ-CP", "Thái Bình")].status == "đã viện dẫn"
    assert rows[("98/2023/NĐ-CP", "Đà Nẵng")].status == "chưa viện dẫn"
    assert rows[("98/2023/NĐ-CP", "Hà Nội")].status == "ban hành sau kế hoạch"
    law = rows[("06/2022/QH15", "Đà Nẵng")]
    assert (law.status, law.central_title) == (
        "đã viện dẫn",
        "Luật Thi đua, khen thưởng (hiệu lực từ 01/01/2024)",
    )
    assert law.lag_days == 629  # 15/06/2022 → 05/03/2024
    assert "chưa ban hành" not in set(df.status)
    assert citation_key(LAW) == citation_key({"number": "06/2022/QH15"})


@pytest.mark.parametrize(
    ("citation", "central"),
    [
        ({"number": "08/HD-BTĐKT", "issuer": "Ban Thi đua - Khen thưởng tỉnh"}, False),
        ({"number": "15/2024/QĐ-UBND", "issuer": "Ủy ban nhân dân thành phố"}, False),
        ({"number": "2085/BTĐKT-VP1", "issuer": "Ban Thi đua - Khen thưởng Trung ương"}, True),
        ({"number": "57-NQ/TW", "issuer": "Bộ Chính trị"}, True),
    ],
)
def test_is_central_never_a_local_body(citation, central) -> None:
    assert is_central(citation) is central
