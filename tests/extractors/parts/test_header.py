"""The document's own fields: type, số ký hiệu, title and movement names."""

from __future__ import annotations

import pytest

from extractors.model import DocumentFields
from extractors.parts import header
from extractors.segment.structure import parse
from extractors.text.repair import repair

_RIGHT = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\n"
    + _RIGHT
    + "\nSố: 12/KH-UBND\n\nGia Lai, ngày 05 tháng 9 năm 2025\n\n"
)
# a quoted slogan in the body is no movement (a movement the body names after "phong
# trào" is one when the title and preamble name none: tests/extractors/parts/test_movements.py)
_BODY = "I. MỤC ĐÍCH\n\n1. Hưởng ứng khẩu hiệu “Sáng kiến hay” của ngành.\n"


def _fields(text: str) -> DocumentFields:
    doc = parse(repair(text).text)
    fields = header.extract(doc)
    for cited in fields.field_evidence:
        ev = cited.evidence
        assert doc.text[ev.start : ev.end] == ev.quote
    return fields


@pytest.mark.parametrize(
    ("title", "preamble", "expected"),
    [
        # «…» quotes, the name cut by the title's line breaks
        (
            "Tổ chức phong trào thi đua «Ia Grai đoàn kết, chung sức xây dựng\nnông thôn mới» "
            "giai đoạn 2025 - 2030",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            ["Ia Grai đoàn kết, chung sức xây dựng nông thôn mới"],
        ),
        (
            'Phát động phong trào thi đua "Gia Lai chung tay vì người nghèo"',
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            ["Gia Lai chung tay vì người nghèo"],
        ),
        # named in the preamble only, as the movement the plan implements
        (
            "về thực hiện công tác thi đua, khen thưởng năm 2026",
            "Thực hiện Kế hoạch số 35-KH/TU ngày 20/10/2025 của Ban Thường vụ Tỉnh ủy về tổ chức "
            'phong trào thi đua "Gia Lai đoàn kết, phát triển" giai đoạn 2025 - 2030;\n\n'
            "Ban Thường vụ Đảng ủy xây dựng Kế hoạch thực hiện như sau:",
            ["Gia Lai đoàn kết, phát triển"],
        ),
        # the own-plan sentence wins over other movements the preamble cites
        (
            "Tổ chức thi đua năm 2026",
            'Thực hiện phong trào thi đua "Cả nước chung tay vì người nghèo";\n\n'
            'Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức phong trào thi đua "Gia Lai xanh" '
            "như sau:",
            ["Gia Lai xanh"],
        ),
        # words between "phong trào thi đua" and the name
        (
            "Phát động phong trào thi đua cao điểm 100 ngày đêm “Về đích nông thôn mới”",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            ["Về đích nông thôn mới"],
        ),
        # several names in a row, after a colon
        (
            "Phát động các phong trào thi đua: “Dân vận khéo” và “Chung sức xây dựng nông thôn mới”",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            ["Dân vận khéo", "Chung sức xây dựng nông thôn mới"],
        ),
        # negative: a clause break before the quote, the quote names something else
        (
            "Tổ chức phong trào thi đua, hưởng ứng Ngày “Vì người nghèo”",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            [],
        ),
        # negative: a quoted slogan in the body is not a movement of the document
        (
            "Tổ chức thi đua năm 2026",
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            [],
        ),
    ],
)
def test_header_movement_names(title: str, preamble: str, expected: list[str]) -> None:
    fields = _fields(f"{_HEAD}KẾ HOẠCH\n{title}\n\n{preamble}\n\n{_BODY}")
    assert fields.movement_names == expected


def test_header_title_sentence_case_and_rule_line_dropped() -> None:
    fields = _fields(f"{_HEAD}KẾ HOẠCH\nvề thực hiện công tác thi đua\nnăm 2026\n-----\n\n{_BODY}")
    assert fields.title == "Về thực hiện công tác thi đua năm 2026"


_DECISION = (
    _HEAD.replace("12/KH-UBND", "1520/QĐ-UBND")
    + "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch tổ chức phong trào thi đua\n\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIA LAI\n\n"
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức phong trào thi đua.\n\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.\n\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT, NC.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nĐỗ Thanh Hải\n\n"
    "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n\n" + _RIGHT + "\nKẾ HOẠCH\n"
    "Tổ chức phong trào thi đua “Gia Lai đoàn kết, đổi mới” giai đoạn 2025 - 2030\n\n"
    "(Ban hành kèm theo Quyết định số 1520/QĐ-UBND ngày 02/10/2025 của Chủ tịch UBND tỉnh)\n\n"
    "I. MỤC ĐÍCH\n\n1. Động viên cán bộ.\n"
)


