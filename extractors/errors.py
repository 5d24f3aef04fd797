"""The errors the extractor layer raises.

An extractor that fails on one document never raises past the runner
(``extractors.runner`` records the failure and the record is ``partial``);
what does raise is a malformed data file, at load, before any document runs.
"""

from __future__ import annotations


class DataFileError(ValueError):
    """A data file under extractors/data/ is malformed."""
