"""The corpus store: SQLite, one writer, one transaction per document.

``open_store(db_path)`` returns a :class:`Store`; ``Store.iter_records()``
yields :class:`StoredRecord` and ``Store.iter_failures()``
:class:`FailedSource`. The schema is documented in ``docs/store.md``.
"""

from __future__ import annotations

from pipeline.errors import StoreVersionError
from pipeline.store.db import (
    DEFAULT_DB,
    FailedSource,
    SourceResult,
    Store,
    StoredRecord,
    open_store,
)
from pipeline.store.identity import identity_key

__all__ = [
    "DEFAULT_DB",
    "FailedSource",
    "SourceResult",
    "Store",
    "StoreVersionError",
    "StoredRecord",
    "identity_key",
    "open_store",
]
