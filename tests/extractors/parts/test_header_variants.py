"""Header, preamble and closing variants the seeds lack, with their expected values.

Each passage is a short plan (header, document-type word, title, preamble, a
one-line body, "Nơi nhận", signature) written for one variant: other and
merged provinces, city-level units, departments, districts, KT./TL./TM./Q.
signatures, written-out dates, citations without a number, party citations,
a Tờ trình in the preamble, flattened two-column headers, OCR damage.

Expected values are what a careful reader takes from the text, compared the
way the shared scoring compares them (``outputs.scoring_match``). A case the
extractors get wrong today is listed in :data:`KNOWN_FAILURES` (strict xfail),
so it flips to a failure as soon as it is fixed and the entry can go.

The second half runs every sample plan in ``corpora/samples/`` through the
pipeline, validates the record against the shared schema and checks the
header values written down in ``corpora/samples/expected.yaml``.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from outputs.scoring_match import (
    CITATION_TITLE_SIMILARITY,
    NAME_SIMILARITY,
    citation_number,
    same_text,
    similarity,
)
from pipeline.extract import build_record, extract_file
from pipeline.readers.base import RawText

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "corpora" / "samples"
EXPECTED = SAMPLES / "expected.yaml"
SCHEMA = ROOT.parent / "shared" / "schema" / "plan-record.schema.json"

# Fields compared by similarity (as the shared scoring does); the rest exactly.
SIMILAR_FIELDS = {"title", "issuer.name", "issuer.parent"}

_TDKT_LAW = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"
_ND98 = (
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết "
    "thi hành một số điều của Luật Thi đua, khen thưởng;"
)
_CT34 = (
    "Căn cứ Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới "
    "công tác thi đua, khen thưởng;"
)
_QUOC_HIEU = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
_LAW = {
    "doc_type": "luat",
    "number": None,
    "date": "2022-06-15",
    "issuer": None,
    "title": "Luật Thi đua, khen thưởng",
}
_ND98_CIT = {
    "doc_type": "nghi_dinh",
    "number": "98/2023/NĐ-CP",
    "date": "2023-12-31",
    "issuer": "Chính phủ",
}
_CT34_CIT = {
    "doc_type": "chi_thi",
    "number": "34-CT/TW",
    "date": "2014-04-07",
    "issuer": "Bộ Chính trị",
}


def _plan(header: str, title: str, preamble: list[str], body: str, closing: str) -> str:
    """A short plan in the Nghị định 30 layout."""
    return "\n\n".join(
        [header, "KẾ HOẠCH", title, *preamble, "I. MỤC ĐÍCH, YÊU CẦU", body, closing]
    )


CASES: dict[str, dict[str, Any]] = {
    # A centrally-run city, clean two-column header, TM. UBND / KT. CHỦ TỊCH, Tờ trình.
    "can-tho-city-ubnd-kt-layered": {
        "text": _plan(
            f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n\nSố: 142/KH-UBND\n\n{_QUOC_HIEU}\n\n"
            "Cần Thơ, ngày 09 tháng 5 năm 2024",
            "Tổ chức phong trào thi đua “Cần Thơ chung tay vì biển, đảo quê hương” năm 2024",
            [
                _TDKT_LAW,
                _ND98,
                "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 123/TTr-SNV ngày 02 tháng 5 "
                "năm 2024, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:",
            ],
            "Khơi dậy tinh thần yêu nước, hướng về biển, đảo trong cán bộ và Nhân dân thành phố.",
            "Nơi nhận:\n- Ban TĐKT TW;\n- TT TU, TT HĐND TP;\n- Các sở, ban, ngành TP;\n"
            "- UBND các quận, huyện;\n- Lưu: VT, NC.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Sơn",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "142/KH-UBND",
            "issue_date": "2024-05-09",
            "place": "Cần Thơ",
            "title": "Tổ chức phong trào thi đua “Cần Thơ chung tay vì biển, đảo quê hương” năm 2024",
            "province.name": "Cần Thơ",
            "province.code": "92",
            "province.merged_2025": "Cần Thơ",
            "issuer.name": "Ủy ban nhân dân thành phố Cần Thơ",
            "issuer.kind": "ubnd",
            "issuer.parent": None,
            "signer.name": "Trần Văn Sơn",
            "signer.title": "Phó Chủ tịch",
            "signer.authority": "KT.",
        },
        "archive": "VT, NC.",
        "legal_basis": [
            _LAW,
            _ND98_CIT,
            {
                "doc_type": "to_trinh",
                "number": "123/TTr-SNV",
                "date": "2024-05-02",
                "issuer": "Giám đốc Sở Nội vụ",
            },
        ],
        "references": [],
    },
    # Province merged in 2025 (Hà Giang → Tuyên Quang), party resolution, KT. CHỦ TỊCH.
    "ha-giang-province-party-citation-kt": {
        "text": _plan(
            f"ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\n\nSố: 58/KH-UBND\n\n{_QUOC_HIEU}\n\n"
            "Hà Giang, ngày 20 tháng 02 năm 2024",
            "Phát động phong trào thi đua “Hà Giang chung sức xây dựng nông thôn mới” năm 2024",
            [
                "Thực hiện Nghị quyết số 12-NQ/TU ngày 15/12/2023 của Ban Chấp hành Đảng bộ tỉnh "
                "về phát triển nông nghiệp hàng hóa;",
                "Ủy ban nhân dân tỉnh ban hành Kế hoạch phát động phong trào thi đua như sau:",
            ],
            "Huy động mọi nguồn lực xây dựng nông thôn mới ở các xã vùng cao.",
            "Nơi nhận:\n- TT Tỉnh ủy;\n- TT HĐND tỉnh;\n- UBND các huyện, thành phố;\n"
            "- Lưu: VT, KGVX.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Gia Long",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "58/KH-UBND",
            "issue_date": "2024-02-20",
            "place": "Hà Giang",
            "province.name": "Hà Giang",
            "province.code": "02",
            "province.merged_2025": "Tuyên Quang",
            "issuer.name": "Ủy ban nhân dân tỉnh Hà Giang",
            "issuer.kind": "ubnd",
            "issuer.parent": None,
            "signer.name": "Hoàng Gia Long",
            "signer.title": "Phó Chủ tịch",
            "signer.authority": "KT.",
            "signer.on_behalf_of": "Chủ tịch",
        },
        "archive": "VT, KGVX.",
        "legal_basis": [
            {
                "doc_type": "nghi_quyet",
                "number": "12-NQ/TU",
                "date": "2023-12-15",
                "issuer": "Ban Chấp hành Đảng bộ tỉnh",
            },
        ],
        "references": [],
    },
    # A department (Sở Nội vụ) of a province merged into Hồ Chí Minh; KT. GIÁM ĐỐC.
    "binh-duong-so-noi-vu-kt-giam-doc": {
        "text": _plan(
            f"UBND TỈNH BÌNH DƯƠNG\nSỞ NỘI VỤ\n\nSố: 345/KH-SNV\n\n{_QUOC_HIEU}\n\n"
            "Bình Dương, ngày 04 tháng 6 năm 2024",
            "Triển khai công tác thi đua, khen thưởng năm 2024 của Sở Nội vụ",
            [
                "Thực hiện Kế hoạch số 1520/KH-UBND ngày 10/4/2024 của UBND tỉnh Bình Dương về "
                "tổ chức phong trào thi đua năm 2024;",
                "Sở Nội vụ xây dựng Kế hoạch như sau:",
            ],
            "Nâng cao chất lượng tham mưu công tác thi đua, khen thưởng của ngành Nội vụ.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- Giám đốc, các PGĐ Sở;\n- Các phòng, đơn vị thuộc Sở;\n"
            "- Lưu: VT, TĐKT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nPhạm Thị Mai",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "345/KH-SNV",
            "issue_date": "2024-06-04",
            "place": "Bình Dương",
            "title": "Triển khai công tác thi đua, khen thưởng năm 2024 của Sở Nội vụ",
            "province.name": "Bình Dương",
            "province.code": "74",
            "province.merged_2025": "Hồ Chí Minh",
            "issuer.name": "Sở Nội vụ tỉnh Bình Dương",
            "issuer.kind": "so_nganh",
            "issuer.parent": "Ủy ban nhân dân tỉnh Bình Dương",
            "signer.name": "Phạm Thị Mai",
            "signer.title": "Phó Giám đốc",
            "signer.authority": "KT.",
            "signer.on_behalf_of": "Giám đốc",
        },
        "archive": "VT, TĐKT.",
        "legal_basis": [
            {
                "doc_type": "ke_hoach",
                "number": "1520/KH-UBND",
                "date": "2024-04-10",
                "issuer": "UBND tỉnh Bình Dương",
            },
        ],
        "references": [],
    },
    # A district: header names only the district; the province comes from the preamble.
    "lam-dong-district-tm-ubnd": {
        "text": _plan(
            f"ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC TRỌNG\n\nSố: 211/KH-UBND\n\n{_QUOC_HIEU}\n\n"
            "Đức Trọng, ngày 18 tháng 3 năm 2024",
            "Tổ chức phong trào thi đua “Đức Trọng chung sức xây dựng đô thị văn minh” năm 2024",
            [
                "Thực hiện Kế hoạch số 1733/KH-UBND ngày 05/3/2024 của UBND tỉnh Lâm Đồng về "
                "phát động phong trào thi đua năm 2024;",
                "Ủy ban nhân dân huyện Đức Trọng ban hành Kế hoạch như sau:",
            ],
            "Động viên cán bộ và Nhân dân trong huyện thi đua hoàn thành các chỉ tiêu năm 2024.",
            "Nơi nhận:\n- UBND tỉnh Lâm Đồng (b/c);\n- TT Huyện ủy, TT HĐND huyện;\n"
            "- UBND các xã, thị trấn;\n- Lưu: VT, NV.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn Sơn",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "211/KH-UBND",
            "issue_date": "2024-03-18",
            "place": "Đức Trọng",
            "province.name": "Lâm Đồng",
            "province.code": "68",
            "province.merged_2025": "Lâm Đồng",
            "issuer.name": "Ủy ban nhân dân huyện Đức Trọng",
            "issuer.kind": "ubnd",
            "signer.name": "Nguyễn Văn Sơn",
            "signer.title": "Chủ tịch",
            "signer.authority": "TM.",
            "signer.on_behalf_of": "Ủy ban nhân dân",
        },
        "archive": "VT, NV.",
        "legal_basis": [
            {
                "doc_type": "ke_hoach",
                "number": "1733/KH-UBND",
                "date": "2024-03-05",
                "issuer": "UBND tỉnh Lâm Đồng",
            },
        ],
        "references": [],
    },
    # TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG; written-out dates inside the citations.
    "quang-nam-tl-chanh-van-phong-written-dates": {
        "text": _plan(
            f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n\nSố: 2741/KH-UBND\n\n{_QUOC_HIEU}\n\n"
            "Quảng Nam, ngày 30 tháng 7 năm 2024",
            "Tổ chức Lễ trao tặng danh hiệu vinh dự Nhà nước và khen thưởng năm 2024",
            [
                "Căn cứ Quyết định số 25/2023/QĐ-UBND ngày 12 tháng 10 năm 2023 của UBND tỉnh "
                "ban hành Quy chế công tác thi đua, khen thưởng;",
                "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
            ],
            "Tôn vinh các tập thể, cá nhân có thành tích xuất sắc.",
            "Nơi nhận:\n- CT, các PCT UBND tỉnh;\n- Sở Nội vụ;\n- Lưu: VT, KGVX.\n\n"
            "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nNguyễn Thị Hương Giang",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "2741/KH-UBND",
            "issue_date": "2024-07-30",
            "place": "Quảng Nam",
            "title": "Tổ chức Lễ trao tặng danh hiệu vinh dự Nhà nước và khen thưởng năm 2024",
            "province.name": "Quảng Nam",
            "province.code": "49",
            "province.merged_2025": "Đà Nẵng",
            "issuer.name": "Ủy ban nhân dân tỉnh Quảng Nam",
            "issuer.kind": "ubnd",
            "signer.name": "Nguyễn Thị Hương Giang",
            "signer.title": "Chánh Văn phòng",
            "signer.authority": "TL.",
            "signer.on_behalf_of": "Chủ tịch",
        },
        "archive": "VT, KGVX.",
        "legal_basis": [
            {
                "doc_type": "quyet_dinh",
                "number": "25/2023/QĐ-UBND",
                "date": "2023-10-12",
                "issuer": "UBND tỉnh",
            },
        ],
        "references": [],
    },
    # Provincial emulation council, TM. HỘI ĐỒNG / CHỦ TỊCH (Long An → Tây Ninh).
    "long-an-hdtdkt-tm-hoi-dong": {
        "text": _plan(
            f"UBND TỈNH LONG AN\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG\n\nSố: 02/KH-HĐTĐKT\n\n"
            f"{_QUOC_HIEU}\n\nLong An, ngày 15 tháng 01 năm 2024",
            "Tổ chức hoạt động của Hội đồng Thi đua - Khen thưởng tỉnh năm 2024",
            [_TDKT_LAW, _ND98, "Hội đồng Thi đua - Khen thưởng tỉnh ban hành Kế hoạch như sau:"],
            "Nâng cao hiệu quả tham mưu của Hội đồng Thi đua - Khen thưởng tỉnh.",
            "Nơi nhận:\n- Ban TĐKT TW;\n- Thành viên HĐTĐKT tỉnh;\n- Lưu: VT, Ban TĐKT.\n\n"
            "TM. HỘI ĐỒNG\nCHỦ TỊCH\n\nNguyễn Văn Út",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "02/KH-HĐTĐKT",
            "issue_date": "2024-01-15",
            "place": "Long An",
            "province.name": "Long An",
            "province.code": "80",
            "province.merged_2025": "Tây Ninh",
            "issuer.name": "Hội đồng Thi đua - Khen thưởng tỉnh Long An",
            "issuer.kind": "hdtdkt",
            "issuer.parent": "Ủy ban nhân dân tỉnh Long An",
            "signer.name": "Nguyễn Văn Út",
            "signer.title": "Chủ tịch",
            "signer.authority": "TM.",
            "signer.on_behalf_of": "Hội đồng",
        },
        "archive": "VT, Ban TĐKT.",
        "legal_basis": [_LAW, _ND98_CIT],
        "references": [],
    },
    # Two-column header flattened onto lines; a department with no authority line.
    "soc-trang-so-gddt-flattened-header": {
        "text": _plan(
            "UBND TỈNH SÓC TRĂNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc\n"
            "Số: 1876/KH-SGDĐT Sóc Trăng, ngày 12 tháng 8 năm 2024",
            "Thực hiện công tác thi đua, khen thưởng năm học 2024 - 2025",
            [_TDKT_LAW, "Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:"],
            "Đẩy mạnh các phong trào thi đua trong ngành Giáo dục.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- Các phòng GDĐT huyện, thị xã, thành phố;\n"
            "- Lưu: VT, VP.\n\nGIÁM ĐỐC\n\nLâm Văn Phước",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "1876/KH-SGDĐT",
            "issue_date": "2024-08-12",
            "place": "Sóc Trăng",
            "title": "Thực hiện công tác thi đua, khen thưởng năm học 2024 - 2025",
            "province.name": "Sóc Trăng",
            "province.code": "94",
            "province.merged_2025": "Cần Thơ",
            "issuer.name": "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng",
            "issuer.kind": "so_nganh",
            "issuer.parent": "Ủy ban nhân dân tỉnh Sóc Trăng",
            "signer.name": "Lâm Văn Phước",
            "signer.title": "Giám đốc",
            "signer.authority": None,
        },
        "archive": "VT, VP.",
        "legal_basis": [_LAW],
        "references": [],
    },
    # OCR damage in the header ("HỘI ĐÔNG ... KHEN THUỞNG", "Sổ:", "VIẸT").
    "bac-lieu-hdtdkt-ocr-damaged-header": {
        "text": _plan(
            "UBND TỈNH BẠC LIÊU\nHỘI ĐÔNG THI ĐUA - KHEN THUỞNG\n\nSổ: 05/KH-HĐTĐKT\n\n"
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIẸT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Bạc Liêu, ngày 22 tháng 02 năm 2024",
            "Tổ chức phong trào thi đua chào mừng kỷ niệm các ngày lễ lớn năm 2024",
            [_TDKT_LAW, "Hội đồng Thi đua - Khen thưởng tỉnh ban hành Kế hoạch như sau:"],
            "Lập thành tích chào mừng các ngày lễ lớn của đất nước và của tỉnh.",
            "Nơi nhận:\n- Thành viên HĐTĐKT tỉnh;\n- Lưu: VT.\n\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHuỳnh Thanh Bình",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "05/KH-HĐTĐKT",
            "issue_date": "2024-02-22",
            "place": "Bạc Liêu",
            "province.name": "Bạc Liêu",
            "province.code": "95",
            "province.merged_2025": "Cà Mau",
            "issuer.name": "Hội đồng Thi đua - Khen thưởng tỉnh Bạc Liêu",
            "issuer.kind": "hdtdkt",
            "issuer.parent": "Ủy ban nhân dân tỉnh Bạc Liêu",
            "signer.name": "Huỳnh Thanh Bình",
            "signer.title": "Phó Chủ tịch",
            "signer.authority": "KT.",
        },
        "archive": "VT.",
        "legal_basis": [_LAW],
        "references": [],
    },
    # A mass organisation (women's union), TM. BAN THƯỜNG VỤ, party-style citations.
    "ben-tre-hoi-phu-nu-tm-ban-thuong-vu": {
        "text": _plan(
            f"HỘI LHPN VIỆT NAM\nHỘI LHPN TỈNH BẾN TRE\n\nSố: 34/KH-HPN\n\n{_QUOC_HIEU}\n\n"
            "Bến Tre, ngày 06 tháng 3 năm 2024",
            "Tổ chức phong trào thi đua “Phụ nữ Bến Tre tích cực học tập, lao động sáng tạo” "
            "năm 2024",
            [
                _CT34,
                "Thực hiện Kế hoạch số 112-KH/TU ngày 03/01/2024 của Ban Thường vụ Tỉnh ủy về "
                "công tác thi đua, khen thưởng năm 2024;",
                "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh xây dựng Kế hoạch như sau:",
            ],
            "Phát huy vai trò của hội viên phụ nữ trong phát triển kinh tế - xã hội.",
            "Nơi nhận:\n- TW Hội LHPN VN (b/c);\n- TT Tỉnh ủy (b/c);\n- Hội LHPN các huyện, TP;\n"
            "- Lưu: VT.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Thị Kim Thoa",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "34/KH-HPN",
            "issue_date": "2024-03-06",
            "place": "Bến Tre",
            "province.name": "Bến Tre",
            "province.code": "83",
            "province.merged_2025": "Vĩnh Long",
            "issuer.name": "Hội Liên hiệp Phụ nữ tỉnh Bến Tre",
            "issuer.kind": "mass_org",
            "issuer.parent": "Hội Liên hiệp Phụ nữ Việt Nam",
            "signer.name": "Lê Thị Kim Thoa",
            "signer.title": "Chủ tịch",
            "signer.authority": "TM.",
            "signer.on_behalf_of": "Ban Thường vụ",
        },
        "archive": "VT.",
        "legal_basis": [
            _CT34_CIT,
            {
                "doc_type": "ke_hoach",
                "number": "112-KH/TU",
                "date": "2024-01-03",
                "issuer": "Ban Thường vụ Tỉnh ủy",
            },
        ],
        "references": [],
    },
    # A department of a centrally-run city; single-digit written-out date; a body citation.
    "hai-phong-so-y-te-body-reference": {
        "text": _plan(
            f"UBND THÀNH PHỐ HẢI PHÒNG\nSỞ Y TẾ\n\nSố: 1290/KH-SYT\n\n{_QUOC_HIEU}\n\n"
            "Hải Phòng, ngày 5 tháng 7 năm 2024",
            "Phát động thi đua chào mừng kỷ niệm 70 năm Ngày Giải phóng Hải Phòng",
            [_TDKT_LAW, "Sở Y tế xây dựng Kế hoạch như sau:"],
            "Triển khai Quyết định số 1862/QĐ-UBND ngày 14/6/2024 của UBND thành phố về tổ chức "
            "các hoạt động kỷ niệm.",
            "Nơi nhận:\n- UBND TP (b/c);\n- Các đơn vị trực thuộc;\n- Lưu: VT, TCCB.\n\n"
            "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nVũ Đức Thịnh",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "1290/KH-SYT",
            "issue_date": "2024-07-05",
            "place": "Hải Phòng",
            "province.name": "Hải Phòng",
            "province.code": "31",
            "province.merged_2025": "Hải Phòng",
            "issuer.name": "Sở Y tế thành phố Hải Phòng",
            "issuer.kind": "so_nganh",
            "issuer.parent": "Ủy ban nhân dân thành phố Hải Phòng",
            "signer.name": "Vũ Đức Thịnh",
            "signer.title": "Phó Giám đốc",
            "signer.authority": "KT.",
        },
        "archive": "VT, TCCB.",
        "legal_basis": [_LAW],
        "references": [
            {
                "doc_type": "quyet_dinh",
                "number": "1862/QĐ-UBND",
                "date": "2024-06-14",
                "issuer": "UBND thành phố",
            },
        ],
    },
    # Huế, a centrally-run city since 2025 (its GSO code is Thừa Thiên Huế's).
    "hue-city-2025": {
        "text": _plan(
            f"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\n\nSố: 77/KH-UBND\n\n{_QUOC_HIEU}\n\n"
            "Huế, ngày 03 tháng 3 năm 2025",
            "Tổ chức phong trào thi đua “Huế - Thành phố Festival” năm 2025",
            [_TDKT_LAW, "Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:"],
            "Xây dựng Huế trở thành thành phố Festival đặc trưng của Việt Nam.",
            "Nơi nhận:\n- TT Thành ủy;\n- Các sở, ban, ngành;\n- Lưu: VT.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nPhan Thiên Định",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "77/KH-UBND",
            "issue_date": "2025-03-03",
            "place": "Huế",
            "province.name": "Huế",
            "province.code": "46",
            "province.merged_2025": "Huế",
            "issuer.name": "Ủy ban nhân dân thành phố Huế",
            "issuer.kind": "ubnd",
            "signer.name": "Phan Thiên Định",
            "signer.title": "Chủ tịch",
            "signer.authority": "TM.",
            "signer.on_behalf_of": "Ủy ban nhân dân",
        },
        "archive": "VT.",
        "legal_basis": [_LAW],
        "references": [],
    },
    # Another district, province given in the preamble (Bắc Giang → Bắc Ninh).
    "bac-giang-district-kt-chu-tich": {
        "text": _plan(
            f"UBND HUYỆN LỤC NGẠN\n\nSố: 95/KH-UBND\n\n{_QUOC_HIEU}\n\n"
            "Lục Ngạn, ngày 15 tháng 4 năm 2024",
            "Tổ chức phong trào thi đua sản xuất, tiêu thụ vải thiều năm 2024",
            [
                "Thực hiện Kế hoạch số 88/KH-UBND ngày 01/3/2024 của UBND tỉnh Bắc Giang về "
                "tiêu thụ nông sản năm 2024;",
                "Ủy ban nhân dân huyện Lục Ngạn ban hành Kế hoạch như sau:",
            ],
            "Thi đua sản xuất vải thiều an toàn, mở rộng thị trường tiêu thụ.",
            "Nơi nhận:\n- UBND tỉnh (b/c);\n- UBND các xã, thị trấn;\n- Lưu: VT.\n\n"
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNgô Văn Hòa",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "95/KH-UBND",
            "issue_date": "2024-04-15",
            "place": "Lục Ngạn",
            "province.name": "Bắc Giang",
            "province.code": "24",
            "province.merged_2025": "Bắc Ninh",
            "issuer.name": "Ủy ban nhân dân huyện Lục Ngạn",
            "issuer.kind": "ubnd",
            "signer.name": "Ngô Văn Hòa",
            "signer.title": "Phó Chủ tịch",
            "signer.authority": "KT.",
            "signer.on_behalf_of": "Chủ tịch",
        },
        "archive": "VT.",
        "legal_basis": [
            {
                "doc_type": "ke_hoach",
                "number": "88/KH-UBND",
                "date": "2024-03-01",
                "issuer": "UBND tỉnh Bắc Giang",
            },
        ],
        "references": [],
    },
    # Q. GIÁM ĐỐC (acting director) of a department (Quảng Bình → Quảng Trị).
    "quang-binh-so-tai-chinh-quyen-giam-doc": {
        "text": _plan(
            f"UBND TỈNH QUẢNG BÌNH\nSỞ TÀI CHÍNH\n\nSố: 47/KH-STC\n\n{_QUOC_HIEU}\n\n"
            "Quảng Bình, ngày 10 tháng 01 năm 2024",
            "Tổ chức phong trào thi đua ngành Tài chính năm 2024",
            [_TDKT_LAW, "Sở Tài chính xây dựng Kế hoạch như sau:"],
            "Thi đua hoàn thành nhiệm vụ thu, chi ngân sách năm 2024.",
            "Nơi nhận:\n- UBND tỉnh;\n- Các phòng thuộc Sở;\n- Lưu: VT, VP.\n\n"
            "Q. GIÁM ĐỐC\n\nLê Thị Thanh",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "47/KH-STC",
            "issue_date": "2024-01-10",
            "place": "Quảng Bình",
            "province.name": "Quảng Bình",
            "province.code": "44",
            "province.merged_2025": "Quảng Trị",
            "issuer.name": "Sở Tài chính tỉnh Quảng Bình",
            "issuer.kind": "so_nganh",
            "issuer.parent": "Ủy ban nhân dân tỉnh Quảng Bình",
            "signer.name": "Lê Thị Thanh",
            "signer.title": "Giám đốc",
            "signer.authority": "Q.",
        },
        "archive": "VT, VP.",
        "legal_basis": [_LAW],
        "references": [],
    },
    # Two laws cited by name only, written-out dates everywhere (Yên Bái → Lào Cai).
    "yen-bai-laws-without-number": {
        "text": _plan(
            f"ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nSố: 301/KH-UBND\n\n{_QUOC_HIEU}\n\n"
            "Yên Bái, ngày 25 tháng 11 năm 2024",
            "Tổng kết phong trào thi đua năm 2024",
            [
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
                _TDKT_LAW,
                "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy "
                "định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
                "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
            ],
            "Đánh giá kết quả các phong trào thi đua năm 2024.",
            "Nơi nhận:\n- TT Tỉnh ủy;\n- Các sở, ngành;\n- Lưu: VT, NC.\n\n"
            "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nĐinh Văn Hậu",
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": "301/KH-UBND",
            "issue_date": "2024-11-25",
            "place": "Yên Bái",
            "title": "Tổng kết phong trào thi đua năm 2024",
            "province.name": "Yên Bái",
            "province.code": "15",
            "province.merged_2025": "Lào Cai",
            "issuer.name": "Ủy ban nhân dân tỉnh Yên Bái",
            "issuer.kind": "ubnd",
            "signer.name": "Đinh Văn Hậu",
            "signer.title": "Chủ tịch",
            "signer.authority": "TM.",
        },
        "archive": "VT, NC.",
        "legal_basis": [
            {
                "doc_type": "luat",
                "number": None,
                "date": "2015-06-19",
                "issuer": None,
                "title": "Luật Tổ chức chính quyền địa phương",
            },
            _LAW,
            _ND98_CIT,
        ],
        "references": [],
    },
    # Negative: no header at all. Number, date and place stay null; the province and
    # the issuer come from the issuing sentence.
    "tay-ninh-no-header": {
        "text": "\n\n".join(
            [
                "KẾ HOẠCH",
                "Phát động phong trào thi đua “Tây Ninh chung tay cải cách hành chính” năm 2024",
                "Thực hiện Kế hoạch số 15/KH-HĐTĐKT ngày 20/01/2024 của Hội đồng Thi đua - Khen "
                "thưởng Trung ương; Ủy ban nhân dân tỉnh Tây Ninh ban hành Kế hoạch như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "Nâng cao chỉ số cải cách hành chính của tỉnh.",
                "Nơi nhận:\n- Ban TĐKT TW;\n- Lưu: VT.",
                "CHỦ TỊCH\n\nTrần Minh Đức",
            ]
        ),
        "document": {
            "doc_type": "ke_hoach",
            "number": None,
            "issue_date": None,
            "place": None,
            "province.name": "Tây Ninh",
            "province.code": "72",
            "province.merged_2025": "Tây Ninh",
            "issuer.name": "Ủy ban nhân dân tỉnh Tây Ninh",
            "issuer.kind": "ubnd",
            "signer.name": "Trần Minh Đức",
            "signer.title": "Chủ tịch",
            "signer.authority": None,
        },
        "archive": "VT.",
        "legal_basis": [
            {
                "doc_type": "ke_hoach",
                "number": "15/KH-HĐTĐKT",
                "date": "2024-01-20",
                "issuer": "Hội đồng Thi đua - Khen thưởng Trung ương",
            },
        ],
        "references": [],
    },
}

# (case, field) the extractors get wrong today: field is a dotted document path,
# "archive", "legal_basis", "references" or "grounding". The lead removes an
# entry once the extractor is fixed (strict xfail makes the fix visible).

KNOWN_FAILURES: dict[tuple[str, str], str] = {}

# Same, for the samples in corpora/samples/ (file name, field).
KNOWN_SAMPLE_FAILURES: dict[tuple[str, str], str] = {}


# --- helpers --------------------------------------------------------------------------


def _record(text: str) -> dict[str, Any]:
    return build_record(RawText(text=text, format="txt"), source_path="x.txt", sha256="0" * 64)


@functools.cache
def _case_record(case: str) -> dict[str, Any]:
    return _record(CASES[case]["text"])


@functools.cache
def _sample_record(name: str) -> dict[str, Any]:
    return extract_file(SAMPLES / name)


@functools.cache
def _sample_expectations() -> dict[str, dict[str, Any]]:
    data = yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{EXPECTED}: expected a mapping of sample file names")
    return data


def _get(record: dict[str, Any], dotted: str) -> Any:
    value: Any = record
    for key in dotted.split("."):
        if value is None:
            return None
        value = value.get(key)
    return value


def _value_ok(field: str, expected: Any, actual: Any) -> bool:
    if field in SIMILAR_FIELDS and expected is not None:
        return similarity(expected, actual) >= NAME_SIMILARITY
    return same_text(expected, actual)


def _citation_problems(expected: list[dict[str, Any]], actual: list[dict[str, Any]]) -> list[str]:
    """Missing, extra and mis-valued citations, matched like the shared scoring does."""
    problems: list[str] = []
    left = list(actual)
    for exp in expected:
        match = None
        for cand in left:
            if exp["number"] is not None:
                hit = citation_number(cand.get("number")) == citation_number(exp["number"])
            else:
                hit = (
                    cand.get("number") is None
                    and cand.get("doc_type") == exp["doc_type"]
                    and cand.get("date") == exp["date"]
                    and similarity(exp.get("title"), cand.get("title")) >= CITATION_TITLE_SIMILARITY
                )
            if hit:
                match = cand
                break
        label = exp["number"] or f"{exp['doc_type']} {exp['date']}"
        if match is None:
            problems.append(f"missing {label}")
            continue
        left.remove(match)
        for key in ("doc_type", "date", "issuer"):
            if not same_text(exp.get(key), match.get(key)):
                problems.append(f"{label}: {key} {match.get(key)!r} != {exp.get(key)!r}")
    for extra in left:
        problems.append(f"extra {extra.get('number') or extra.get('title')!r}")
    return problems


def _evidences(value: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "evidence" and isinstance(item, dict):
                found.append(item)
            else:
                found.extend(_evidences(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_evidences(item))
    return found


def _ungrounded(record: dict[str, Any]) -> list[dict[str, Any]]:
    text = record["text"]
    parts = {key: value for key, value in record.items() if key not in ("text", "source")}
    return [ev for ev in _evidences(parts) if text[ev["start"] : ev["end"]] != ev["quote"]]


def _params(items: list[tuple[str, str]], known: dict[tuple[str, str], str]) -> list[Any]:
    """One ``pytest.param`` per (case, field), strict xfail where ``known`` names it."""
    out = []
    for case, field in items:
        reason = known.get((case, field))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(case, field, id=f"{case}-{field}", marks=marks))
    return out


# --- the passages ----------------------------------------------------------------------

_DOC_FIELDS = [(case, field) for case, spec in CASES.items() for field in spec["document"]]


@pytest.mark.parametrize(("case", "field"), _params(_DOC_FIELDS, KNOWN_FAILURES))
def test_header_variants_document_field(case: str, field: str) -> None:
    expected = CASES[case]["document"][field]
    actual = _get(_case_record(case)["document"], field)
    assert _value_ok(field, expected, actual), f"{field}: got {actual!r}, want {expected!r}"


@pytest.mark.parametrize(
    ("case", "field"), _params([(case, "archive") for case in CASES], KNOWN_FAILURES)
)
def test_header_variants_archive(case: str, field: str) -> None:
    expected = CASES[case][field]
    actual = _case_record(case)[field]
    assert same_text(expected, actual), f"archive: got {actual!r}, want {expected!r}"


_CITATION_FIELDS = [(case, key) for case in CASES for key in ("legal_basis", "references")]


@pytest.mark.parametrize(("case", "field"), _params(_CITATION_FIELDS, KNOWN_FAILURES))
def test_header_variants_citations(case: str, field: str) -> None:
    problems = _citation_problems(CASES[case][field], _case_record(case)[field])
    assert not problems, f"{field}: " + "; ".join(problems)


@pytest.mark.parametrize(
    ("case", "field"), _params([(case, "grounding") for case in CASES], KNOWN_FAILURES)
)
def test_header_variants_evidence_grounded(case: str, field: str) -> None:
    record = _case_record(case)
    assert not _ungrounded(record)
    # The record must carry evidence for what it found, not an empty shell.
    assert record["document"]["signer"] is None or record["document"]["signer"].get("evidence")


def test_header_variants_cover_enough_passages() -> None:
    assert len(CASES) >= 12
    kinds = {spec["document"].get("issuer.kind") for spec in CASES.values()}
    assert {"ubnd", "so_nganh", "hdtdkt", "mass_org"} <= kinds
    authorities = {spec["document"].get("signer.authority") for spec in CASES.values()}
    assert {"TM.", "KT.", "TL.", "Q.", None} <= authorities


# --- the sample plans in corpora/samples/ ---------------------------------------------

SAMPLE_FILES = sorted(path.name for path in SAMPLES.glob("*.txt"))


def test_samples_all_have_expectations() -> None:
    assert len(SAMPLE_FILES) >= 8
    assert sorted(_sample_expectations()) == SAMPLE_FILES


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_samples_record_valid_against_schema(name: str) -> None:
    if not SCHEMA.is_file():
        pytest.skip(f"the shared schema is not beside the repository ({SCHEMA} is missing)")
    import jsonschema

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    record = _sample_record(name)
    jsonschema.validate(record, schema)
    assert not _ungrounded(record)
    assert not [w for w in record["source"]["warnings"] if "extractor" in w and "failed" in w]


def _sample_fields() -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for name, spec in _sample_expectations().items():
        items.extend((name, field) for field in spec.get("document", {}))
        items.extend((name, key) for key in ("archive", "legal_basis") if key in spec)
    return items


@pytest.mark.parametrize(("name", "field"), _params(_sample_fields(), KNOWN_SAMPLE_FAILURES))
def test_samples_header_values(name: str, field: str) -> None:
    spec = _sample_expectations()[name]
    record = _sample_record(name)
    if field == "legal_basis":
        problems = _citation_problems(spec[field], record[field])
        assert not problems, "legal_basis: " + "; ".join(problems)
        return
    if field == "archive":
        expected, actual = spec[field], record[field]
    else:
        expected, actual = spec["document"][field], _get(record["document"], field)
    assert _value_ok(field, expected, actual), f"{field}: got {actual!r}, want {expected!r}"
