"""Province names in Vietnamese alphabetical order, not code-point order."""

from __future__ import annotations

import pytest

from outputs.collation import vi_key


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # ă and â are letters after a; code points put "Bình" before "Bắc"
        (["Bình Dương", "Bắc Ninh", "An Giang"], ["An Giang", "Bắc Ninh", "Bình Dương"]),
        # đ is a letter after d, before e; code points put it after y
        (
            ["Yên Bái", "Đà Nẵng", "Điện Biên", "Cà Mau"],
            ["Cà Mau", "Đà Nẵng", "Điện Biên", "Yên Bái"],
        ),
        # tones only break ties: a word without a tone first
        (["Hà Nội", "Hải Phòng", "Hà Giang"], ["Hà Giang", "Hà Nội", "Hải Phòng"]),
        # ô before ơ; the eth look-alike sorts as đ
        (["Ơ", "Ô", "Ðồng Nai", "Đắk Lắk"], ["Đắk Lắk", "Ðồng Nai", "Ô", "Ơ"]),
    ],
)
def test_vi_key_orders_as_the_vietnamese_alphabet(names: list[str], expected: list[str]) -> None:
    assert sorted(names, key=vi_key) == expected


def test_vi_key_puts_a_missing_name_last() -> None:
    assert sorted(["Yên Bái", None, "An Giang"], key=vi_key) == ["An Giang", "Yên Bái", None]
