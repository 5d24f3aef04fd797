from __future__ import annotations

import pytest

from extractors.layout.one_line import _breaks
from extractors.segment.genre import type_words


def test_one_line_type_words_glued_type_reads_every_genre_type_word() -> None:
    glued = _breaks()["glued_type"]
    for word in type_words():
        assert glued.search(f"{word.upper()}Về việc tổ chức phong trào thi đua"), word


@pytest.mark.parametrize(
    ("line", "word"),
    [
        ("TỈNH ỦY LÂM ĐỒNG KẾ HOẠCH LIÊN TỊCHVề việc phối hợp", "KẾ HOẠCH LIÊN TỊCH"),
        ("QUY CHẾTổ chức Hội đồng Thi đua - Khen thưởng", "QUY CHẾ"),
        ("DANH SÁCHPhát động thi đua", "DANH SÁCH"),
        # negatives: a type word followed by a space, or by a word no title starts with
        ("KẾ HOẠCH Về việc tổ chức", None),
        ("QUYẾT ĐỊNHKhen thưởng", None),
    ],
)
def test_one_line_type_words_glued_type(line: str, word: str | None) -> None:
    m = _breaks()["glued_type"].search(line)
    assert (m.group(0) if m else None) == word
