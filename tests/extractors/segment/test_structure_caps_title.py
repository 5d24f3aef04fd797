"""A title in capitals run into the text under it by a copy without blank lines (legal
portals, one cell per line): the title ends where a mixed-case sentence starts ("… NĂM
2024" / "Trước yêu cầu …"), with or without an opening word of ``text_opening``.
Negatives: a title in capitals over two lines joins, a mixed-case title under its type word
stays whole, "Về việc …" under a type word an OCR copy left unread is still the title, and
an attached note "(Kèm theo …)" is no sentence."""

from __future__ import annotations

import pytest

from extractors.segment import structure
from extractors.text.repair import repair

_HEAD = (
    "VIỆN KIỂM SÁT NHÂN DÂN TỈNH BẠC LIÊU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
    "Độc lập - Tự do - Hạnh phúc |\nSố: 31/KH-VKS | Bạc Liêu, ngày 09 tháng 01 năm 2024 |\n"
)
_BODY = (
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Động viên công chức thi đua hoàn thành nhiệm vụ.\n"
    "II. TỔ CHỨC THỰC HIỆN\nCác đơn vị báo cáo kết quả trước ngày 20/11/2024.\n"
    "Nơi nhận:\n- VKSND tối cao;\n- Lưu: VT.\nKT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG\nTrương Minh Nhựt\n"
)


def _title(text: str) -> str:
    repaired = repair(text, ())
    doc = structure.parse(repaired.text, repaired.page_starts)
    span = doc.blocks.title
    assert span is not None
    return " ".join(repaired.text[span.start : span.end].split())


@pytest.mark.parametrize(
    ("title", "after"),
    [
        (
            "PHÁT ĐỘNG THI ĐUA HOÀN THÀNH NHIỆM VỤ CÔNG TÁC KIỂM SÁT NĂM 2024",
            "Trước yêu cầu của công tác cải cách tư pháp, Viện kiểm sát nhân dân tỉnh ban hành "
            "Kế hoạch như sau:",
        ),
        (
            "VỀ VIỆC ĐẨY MẠNH PHONG TRÀO THI ĐUA YÊU NƯỚC NĂM 2024",
            "Năm 2023, các đơn vị trong ngành đã tích cực hưởng ứng các phong trào thi đua,\n"
            "góp phần hoàn thành các chỉ tiêu.",
        ),
        # a title over two lines in capitals, a wrapped sentence under it
        (
            "PHÁT ĐỘNG PHONG TRÀO THI ĐUA CHÀO MỪNG KỶ NIỆM NGÀY THÀNH LẬP\nNGÀNH KIỂM SÁT NHÂN DÂN",
            "Công chức, người lao động toàn ngành thi đua lập thành tích chào mừng kỷ niệm\n"
            "ngày thành lập ngành, cụ thể như sau:",
        ),
    ],
    ids=["sentence", "text_opening", "two_caps_lines"],
)
def test_structure_caps_title_ends_at_sentence(title: str, after: str) -> None:
    text = f"{_HEAD}KẾ HOẠCH\n{title}\n{after}\n{_BODY}"
    assert _title(text) == " ".join(title.split())


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a mixed-case title under its type word: whole, the sentence under it not joined
        (
            "KẾ HOẠCH\nPhát động thi đua hoàn thành nhiệm vụ năm 2024\n",
            "Phát động thi đua hoàn thành nhiệm vụ năm 2024",
        ),
        # a type word an OCR copy left unread, then "Về việc …": the title keeps it
        (
            "QUYET DJNH\nVề việc khen thưởng thành tích năm 2023\n",
            "QUYET DJNH Về việc khen thưởng thành tích năm 2023",
        ),
        # an attached note under a title in capitals: no sentence
        (
            "KẾ HOẠCH\nTHI ĐUA NĂM 2024 CỦA NGÀNH KIỂM SÁT\n(Kèm theo Quyết định số 05/QĐ-VKS)\n",
            "THI ĐUA NĂM 2024 CỦA NGÀNH KIỂM SÁT",
        ),
    ],
    ids=["mixed_title", "ocr_type_word", "attached_note"],
)
def test_structure_caps_title_kept(lines: str, expected: str) -> None:
    assert _title(f"{_HEAD}{lines}{_BODY}") == expected
