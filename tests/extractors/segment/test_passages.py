from __future__ import annotations

import re

import pytest

from extractors.segment.passages import (
    clause_start,
    clause_starts,
    column_header,
    sentence_at,
    table_row,
    titled,
)
from extractors.segment.structure import parse
from extractors.text.repair import repair


def _doc(body: str):
    return parse(repair(f"KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. NỘI DUNG\n\n{body}\n").text)


@pytest.mark.parametrize(
    ("body", "inside", "sentence"),
    [
        (
            "Các đơn vị tại TP. Hồ Chí Minh gửi hồ sơ. Sau đó tổng kết.",
            "gửi",
            "Các đơn vị tại TP. Hồ Chí Minh gửi hồ sơ.",
        ),
        (  # a page break inside a sentence is not its end
            "- Huân chương Lao động: Hội đồng xét chọn\n\n01 tập thể có thành tích.",
            "01 tập thể",
            "Huân chương Lao động: Hội đồng xét chọn\n\n01 tập thể có thành tích.",
        ),
        (
            "Các đơn vị như Sở Y tế, Công an tỉnh... bình xét 20 tập thể. Tiếp theo.",
            "bình xét",
            "Các đơn vị như Sở Y tế, Công an tỉnh... bình xét 20 tập thể.",
        ),
        ("- Mục một;\n- Mục hai có 05 tập thể;", "Mục hai", "Mục hai có 05 tập thể;"),
    ],
)
def test_passages_sentence_bounds(body, inside, sentence):
    doc = _doc(body)
    span = sentence_at(doc, doc.text.index(inside))
    assert doc.text[span.start : span.end] == sentence


def test_passages_clause_starts_after_semicolon_or_colon():
    doc = _doc("Bằng khen: mỗi huyện 02 tập thể; mỗi sở 01 tập thể.")
    offset = doc.text.index("mỗi sở")
    span = sentence_at(doc, offset)
    assert doc.text[clause_start(doc, offset, span) : offset + 6] == "mỗi sở"
    offset = doc.text.index("mỗi huyện")
    assert doc.text[clause_start(doc, offset, span) : offset + 9] == "mỗi huyện"


def test_passages_titled_takes_the_narrowest_section():
    doc = parse(
        repair(
            "KẾ HOẠCH\n\nX\n\nI. TIÊU CHÍ THI ĐUA, HÌNH THỨC KHEN THƯỞNG\n\n1. Tiêu chí thi đua\n\n"
            "a) Hoàn thành nhiệm vụ được giao.\n\n2. Hình thức khen thưởng\n\n- Giấy khen.\n"
        ).text
    )
    assert [s.path for s in titled(doc, "criteria")] == ["I.1"]
    assert [s.path for s in titled(doc, "forms")] == ["I.2"]


def test_column_header_finds_the_cell_above_in_a_tab_table():
    text = (
        "KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. NỘI DUNG\n\nMức đóng góp như sau:\n\n"
        "TT\tHình thức\tCá nhân\tTập thể\n1\tBằng khen\tTừ 100 triệu đồng\tTừ 500 triệu đồng\n"
    )
    doc = parse(repair(text).text)
    at = doc.text.index("Từ 500")
    header = column_header(doc, at, re.compile("tập thể|cá nhân", re.IGNORECASE))
    assert header is not None and doc.text[header.start : header.end] == "Tập thể"
    assert table_row(doc, doc.text.index("Mức đóng góp")) is None
    assert column_header(doc, at, re.compile("thời gian", re.IGNORECASE)) is None


@pytest.mark.parametrize(
    ("text", "separators", "starts"),
    [
        # a press lead: the clauses before the verb, nearest first, then the sentence
        (
            "Thực hiện Kế hoạch số 74/KH-UBND, ngày 20/3/2024, Sở Nội vụ ban hành",
            ",",
            ["Sở Nội vụ ban hành", "ngày 20/3/2024, Sở Nội vụ ban hành", "Thực hiện"],
        ),
        # no space after the separator: a number, a time, cut nothing
        ("tối đa 1,5 triệu đồng cho", ",", ["tối đa"]),
        ("lúc 15:30 ngày 02/6; gửi về Sở", ";:", ["gửi về Sở", "lúc 15:30"]),
        # a comma is no clause break for the default separators
        ("mỗi huyện, thị xã đề nghị", ";:", ["mỗi huyện"]),
    ],
)
def test_passages_clause_starts_nearest_first(
    text: str, separators: str, starts: list[str]
) -> None:
    found = list(clause_starts(text, 0, len(text), separators))
    assert [text[at:] for at in found] == [text[text.index(s) :] for s in starts]
