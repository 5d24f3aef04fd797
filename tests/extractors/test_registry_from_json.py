"""Record dataclasses read back from their JSON shape."""

from __future__ import annotations

import pytest

from extractors.model import Citation, Deadline, Evidence, Quota, to_json
from extractors.registry import from_json

EV = Evidence("05 tập thể", 120, 130, 2, "IV.1", "quota.count")


@pytest.mark.parametrize(
    "value",
    [
        Quota("bang_khen_tinh", "tap_the", 5, 5, False, None, None, EV, "tong_ket"),
        Deadline("2026-11-30", "Gửi hồ sơ", "ho_so_khen_thuong", "Sở Nội vụ", EV),
        Citation("luat", "06/2022/QH15", "2022-06-15", "Quốc hội", "Luật Thi đua", EV),
    ],
)
def test_model_from_json_round_trips(value) -> None:
    assert from_json(type(value), to_json(value)) == value


def test_model_from_json_is_lenient_with_stored_records() -> None:
    # an older record: no occasion, an extra key, evidence without its span
    old = {"award": "giay_khen", "recipient_kind": "ca_nhan", "min": 3, "warnings": ["x"]}
    old["evidence"] = {"quote": "03 cá nhân"}
    quota = from_json(Quota, old)
    assert quota == Quota("giay_khen", "ca_nhan", 3, None, None, None, None, None, None)  # type: ignore[arg-type]
    assert from_json(Quota, "03 cá nhân") is None
