"""The số ký hiệu pattern: one home for the header's number cell and for citations.

Forms met in real headers and citations (``docs/real-layouts.md``, "Number forms"):
state numbers "1497/QĐ-TTg", "25/2018/QĐ-UBND", "1650/SGDĐT-GDTrH"; party and union
numbers "34-CT/TW", "445-KL/TƯ", "225-KH/TWĐTN-CTTN"; spaces around any separator
("12 /KH- UBND", "1723/HD -TLĐ", "118 - KH/TU"); a space for a party number's hyphen
("215 KH/TWĐTN"); a letter after the digits ("3a/KH-UBND"); a dot after the digits or
inside a school's code ("10./QĐ-MN", "04/KH-THPTTX.PL", "07/KH.THCS"); a line break
after a slash or a hyphen; OCR splitting the digits ("1 23/QĐ-UBND"). A number left
blank for signing ("Số:     /KH-UBND") is none.
"""

from __future__ import annotations

import re


def number_pattern(lost: str = "") -> str:
    """The number as a regex (no groups); ``lost``: a character that may stand for any
    letter of a code (a broken converter types "?": "45-KH/T?TN-TH").

    Case-sensitive: each part of the code opens with a capital; the number ends where
    no word character or slash follows (so "12/KH-UBND.Sau đó" stops before the dot).
    """
    upper, word = f"[A-ZĐÐƯ{lost}]", f"[A-Za-zĐđÐðƯư0-9&{lost}]"
    segment = rf"{upper}{word}{{0,12}}"
    # a hyphen (an en dash typed by autocorrect) with a space on either side, or a line
    # break after it; a dot before a school's short code ("THPTTX.PL", "KH.THCS")
    join = rf"(?:[ ]?[-–][ ]?\n?[ ]?|\.(?={upper}{{1,6}}(?![\w/])))"
    digits = r"\d{1,5}(?:[ ]\d{1,3})?[a-z]?\.?"
    slash = r"[ ]{0,2}/(?:\n[ ]?|[ ]{0,2})"
    state = rf"{digits}(?:{slash}\d{{4}})?{slash}{segment}(?:{join}{segment}){{0,3}}"
    # party documents: 34-CT/TW, 105-CV/TU, 01-CTr/TU, "118 - KH/TU"; a space for the
    # hyphen in copies: "215 KH/TWĐTN"
    party = (
        rf"\d{{1,5}}[a-z]?(?:[ ]?[-–][ ]?|[ ](?=[A-ZĐ]{{1,5}}[ ]?/)){upper}{word}{{0,5}}"
        rf"[ ]?/[ ]?{upper}{word}{{0,11}}(?:[-–]{upper}{{1,6}})?"
    )
    return rf"(?-i:{party}|{state})(?![\w/])"


_PARTY_SPACE = re.compile(r"^(\d+[a-z]?)[ ]+(?=[A-ZĐ])")
_SPACES = re.compile(r"\s+")


def squeeze(raw: str) -> str:
    """The number as the record holds it, before a code's lost hyphen is put back: spaces
    removed, a party number's space read as its hyphen ("215 KH/TWĐTN" → "215-KH/TWĐTN"),
    en dashes as hyphens, the look-alike "Ð" (U+00D0) as "Đ", a trailing dot dropped."""
    number = _SPACES.sub("", _PARTY_SPACE.sub(r"\1-", raw))
    return number.replace("Ð", "Đ").replace("ð", "đ").replace("–", "-").rstrip(".")
