"""Imported by the local pool's fork server: loads the extractors' data and models once.

Every worker forks from that server, so each starts with them loaded (shared
copy-on-write) and its first document, or a worker replaced after a crash, does
not pay for loading them against the document's time limit.
"""

from __future__ import annotations

import logging

from pipeline.ingest.work import DEFAULT_EXTRACT, warm_up

try:
    warm_up(DEFAULT_EXTRACT)
except Exception:  # a worker then loads what it needs itself; never stop the server
    logging.getLogger(__name__).exception("warming the extractors up failed")
