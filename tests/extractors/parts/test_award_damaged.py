"""Award forms of a text that lost its diacritics in place."""

from __future__ import annotations

import pytest

from extractors.parts import awards
from extractors.parts.award_damaged import is_damaged, restore
from extractors.segment.structure import parse


@pytest.mark.parametrize(
    ("sentence", "forms"),
    [
        (  # stripped
            "1. Chu tich UBND huyen tang Giay khen cho 10 tap the. 2. De nghi Chu tich UBND "
            "tinh tang Bang khen cho 02 tap the.",
            [("giay_khen", "Chủ tịch UBND huyện"), ("bang_khen_tinh", "Chủ tịch UBND tỉnh")],
        ),
        (  # letters typed "?"
            "Ban Ch?p h?nh ?o?n tr??ng t?ng Gi?y khen cho 05 chi ?o?n xu?t s?c.",
            [("giay_khen", "Ban Chấp hành ?o?n tr??ng")],  # what cannot be restored stays
        ),
        (  # a past award stays a past award
            "Nam 2020 xa da duoc tang Co thi dua cua UBND tinh. Chu tich UBND xa tang Giay "
            "khen cho 03 tap the.",
            [("giay_khen", "Chủ tịch UBND xã")],
        ),
    ],
)
def test_awards_of_a_text_without_diacritics(sentence: str, forms: list) -> None:
    text = (
        "KE HOACH\nThi dua nam 2021\nI. MUC DICH\nDong vien can bo.\n"
        f"II. KHEN THUONG\n{sentence}\nIII. TO CHUC THUC HIEN\nCac don vi thuc hien.\n"
    )
    doc = parse(text)
    found = awards.extract(doc)
    assert [(f.form, f.conferrer) for f in found] == forms
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.quote == f.label


@pytest.mark.parametrize(
    ("text", "damaged"),
    [
        ("Chu tich UBND tinh tang Bang khen", True),
        ("GIAY KHEN CUA HIEU TRUONG", True),
        ("Hồ sơ đề nghị tặng Gi?y khen", True),
        ("Chủ tịch UBND tỉnh tặng Bằng khen; tăng cường thi đua", False),
        ("xem tại thiduakhenthuong.gov.vn", False),
    ],
)
def test_award_damaged_is_damaged(text: str, damaged: bool) -> None:
    assert is_damaged(text) is damaged


def test_award_damaged_restore_writes_over_bare_words_only() -> None:
    text = "Chu tich UBND xa tang Giay khen; Sở tăng cường, GIAY KHEN"
    restored = restore(text)
    assert restored == "Chủ tịch UBND xã tặng Giấy khen; Sở tăng cường, GIẤY KHEN"
    assert len(restored) == len(text)
