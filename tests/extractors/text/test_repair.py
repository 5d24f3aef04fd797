from __future__ import annotations

import unicodedata

import pytest

from extractors.text.repair import repair


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hoà bình", "Hòa bình"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("thuỷ lợi", "thủy lợi"),
        ("tuỳ theo", "tùy theo"),
        ("HOÀ BÌNH", "HÒA BÌNH"),
        # not open syllables or not oa/oe/uy: untouched
        ("hoàn thành", "hoàn thành"),
        ("quý báu", "quý báu"),
        ("Quỳnh Lưu", "Quỳnh Lưu"),
        ("khuyến khích", "khuyến khích"),
    ],
)
def test_repair_tone_marks_traditional_placement(raw: str, expected: str) -> None:
    assert repair(raw).text == expected


def test_repair_composes_decomposed_unicode() -> None:
    raw = unicodedata.normalize("NFD", "Kế hoạch thi đua")
    out = repair(raw)
    assert out.text == "Kế hoạch thi đua"
    assert any("NFC" in line for line in out.log)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("**KẾ HOẠCH**", "KẾ HOẠCH"),
        ("tinh thần “*Chống dịch như chống giặc*”", "tinh thần “Chống dịch như chống giặc”"),
        ("- * - Lưu: VT, THNV.", "- Lưu: VT, THNV."),
        ("* - Lưu: VT.", "- Lưu: VT."),
        ("ghi chú (*) ở cuối", "ghi chú (*) ở cuối"),
        ("## II. NỘI DUNG THI ĐUA\n1. Thi đua", "II. NỘI DUNG THI ĐUA\n1. Thi đua"),
        ("# KẾ HOẠCH", "KẾ HOẠCH"),
        # not a heading mark: inside a line, glued to a word, a number sign
        ("Khối thi đua # 3", "Khối thi đua # 3"),
        ("#hashtag thi đua", "#hashtag thi đua"),
    ],
)
def test_repair_removes_markup_leftovers(raw: str, expected: str) -> None:
    assert repair(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # lower-case continuation after a page break
        ("với hình thức phong\n\nphù, đa dạng.", "với hình thức phong phù, đa dạng."),
        (
            "an toàn phòng, chống dịch;\n\nkiểm soát tốt nguy cơ.",
            "an toàn phòng, chống dịch; kiểm soát tốt nguy cơ.",
        ),
        # upper-case continuation after a connective
        (
            "thực hiện có hiệu quả Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ và các văn bản khác và\n\n"
            "Chỉ thị số 14/CT-UBND.",
            "thực hiện có hiệu quả Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ và các văn bản khác và "
            "Chỉ thị số 14/CT-UBND.",
        ),
        # real paragraph breaks stay
        (
            "2. Nội dung thi đua\n\nVới tinh thần chung.",
            "2. Nội dung thi đua\n\nVới tinh thần chung.",
        ),
        ("Kết thúc câu.\n\nCâu mới bắt đầu.", "Kết thúc câu.\n\nCâu mới bắt đầu."),
        ("1. Mục đích\n\n1.1. Phát huy", "1. Mục đích\n\n1.1. Phát huy"),
        ("KẾ HOẠCH\n\nTriển khai phong trào", "KẾ HOẠCH\n\nTriển khai phong trào"),
        ("Nơi nhận:\n\n- Như trên;", "Nơi nhận:\n\n- Như trên;"),
    ],
)
def test_repair_joins_only_sentences_cut_by_page_breaks(raw: str, expected: str) -> None:
    assert repair(raw).text == expected


def test_repair_splits_flattened_two_column_header() -> None:
    raw = (
        "UBND TỈNH QUẢNG NGÃI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HỘ THI ĐUA - KHEN THƯỞNG Độc lập - Tự do - Hạnh phúc\n\n"
        "Số:01 /KH-HĐTĐKT Quảng Ngãi, ngày 28 tháng 10 năm 2021\n\nKẾ HOẠCH\n\nTổ chức thực hiện"
    )
    out = repair(raw)
    lines = out.text.split("\n")
    assert lines[:2] == ["UBND TỈNH QUẢNG NGÃI", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"]
    assert "Số:01 /KH-HĐTĐKT" in lines
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines
    assert "Quảng Ngãi, ngày 28 tháng 10 năm 2021" in lines
    assert any("OCR repair hoi_dong_thi_dua" in line for line in out.log)


def test_repair_offset_map_points_back_to_raw() -> None:
    raw = "**Hoà bình**\r\n\r\nvới  hình thức phong\n\nphù hợp"
    out = repair(raw)

    def base(ch: str) -> str:
        return unicodedata.normalize("NFD", ch)[0]

    for i, ch in enumerate(out.text):
        src = out.mapped.source[i]
        if ch.isalpha():
            assert base(raw[src]) == base(ch), (i, ch, src)


def test_repair_carries_page_starts() -> None:
    raw = "**Trang một** có chữ.\n\n\n\nTrang hai bắt đầu ở đây."
    page2 = raw.index("Trang hai")
    out = repair(raw, [0, page2])
    assert out.page_starts[0] == 0
    assert out.text[out.page_starts[1] :].startswith("Trang hai")


def test_repair_moves_signature_run_into_recipients_after_the_list() -> None:
    raw = (
        "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n- Sở Nội vụ; PHÓ CHỦ TỊCH\n"
        "- TT TU; TT HĐND\n- Lưu: VTHC.\n\nNguyễn Văn Bình"
    )
    out = repair(raw).text
    assert out == (
        "Nơi nhận:\n- Như trên;\n- Sở Nội vụ;\n- TT TU; TT HĐND\n- Lưu: VTHC.\n"
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Bình"
    )


def test_repair_keeps_one_tab_between_table_cells() -> None:
    raw = "Hình thức\tTập thể\t\tCá nhân\nBằng khen  \t 10\t15\nĐộc lập\tTự do\n"
    assert repair(raw).text == "Hình thức\tTập thể\tCá nhân\nBằng khen\t10\t15\nĐộc lập Tự do"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ÐẢNG ỦY PHƯỜNG", "ĐẢNG ỦY PHƯỜNG"),  # U+00D0 for U+0110
        ("của ðảng ủy", "của đảng ủy"),
        ("ĐẢNG ỦY", "ĐẢNG ỦY"),  # negative: the right letter stays
    ],
)
def test_repair_look_alike_characters(raw: str, expected: str) -> None:
    out = repair(raw)
    assert out.text == expected
    assert len(out.text) == len(raw)


@pytest.mark.parametrize(
    "place_date",
    ["Thành phố Hồ Chí Minh, ngày 04 tháng 4 năm 2024", "Thị xã Sơn Tây, ngày 04 tháng 4 năm 2024"],
)
def test_repair_keeps_a_place_line_that_opens_with_its_unit_word_whole(place_date: str) -> None:
    raw = (
        "LĐLĐ THÀNH PHỐ HỒ CHÍ MINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\nSố: 112/KH-LĐLĐ\n{place_date}\n\nKẾ HOẠCH\nThi đua năm 2024\n"
    )
    repaired = repair(raw)
    assert f"\n{place_date}\n" in repaired.text
    assert not any("right-column" in line for line in repaired.log)
