"""The per-document work, run in a worker process (local pool or Dask).

A worker gets a :class:`Task` and returns an :class:`Outcome`; it never
touches the store. Errors stay on the document: an ``InputError`` becomes
``failed`` with its reason and hint, any other exception ``failed`` with the
exception named, a time-out ``failed`` with the limit, a ``MemoryError`` (the
worker's memory cap, :mod:`pipeline.ingest.limits`) ``failed`` with "needs more
than N GB of memory" and the worker retired.
"""

from __future__ import annotations

import importlib
import os
import signal
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Any

from pipeline.errors import DocumentTimeout, InputError
from pipeline.ingest.limits import Limits

DEFAULT_EXTRACT = "pipeline.extract:extract_file"
Extract = Callable[[Path], dict[str, Any]]


@dataclass
class Task:
    """One file to extract. ``data`` holds its bytes when shipped to a remote worker."""

    path: str
    sha256: str
    size_bytes: int
    data: bytes | None = None


@dataclass
class Outcome:
    """What a worker sends back: a record, or the reason there is none."""

    path: str
    sha256: str
    size_bytes: int
    record: dict[str, Any] | None
    reason: str | None = None
    hint: str | None = None
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # of the worker process itself (OCR subprocesses not included)
    subprocess_cpu_seconds: float = 0.0  # of the subprocesses it ran and waited for (Tesseract)
    worker: str | None = None
    retire: bool = False  # the worker should be replaced (it ran out of memory)
    stopped: bool = False  # stopped at a limit (time, memory, a kill): worth a retry alone


@dataclass
class Extension:
    """Sent by a worker before OCR: the document's time limit grew by ``seconds``."""

    seconds: float


Notify = Callable[[float], None]


def timeout_outcome(task: Task, limit: float, worker: str | None = None) -> Outcome:
    return Outcome(
        task.path,
        task.sha256,
        task.size_bytes,
        None,
        reason=f"extraction took longer than the time limit ({limit:g} s)",
        hint="raise --timeout if the file is just large, or report the file",
        seconds=limit,
        worker=worker,
        stopped=True,
    )


_EXTRACTS: dict[str, Extract] = {}


def load_extract(spec: str) -> Extract:
    """Import ``module:function`` once per process."""
    if spec not in _EXTRACTS:
        module, _, name = spec.partition(":")
        _EXTRACTS[spec] = getattr(importlib.import_module(module), name)
    return _EXTRACTS[spec]


