"""The errors of the pipeline layer, each naming the file and what to do, and how names are shown.

File names are bytes on disk. Python hands the bytes that are not UTF-8 over
as lone surrogates (``os.fsdecode``), which SQLite, JSON files and terminals
cannot take. :func:`path_text` writes each such byte as ``\\xNN`` (the store
and the records keep that text; :func:`fs_path` turns it back into the name
on disk); :func:`printable` also escapes control characters, so a name
holding a newline or an escape sequence cannot forge or colour a log line.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTE = re.compile(r"\\x([89a-f][0-9a-f])")
# bidirectional overrides and isolates reorder what a terminal shows after them
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def path_text(path: Path | str) -> str:
    """The path as text any UTF-8 consumer takes: undecodable bytes written ``\\xNN``.

    Names that are valid UTF-8 come back unchanged.
    """
    return _SURROGATE.sub(_escape_surrogate, str(path))


def fs_path(text: str) -> Path:
    """The path on disk that :func:`path_text` wrote as ``text``."""
    return Path(_ESCAPED_BYTE.sub(lambda m: chr(0xDC00 + int(m.group(1), 16)), text))


def _unsafe(ch: str) -> bool:
    return ch in _BIDI or unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cs")


def printable(text: object) -> str:
    """``text`` safe to print on one line: control characters, line separators, bidi
    controls and undecodable bytes escaped (``\\n``, ``\\x1b``, ``\\u202e``, ``\\xff``)."""
    out = path_text(str(text))
    if not any(_unsafe(ch) for ch in out):
        return out
    return "".join(
        _NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        if _unsafe(ch)
        else ch
        for ch in out
    )


class InputError(Exception):
    """A file that cannot be turned into a record.

    ``reason`` says what is wrong, ``hint`` what the user can do about it.
    The message always names the file (escaped with :func:`printable`).
    """

    def __init__(self, path: Path | str, reason: str, hint: str = "") -> None:
        self.path = path_text(path)
        self.reason = reason
        self.hint = hint
        message = f"{printable(self.path)}: {printable(reason)}"
        if hint:
            message += f" — {hint}"
        super().__init__(message)


class DocumentTimeout(BaseException):
    """A document ran past its time limit.

    A ``BaseException``, like ``KeyboardInterrupt``: the ``except Exception``
    that keeps one failing extractor or reader from losing a record must not
    swallow it, or a runaway document is stored as ``partial`` instead of
    failing as timed out.
    """


class StoreVersionError(RuntimeError):
    """The database was written by a newer thidua than this one."""


class NeedsOcr(Exception):
    """A PDF's text layer is missing or unusable; the reason goes to the warnings
    (a signal inside the readers: the file is then read by OCR)."""


class OcrFailure(Exception):
    """Tesseract failed or ran out of time on a page."""
