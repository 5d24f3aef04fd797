"""Page numbers left in plain text are dropped; lone numbers that are content stay."""

from __future__ import annotations

import pytest

from extractors.text.furniture import drop_page_numbers
from extractors.text.repair import repair

PARAGRAPH = "Các cơ quan, đơn vị tổ chức phát động phong trào thi đua sâu rộng. " * 20


@pytest.mark.parametrize("number_line", ["2", "- 2 -", "Trang 2", "2/5", "Trang 2/5"])
def test_drop_page_numbers_removes_the_page_number_line(number_line: str) -> None:
    text = f"{PARAGRAPH}\n\n{number_line}\n\n{PARAGRAPH}\n\n3\n\n{PARAGRAPH}"
    mapped, dropped = drop_page_numbers(text)
    assert dropped == 2
    assert f"\n{number_line}\n" not in mapped.text and "\n3\n" not in mapped.text
    assert mapped.text.count(PARAGRAPH) == 3


@pytest.mark.parametrize(
    "text",
    [
        # the STT column of a table flattened one cell a line: counts up, but not a page apart
        "STT\n\n1\n\nSở Y tế\n\n02\n\n2\n\nCông an tỉnh\n\n03\n\n" + PARAGRAPH,
        # a number that does not start a page count
        PARAGRAPH + "\n\n17\n\n" + PARAGRAPH,
        # a number inside a paragraph's lines, not apart from them
        PARAGRAPH + "\n2\n" + PARAGRAPH,
        # an enumerator is not a page number
        PARAGRAPH + "\n\n2.\n\n" + PARAGRAPH,
    ],
)
def test_drop_page_numbers_keeps_numbers_that_are_content(text: str) -> None:
    mapped, dropped = drop_page_numbers(text)
    assert dropped == 0 and mapped.text == text


def test_repair_drops_a_page_number_between_two_items_and_maps_back() -> None:
    raw = (
        f"1. {PARAGRAPH}\nb) Huy động nguồn lực; không để phát sinh nợ đọng xây dựng cơ bản."
        "\n\n2\n\nc) Các thôn xây dựng được khu dân cư kiểu mẫu."
    )
    repaired = repair(raw)
    assert "cơ bản.\n\nc) Các thôn" in repaired.text
    assert any("page number" in line for line in repaired.log)
    start = repaired.text.index("c) Các thôn")
    assert raw[repaired.mapped.source[start] :].startswith("c) Các thôn")
