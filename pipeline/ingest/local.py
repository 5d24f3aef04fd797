"""A pool of worker processes on this machine, with a per-document time limit.

``concurrent.futures`` cannot stop one running task, so the pool is small and
explicit: each worker holds one task at a time over its own pipe. A worker
first stops itself with ``SIGALRM`` at the limit (the document is reported
``failed`` and the worker goes on); if it does not answer within a grace
period (stuck in C code), the parent kills it and starts a fresh one. A
worker whose parent dies sees its pipe close and exits.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing as mp
import os
import signal
import time
from collections.abc import Iterable, Iterator
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess

from pipeline.ingest.work import DEFAULT_EXTRACT, Outcome, Task, process, timeout_outcome

GRACE_SECONDS = 5.0


def _worker_main(
    conn: Connection, extract_spec: str, limit: float | None, ocr_workers: int
) -> None:
    # The OCR reader runs pages in parallel; share the cores among the workers
    # instead of starting cores × jobs Tesseract processes.
    os.environ.setdefault("THIDUA_OCR_WORKERS", str(ocr_workers))
    # Ctrl-C is the parent's to handle: it stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        conn.send(process(task, extract_spec, limit))


class _Worker:
    def __init__(
        self, ctx: mp.context.BaseContext, extract_spec: str, limit: float | None, ocr: int
    ) -> None:
        parent_end, child_end = ctx.Pipe()
        self.conn = parent_end
        # Not a daemon: the OCR reader starts its own processes, which daemons may not.
        self.proc: BaseProcess = ctx.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(child_end, extract_spec, limit, ocr), daemon=False
        )
        self.proc.start()
        child_end.close()
        self.task: Task | None = None
        self.deadline = 0.0

    def kill(self) -> None:
        self.proc.kill()
        self.proc.join(5)
        self.conn.close()


class LocalExecutor:
    """Run tasks on ``jobs`` worker processes; yield outcomes as they finish."""

    name = "local"

    def __init__(
        self,
        jobs: int,
        timeout: float | None = None,
        extract_spec: str = DEFAULT_EXTRACT,
        start_method: str = "forkserver",
        grace: float = GRACE_SECONDS,
    ) -> None:
        self.grace = grace
        self.jobs: int | None = max(1, jobs)
        self.timeout = timeout
        self.extract_spec = extract_spec
        self.ctx = mp.get_context(start_method)
        if start_method == "forkserver":
            # Workers fork from a server that has already imported the extractors (and,
            # for the default extract, loaded their data and models: pipeline.ingest.warm).
            preload = [extract_spec.partition(":")[0]]
            if extract_spec == DEFAULT_EXTRACT:
                preload.append("pipeline.ingest.warm")
            self.ctx.set_forkserver_preload(preload)

    def _spawn(self) -> _Worker:
        ocr_workers = max(1, (os.cpu_count() or 1) // (self.jobs or 1))
        return _Worker(self.ctx, self.extract_spec, self.timeout, ocr_workers)

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        pending = iter(tasks)
        first = next(pending, None)
        if first is None:  # nothing to extract: do not start any worker
            return
        pending = itertools.chain([first], pending)
        workers = [self._spawn() for _ in range(self.jobs or 1)]
        try:
            self._dispatch(workers, pending)
            while busy := [w for w in workers if w.task is not None]:
                wait_for = min(w.deadline for w in busy) - time.monotonic()
                ready = wait(
                    [w.conn for w in busy],
                    timeout=None if wait_for == float("inf") else max(0, wait_for),
                )
                finished: list[Outcome] = []
                for i, w in enumerate(workers):
                    if w.task is None:
                        continue
                    if w.conn in ready:
                        finished.append(self._receive(w, i, workers))
                    elif time.monotonic() >= w.deadline:
                        task = w.task
                        w.kill()
                        workers[i] = self._spawn()
                        finished.append(
                            timeout_outcome(task, self.timeout or 0, f"pid {w.proc.pid}")
                        )
                # Workers get their next document before the writer commits these.
                self._dispatch(workers, pending)
                yield from finished
        finally:
            for w in workers:
                if w.proc.is_alive():
                    with contextlib.suppress(OSError):
                        w.conn.send(None)
            for w in workers:
                w.proc.join(2)
                if w.proc.is_alive():
                    w.kill()

    def _dispatch(self, workers: list[_Worker], pending: Iterator[Task]) -> None:
        """Give each idle worker the next task, if any is left."""
        for w in workers:
            if w.task is not None:
                continue
            task = next(pending, None)
            if task is None:
                return
            w.task = task
            w.deadline = (
                time.monotonic() + self.timeout + self.grace if self.timeout else float("inf")
            )
            w.conn.send(task)

    def _receive(self, w: _Worker, index: int, workers: list[_Worker]) -> Outcome:
        task = w.task
        assert task is not None
        try:
            outcome: Outcome = w.conn.recv()
            w.task = None
            return outcome
        except (EOFError, OSError):
            w.proc.join(1)
            code = w.proc.exitcode
            w.kill()
            workers[index] = self._spawn()
            return Outcome(
                task.path,
                task.sha256,
                task.size_bytes,
                None,
                reason=f"the worker process died while extracting (exit code {code})",
                hint="the file may need more memory than is available; report it",
                worker=f"pid {w.proc.pid}",
            )
