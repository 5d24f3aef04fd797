"""Readers turn an input file into raw text with its pages.

Each reader returns a :class:`RawText`; :func:`read` picks the reader by the
file's content, not its extension.
"""

from __future__ import annotations

from pipeline.readers.base import RawText
from pipeline.readers.dispatch import read

__all__ = ["RawText", "read"]
