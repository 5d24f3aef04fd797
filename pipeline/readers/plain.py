"""Plain text files: UTF-8 (with or without BOM), UTF-16, Windows-1258, TCVN3 and VNI."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers.base import RawText
from pipeline.readers.legacy import guess_legacy, is_decomposed


def looks_utf16(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for BOM-less UTF-16 (many NULs on one side), else None."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode bytes of a text file; return the text and the encoding found."""
    text, encoding, _ = decode_with_warnings(data, path)
    return text, encoding


# UTF-8 with a few bad bytes (a stray byte from a copy): at most one bad byte per this many
# well-formed non-ASCII characters; legacy encodings fail on nearly every accented letter
_VALID_PER_BAD = 20


def _replaced(data: bytes, error: UnicodeDecodeError, skipped: int = 0) -> tuple[str, list[str]]:
    """The text with bad bytes replaced by U+FFFD, and a warning naming the first bad byte
    and its offset in the file (``skipped``: bytes before ``data``, a BOM)."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    return text, [
        f"{bad} byte(s) that are not UTF-8 replaced with U+FFFD "
        f"(the first, 0x{data[error.start]:02x}, at byte offset {skipped + error.start})"
    ]


def _mostly_utf8(data: bytes, error: UnicodeDecodeError) -> tuple[str, list[str]] | None:
    """:func:`_replaced` when the data is overwhelmingly valid UTF-8; else ``None``."""
    text, warnings = _replaced(data, error)
    bad = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 127) - bad - data.count("\ufffd".encode())
    return None if bad * _VALID_PER_BAD > valid else (text, warnings)


def decode_with_warnings(data: bytes, path: Path) -> tuple[str, str, list[str]]:
    """Decode bytes of a text file; return the text, the encoding found and warnings."""
    if data.startswith(b"\xef\xbb\xbf"):  # marked UTF-8: bad bytes are replaced and named
        try:
            return data[3:].decode("utf-8"), "utf-8-sig", []
        except UnicodeDecodeError as exc:
            text, warnings = _replaced(data[3:], exc, skipped=3)
            return text, "utf-8-sig", warnings
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", []
    utf16 = looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16, []
    sample = data[:20_000]
    control = sum(1 for b in sample if b < 32 and b not in b"\t\n\r\f")
    if control > 0.02 * len(sample):
        raise InputError(path, "binary data, not a document", "check that this is the right file")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        utf8_error = exc
    mostly = _mostly_utf8(data, utf8_error)
    if mostly:
        return mostly[0], "utf-8", mostly[1]
    latin = data.decode("latin-1")
    legacy = guess_legacy(latin)
    if legacy:
        return legacy[1], legacy[0], []
    try:
        return data.decode("cp1258"), "cp1258", []
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            f"text in an unknown encoding: not UTF-8 (byte 0x{data[utf8_error.start]:02x} at "
            f"offset {utf8_error.start}), nor Windows-1258 (byte 0x{data[exc.start]:02x} at "
            f"offset {exc.start}), nor TCVN3 or VNI",
            "save the file as UTF-8 and ingest it again",
        ) from exc


def text_encoding(
    text: str, encoding: str, converted: str | None = None
) -> tuple[str, str, list[str]]:
    """Second look at decoded text: legacy fonts typed into Unicode, decomposed marks
    (returned as notes: how the text was read, not a problem with a value). Every
    reader asks it. ``converted``: the note of a reader that converted legacy runs
    itself (a Word file's fonts), whose text is then not guessed again."""
    notes: list[str] = []
    if converted:
        notes.append(converted)
    elif encoding in ("tcvn3", "vni"):
        notes.append(f"legacy {encoding.upper()} text converted to Unicode")
    else:
        legacy = guess_legacy(text)
        if legacy:
            name, text = legacy
            notes.append(f"legacy {name.upper()} text converted to Unicode")
            encoding = f"{encoding}+{name}"
    if is_decomposed(text):
        notes.append("decomposed Unicode (combining tone marks); normalised at repair")
        encoding = f"{encoding} (decomposed)"
    return text, encoding, notes


def read_plain(path: Path, data: bytes) -> RawText:
    """Read a plain-text file."""
    text, encoding, warnings = decode_with_warnings(data, path)
    text, encoding, notes = text_encoding(text, encoding)
    if "\x00" in text:
        raise InputError(path, "binary data, not text", "check that this is the right file")
    text = text.replace("\r\n", "\n")
    return RawText(text=text, format="txt", encoding=encoding, warnings=warnings, notes=notes)
