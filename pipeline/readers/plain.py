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
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    utf16 = looks_utf16(data)
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    sample = data[:20_000]
    control = sum(1 for b in sample if b < 32 and b not in b"\t\n\r\f")
    if control > 0.02 * len(sample):
        raise InputError(path, "binary data, not a document", "check that this is the right file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    latin = data.decode("latin-1")
    legacy = guess_legacy(latin)
    if legacy:
        return legacy[1], legacy[0]
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            f"text in an unknown encoding (byte {exc.start} cannot be decoded)",
            "save the file as UTF-8 and ingest it again",
        ) from exc


def text_encoding(text: str, encoding: str) -> tuple[str, str, list[str]]:
    """Second look at decoded text: legacy fonts typed into Unicode, decomposed marks."""
    warnings: list[str] = []
    if encoding in ("tcvn3", "vni"):
        warnings.append(f"legacy {encoding.upper()} text converted to Unicode")
    else:
        legacy = guess_legacy(text)
        if legacy:
            name, text = legacy
            warnings.append(f"legacy {name.upper()} text converted to Unicode")
            encoding = f"{encoding}+{name}"
    if is_decomposed(text):
        warnings.append("decomposed Unicode (combining tone marks); normalised at repair")
        encoding = f"{encoding} (decomposed)"
    return text, encoding, warnings


def read_plain(path: Path, data: bytes) -> RawText:
    """Read a plain-text file."""
    text, encoding = decode(data, path)
    text, encoding, warnings = text_encoding(text, encoding)
    if "\x00" in text:
        raise InputError(path, "binary data, not text", "check that this is the right file")
    text = text.replace("\r\n", "\n")
    return RawText(text=text, format="txt", encoding=encoding, warnings=warnings)
