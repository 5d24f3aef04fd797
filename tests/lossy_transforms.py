"""Lossy transforms of a document's text, for the perturbation harness.

Each renders a document the way damaged copies reach researchers: an ASCII
copy or old OCR without diacritics (``KE HOACH``, ``đ`` as ``d``), a broken
converter that dropped every non-ASCII letter (``K HOCH``, ``thi ua``), and one
that dropped only the letters of Unicode's Latin Extended Additional block (the
letters with two marks and ``ạ``-like ones: ``phát trin``, ``Hi đng``), as
copies on aggregator sites show; one that wrote every non-ASCII letter as a space; an OCR copy whose digits became look-alike letters in
the number and date slots, and an old ``.doc`` read as bytes (letters dropped, one line,
binary residue around it). Written independently of the extractors.
"""

from __future__ import annotations

import re
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


def non_ascii_spaced(text: str) -> str:
    """A converter that wrote every non-ASCII letter as a space (``C NG H A X  H I``,
    ``S : 58/PNV-T KT``, ``ng y 14 th ng 10 n m 2016``): the words fall apart."""
    return "".join(c if c.isascii() else " " for c in unicodedata.normalize("NFC", text))


# digits an OCR engine reads as look-alike letters (one in a token: the errors are
# sporadic), in the slots where a scan shows them: the number after "So", the day, month
# and year after "ngay/thang/nam", dates with slashes
_OCR_DIGITS = {"1": "l", "0": "O"}
_SLOTS = re.compile(
    r"(?<=So: )\d{1,5}(?=[ ]?/)|(?<=ngay )\d{1,2}(?= thang)|(?<=thang )\d{1,2}(?= nam)"
    r"|(?<=nam )(?:19|20)\d\d\b|(?<![\d/])\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/])"
)


def ocr_digits(text: str) -> str:
    """An old scan read by OCR: no diacritics, "1" read "l" and "0" read "O" inside the
    number and date slots (``So: l27``, ``ngay 2l thang O4 nam 2O22``), the portal's
    "(Da ky)" glued to the archive line."""

    def misread(m: re.Match[str]) -> str:
        tokens = re.split(r"(/)", m.group(0))
        return "".join(
            re.sub("[10]", lambda d: _OCR_DIGITS[d.group(0)], t, count=1) for t in tokens
        )

    bare = _SLOTS.sub(misread, strip_diacritics(text))
    return re.sub(r"(?m)^(- ?Luu:[^\n]*)$", r"\1(Da ky)", bare, count=1)


# the binary residue of a .doc around its text (compound-file marks, style tables)
_DOC_HEAD = "ࡱ> 7 bjbj\u0100\u0100 8::g?DVV ޯ$O " + "JJ=||| ]JJ ???? )?)? " * 25 + "Root Entry : "
_DOC_TAIL = " Ԁ  $ a$gd 7 $a$gd $If gdV  kd $$If l 4 "


def doc_bytes(text: str) -> str:
    """An old .doc read as bytes: every non-ASCII letter dropped, the lines run into one,
    several hundred characters of binary residue before the text and after it."""
    one_line = " ".join(line.strip() for line in drop_non_ascii(text).split("\n") if line.strip())
    return _DOC_HEAD + one_line + _DOC_TAIL


LOSSY: dict[str, Callable[[str], str]] = {
    "no_diacritics": strip_diacritics,
    "non_ascii_dropped": drop_non_ascii,
    "extended_dropped": drop_extended_additional,
    "non_ascii_spaced": non_ascii_spaced,
    "ocr_digits": ocr_digits,
    "doc_bytes": doc_bytes,
}
