"""Pick a reader by the file's content."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import InputError
from pipeline.readers.base import RawText
from pipeline.readers.plain import read_plain


def read(path: Path) -> RawText:
    """Read ``path`` into raw text, or raise :class:`InputError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror})", "check the path") from exc
    if not data.strip():
        raise InputError(path, "the file is empty", "check that the export or copy finished")
    return read_plain(path, data)
