"""Legacy encodings, checked on strings as they appear in real TCVN3/VNI files."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pipeline.readers.legacy import (
    font_encoding,
    guess_legacy,
    is_decomposed,
    is_unicode_vietnamese,
    tcvn3_to_unicode,
    vni_to_unicode,
)
from pipeline.readers.plain import read_plain

QUOC_HIEU = "Cộng hòa xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc"
TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese keyboards wrote it: base letter, then a combining tone."""
    out = b""
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in parts if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out += (base + tone).encode("cp1258")
    return out


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("KÕ ho¹ch thi ®ua khen th­ëng", "Kế hoạch thi đua khen thưởng"),
        ("Plain ASCII stays", "Plain ASCII stays"),
    ],
)
def test_tcvn3_to_unicode_converts_real_strings(legacy: str, unicode: str) -> None:
    assert tcvn3_to_unicode(legacy) == unicode


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        ("Keá hoaïch thi ñua khen thöôûng", "Kế hoạch thi đua khen thưởng"),
        ("UÛY BAN NHAÂN DAÂN", "ỦY BAN NHÂN DÂN"),
    ],
)
def test_vni_to_unicode_converts_real_strings(legacy: str, unicode: str) -> None:
    assert vni_to_unicode(legacy) == unicode


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam, kÕ ho¹ch thi ®ua", "tcvn3"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam, keá hoaïch thi ñua", "vni"),
        (QUOC_HIEU, None),
        ("Café crème brûlée à la française", None),
    ],
)
def test_guess_legacy_by_content(text: str, expected: str | None) -> None:
    found = guess_legacy(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("font", "kind"),
    [(".VnTime", "tcvn3"), (".VnTimeH", "tcvn3"), ("VNI-Times", "vni"), ("Times New Roman", None)],
)
def test_font_encoding_names_legacy_families(font: str, kind: str | None) -> None:
    assert font_encoding(font) == kind


@pytest.mark.parametrize(
    ("data", "encoding", "text_start"),
    [
        (QUOC_HIEU.encode("utf-8"), "utf-8", "Cộng hòa"),
        (b"\xef\xbb\xbf" + QUOC_HIEU.encode("utf-8"), "utf-8-sig", "Cộng hòa"),
        (QUOC_HIEU.encode("utf-16"), "utf-16", "Cộng hòa"),
        (QUOC_HIEU.encode("utf-16-le"), "utf-16-le", "Cộng hòa"),
        (QUOC_HIEU.encode("utf-16-be"), "utf-16-be", "Cộng hòa"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam".encode("latin-1"), "tcvn3", "Cộng hoà"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode("cp1252"), "vni", "Cộng hòa"),
        (cp1258(QUOC_HIEU), "cp1258 (decomposed)", "Cộng hòa"),
    ],
)
def test_read_plain_finds_the_encoding(data: bytes, encoding: str, text_start: str) -> None:
    raw = read_plain(Path("plan.txt"), data)
    assert raw.encoding == encoding
    assert unicodedata.normalize("NFC", raw.text).startswith(text_start)
    assert raw.format == "txt"


def test_read_plain_flags_decomposed_unicode() -> None:
    raw = read_plain(Path("plan.txt"), unicodedata.normalize("NFD", QUOC_HIEU).encode("utf-8"))
    assert raw.encoding == "utf-8 (decomposed)"
    assert is_decomposed(raw.text)
    assert any("decomposed" in n for n in raw.notes)
    assert raw.warnings == []


def test_guess_legacy_skips_text_that_is_plainly_unicode_vietnamese() -> None:
    # à, á, ê, ô … sit in Latin-1 too; ạ, ư, đ, ơ and the tone letters only in Unicode
    text = "Ủy ban nhân dân tỉnh ban hành Kế hoạch tổ chức phong trào thi đua năm 2025. " * 40
    assert is_unicode_vietnamese(text)
    assert guess_legacy(text) is None


def test_guess_legacy_still_reads_tcvn3_with_a_unicode_letter_or_two() -> None:
    tcvn3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. KÕ ho¹ch tæ chøc phong trµo thi ®ua. " * 20
    assert not is_unicode_vietnamese("Đ" + tcvn3)
    found = guess_legacy("Đ" + tcvn3)
    assert found is not None and found[0] == "tcvn3"
