"""Issuers from the header's left column, the authority line and the body."""

from __future__ import annotations

import pytest

from extractors.parts import issuer
from extractors.segment.structure import parse
from extractors.text.repair import repair
from extractors.toolbox import provinces

_RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_REST = (
    "KẾ HOẠCH\nTổ chức phong trào thi đua năm 2025\n\n"
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\n"
    "I. MỤC ĐÍCH\n\n1. Động viên cán bộ.\n"
)


def _issuer(text: str) -> issuer.Issuer | None:
    doc = parse(repair(text).text)
    found = issuer.extract(doc, provinces.extract(doc))
    if found is not None and found.evidence is not None:
        assert doc.text[found.evidence.start : found.evidence.end] == found.evidence.quote
    return found


@pytest.mark.parametrize(
    ("left", "right", "expected", "quote"),
    [
        # party header: the right column's "ĐẢNG CỘNG SẢN VIỆT NAM" is not the issuer
        (
            "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ\nĐẢNG ỦY PHƯỜNG CÁI KHẾ\n*\n",
            "ĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 24-KH/ĐU\n\nCái Khế, ngày 12 tháng 11 năm 2025\n",
            ("Đảng ủy phường Cái Khế", "party", "Đảng bộ thành phố Cần Thơ"),
            "ĐẢNG ỦY PHƯỜNG CÁI KHẾ",
        ),
        (
            "TỈNH ỦY ĐẮK LẮK\n*\nSố 12-KH/TU\n",
            "ĐẢNG CỘNG SẢN VIỆT NAM\nĐắk Lắk, ngày 20 tháng 8 năm 2025\n",
            ("Tỉnh ủy Đắk Lắk", "party", None),
            "TỈNH ỦY ĐẮK LẮK",
        ),
        # a board under a party committee is named after it
        (
            "TỈNH ỦY LÂM ĐỒNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 15-KH/BTGDVTU\n",
            "ĐẢNG CỘNG SẢN VIỆT NAM\nLâm Đồng, ngày 20 tháng 8 năm 2025\n",
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy Lâm Đồng", "party", "Tỉnh ủy Lâm Đồng"),
            "TỈNH ỦY LÂM ĐỒNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
        ),
        # armed forces: the command above keeps its proper-noun casing
        (
            "BỘ TƯ LỆNH QUÂN KHU 7\nBỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG\nTỈNH TÂY NINH\n\nSố: 40/KH-BĐBP\n",
            _RIGHT + "Tây Ninh, ngày 02 tháng 3 năm 2026\n",
            (
                "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh",
                "so_nganh",
                "Bộ Tư lệnh Quân khu 7",
            ),
            "BỘ TƯ LỆNH QUÂN KHU 7\nBỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG\nTỈNH TÂY NINH",
        ),
        # an association's executive committee names the association
        (
            "HỘI LHPN VIỆT NAM\nBAN CHẤP HÀNH HỘI LHPN TỈNH LÀO CAI\n*\nSố: 09/KH-HPN\n",
            _RIGHT + "Lào Cai, ngày 10 tháng 3 năm 2025\n",
            ("Hội Liên hiệp Phụ nữ tỉnh Lào Cai", "mass_org", "Hội Liên hiệp Phụ nữ Việt Nam"),
            "BAN CHẤP HÀNH HỘI LHPN TỈNH LÀO CAI",
        ),
        # department abbreviation written out
        (
            "UBND TỈNH QUẢNG TRỊ\nSỞ GD&ĐT\n\nSố: 87/KH-SGDĐT\n",
            _RIGHT + "Quảng Trị, ngày 05 tháng 9 năm 2025\n",
            ("Sở Giáo dục và Đào tạo tỉnh Quảng Trị", "so_nganh", "Ủy ban nhân dân tỉnh Quảng Trị"),
            "SỞ GD&ĐT",
        ),
        # the Ban Thi đua - Khen thưởng under the Sở Nội vụ is provincial
        (
            "UBND TỈNH NGHỆ AN\nSỞ NỘI VỤ\nBAN THI ĐUA - KHEN THƯỞNG\n\nSố: 215/KH-BTĐKT\n",
            _RIGHT + "Nghệ An, ngày 12 tháng 2 năm 2025\n",
            ("Ban Thi đua - Khen thưởng tỉnh Nghệ An", "so_nganh", "Sở Nội vụ"),
            "BAN THI ĐUA - KHEN THƯỞNG",
        ),
        # abbreviated headers
        (
            "HĐND TỈNH HÀ NAM\nTHƯỜNG TRỰC HĐND\n\nSố: 10/KH-HĐND\n",
            _RIGHT + "Hà Nam, ngày 05 tháng 9 năm 2024\n",
            ("Thường trực Hội đồng nhân dân tỉnh Hà Nam", "hdnd", "Hội đồng nhân dân tỉnh Hà Nam"),
            "THƯỜNG TRỰC HĐND",
        ),
        (
            "UBMTTQVN TỈNH SÓC TRĂNG\n\nSố: 10/KH-MTTQ\n",
            _RIGHT + "Sóc Trăng, ngày 05 tháng 9 năm 2024\n",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng", "mass_org", None),
            "UBMTTQVN TỈNH SÓC TRĂNG",
        ),
        (
            "TỔNG LĐLĐ VIỆT NAM\nLĐLĐ TỈNH NGHỆ AN\n\nSố: 10/KH-LĐLĐ\n",
            _RIGHT + "Nghệ An, ngày 05 tháng 9 năm 2024\n",
            ("Liên đoàn Lao động tỉnh Nghệ An", "mass_org", "Tổng Liên đoàn Lao động Việt Nam"),
            "LĐLĐ TỈNH NGHỆ AN",
        ),
        (
            "BCH ĐOÀN TỈNH HÀ TĨNH\n\nSố: 10-KH/TĐTN\n",
            _RIGHT + "Hà Tĩnh, ngày 05 tháng 9 năm 2024\n",
            ("Ban Chấp hành Đoàn tỉnh Hà Tĩnh", "mass_org", None),
            "BCH ĐOÀN TỈNH HÀ TĨNH",
        ),
        # a scan: a speck between the lines, the right column read in between
        (
            "ỦY BAN NHÂN DÂN\nz\nXÃ IA GRAI\nSố: 86/KH-UBND\n",
            _RIGHT + "Ia Grai, ngày 15 tháng 8 năm 2025\n",
            ("Ủy ban nhân dân xã Ia Grai", "ubnd", None),
            "XÃ IA GRAI",
        ),
        (
            "ĐẢNG BỘ THÀNH PHỐ\nCẦN THƠ\nĐẢNG CỘNG SẢN VIỆT NAM\n\nĐẢNG ỦY PHƯỜNG CÁI KHẾ\n",
            "Cái Khế, ngày 12 tháng 11 năm 2025\n\nSố 24-KH/ĐU\n",
            ("Đảng ủy phường Cái Khế", "party", "Đảng bộ thành phố Cần Thơ"),
            "ĐẢNG ỦY PHƯỜNG CÁI KHẾ",
        ),
        # negative: a stamp after the số is not a body
        (
            "UBND TỈNH AN GIANG\nSỞ NỘI VỤ\nSố: 12/KH-SNV\nHỎA TỐC\n",
            _RIGHT + "An Giang, ngày 05 tháng 9 năm 2025\n",
            ("Sở Nội vụ tỉnh An Giang", "so_nganh", "Ủy ban nhân dân tỉnh An Giang"),
            "SỞ NỘI VỤ",
        ),
        # a commune and a special zone directly under the province (2025)
        (
            "ỦY BAN NHÂN DÂN\nXÃ IA GRAI\n-------\n",
            _RIGHT + "Số: 86/KH-UBND\n\nIa Grai, ngày 15 tháng 8 năm 2025\n",
            ("Ủy ban nhân dân xã Ia Grai", "ubnd", None),
            "XÃ IA GRAI",
        ),
        (
            "ỦY BAN NHÂN DÂN\nĐẶC KHU PHÚ QUỐC\n",
            _RIGHT + "Số: 102/KH-UBND\n\nPhú Quốc, ngày 25 tháng 11 năm 2025\n",
            ("Ủy ban nhân dân đặc khu Phú Quốc", "ubnd", None),
            "ĐẶC KHU PHÚ QUỐC",
        ),
        (
            "UBND TỈNH KHÁNH HÒA\nUBND XÃ CAM LÂM\nSố: 15/KH-UBND\n",
            _RIGHT + "Cam Lâm, ngày 01 tháng 10 năm 2025\n",
            ("Ủy ban nhân dân xã Cam Lâm", "ubnd", "Ủy ban nhân dân tỉnh Khánh Hòa"),
            "UBND XÃ CAM LÂM",
        ),
    ],
)
def test_issuer_header_left_column(
    left: str, right: str, expected: tuple[str, str, str | None], quote: str
) -> None:
    found = _issuer(f"{left}\n{right}\n{_REST}")
    assert found is not None
    assert (found.name, found.kind, found.parent) == expected
    assert found.evidence is not None and found.evidence.quote.endswith(quote)