# a small plan that touches every extractor, so that their data files and models are
# loaded before a worker's first document runs against its time limit
_WARM_UP_PLAN = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 1/KH-UBND
Hà Nam, ngày 02 tháng 01 năm 2025
KẾ HOẠCH
Phát động phong trào thi đua "Hà Nam đổi mới" năm 2025
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. ĐỐI TƯỢNG, TIÊU CHÍ THI ĐUA
1. Đối tượng thi đua: các sở, ban, ngành.
2. Tiêu chí thi đua
a) Hoàn thành nhiệm vụ được giao.
II. KHEN THƯỞNG
Chủ tịch UBND tỉnh tặng Bằng khen cho 05 tập thể và 05 cá nhân; cá nhân đóng góp từ 100 triệu
đồng. Hồ sơ gửi về Sở Nội vụ trước ngày 30/11/2025.
Nơi nhận:
- TT TU;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
"""


def warm_up(spec: str) -> str:
    """Import the extract function in this process and run the default one over a small
    plan, so that the first real document does not pay for loading data and models."""
    extract = load_extract(spec)
    if spec == DEFAULT_EXTRACT:
        with tempfile.TemporaryDirectory(prefix="thidua-warm-") as tmp:
            plan = Path(tmp) / "warm-up.txt"
            plan.write_text(_WARM_UP_PLAN, encoding="utf-8")
            extract(plan)
    return worker_name()


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@contextmanager
def _alarm(limits: Limits, notify: Notify | None, granted: list[float]) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` after ``limits.timeout`` seconds (main thread only),
    plus ``limits.page_seconds`` for each page a reader announces for OCR (``granted``
    collects the extra seconds; ``notify`` tells the pool)."""
    if not limits.timeout:
        yield
        return
    # imported here: the readers (and the extractors they call) are the worker's to load;
    # the command line that only plans the tasks starts without them
    from pipeline.readers.limits import on_ocr_pages

    def _fire(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout

    def _extend(pages: int) -> None:
        extra = pages * limits.page_seconds
        remaining, _ = signal.getitimer(signal.ITIMER_REAL)
        if extra <= 0 or remaining <= 0:
            return
        signal.setitimer(signal.ITIMER_REAL, remaining + extra)
        granted.append(extra)
        if notify is not None:
            notify(extra)

    previous = signal.signal(signal.SIGALRM, _fire)
    on_ocr_pages(_extend)
    try:
        signal.setitimer(signal.ITIMER_REAL, limits.timeout)
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        on_ocr_pages(None)


def _extract_bytes(spec: str, extract: Extract, task: Task) -> dict[str, Any]:
    """Extract from shipped bytes: the default extract reads them as they are
    (``pipeline.extract.extract_bytes``, no file written); another extract function,
    which takes a path, gets them written under the file's own name, then the path fixed."""
    assert task.data is not None
    if spec == DEFAULT_EXTRACT:
        from pipeline.extract import extract_bytes  # loaded with the extract function

        return extract_bytes(task.data, task.path)
    with tempfile.TemporaryDirectory(prefix="thidua-") as tmp:
        local = Path(tmp) / Path(task.path).name
        local.write_bytes(task.data)
        record = extract(local)
    record["source"]["path"] = task.path
    for said in ("warnings", "notes"):
        record["source"][said] = [
            w.replace(str(local), task.path) for w in record["source"].get(said) or []
        ]
    return record


def process(
    task: Task,
    extract_spec: str = DEFAULT_EXTRACT,
    limit: Limits | float | None = None,
    notify: Notify | None = None,
) -> Outcome:
    """Extract one file under ``limit`` (a :class:`Limits`, or seconds); never raises
    for a problem with the file. ``notify(seconds)`` is called when OCR extends the
    time limit (the local pool moves its own deadline)."""
    limits = limit if isinstance(limit, Limits) else Limits(timeout=limit)
    started, started_cpu = time.perf_counter(), time.process_time()
    started_children = children_cpu_seconds()
    extract = load_extract(extract_spec)
    outcome = Outcome(task.path, task.sha256, task.size_bytes, None, worker=worker_name())
    granted: list[float] = []
    try:
        with _alarm(limits, notify, granted):
            if task.data is None:
                record = extract(Path(task.path))
            else:
                record = _extract_bytes(extract_spec, extract, task)
        outcome.record = record
        # The record's hash is the truth if the file changed since it was planned.
        outcome.sha256 = record["source"]["sha256"]
    except DocumentTimeout:
        outcome = timeout_outcome(task, (limits.timeout or 0) + sum(granted), outcome.worker)
    except InputError as exc:
        outcome.reason, outcome.hint = exc.reason, exc.hint
    except MemoryError:
        outcome.reason, outcome.hint = limits.memory_reason()
        outcome.retire = outcome.stopped = True
    except Exception as exc:
        outcome.reason = f"extraction crashed: {type(exc).__name__}: {exc}"
        outcome.hint = "this is a bug in thidua: report it with the file"
    outcome.seconds = time.perf_counter() - started
    outcome.cpu_seconds = time.process_time() - started_cpu
    outcome.subprocess_cpu_seconds = children_cpu_seconds() - started_children
    return outcome


def children_cpu_seconds() -> float:
    """CPU seconds of this process's finished and waited-for subprocesses so far."""
    times = os.times()
    return times.children_user + times.children_system
