"""Issuer kinds of the levels read this session, read on the name written out: the Front's
committee however a page abbreviates it ("Ủy ban MTTQ Việt Nam", "UBMTTQ", its standing
board), a court, a procuracy and a bloc of emulation (``other``: none is a department), a
hospital and a military command (``so_nganh``), a commune's party committee after 2025; the
supreme court and procuracy (``central``)."""

from __future__ import annotations

import pytest

from extractors.parts.issuer import kind_of


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ủy ban MTTQ Việt Nam xã Văn Quan", "mass_org"),
        ("UBMTTQ tỉnh Đồng Tháp", "mass_org"),
        ("Ban Thường trực Ủy ban MTTQ Việt Nam huyện Lệ Thủy", "mass_org"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn", "mass_org"),
        ("Tòa án nhân dân tỉnh Khánh Hòa", "other"),
        ("Tòa án nhân dân tối cao", "central"),
        ("Viện kiểm sát nhân dân tối cao", "central"),
        ("Viện kiểm sát nhân dân tỉnh Sóc Trăng", "other"),
        ("Khối thi đua các ngân hàng tỉnh Thừa Thiên Huế", "other"),
        ("Bệnh viện Đa khoa tỉnh Bắc Giang", "so_nganh"),
        ("Bộ Chỉ huy Quân sự tỉnh Hậu Giang", "so_nganh"),
        ("Đảng ủy xã Đô Lương", "party"),
        ("UBND phường Bình Tây", "ubnd"),
        # negatives: an abbreviation written out changes no other kind
        ("Ủy ban nhân dân tỉnh Lạng Sơn", "ubnd"),
        ("Trường THCS Trung Hải", "other"),
        ("HĐND tỉnh Lào Cai", "hdnd"),
    ],
)
def test_issuer_kinds_levels(name: str, kind: str) -> None:
    assert kind_of(name) == kind
