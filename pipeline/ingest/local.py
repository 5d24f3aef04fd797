"""A pool of worker processes on this machine, with a per-document time limit.

``concurrent.futures`` cannot stop one running task, so the pool is small and
explicit: each worker holds one task at a time over its own pipe. A worker
first stops itself with ``SIGALRM`` at the limit (the document is reported
``failed`` and the worker goes on); if it does not answer within a grace
period (stuck in C code), the parent kills it and starts a fresh one. A
worker whose parent dies sees its pipe close and exits.

Memory (:mod:`pipeline.ingest.limits`): each worker caps its own address space,
and the parent checks the resident memory of each busy worker with the processes
it started twice a second; a worker over the cap is killed with its processes and
replaced, its document failed with "needs more than N GB of memory".

Retry: with ``retry`` limits, documents stopped at a limit (time, memory, a
worker killed) are held back and, once the batch is done, run again one at a
time on a single worker with those limits (the command line gives a single
worker the memory share of the whole pool and the OCR processes of every core);
the second outcome is the one reported. A runaway file costs its limit twice,
but only after every other document is stored.

The pool is also the per-file isolation of ``thidua extract``: give
:meth:`LocalExecutor.run` tasks (``Task(path, "", size)``) and read the outcomes.
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
from typing import Any

from pipeline.ingest.limits import (
    Limits,
    apply_memory_limit,
    kill_tree,
    tree_rss,
    worker_memory_note,
)
from pipeline.ingest.work import (
    DEFAULT_EXTRACT,
    Extension,
    Outcome,
    Task,
    process,
    timeout_outcome,
)

GRACE_SECONDS = 5.0
WATCH_SECONDS = 0.5  # how often the resident memory of busy workers is checked


def _worker_main(conn: Connection, extract_spec: str, limits: Limits, ocr_workers: int) -> None:
    # The OCR reader runs pages in parallel; share the cores among the workers
    # instead of starting cores × jobs Tesseract processes.
    os.environ.setdefault("THIDUA_OCR_WORKERS", str(ocr_workers))
    # one BLAS thread: per-thread buffers on a many-core machine would eat the address cap
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    # Ctrl-C is the parent's to handle: it stops the workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    apply_memory_limit(limits.max_memory)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        outcome = process(task, extract_spec, limits, lambda s: conn.send(Extension(s)))
        conn.send(outcome)
        if outcome.retire:  # after a MemoryError the heap is not to be trusted
            return


class _Worker:
    def __init__(
        self, ctx: mp.context.BaseContext, extract_spec: str, limits: Limits, ocr: int
    ) -> None:
        parent_end, child_end = ctx.Pipe()
        self.conn = parent_end
        # Not a daemon: the OCR reader starts its own processes, which daemons may not.
        self.proc: BaseProcess = ctx.Process(  # type: ignore[attr-defined]
            target=_worker_main, args=(child_end, extract_spec, limits, ocr), daemon=False
        )
        self.proc.start()
        child_end.close()
        self.task: Task | None = None
        self.deadline = 0.0
        self.limit = 0.0  # seconds allowed for the current task, OCR pages included
        self.watched = 0.0  # when its memory was last checked

    def kill(self) -> None:
        """Kill the worker and every process it started (OCR, LibreOffice)."""
        if self.proc.pid is not None:
            kill_tree(self.proc.pid)
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
        limits: Limits | None = None,
        retry: Limits | None = None,
    ) -> None:
        """``limits`` (memory, time, OCR page allowance) win over ``timeout`` (a flat
        limit in seconds, no memory cap); ``retry``: the limits of the retry pass (None:
        no retry)."""
        self.retry = retry
        self.grace = grace
        self.jobs: int | None = max(1, jobs)
        self.limits = limits or Limits(timeout=timeout, page_seconds=0.0)  # flat
        self.extract_spec = extract_spec
        self.ctx = mp.get_context(start_method)
        if start_method == "forkserver":
            # Workers fork from a server that has already imported the extractors and
            # loaded their data and models (pipeline.ingest.warm), also for an extract
            # function that wraps the default one: a worker's first document never pays
            # for loading them against its time limit.
            self.ctx.set_forkserver_preload(
                [extract_spec.partition(":")[0], "pipeline.ingest.warm"]
            )

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        """Outcomes as documents finish; with ``retry``, those stopped at a limit come
        last, from their second run alone."""
        held: list[Outcome] = []
        batch = _Pass(self, self.limits, self.jobs or 1)
        yield from batch.run(tasks, held if self.retry else None)
        if not held or self.retry is None:
            return
        first = {o.path: o for o in held}
        alone = _Pass(self, self.retry, 1)
        for outcome in alone.run((_task_of(o) for o in held), None):
            yield _second(first[outcome.path], outcome)


class _Pass:
    """One pass of the pool over some tasks: its workers, and the limits and number of
    workers it runs with (the batch's, or the retry pass's one worker and its limits)."""

    def __init__(self, executor: LocalExecutor, limits: Limits, jobs: int) -> None:
        self.ctx = executor.ctx
        self.extract_spec = executor.extract_spec
        self.grace = executor.grace
        self.limits = limits
        self.jobs = jobs
        self.ocr_workers = max(1, (os.cpu_count() or 1) // jobs)

    def _spawn(self) -> _Worker:
        return _Worker(self.ctx, self.extract_spec, self.limits, self.ocr_workers)

    def run(self, tasks: Iterable[Task], held: list[Outcome] | None) -> Iterator[Outcome]:
        """Run ``tasks`` on the pass's workers; outcomes stopped at a limit go to ``held``."""
        pending = iter(tasks)
        first = next(pending, None)
        if first is None:  # nothing to extract: do not start any worker
            return
        pending = itertools.chain([first], pending)
        start_resource_tracker()
        workers = [self._spawn() for _ in range(self.jobs)]
        try:
            self._dispatch(workers, pending)
            while busy := [w for w in workers if w.task is not None]:
                ready = wait([w.conn for w in busy], timeout=self._wait_for(busy))
                finished: list[Outcome] = []
                for i, w in enumerate(workers):
                    if w.task is None:
                        continue
                    answer = self._receive if w.conn in ready else self._watch
                    outcome = answer(w, i, workers)
                    if outcome is not None:
                        finished.append(outcome)
                # Workers get their next document before the writer commits these.
                self._dispatch(workers, pending)
                if held is not None:
                    held += [o for o in finished if o.stopped]
                    finished = [o for o in finished if not o.stopped]
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
        timeout = self.limits.timeout
        for w in workers:
            if w.task is not None:
                continue
            task = next(pending, None)
            if task is None:
                return
            w.task = task
            w.limit = timeout or 0.0
            w.deadline = time.monotonic() + timeout + self.grace if timeout else float("inf")
            # a worker that died before its task: the closed pipe is read as its death
            with contextlib.suppress(OSError):
                w.conn.send(task)

    def _wait_for(self, busy: list[_Worker]) -> float | None:
        """Seconds until the next deadline or memory check (None: no limit at all)."""
        wait_for = min(w.deadline for w in busy) - time.monotonic()
        if self.limits.max_memory:
            wait_for = min(wait_for, WATCH_SECONDS)
        return None if wait_for == float("inf") else max(0, wait_for)

    def _watch(self, w: _Worker, index: int, workers: list[_Worker]) -> Outcome | None:
        """A busy worker past its deadline or over the memory cap: kill and replace it."""
        task = w.task
        assert task is not None
        over_memory = self._over_memory(w)
        if not over_memory and time.monotonic() < w.deadline:
            return None
        w.kill()
        workers[index] = self._spawn()
        if not over_memory:
            return timeout_outcome(task, w.limit, f"pid {w.proc.pid}")
        reason, hint = self.limits.memory_reason()
        return Outcome(
            task.path,
            task.sha256,
            task.size_bytes,
            None,
            reason,
            hint,
            worker=f"pid {w.proc.pid}",
            stopped=True,
        )

    def _over_memory(self, w: _Worker) -> bool:
        """Whether the worker and what it started hold more than the cap (checked at most
        every WATCH_SECONDS: listing a process tree reads /proc)."""
        now = time.monotonic()
        if not self.limits.max_memory or now - w.watched < WATCH_SECONDS:
            return False
        w.watched = now
        return tree_rss(w.proc.pid or 0) > self.limits.max_memory

    def _receive(self, w: _Worker, index: int, workers: list[_Worker]) -> Outcome | None:
        """The worker's answer: an outcome, or an extension of its deadline (None)."""
        task = w.task
        assert task is not None
        try:
            message: Outcome | Extension = w.conn.recv()
        except (EOFError, OSError):
            return self._died(w, index, workers, task)
        if isinstance(message, Extension):  # OCR pages ahead: the deadline moves with them
            w.deadline += message.seconds
            w.limit += message.seconds
            return None
        w.task = None
        if message.retire:  # out of memory: it exited after answering
            w.kill()
            workers[index] = self._spawn()
        return message

    def _died(self, w: _Worker, index: int, workers: list[_Worker], task: Task) -> Outcome:
        w.proc.join(1)
        code = w.proc.exitcode
        w.kill()
        workers[index] = self._spawn()
        return Outcome(
            task.path,
            task.sha256,
            task.size_bytes,
            None,
            reason=f"the worker process died while extracting (exit code {code})"
            + worker_memory_note(code, self.limits),
            hint="the file may need more memory than is available; report it",
            worker=f"pid {w.proc.pid}",
            stopped=code is not None and code < 0,  # killed by a signal: most often memory
        )


