"""What thidua prints for the user: one line per message, names escaped.

A file name can hold a newline, an escape sequence or bytes that are not
UTF-8; printed raw, it would forge a log line or recolour the terminal.
Every message about a file goes through :func:`say`, which escapes them
(:func:`pipeline.errors.printable`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from pipeline.errors import printable


def line(path: Path | str | None, reason: str, hint: str | None = None) -> str:
    """``thidua: <path>: <reason> — <hint>`` on one line, every part escaped."""
    text = "thidua: " + (f"{printable(path)}: " if path is not None else "") + printable(reason)
    return text + (f" — {printable(hint)}" if hint else "")


def say(
    path: Path | str | None, reason: str, hint: str | None = None, stream: TextIO | None = None
) -> None:
    """Print :func:`line` on stderr (or ``stream``)."""
    print(line(path, reason, hint), file=stream or sys.stderr)
