"""Hard-wrapped text joined back into paragraphs without moving any offset."""

from __future__ import annotations

import pytest

from extractors.text import unwrap
from extractors.text.repair import repair
from extractors.text.unwrap import unwrap_lines, wrap_width

# A plan as pdftotext gives it: every line broken near 72 characters.
WRAPPED = """\
ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 45/KH-UBND
KẾ HOẠCH
Phát động phong trào thi đua "Hà Nam chung tay xây dựng nông thôn mới"
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
I. MỤC ĐÍCH, YÊU CẦU
1. Phong trào thi đua phải được tổ chức thường xuyên, sâu rộng đến các
cơ quan, đơn vị, địa phương, gắn với việc thực hiện nhiệm vụ chính trị
được giao và tạo khí thế thi đua sôi nổi trong toàn tỉnh.
2. Kịp thời phát hiện, biểu dương, khen thưởng các tập thể, cá nhân có
thành tích xuất sắc, nhân rộng các điển hình tiên tiến trong phong trào
thi đua.
3. Các cơ quan, đơn vị, Mặt trận Tổ quốc và các tổ chức chính trị
- xã hội tham gia tích cực, hiệu quả vào phong trào thi đua chung của
tỉnh.
II. KHEN THƯỞNG
- Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 20 tập thể và 30 cá
nhân có thành tích xuất sắc tiêu biểu trong phong trào thi đua năm 2025;
- Các sở, ngành, địa phương gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ
trước ngày 30 tháng 11 năm 2025 để tổng hợp, trình Chủ tịch Ủy ban nhân
dân tỉnh xem xét, quyết định khen thưởng theo quy định hiện hành của
pháp luật về thi đua, khen thưởng.
Nơi nhận:
- Thường trực Tỉnh ủy;
- Lưu: VT, NV.
"""

# The same plan with one paragraph per line, as a portal copy gives it.
PARAGRAPHS = """\
I. MỤC ĐÍCH, YÊU CẦU
1. Phong trào thi đua phải được tổ chức thường xuyên, sâu rộng đến các cơ quan, đơn vị, địa phương.
2. Kịp thời phát hiện, biểu dương, khen thưởng các tập thể, cá nhân có thành tích xuất sắc
II. KHEN THƯỞNG
Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho 20 tập thể và 30 cá nhân có thành tích xuất sắc
Các sở, ngành, địa phương gửi hồ sơ đề nghị khen thưởng về Sở Nội vụ trước ngày 30 tháng 11 năm 2025
Nơi nhận:
- Thường trực Tỉnh ủy;
- Lưu: VT, NV.
"""


def test_wrap_width_finds_the_margin_of_wrapped_text() -> None:
    width = wrap_width(WRAPPED.split("\n"))
    assert width is not None and 68 <= width <= 75


def test_wrap_width_none_for_one_paragraph_per_line() -> None:
    assert wrap_width(PARAGRAPHS.split("\n")) is None


def test_unwrap_lines_joins_paragraphs_and_keeps_offsets() -> None:
    mapped, joined = unwrap_lines(WRAPPED)
    assert len(mapped.text) == len(WRAPPED)  # one "\n" becomes one space
    assert joined == 10
    assert (
        "1. Phong trào thi đua phải được tổ chức thường xuyên, sâu rộng đến các cơ quan, đơn vị, "
        "địa phương, gắn với việc thực hiện nhiệm vụ chính trị được giao và tạo khí thế thi đua "
        "sôi nổi trong toàn tỉnh.\n"
    ) in mapped.text
    assert "20 tập thể và 30 cá nhân có thành tích" in mapped.text
    assert "trình Chủ tịch Ủy ban nhân dân tỉnh xem xét" in mapped.text
    # a compound cut before its dash is one word, not a new item
    assert "các tổ chức chính trị - xã hội tham gia" in mapped.text


@pytest.mark.parametrize(
    "kept",
    [
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 45/KH-UBND\nKẾ HOẠCH\n",  # header lines are short
        "toàn tỉnh.\n2. Kịp thời",  # a sentence ends; an item opens
        "trong phong trào thi đua.\n3. Các cơ quan",  # an item opens
        "chung của tỉnh.\nII. KHEN THƯỞNG",  # a heading opens
        "năm 2025;\n- Các sở",  # an item ends with ";"
        "khen thưởng.\nNơi nhận:\n- Thường trực Tỉnh ủy;\n- Lưu: VT, NV.",  # the closing block
    ],
)
def test_unwrap_lines_keeps_line_ends_between_units(kept: str) -> None:
    mapped, _ = unwrap_lines(WRAPPED)
    assert kept in mapped.text


def test_unwrap_lines_leaves_unwrapped_text_alone() -> None:
    mapped, joined = unwrap_lines(PARAGRAPHS)
    assert joined == 0 and mapped.text == PARAGRAPHS


def test_repair_logs_the_unwrap_and_maps_back_to_the_raw_text() -> None:
    repaired = repair(WRAPPED)
    assert any("hard-wrapped" in line for line in repaired.log)
    quote = "20 tập thể và 30 cá nhân có thành tích"
    start = repaired.text.index(quote)
    raw_start = repaired.mapped.source[start]
    assert WRAPPED[raw_start : raw_start + 10] == quote[:10]


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        # rows of a table (pipes or tabs) stay rows even at the wrap width
        (["| 1 | Mỗi huyện, thành phố | 02 | 03 |", "| 2 | Mỗi sở, ban, ngành | 01 | 02 |"], False),
        (["1\tCờ thi đua của Ủy ban nhân dân tỉnh\t03", "2\tBằng khen của Chủ tịch\t12"], False),
        # an archive line cut after its label
        (["- Ban Dân vận Tỉnh ủy; - Hội LHPN các huyện, thị xã; - Lưu:", "VT, TC-KT."], True),
        # a line ending a sentence with a colon is not joined
        (["Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:", "I. MỤC ĐÍCH"], False),
    ],
)
def test_unwrap_tables_and_archive_label(lines: list[str], joined: bool) -> None:
    assert unwrap._joins(lines[0], lines[1], len(lines[0])) is joined
