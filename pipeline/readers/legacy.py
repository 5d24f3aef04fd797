"""Legacy Vietnamese encodings: TCVN3 (ABC) and VNI, found by font name or by content.

Text typed in these fonts reaches us as Latin-1/Windows-1252 characters
("Céng hoµ" for "Cộng hoà" in TCVN3, "Coäng hoøa" in VNI). Conversion maps
them back to Unicode; detection compares how Vietnamese each reading looks.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from pipeline.readers.data_files import common_syllables, tcvn3_table, vni_table

VNI_FONT = re.compile(r"^vni[- ]", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_COMBINING = re.compile(r"[\u0300-\u036f]")


def font_encoding(font_name: str | None) -> str | None:
    """'tcvn3' or 'vni' when a font name is one of the legacy families, else None."""
    if not font_name:
        return None
    if VNI_FONT.match(font_name):
        return "vni"
    if font_name.startswith(".Vn") or font_name.startswith(".vn"):
        return "tcvn3"
    return None


def is_upper_font(font_name: str | None) -> bool:
    """TCVN3 capitals fonts (.VnTimeH, .VnArialH ...) draw every letter as a capital."""
    return font_name is not None and font_encoding(font_name) == "tcvn3" and font_name.endswith("H")


def tcvn3_to_unicode(text: str, upper: bool = False) -> str:
    """Convert TCVN3 text (as Latin-1 characters) to Unicode."""
    table = tcvn3_table()
    out = "".join(table.get(ch, ch) for ch in text)
    return out.upper() if upper else out


@cache
def _vni_pattern() -> re.Pattern[str]:
    keys = sorted(vni_table(), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


def vni_to_unicode(text: str) -> str:
    """Convert VNI text (as Windows-1252 characters) to Unicode, longest sequence first."""
    table = vni_table()
    return _vni_pattern().sub(lambda m: table[m.group(0)], text)


def vietnamese_score(text: str) -> float:
    """Share of word tokens (numbers aside) that are frequent Vietnamese syllables (0–1)."""
    words = _WORD.findall(unicodedata.normalize("NFC", text[:200_000]).lower())
    words = [w for w in words if not w.isdigit()]  # number tables say nothing either way
    if not words:
        return 0.0
    known = common_syllables()
    return sum(1 for w in words if w in known) / len(words)


# letters only Unicode Vietnamese has (ă đ ơ ư and the precomposed tone letters): a text
# decoded from TCVN3 or VNI bytes holds none of them, real Vietnamese text ~10% of its letters
_UNICODE_ONLY = re.compile(r"[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")
_UNICODE_SHARE = 0.02
_SAMPLE = 20_000


def is_unicode_vietnamese(text: str) -> bool:
    """Whether ``text`` is plainly Unicode Vietnamese already (no legacy guess needed)."""
    sample = text[:_SAMPLE]
    letters = sum(1 for ch in sample if ch.isalpha())
    return letters > 0 and len(_UNICODE_ONLY.findall(sample)) >= _UNICODE_SHARE * letters


def guess_legacy(text: str) -> tuple[str, str] | None:
    """Return (encoding, converted text) when ``text`` reads better as TCVN3 or VNI."""
    if not re.search(r"[\u00a0-\u00ff]", text) or is_unicode_vietnamese(text):
        return None
    base = vietnamese_score(text)
    best: tuple[float, str, str] | None = None
    for name, convert in (("tcvn3", tcvn3_to_unicode), ("vni", vni_to_unicode)):
        converted = convert(text)
        score = vietnamese_score(converted)
        if score > base + 0.10 and (best is None or score > best[0]):
            best = (score, name, converted)
    return (best[1], best[2]) if best else None


def is_decomposed(text: str) -> bool:
    """True when Vietnamese marks are stored as combining characters (not NFC)."""
    return bool(_COMBINING.search(text))
