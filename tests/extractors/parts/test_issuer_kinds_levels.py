"""Issuer kinds of the levels read this session, read on the name written out: the Front's
committee however a page abbreviates it ("Ủy ban MTTQ Việt Nam", "UBMTTQ", its standing
board), a court, a procuracy and a bloc of emulation (``other``: none is a department), a
hospital and a military command (``so_nganh``), a commune's party committee after 2025; the
supreme court and procuracy (``central``)."""

from __future__ import annotations

import pytest

from extractors.parts import issuer
from extractors.parts.issuer import kind_of
from extractors.segment.structure import parse
from extractors.text.repair import repair
from extractors.toolbox import provinces


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


_BODY = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------\n"
    "Số: 31/KH-TĐKT\nHà Nội, ngày 05 tháng 02 năm 2024\nKẾ HOẠCH\nThi đua năm 2024\n"
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nI. MỤC ĐÍCH\n1. Động viên.\n"
    "Nơi nhận:\n- Lưu: VT.\nKT. CHÁNH ÁN\nPHÓ CHÁNH ÁN\nTrần Văn Độ\n"
)


@pytest.mark.parametrize(
    ("cell", "name", "kind", "parent"),
    [
        # a central body's rank wrapped onto its own line: one name
        ("TÒA ÁN NHÂN DÂN\nTỐI CAO", "Tòa án nhân dân tối cao", "central", None),
        (
            "BAN THI ĐUA - KHEN THƯỞNG\nTRUNG ƯƠNG",
            "Ban Thi đua - Khen thưởng trung ương",
            "central",
            None,
        ),
        # negative: a unit under its parent stays a unit under its parent
        (
            "SỞ Y TẾ BẮC GIANG\nBỆNH VIỆN ĐA KHOA TỈNH",
            "Bệnh viện Đa khoa tỉnh Bắc Giang",
            "so_nganh",
            "Sở Y tế Bắc Giang",
        ),
    ],
    ids=["supreme_court", "central_board", "unit_under_parent"],
)
def test_issuer_kinds_levels_wrapped_rank(
    cell: str, name: str, kind: str, parent: str | None
) -> None:
    doc = parse(repair(f"{cell}\n-------\n{_BODY}").text)
    found = issuer.extract(doc, provinces.extract(doc))
    assert found is not None
    assert (found.name.casefold(), found.kind, found.parent) == (name.casefold(), kind, parent)
