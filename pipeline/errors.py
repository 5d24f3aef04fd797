"""The errors a user can meet, each naming the file and what to do."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """A file that cannot be turned into a record.

    ``reason`` says what is wrong, ``hint`` what the user can do about it.
    The message always names the file.
    """

    def __init__(self, path: Path | str, reason: str, hint: str = "") -> None:
        self.path = str(path)
        self.reason = reason
        self.hint = hint
        message = f"{self.path}: {reason}"
        if hint:
            message += f" — {hint}"
        super().__init__(message)