_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\n\n" + _RIGHT + "\nSố: 1520/QĐ-UBND\n\n"
    "Tuyên Quang, ngày 02 tháng 10 năm 2025\n\nQUYẾT ĐỊNH\n"
    "Về việc ban hành Kế hoạch tổ chức phong trào thi đua\n\n{authority}\n\n"
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
)


@pytest.mark.parametrize(
    ("authority", "expected"),
    [
        (
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
            ("Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang", "chu_tich_ubnd"),
        ),
        ("CHỦ TỊCH UBND TỈNH", ("Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang", "chu_tich_ubnd")),
        # the committee deciding collectively: the header's body stays the issuer
        ("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", ("Ủy ban nhân dân tỉnh Tuyên Quang", "ubnd")),
        ("GIÁM ĐỐC SỞ NỘI VỤ", ("Ủy ban nhân dân tỉnh Tuyên Quang", "ubnd")),
    ],
)
def test_issuer_authority_line_of_a_decision(authority: str, expected: tuple[str, str]) -> None:
    found = _issuer(_DECISION.format(authority=authority))
    assert found is not None
    assert (found.name, found.kind) == expected


def test_issuer_from_body_without_header() -> None:
    text = (
        "KẾ HOẠCH\nTriển khai phong trào thi đua năm 2025\n\n"
        "Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2025 của UBND tỉnh Bến Tre, "
        "Chủ tịch UBND tỉnh ban hành Kế hoạch triển khai như sau:\n\n"
        "I. MỤC ĐÍCH\n\n1. Động viên cán bộ tỉnh Bến Tre.\n"
    )
    found = _issuer(text)
    assert found is not None
    assert (found.name, found.kind) == ("Chủ tịch Ủy ban nhân dân tỉnh Bến Tre", "chu_tich_ubnd")


