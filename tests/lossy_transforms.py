"""Lossy transforms of a document's text, for the perturbation harness.

Each renders a document the way damaged copies reach researchers: an ASCII
copy or old OCR without diacritics (``KE HOACH``, ``đ`` as ``d``), a broken
converter that dropped every non-ASCII letter (``K HOCH``, ``thi ua``), and one
that dropped only the letters of Unicode's Latin Extended Additional block (the
letters with two marks and ``ạ``-like ones: ``phát trin``, ``Hi đng``), as
copies on aggregator sites show. Written independently of the extractors.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable


def strip_diacritics(text: str) -> str:
    """NFD, combining marks dropped, ``đ`` → ``d``."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).replace("đ", "d").replace("Đ", "D")


def drop_non_ascii(text: str) -> str:
    """Every non-ASCII letter dropped (spaces, punctuation and quotes kept as ASCII only)."""
    return "".join(c for c in unicodedata.normalize("NFC", text) if c.isascii())


def drop_extended_additional(text: str) -> str:
    """The letters U+1E00–U+1EFF dropped (``ể``, ``ố``, ``ộ``, ``ạ`` …), the rest kept."""
    return "".join(c for c in unicodedata.normalize("NFC", text) if not "\u1e00" <= c <= "\u1eff")


LOSSY: dict[str, Callable[[str], str]] = {
    "no_diacritics": strip_diacritics,
    "non_ascii_dropped": drop_non_ascii,
    "extended_dropped": drop_extended_additional,
}