def test_header_decision_issuing_a_plan() -> None:
    fields = _fields(_DECISION)
    assert (fields.doc_type, fields.number) == ("quyet_dinh", "1520/QĐ-UBND")
    assert fields.title == "Về việc ban hành Kế hoạch tổ chức phong trào thi đua"
    assert fields.movement_names == ["Gia Lai đoàn kết, đổi mới"]
    assert fields.issuer is not None and fields.issuer.kind == "chu_tich_ubnd"
    assert fields.signer is not None
    assert (fields.signer.name, fields.signer.title) == ("Đỗ Thanh Hải", "Phó Chủ tịch")


_LETTER = (
    "UBND TỈNH ĐỒNG THÁP\nSỞ NỘI VỤ\n-------\nSố: 1234/SNV-TĐKT\n"
    "V/v hướng dẫn hồ sơ đề nghị khen thưởng\nnăm 2025\n\n" + _RIGHT + "---------------\n"
    "Đồng Tháp, ngày 10 tháng 9 năm 2025\n\nKính gửi:\n- Các sở, ban, ngành tỉnh.\n\n"
    "Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2025 của UBND tỉnh, Sở Nội vụ hướng dẫn như sau:\n\n"
    "1. Hồ sơ gửi về Sở Nội vụ.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nQ. GIÁM ĐỐC\n\nTrần Thị Bích Ngọc\n"
)


def test_header_cong_van_subject_line() -> None:
    fields = _fields(_LETTER)
    assert (fields.doc_type, fields.number) == ("cong_van", "1234/SNV-TĐKT")
    assert fields.title == "V/v hướng dẫn hồ sơ đề nghị khen thưởng năm 2025"
    assert (fields.place, fields.issue_date) == ("Đồng Tháp", "2025-09-10")
    assert fields.issuer is not None and fields.issuer.name == "Sở Nội vụ tỉnh Đồng Tháp"


def test_header_subject_line_without_number_is_not_a_cong_van() -> None:
    text = _LETTER.replace("Số: 1234/SNV-TĐKT\n", "")
    assert _fields(text).doc_type != "cong_van"


@pytest.mark.parametrize(
    ("word", "number", "doc_type"),
    [
        ("HƯỚNG DẪN", "87/HD-SGDĐT", "huong_dan"),
        ("THÔNG BÁO", "15/TB-UBND", "thong_bao"),
        ("BÁO CÁO", "102/BC-UBND", "bao_cao"),
        ("KẾ HOẠCH", "12-KH/TU", "ke_hoach"),
        ("KẾ HOẠCH LIÊN TỊCH", "05/KHLT-UBND-LĐLĐ", "ke_hoach"),
        ("KẾ HOẠCH", "03-KH/BCĐ-TU", "ke_hoach"),
    ],
)
def test_header_doc_types_and_numbers(word: str, number: str, doc_type: str) -> None:
    text = (
        _HEAD.replace("Số: 12/KH-UBND", f"Số {number}")
        + f"{word}\nCông tác thi đua năm 2025\n\n{_BODY}"
    )
    fields = _fields(text)
    assert (fields.doc_type, fields.number) == (doc_type, number)
    assert fields.title == "Công tác thi đua năm 2025"


@pytest.mark.parametrize(
    ("place_line", "place", "issue_date", "quote"),
    [
        (
            "Huế, ngày hai mươi tháng Một năm hai nghìn không trăm hai mươi sáu",
            "Huế",
            "2026-01-20",
            "Huế, ngày hai mươi tháng Một năm hai nghìn không trăm hai mươi sáu",
        ),
        (
            "Đà Nẵng, ngày mồng năm tháng Ba năm 2025",
            "Đà Nẵng",
            "2025-03-05",
            "Đà Nẵng, ngày mồng năm tháng Ba năm 2025",
        ),
        ("Hà Nội, ngày 16/7/2021", "Hà Nội", "2021-07-16", "Hà Nội, ngày 16/7/2021"),
        # an OCR line (or a narrow table cell) cut before the year: the layout stage
        # puts the cell back on one line, and the evidence quotes that line
        (
            "Ia Grai, ngày 12 tháng 8\nnăm 2025",
            "Ia Grai",
            "2025-08-12",
            "Ia Grai, ngày 12 tháng 8 năm 2025",
        ),
        (
            "Gia Lai, ngày 05 tháng\n9 năm 2025",
            "Gia Lai",
            "2025-09-05",
            "Gia Lai, ngày 05 tháng 9 năm 2025",
        ),
        (
            "Gia Lai,\nngày 05 tháng 9 năm 2025",
            "Gia Lai",
            "2025-09-05",
            "Gia Lai,\nngày 05 tháng 9 năm 2025",
        ),
        # the day left blank for signing: the place, no date
        ("Gia Lai, ngày      tháng 9 năm 2025", "Gia Lai", None, None),
        ("Gia Lai, ngày ... tháng ... năm 2025", "Gia Lai", None, None),
        # negative: a place and a bare date, no "ngày", is not the place-and-date line
        ("Gia Lai, 05/9/2025", None, None, None),
    ],
)
def test_header_place_date_variants(
    place_line: str, place: str | None, issue_date: str | None, quote: str | None
) -> None:
    text = _HEAD.replace("Gia Lai, ngày 05 tháng 9 năm 2025", place_line)
    text += f"KẾ HOẠCH\nCông tác thi đua năm 2025\n\n{_BODY}"
    fields = _fields(text)
    assert (fields.place, fields.issue_date) == (place, issue_date)
    cited = [c.evidence.quote for c in fields.field_evidence if c.field == "issue_date"]
    assert cited == ([quote] if quote else [])