@pytest.mark.parametrize("verb", ["xây dựng", "ban hành", "đề ra"])
def test_issuer_from_the_sentence_that_sets_out_the_plan(verb: str) -> None:
    text = (
        "KẾ HOẠCH\nĐợt thi đua cao điểm năm 2017\n\nCăn cứ Điều lệ Đoàn; để đại hội thành ngày "
        f"hội của tuổi trẻ, Ban Thường vụ Thành đoàn Hải Phòng {verb} kế hoạch như sau:\n\n"
        "I. MỤC ĐÍCH\n\n1. Động viên đoàn viên.\n"
    )
    found = _issuer(text)
    assert found is not None and found.name == "Ban Thường vụ Thành đoàn Hải Phòng"


def test_issuer_none_without_header_or_issuing_sentence() -> None:
    text = "KẾ HOẠCH\nThi đua năm 2025\n\nI. MỤC ĐÍCH\n\n1. Động viên cán bộ.\n"
    assert _issuer(text) is None


@pytest.mark.parametrize(
    ("left", "name", "parent"),
    [
        (
            "UBND TỈNH NINH BÌNH\nSỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình",
            "Ủy ban nhân dân tỉnh Ninh Bình",
        ),
        (
            "UBND TỈNH NGHỆ AN\nSỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI",
            "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An",
            "Ủy ban nhân dân tỉnh Nghệ An",
        ),
        (
            "UBND TỈNH BẮC GIANG\nSỞ KẾ HOẠCH VÀ\nĐẦU TƯ",
            "Sở Kế hoạch và Đầu tư tỉnh Bắc Giang",
            "Ủy ban nhân dân tỉnh Bắc Giang",
        ),
        # two bodies, one a line: the upper one is the parent
        (
            "UBND TỈNH THÁI BÌNH\nSỞ Y TẾ",
            "Sở Y tế tỉnh Thái Bình",
            "Ủy ban nhân dân tỉnh Thái Bình",
        ),
    ],
)
def test_issuer_header_name_wrapped_over_two_lines(left: str, name: str, parent: str) -> None:
    found = _issuer(f"{left}\n{_RIGHT}Số: 12/KH-S\nThành phố, ngày 05 tháng 3 năm 2024\n\n{_REST}")
    assert found is not None
    assert (found.name, found.kind, found.parent) == (name, "so_nganh", parent)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Chủ tịch Ủy ban nhân dân tỉnh Gia Lai", "chu_tich_ubnd"),
        ("Ủy ban nhân dân xã Ia Grai", "ubnd"),
        ("Thường trực Hội đồng nhân dân tỉnh Hà Nam", "hdnd"),
        ("Hội đồng Thi đua - Khen thưởng tỉnh Bắc Ninh", "hdtdkt"),
        ("Văn phòng Tỉnh ủy Gia Lai", "party"),
        ("Ủy ban Kiểm tra Tỉnh ủy Đắk Lắk", "party"),
        ("Đảng ủy phường Cái Khế", "party"),
        ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã Ia Grai", "so_nganh"),
        ("Trung tâm Phục vụ hành chính công tỉnh Tây Ninh", "so_nganh"),
        ("Ban Chỉ huy Quân sự xã Ia Grai", "so_nganh"),
        ("Công đoàn ngành Giáo dục tỉnh Thanh Hóa", "mass_org"),
        ("Liên minh Hợp tác xã tỉnh Cà Mau", "mass_org"),
        ("Bộ Nội vụ", "central"),
        # the standing committee of an association or the youth union: the organisation's own
        ("Ban Thường vụ Hội Nông dân tỉnh Bình Phước", "mass_org"),
        ("Ban Thường vụ Thành đoàn Hải Phòng", "mass_org"),
        ("Ban Thường vụ Huyện ủy Giồng Riềng", "party"),
        # a school is no department
        ("Trường THCS Cẩm Thạch", "other"),
        # negative: a name no rule knows
        ("Kho bạc Nhà nước khu vực XIV", "other"),
    ],
)
def test_issuer_kind_of_names(name: str, kind: str) -> None:
    assert issuer.kind_of(name) == kind
