"""A chỉ thị or plan without basis clauses: its title ends where the body's first sentence
starts ("Năm 2025, …", "Trong những năm qua, …", "Nhằm …", a paragraph that ends with a full
stop), in a printed layout and on one line; a title cut by a page break still joins."""

from __future__ import annotations

import pytest

from extractors.segment import structure
from extractors.text.repair import repair

_HEAD = (
    "ỦY BAN NHÂN DÂN\nHUYỆN TÂN PHƯỚC\n-------\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n"
    "Số: 07/CT-UBND\nTân Phước, ngày 02 tháng 4 năm 2025\n\n"
)
_TITLE = "Về tăng cường phong trào thi đua lao động sản xuất năm 2025"
_CLOSE = (
    "1. Các cơ quan, đơn vị phát động thi đua trong toàn đơn vị.\n\n"
    "2. Phòng Nội vụ theo dõi, tổng hợp kết quả.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n(Đã ký)\n\nLê Văn Tám\n"
)
_OPENINGS = [
    "Năm 2024, phong trào thi đua trong huyện được duy trì và mang lại nhiều kết quả; "
    "một số đơn vị còn tổ chức hình thức.",
    "Trong những năm qua, các phong trào thi đua của huyện đã góp phần hoàn thành "
    "nhiệm vụ chính trị của địa phương.",
    "Nhằm tạo khí thế thi đua sôi nổi trong cán bộ và nhân dân, hoàn thành thắng lợi "
    "các chỉ tiêu kinh tế - xã hội năm 2025.",
    "Phong trào thi đua của huyện năm qua có nhiều chuyển biến tích cực, nhiều tập thể "
    "và cá nhân được khen thưởng kịp thời.",
]
_FORMULA = "Để phong trào đạt hiệu quả, Chủ tịch Ủy ban nhân dân huyện yêu cầu:\n\n"


def _title(text: str) -> str:
    repaired = repair(text, ())
    doc = structure.parse(repaired.text, repaired.page_starts)
    span = doc.blocks.title
    assert span is not None
    return repaired.text[span.start : span.end]


@pytest.mark.parametrize("opening", _OPENINGS)
def test_structure_title_ends_at_first_sentence(opening: str) -> None:
    text = f"{_HEAD}CHỈ THỊ\n{_TITLE}\n\n{opening}\n\n{_FORMULA}{_CLOSE}"
    assert _title(text) == _TITLE


@pytest.mark.parametrize("opening", _OPENINGS[:3])
def test_structure_title_ends_at_first_sentence_on_one_line(opening: str) -> None:
    text = f"{_HEAD}CHỈ THỊ\n{_TITLE}\n\n{opening}\n\n{_FORMULA}{_CLOSE}"
    line = " ".join(part.strip() for part in text.split("\n") if part.strip()) + "\n"
    assert _title(line) == _TITLE


def test_structure_title_cut_by_a_page_break_still_joins() -> None:
    # negative: the second piece of a long title is no sentence (no full stop, no opener)
    text = (
        f"{_HEAD}KẾ HOẠCH\nTổ chức phong trào thi đua chào mừng kỷ niệm 50 năm Ngày giải "
        "phóng\n\nhoàn toàn miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025)\n\n"
        f"Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\n\n{_CLOSE}"
    )
    assert _title(text).endswith("(30/4/1975 - 30/4/2025)")


def test_structure_title_with_a_capital_year_word_is_not_cut() -> None:
    # negative: "Năm 2025" inside a title (no comma after it) opens no sentence
    title = "Về phát động thi đua Năm 2025 lập thành tích chào mừng Đại hội Đảng bộ huyện"
    text = f"{_HEAD}CHỈ THỊ\n{title}\n\n{_OPENINGS[1]}\n\n{_FORMULA}{_CLOSE}"
    line = " ".join(part.strip() for part in text.split("\n") if part.strip()) + "\n"
    assert _title(text) == title
    assert _title(line) == title
