"""The errors a user can meet when building the tables, workbook, report or a comparison.

Each says what is wrong and what to do; the commands under ``thidua/commands``
print them and exit with a non-zero status.
"""

from __future__ import annotations


class SpecError(ValueError):
    """A data file under ``outputs/data`` is malformed."""


class CorpusError(Exception):
    """The store or folder to read does not exist or cannot be read."""


class CompareError(ValueError):
    """The provinces asked for cannot be compared (unknown, too few, too many)."""
