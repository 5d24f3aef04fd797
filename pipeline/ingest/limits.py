"""What one document may cost a worker: memory and time.

**Memory.** Each worker process caps its own address space (``RLIMIT_AS``) at its
size when it starts plus ``max_memory``, so an allocation beyond it fails at once
(a ``MemoryError`` in Python, a failed allocation in a C library) instead of
growing until the machine swaps; processes it starts (Tesseract, LibreOffice)
inherit the cap. The local pool also watches the resident memory of each worker
with everything it started, and kills that tree over ``max_memory`` (a C library
that does not fail cleanly, several OCR processes together). Either way the
document is failed with "needs more than N GB of memory", the worker is replaced
and the batch goes on. The default is a share of the machine's memory, at most
:data:`MEMORY_CAP` per worker: a plan needs a few hundred MB (an OCR page ~300 MB).

**Time.** A document may take ``timeout`` seconds (default :data:`TEXT_SECONDS`:
a 20 KB text plan takes a tenth of a second, a 1 MB text ~15 s) plus
``page_seconds`` for every page it sends to OCR (a page takes ~4 s with one
Tesseract process): the reader announces the pages before rendering them
(:func:`pipeline.readers.limits.announce_ocr_pages`) and the worker's clock is
extended, so a 100-page scan gets its time and a runaway text file does not.
"""

from __future__ import annotations

import contextlib
import re
import resource
from dataclasses import dataclass

import psutil

GIB = 1 << 30
MEMORY_SHARE = 0.5  # of the machine's memory, for all the workers together
MEMORY_CAP = 2 * GIB  # per worker, whatever the machine
TEXT_SECONDS = 60.0
PAGE_SECONDS = 30.0
MIN_PAGE_BYTES = 30_000  # a scanned page at 300 dpi is rarely smaller
MAX_ESTIMATED_PAGES = 200


def default_max_memory(jobs: int) -> int:
    """Bytes per worker: half the machine's memory shared by the workers, at most 2 GiB."""
    total = psutil.virtual_memory().total
    return int(min(MEMORY_CAP, MEMORY_SHARE * total / max(1, jobs)))


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?", re.IGNORECASE)
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30, "t": 1 << 40}


def parse_size(value: str) -> int:
    """``"1.5G"``, ``"800M"``, ``"2GB"`` or a number of bytes -> bytes (``--max-memory``)."""
    match = _SIZE.fullmatch(value.strip())
    if not match:
        raise ValueError(f"not a size: {value!r} (say 1.5G, 800M)")
    return int(float(match.group(1)) * _UNITS[match.group(2).lower()])


def show_size(size: int) -> str:
    return f"{size / GIB:.1f} GB" if size >= GIB else f"{size / (1 << 20):.0f} MB"


@dataclass(frozen=True)
class Limits:
    """Per-document limits of a worker. ``None`` means no limit."""

    max_memory: int | None = None
    timeout: float | None = TEXT_SECONDS
    page_seconds: float = PAGE_SECONDS

    def budget_for(self, size_bytes: int) -> float | None:
        """Seconds for a file of ``size_bytes`` when its OCR pages cannot be announced
        (Dask counts the time from the client): ``timeout`` plus ``page_seconds`` for as
        many pages as the file could hold at :data:`MIN_PAGE_BYTES` a scanned page."""
        if not self.timeout:
            return None
        pages = min(MAX_ESTIMATED_PAGES, 1 + size_bytes // MIN_PAGE_BYTES)
        return self.timeout + self.page_seconds * pages

    def memory_reason(self) -> tuple[str, str]:
        """The reason and hint of a document over the memory limit."""
        size = show_size(self.max_memory) if self.max_memory else "the available"
        return (
            f"needs more than {size} of memory",
            "raise --max-memory if this is a real plan, or report the file",
        )


def apply_memory_limit(max_memory: int | None) -> None:
    """Cap this process's address space at its current size plus ``max_memory``."""
    if not max_memory:
        return
    with contextlib.suppress(psutil.Error):
        base = psutil.Process().memory_info().vms
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        soft = base + max_memory
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def tree_rss(pid: int) -> int:
    """Resident bytes of process ``pid`` and every process under it, each page shared
    between them counted once (proportional set size where the system gives it: OCR
    processes forked from the worker share its pages, so summed RSS would count the
    loaded extractors once per process)."""
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for proc in procs:
        with contextlib.suppress(psutil.Error):
            total += _resident(proc)
    return total


def _resident(proc: psutil.Process) -> int:
    try:
        return int(proc.memory_full_info().pss)
    except (AttributeError, psutil.AccessDenied):
        return int(proc.memory_info().rss)


def kill_tree(pid: int) -> None:
    """Kill the processes under ``pid`` (OCR, LibreOffice), then ``pid`` itself."""
    try:
        root = psutil.Process(pid)
        procs = [*root.children(recursive=True), root]
    except psutil.Error:
        return
    for proc in procs:
        with contextlib.suppress(psutil.Error, OSError):
            proc.kill()
    psutil.wait_procs(procs, timeout=3)


def worker_memory_note(exitcode: int | None, limits: Limits) -> str:
    """Why a worker may have died: a signal from the kernel is most often memory."""
    if exitcode is not None and exitcode < 0 and limits.max_memory:
        return f"; it may need more than {show_size(limits.max_memory)} of memory"
    return ""


__all__ = [
    "Limits",
    "apply_memory_limit",
    "default_max_memory",
    "kill_tree",
    "parse_size",
    "show_size",
    "tree_rss",
]
