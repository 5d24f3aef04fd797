"""Send the per-document work to an existing Dask distributed cluster.

The file's **bytes are shipped** with each task, so workers need only the
package installed — no shared storage. At most ``window`` tasks are in
flight (by default two per worker thread), which bounds the memory the
client holds whatever the size of the backlog. Results come back to this
process, which is the store's single writer. The window defaults to the
cluster's worker threads, so a task starts as soon as it is submitted.

Time limit: Dask cannot stop a task that runs in a worker thread, so the
limit is enforced here, counted from submission: an overdue document is reported ``failed`` and its
future cancelled; the worker thread finishes on its own. Run workers with
``--nthreads 1`` and ``--lifetime`` restarts if hostile files are expected. The
limit of a file is ``Limits.budget_for`` its size (OCR pages cannot be announced
to the client). Memory: every worker process caps its address space at its size
plus ``limits.max_memory`` before the first task (``MemoryError`` fails the
document with "needs more than N GB of memory").
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from pipeline.ingest.limits import Limits, apply_memory_limit
from pipeline.ingest.work import (
    DEFAULT_EXTRACT,
    Outcome,
    Task,
    process,
    timeout_outcome,
    warm_up,
)


class DaskExecutor:
    """Run tasks on a Dask cluster given by its scheduler address (or a ``Client``)."""

    name = "dask"

    def __init__(
        self,
        scheduler: str | Any,
        timeout: float | None = None,
        extract_spec: str = DEFAULT_EXTRACT,
        window: int | None = None,
        limits: Limits | None = None,
    ) -> None:
        self.scheduler = scheduler
        self.limits = limits or Limits(timeout=timeout, page_seconds=0.0)  # flat
        self.timeout = self.limits.timeout
        self.extract_spec = extract_spec
        self.window = window
        self.jobs: int | None = None

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        from distributed import Client, wait

        own_client = isinstance(self.scheduler, str)
        client: Any = Client(self.scheduler) if own_client else self.scheduler
        try:
            # Import the extractors on every worker first, so that the first
            # document of a worker is not charged the import against its limit.
            client.run(warm_up, self.extract_spec)
            client.run(apply_memory_limit, self.limits.max_memory)
            threads = sum(client.nthreads().values()) or 1
            self.jobs = threads
            window = self.window or threads
            pending = iter(tasks)
            in_flight: dict[Any, tuple[Task, float]] = {}  # future -> (task, deadline)
            exhausted = False
            while True:
                while not exhausted and len(in_flight) < window:
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                        break
                    data = task.data if task.data is not None else Path(task.path).read_bytes()
                    shipped = replace(task, data=data)
                    future = client.submit(
                        process, shipped, self.extract_spec, None, pure=False, retries=0
                    )
                    # Keep only the small part: the bytes go with the task.
                    budget = self.limits.budget_for(task.size_bytes)
                    due = time.monotonic() + budget if budget else float("inf")
                    in_flight[future] = (replace(task, data=None), due)
                if not in_flight:
                    return
                deadline = self._next_deadline(in_flight)
                try:
                    done, _ = wait(list(in_flight), timeout=deadline, return_when="FIRST_COMPLETED")
                except TimeoutError:  # nothing finished before the next deadline
                    done = set()
                for future in done:
                    task, _deadline = in_flight.pop(future)
                    yield self._result(future, task)
                if not done:
                    now = time.monotonic()
                    for future, (task, due) in list(in_flight.items()):
                        if now >= due:
                            in_flight.pop(future)
                            future.cancel()
                            allowed = self.limits.budget_for(task.size_bytes) or 0.0
                            yield timeout_outcome(task, allowed, "dask")
        finally:
            if own_client:
                client.close()

    def _next_deadline(self, in_flight: dict[Any, tuple[Task, float]]) -> float | None:
        due = min(deadline for _, deadline in in_flight.values())
        if due == float("inf"):
            return None
        return max(0.05, due - time.monotonic())

    @staticmethod
    def _result(future: Any, task: Task) -> Outcome:
        try:
            outcome: Outcome = future.result()
            return outcome
        except Exception as exc:  # a lost worker, a deserialisation error
            return Outcome(
                task.path,
                task.sha256,
                task.size_bytes,
                None,
                reason=f"the Dask task failed: {type(exc).__name__}: {exc}",
                hint="check the workers' logs and that they run the same thidua version",
                worker="dask",
            )