# A worker killed in the middle of OCR leaves its page pool's semaphores to the resource
# tracker, which cleans them up and says so on stderr at exit ("There appear to be N
# leaked semaphore objects"): noise for the user, not a problem.
_QUIET_TRACKER = "ignore:resource_tracker:UserWarning:multiprocessing.resource_tracker"


def start_resource_tracker() -> None:
    """Start the resource tracker the workers and their OCR pools share (a no-op when it
    runs), told to keep its leak warnings to itself unless the user set
    ``PYTHONWARNINGS``; the environment is left as it was."""
    from multiprocessing import resource_tracker

    if "PYTHONWARNINGS" in os.environ:
        resource_tracker.ensure_running()
        return
    os.environ["PYTHONWARNINGS"] = _QUIET_TRACKER
    try:
        resource_tracker.ensure_running()
    finally:
        del os.environ["PYTHONWARNINGS"]


def stop_helpers(seconds: float = 3.0) -> None:
    """Stop the fork server and the resource tracker this process started, and wait for
    them up to ``seconds``: called when a command is done, so that nothing it
    started outlives it (they would exit on their own once their pipe closes, a moment
    after the command). Left alone while other children of this process live (a Dask
    cluster the caller keeps uses the same tracker), and the wait is bounded: a process
    that still holds the tracker's pipe keeps it alive, and Python's own ``_stop`` would
    then wait for ever. Private attributes, hence the guards."""
    from multiprocessing import forkserver, resource_tracker, util

    if mp.active_children():  # someone else's processes (an in-process Dask cluster) still use them
        return
    server: Any = forkserver._forkserver
    with contextlib.suppress(Exception), server._lock:
        pid, fd, address = (
            server._forkserver_pid,
            server._forkserver_alive_fd,
            server._forkserver_address,
        )
        if pid is not None:
            os.close(fd)  # closing the "alive" pipe asks the server to stop
            server._forkserver_pid = server._forkserver_alive_fd = None
            server._forkserver_address = None
            _reap(pid, seconds)
            if address and not util.is_abstract_socket_namespace(address):
                with contextlib.suppress(OSError):
                    os.unlink(address)
    tracker: Any = resource_tracker._resource_tracker
    with contextlib.suppress(Exception), tracker._lock:
        pid, fd = tracker._pid, tracker._fd
        if fd is not None:
            os.close(fd)  # closing the pipe stops the tracker once nobody else holds it
            tracker._fd = tracker._pid = None
            _reap(pid, seconds)


def _reap(pid: int, seconds: float) -> None:
    """Wait for the child ``pid`` to exit, at most ``seconds``."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if os.waitpid(pid, os.WNOHANG)[0]:
            return
        time.sleep(0.02)


def _task_of(outcome: Outcome) -> Task:
    return Task(outcome.path, outcome.sha256, outcome.size_bytes)


def _second(first: Outcome, again: Outcome) -> Outcome:
    """The outcome of a retry alone; a second failure says that it was tried twice."""
    if again.record is None and again.reason:
        same = again.reason == first.reason
        again.reason += (
            " (also when tried again alone)"
            if same
            else f" (tried again alone; the first time: {first.reason})"
        )
    return again
