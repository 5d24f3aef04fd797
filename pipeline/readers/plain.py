"""Plain text files: UTF-8 (with or without BOM), UTF-16, Windows-1258."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers.base import RawText


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode bytes of a text file; return the text and the encoding found."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1258"), "cp1258"
    except UnicodeDecodeError as exc:
        raise InputError(
            path,
            f"text in an unknown encoding (byte {exc.start} cannot be decoded)",
            "save the file as UTF-8 and ingest it again",
        ) from exc


def read_plain(path: Path, data: bytes) -> RawText:
    text, encoding = decode(data, path)
    return RawText(text=text, format="txt", encoding=encoding)