@pytest.mark.parametrize(
    ("headline", "paragraphs", "expected"),
    [
        (  # a theme after "với chủ đề:" in the lead
            "Công an tỉnh phát động đợt thi đua cao điểm 100 ngày đêm",
            "Ngày 16/7, Công an tỉnh tổ chức lễ phát động đợt thi đua cao điểm 100 ngày đêm, "
            "với chủ đề: “Công an Phú Yên trọn niềm tin, vững bình yên”.",
            ["Công an Phú Yên trọn niềm tin, vững bình yên"],
        ),
        (  # in the headline, after "phát động thi đua"
            "Ngành Giáo dục phát động thi đua “Đổi mới, sáng tạo trong dạy và học”",
            "Sáng nay 15/9/2022, Giám đốc Sở Giáo dục và Đào tạo đã ký Kế hoạch số "
            "1520/KH-SGDĐT về tổ chức phong trào thi đua năm học 2022 - 2023.",
            ["Đổi mới, sáng tạo trong dạy và học"],
        ),
        (  # without quotes after "phong trào thi đua", ended by "năm 2023"
            "XÃ THẠCH LẠC PHÁT ĐỘNG THI ĐUA XÂY DỰNG NÔNG THÔN MỚI KIỂU MẪU",
            "Chiều ngày 13/3, UBND xã Thạch Lạc tổ chức lễ phát động phong trào thi đua Thạch "
            "Lạc đồng lòng xây dựng nông thôn mới kiểu mẫu năm 2023.",
            ["Thạch Lạc đồng lòng xây dựng nông thôn mới kiểu mẫu"],
        ),
        (  # in a later paragraph, quoted after "phong trào thi đua"
            "Hội nghị tổng kết công tác thi đua năm 2022 của Cụm thi đua",
            "Chiều ngày 15/12, Cụm thi đua các huyện tổ chức hội nghị tổng kết công tác thi "
            "đua, khen thưởng năm 2022.\n\nNăm 2023, các huyện đẩy mạnh phong trào thi đua "
            "“Hải Dương chung sức xây dựng nông thôn mới kiểu mẫu” trên địa bàn.",
            ["Hải Dương chung sức xây dựng nông thôn mới kiểu mẫu"],
        ),
        (  # negatives: a leader's quoted slogan, a quoted award, a cited directive's title,
            # the yearly motto, "thi đua" not the movement's word, a lower-case run
            "Huyện Tứ Kỳ tổng kết phong trào thi đua năm 2022",
            "Phát biểu tại hội nghị, đồng chí Bí thư đề nghị phát huy tinh thần “Dân biết, "
            "dân bàn, dân làm, dân kiểm tra”; huyện được tặng Cờ “Đơn vị dẫn đầu phong trào "
            "thi đua”.\n\nCác đơn vị quán triệt Chỉ thị số 34-CT/TW về “Tiếp tục đổi mới công "
            "tác thi đua, khen thưởng” với chủ đề “Đoàn kết, sáng tạo, hoàn thành thắng lợi "
            "nhiệm vụ năm 2023”; mở đầu phong trào Thi đua yêu nước năm 2023 và phong trào "
            "thi đua đặc biệt trong toàn huyện.",
            [],
        ),
    ],
)
def test_header_movement_names_of_a_press_article(headline, paragraphs, expected):
    doc = parse(repair(f"{headline}\n12/03/2023 09:30\n\n{paragraphs}\n\nThu Hà\n").text)
    assert doc.is_news
    fields = header.extract(doc)
    assert fields.movement_names == expected
    cited = [f.evidence for f in fields.field_evidence if f.field == "movement_names"]
    assert len(cited) == len(expected)
    for ev in cited:
        assert doc.text[ev.start : ev.end] == ev.quote
