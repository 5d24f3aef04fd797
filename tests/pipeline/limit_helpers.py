"""Extract functions for the worker-limit tests, importable by worker processes."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from pipeline.extract import extract_file
from pipeline.readers.limits import announce_ocr_pages

# a child that takes memory 20 MB at a time (touched, so resident) up to 1.5 GB
_GREEDY_CHILD = """
import time
held = []
for _ in range(75):
    held.append(bytearray(b"x" * (20 << 20)))
    time.sleep(0.02)
time.sleep(60)
"""


def hungry_extract(path: Path) -> dict[str, Any]:
    """A file named ``hungry*`` asks for 64 GiB at once (a giant page rendered)."""
    if path.name.startswith("hungry"):
        bytearray(64 << 30)
    return extract_file(path)


def greedy_child_extract(path: Path) -> dict[str, Any]:
    """A file named ``greedy*`` starts a process that grows (a converter gone wild)."""
    if path.name.startswith("greedy"):
        subprocess.run([sys.executable, "-c", _GREEDY_CHILD], check=False)
    return extract_file(path)


def paged_extract(path: Path) -> dict[str, Any]:
    """A file named ``pages-N*`` announces N pages for OCR, then takes 10 s."""
    if path.name.startswith("pages-"):
        announce_ocr_pages(int(path.name.split("-")[1]))
        time.sleep(10)
    return extract_file(path)


def big_or_stuck_extract(path: Path) -> dict[str, Any]:
    """A file named ``big*`` holds 600 MB while it is read (a large scan's pages); one
    named ``stuck*`` never ends (until its time limit)."""
    if path.name.startswith("stuck"):
        time.sleep(3600)
    held = bytearray(600 << 20) if path.name.startswith("big") else None
    record = extract_file(path)
    del held
    return record
