"""Batch ingestion: files → plan records → the corpus store.

:func:`ingest` discovers the files, skips those already stored with the same
content and extractor version (``unchanged``), sends the rest to an executor
(a local process pool or a Dask cluster) and writes each outcome, as it
arrives, in one transaction of the single writer. It returns a
:class:`RunReport` (also written as JSON) with every failure.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol, TextIO

from pipeline.errors import fs_path, printable
from pipeline.ingest.discover import discover
from pipeline.ingest.limits import TEXT_SECONDS
from pipeline.ingest.progress import Progress
from pipeline.ingest.work import DEFAULT_EXTRACT, Outcome, Task
from pipeline.store import SourceResult, Store
from pipeline.version import extractor_version

# Seconds a document may take before OCR (a 20 KB text plan takes a tenth of a
# second); each page sent to OCR adds limits.PAGE_SECONDS (a page takes ~4 s with one
# Tesseract process), so a 100-page scan gets its time and a runaway text does not.
DEFAULT_TIMEOUT = TEXT_SECONDS


class Executor(Protocol):
    name: str
    jobs: int | None

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]: ...


@dataclass
class Failure:
    path: str
    sha256: str | None
    reason: str
    hint: str | None = None
    earlier: bool = False  # failed in an earlier run, not retried


@dataclass
class RunReport:
    """The outcome of one run, as written to the JSON run report."""

    run_id: int
    db: str
    extractor_version: str
    executor: str
    jobs: int | None
    files: int
    counts: dict[str, int]
    seconds: float
    extracted_bytes: int = 0
    extracted_pages: int = 0
    ocr_pages: int = 0
    extract_seconds: float = 0.0
    extract_cpu_seconds: float = 0.0
    subprocess_cpu_seconds: float = 0.0  # OCR: Tesseract run by the workers
    stale_records: int = 0
    failures: list[Failure] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(not f.earlier for f in self.failures)

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["documents_per_second"] = (
            round((self.counts.get("ok", 0) + self.counts.get("partial", 0)) / self.seconds, 3)
            if self.seconds
            else None
        )
        return data

    def summary(self) -> str:
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()))
        lines = [f"ingested {self.files} file(s) in {self.seconds:.1f} s: {counts or 'nothing'}"]
        if self.files and self.counts.get("unchanged") == self.files:
            lines = [f"{counts}: nothing changed since the last run"]
        now = [f for f in self.failures if not f.earlier]
        for f in now:
            hint = f" — {printable(f.hint)}" if f.hint else ""
            lines.append(f"  failed: {printable(f.path)}: {printable(f.reason)}{hint}")
        earlier = len(self.failures) - len(now)
        if earlier:
            lines.append(
                f"  {earlier} file(s) failed in an earlier run and were not retried "
                "(--retry-failed retries them)"
            )
        if self.pruned:
            lines.append(f"  forgot {len(self.pruned)} stored file(s) no longer on disk")
        if self.stale_records:
            lines.append(
                f"  {self.stale_records} stored record(s) come from an older extractor version: "
                "ingest their files again to re-extract them"
            )
        return "\n".join(lines)


def sha256_file(path: Path, keep: bool) -> tuple[str, int, bytes | None]:
    """The file's sha256 and size, and its bytes when ``keep`` (to ship them)."""
    if keep:
        data = path.read_bytes()
        return hashlib.sha256(data).hexdigest(), len(data), data
    with path.open("rb") as fh:  # streamed: a large scan is not held in memory
        digest = hashlib.file_digest(fh, "sha256")
        return digest.hexdigest(), fh.tell(), None


