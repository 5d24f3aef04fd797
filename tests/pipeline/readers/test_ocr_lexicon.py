"""Malformed OCR words restored from the domain lexicon in context (ocr_lexicon.py)."""

from __future__ import annotations

import pytest

from pipeline.readers.ocr_lexicon import repair_words, well_formed


@pytest.mark.parametrize(
    ("text", "expected", "start"),
    [
        ("Hôm qua, Ủy ban hhần dân tỉnh Bạc Liêu phát động", "Ủy ban nhân dân", 9),
        ("ỦY BAN NHẦH DÂN HUYỆN Đầm Dơi", "ỦY BAN NHÂN DÂN", 0),
        ("báo cáo Sở Nội wụ trước ngày 15/12", "Sở Nội vụ", 8),
    ],
)
def test_repair_words_restores_a_malformed_word_inside_a_lexicon_phrase(
    text: str, expected: str, start: int
) -> None:
    repaired, log = repair_words(text)
    assert repaired[start : start + len(expected)] == expected
    assert len(log) == 1 and log[0].startswith("OCR repair lexicon:")


@pytest.mark.parametrize(
    "text",
    [
        "khen thưởng cho tập thế, cá nhân",  # "thế" is a word: never changed
        "phối hợp thực fiễn tốt",  # a two-word phrase ("thực hiện") is not context enough
        "Ủy ban hhần việc tỉnh",  # the phrase's other words not read as they are
        "các CT, TX, DN thuộc UBND tỉnh",  # codes carry no Vietnamese letter
        "ngày 03/8/2018 của Ủy ban nhân dân tỉnh",  # nothing damaged
    ],
)
def test_repair_words_leaves_words_and_loose_context_alone(text: str) -> None:
    assert repair_words(text) == (text, [])


@pytest.mark.parametrize(
    ("word", "formed"),
    [
        ("nghiêng", True),
        ("khuỷu", True),
        ("thuyền", True),
        ("hhần", False),
        ("tỉhh", False),
        ("0hường", False),
    ],
)
def test_well_formed_tells_syllables_from_misreadings(word: str, formed: bool) -> None:
    assert well_formed(word) is formed
