"""A hook read as an acute, put right by the dictionary word it stands in (ocr_compounds.py)."""

from __future__ import annotations

import pytest

from pipeline.readers.ocr_compounds import repair_hooks
from pipeline.readers.ocr_repair import repair_ocr


@pytest.mark.parametrize(
    ("ocr", "expected", "word"),
    [
        ("Nghị quyết về tiếp tục đối mới công tác thi đua", "tiếp tục đổi mới công", "đổi"),
        ("tổ chức 02 đợt kiếm tra bắn đạn thật", "02 đợt kiểm tra bắn", "kiểm"),
        ("khen thưởng 01 tập thể tiêu biếu.", "tập thể tiêu biểu.", "biểu"),
        ("thi đua hằng tháng; tống hợp hồ sơ đề nghị", "tháng; tổng hợp hồ", "tổng"),
        ("Thi đua phố cập kỹ năng số cho người dân", "đua phổ cập kỹ", "phổ"),
        ("Luật sửa đổi, bố sung một số điều", "đổi, bổ sung một", "bổ"),
        ("b) Thi đua đấy mạnh chuyển đổi số", "đua đẩy mạnh chuyển", "đẩy"),
        ("(qua Ban Tổ chức - Kiếm tra) trước ngày 20/11", "- Kiểm tra) trước", "Kiểm"),
        ("TRƯỜNG THCS CẤM THẠCH", "THCS CẨM THẠCH", "CẨM"),
        ("khen thưởng thuộc thấm quyền của Chủ tịch", "thuộc thẩm quyền của", "thẩm"),
        ("và học sinh.\nToàn thế cán bộ, giáo viên", "\nToàn thể cán bộ", "thể"),
    ],
)
def test_repair_hooks_puts_back_the_hook_of_a_dictionary_word(
    ocr: str, expected: str, word: str
) -> None:
    repaired, log = repair_hooks(ocr)
    assert expected in repaired
    assert len(log) == 1 and log[0].split(" -> ")[1].startswith(repr(word))


@pytest.mark.parametrize(
    "text",
    [
        # read right: the acute makes a word with a neighbour, or no hooked form makes one
        "Các ngành liên quan đối với cá nhân có thành tích",
        "tổ chức thực hiện văn hóa công sở trên địa bàn",  # 'hóa công' is no 'hỏa công'
        "có thế mạnh về du lịch; cụ thể như sau",
        "thế giới và khu vực; biến đổi khí hậu",
        # a capitalised neighbour is a name, a comma parts two words
        "4. Báo Bình Thuận, Đài Phát thanh và Truyền hình",
        "- Báo, Đài PTTH tỉnh tuyên truyền",
        "đồng chí Nguyễn Tố Như, Trần Văn Tố tham gia",  # a name inside a sentence
        # a hook already, or another tone
        "tiêu biểu xuất sắc, kiểm tra, đổi mới",
        "kiếm sống, bố mẹ, quá trình",
    ],
)
def test_repair_hooks_leaves_words_read_right(text: str) -> None:
    assert repair_hooks(text) == (text, [])


def test_repair_ocr_runs_the_hook_repair_and_logs_it() -> None:
    repaired, log = repair_ocr("Thi đua đấy mạnh phong trào, kiếm tra, giám sát")
    assert repaired == "Thi đua đẩy mạnh phong trào, kiểm tra, giám sát"
    assert sum("OCR repair hook" in line for line in log) == 2