class _Run:
    """State of one run: the store (single writer), the counts, the failures."""

    def __init__(
        self,
        store: Store,
        version: str,
        report: RunReport,
        progress: Progress,
        retry_failed: bool,
        keep_bytes: bool,
    ) -> None:
        self.store = store
        self.version = version
        self.report = report
        self.progress = progress
        self.retry_failed = retry_failed
        self.keep_bytes = keep_bytes
        self.in_flight: set[str] = set()
        self.deferred: list[tuple[str, str, int]] = []

    def count(self, status: str) -> None:
        self.report.counts[status] = self.report.counts.get(status, 0) + 1
        self.progress.update(status)

    def plan(self, files: list[Path]) -> Iterator[Task]:
        """Tasks for the files that need extraction; settle the others on the way."""
        for path in files:
            try:
                sha, size, data = sha256_file(path, self.keep_bytes)
            except OSError as exc:
                self.fail(str(path), None, 0, f"cannot be read ({exc.strerror})", "check the path")
                continue
            if self._settled(str(path), sha, size):
                continue
            if sha in self.in_flight:
                self.deferred.append((str(path), sha, size))  # a copy of a file in this run
                continue
            self.in_flight.add(sha)
            yield Task(str(path), sha, size, data)

    def _settled(self, path: str, sha: str, size: int) -> bool:
        if self.store.current_document(sha, self.version) is not None:
            state = self.store.source_state(path)
            if state is None or state[0] != sha or state[3] is None:
                self.store.link_unchanged(path, sha, size, self.report.run_id)
            self.count("unchanged")
            return True
        state = self.store.source_state(path)
        if (
            not self.retry_failed
            and state is not None
            and state[:3] == (sha, self.version, "failed")
        ):
            reason, hint = self.store.failure_of(path)
            self.report.failures.append(Failure(path, sha, reason or "", hint, earlier=True))
            self.count("unchanged")
            return True
        return False

    def fail(self, path: str, sha: str | None, size: int, reason: str, hint: str | None) -> None:
        self.report.failures.append(Failure(path, sha, reason, hint))
        if sha is not None:
            self.store.write(
                SourceResult(path, sha, size, self.version, reason=reason, hint=hint),
                self.report.run_id,
            )
        self.count("failed")

    def commit(self, outcome: Outcome) -> None:
        result = SourceResult(
            path=outcome.path,
            sha256=outcome.sha256,
            size_bytes=outcome.size_bytes,
            extractor_version=self.version,
            record=outcome.record,
            reason=outcome.reason,
            hint=outcome.hint,
            extract_seconds=round(outcome.seconds, 4),
            worker=outcome.worker,
        )
        self.store.write(result, self.report.run_id)
        self.report.extract_seconds += outcome.seconds
        self.report.extract_cpu_seconds += outcome.cpu_seconds
        self.report.subprocess_cpu_seconds += outcome.subprocess_cpu_seconds
        if outcome.record is None:
            self.report.failures.append(
                Failure(outcome.path, outcome.sha256, outcome.reason or "", outcome.hint)
            )
        else:
            source = outcome.record["source"]
            self.report.extracted_bytes += outcome.size_bytes
            self.report.extracted_pages += source.get("pages") or 0
            if source.get("ocr"):
                self.report.ocr_pages += source.get("pages") or 0
        self.count(result.status)

    def settle_deferred(self) -> None:
        for path, sha, size in self.deferred:
            if self.store.current_document(sha, self.version) is not None:
                self.store.link_unchanged(path, sha, size, self.report.run_id)
                self.count("unchanged")
            else:
                twin = next((f for f in self.report.failures if f.sha256 == sha), None)
                reason = twin.reason if twin else "its identical copy could not be extracted"
                self.fail(path, sha, size, reason, twin.hint if twin else None)


def ingest(
    paths: Iterable[Path],
    store: Store,
    executor: Executor,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    retry_failed: bool = False,
    prune: bool = False,
    progress_stream: TextIO | None = None,
    tty: bool | None = None,
) -> RunReport:
    """Ingest ``paths`` into ``store`` with ``executor``; see the module docstring."""
    started = time.monotonic()
    version = extractor_version()
    db = Path(store.path)
    skip = [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")]
    files, missing = discover(paths, include, exclude, skip)
    run_id = store.begin_run(version, executor.name, executor.jobs)
    report = RunReport(
        run_id, store.path, version, executor.name, executor.jobs, len(files), {}, 0.0
    )
    progress = Progress(len(files) + len(missing), progress_stream, tty)
    run = _Run(store, version, report, progress, retry_failed, keep_bytes=executor.name == "dask")
    try:
        for path in missing:
            run.fail(str(path), None, 0, "no such file or folder", "check the path")
        for outcome in executor.run(run.plan(smallest_first(files))):
            run.commit(outcome)
        run.settle_deferred()
        if prune:
            report.pruned = prune_missing(store, paths)
    finally:
        progress.close()
        report.jobs = executor.jobs
        report.seconds = round(time.monotonic() - started, 3)
        report.extract_seconds = round(report.extract_seconds, 3)
        report.extract_cpu_seconds = round(report.extract_cpu_seconds, 3)
        report.subprocess_cpu_seconds = round(report.subprocess_cpu_seconds, 3)
        report.stale_records = store.stale_count(version)
        store.finish_run(run_id, report.counts)
    return report


def smallest_first(files: list[Path]) -> list[Path]:
    """The files in the order they are extracted: smallest first (ties by path), so that
    a backlog of large scans or a few hostile giants never holds back the ordinary plans;
    each document is committed as it finishes whatever the order."""

    def size(path: Path) -> int:
        try:
            return path.stat().st_size
        except OSError:
            return -1  # reported as unreadable right away

    return sorted(files, key=lambda p: (size(p), str(p)))


def prune_missing(store: Store, paths: Iterable[Path]) -> list[str]:
    """Forget stored files under ``paths`` that no longer exist on disk."""
    roots = [p.resolve() for p in paths]
    gone = []
    for stored in list(store.source_paths()):
        path = fs_path(stored)  # a name that is not UTF-8 is stored as \xNN text
        if any(path == r or path.is_relative_to(r) for r in roots) and not path.exists():
            store.forget_source(stored)
            gone.append(stored)
    return gone


def write_report(report: RunReport, path: Path) -> None:
    """Write the JSON run report atomically."""
    tmp = path.with_name(path.name + ".tmp")
    text = json.dumps(report.to_json(), ensure_ascii=False, indent=1)
    # a name that is not UTF-8 is written as a JSON \udcNN escape, not a crash
    tmp.write_text(text, encoding="utf-8", errors="backslashreplace")
    tmp.replace(path)


__all__ = [
    "DEFAULT_EXTRACT",
    "DEFAULT_TIMEOUT",
    "Executor",
    "Failure",
    "RunReport",
    "ingest",
    "write_report",
]
