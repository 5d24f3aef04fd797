"""`thidua ingest`: discovery, statuses, idempotence, versions, time limits, report, CLI."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

import pipeline.ingest as ingest_mod
from pipeline.ingest import ingest
from pipeline.ingest.discover import discover
from pipeline.ingest.local import LocalExecutor
from pipeline.ingest.progress import Progress
from pipeline.ingest.work import Outcome, Task
from pipeline.store import open_store
from thidua.cli import main

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"


class Counting:
    """An executor that counts the tasks it is given."""

    def __init__(self, inner: LocalExecutor) -> None:
        self.inner, self.name, self.jobs, self.tasks = inner, inner.name, inner.jobs, 0

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        def counted() -> Iterator[Task]:
            for t in tasks:
                self.tasks += 1
                yield t

        return self.inner.run(counted())


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(seed, src / seed.name)
    shutil.copy(sorted(SEEDS.glob("*.txt"))[3], src / "sub" / "plan.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / ".hidden.txt").write_text("x")
    return src


def run(folder: Path, db: Path, **kw) -> tuple[ingest_mod.RunReport, Counting]:
    executor = Counting(LocalExecutor(kw.pop("jobs", 2), timeout=kw.pop("timeout", 60)))
    with open_store(db) as store:
        report = ingest([folder], store, executor, progress_stream=io.StringIO(), **kw)
    return report, executor


@pytest.mark.parametrize(
    ("include", "exclude", "expected"),
    [
        ((), (), ["a.txt", "b.pdf", "sub/c.txt"]),
        (("*.txt",), (), ["a.txt", "sub/c.txt"]),
        ((), ("sub/*",), ["a.txt", "b.pdf"]),
        (("*.txt",), ("c.*",), ["a.txt"]),
        (("*.docx",), (), []),
    ],
)
def test_discover_include_exclude(tmp_path: Path, include, exclude, expected) -> None:
    for rel in ("a.txt", "b.pdf", "sub/c.txt", ".git/x.txt", "sub/.d.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    files, missing = discover([tmp_path, tmp_path / "nope"], include, exclude)
    assert [f.relative_to(tmp_path).as_posix() for f in files] == expected
    assert missing == [tmp_path / "nope"]


def test_ingest_statuses_and_report(folder: Path, tmp_path: Path) -> None:
    report, _ = run(folder, tmp_path / "t.db")
    assert report.files == 5
    assert sum(report.counts.values()) == 5
    assert report.counts["failed"] == 1
    assert report.counts.get("ok", 0) + report.counts.get("partial", 0) == 4
    [failure] = report.failures
    assert failure.path == str(folder / "empty.txt")
    assert failure.reason == "the file is empty" and failure.hint
    with open_store(tmp_path / "t.db") as store:
        records = list(store.iter_records())
        assert sorted(r.source_path for r in records) == sorted(
            str(p) for p in folder.rglob("*.txt") if p.stat().st_size and "hidden" not in p.name
        )
        for r in records:
            assert r.status == ("partial" if r.record["source"]["warnings"] else "ok")
        assert [f.path for f in store.iter_failures()] == [str(folder / "empty.txt")]


def test_ingest_rerun_does_no_extraction(folder: Path, tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    run(folder, db)
    with open_store(db) as store:
        before = [(r.sha256, r.record) for r in store.iter_records()]
    report, executor = run(folder, db)
    assert executor.tasks == 0
    assert report.counts == {"unchanged": 5}
    assert [f.earlier for f in report.failures] == [True]
    assert not report.failed
    with open_store(db) as store:
        assert [(r.sha256, r.record) for r in store.iter_records()] == before
    report, executor = run(folder, db, retry_failed=True)
    assert (executor.tasks, report.counts) == (1, {"unchanged": 4, "failed": 1})


def test_ingest_new_extractor_version_replaces_records(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "t.db"
    run(folder, db)
    monkeypatch.setattr(ingest_mod, "extractor_version", lambda: "9.9.9+000000000000")
    report, executor = run(folder, db)
    assert executor.tasks == 5
    assert report.counts.get("unchanged", 0) == 0
    assert report.stale_records == 0
    with open_store(db) as store:
        versions = {row[0] for row in store.conn.execute("SELECT extractor_version FROM documents")}
        assert versions == {"9.9.9+000000000000"}
        assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 4


def test_ingest_copies_in_one_run_are_one_document(folder: Path, tmp_path: Path) -> None:
    shutil.copy(folder / "sub" / "plan.txt", folder / "copy-of-plan.txt")
    report, executor = run(folder, tmp_path / "t.db")
    assert executor.tasks == 5  # the copy is not extracted twice
    assert report.counts["unchanged"] == 1
    with open_store(tmp_path / "t.db") as store:
        assert len(list(store.iter_records(include_linked_duplicates=True))) == 4
        held = store.conn.execute(
            "SELECT count(*) FROM sources WHERE doc_id IS NOT NULL"
        ).fetchone()
        assert held[0] == 5


def test_ingest_time_limit_fails_the_document_and_goes_on(folder: Path, tmp_path: Path) -> None:
    """Two documents that run past the limit (``slow*``: a minute each) fail as timed out,
    each on its own worker; the empty file keeps its own reason and the four plans are
    stored. Deterministic: the limit (2 s) is far from both a plan's extraction (~0.1 s)
    and the slow files' minute, unlike a limit of a millisecond that races every file."""
    for name in ("slow-1.txt", "slow-2.txt"):
        shutil.copy(sorted(SEEDS.glob("*.txt"))[4], folder / name)
    executor = LocalExecutor(2, timeout=2.0, extract_spec="ingest_helpers:slow_extract", grace=1)
    with open_store(tmp_path / "t.db") as store:
        report = ingest([folder], store, executor, progress_stream=io.StringIO())
    reasons = {Path(f.path).name: f.reason for f in report.failures}
    assert sorted(reasons) == ["empty.txt", "slow-1.txt", "slow-2.txt"], reasons
    assert "the file is empty" in reasons["empty.txt"]
    assert all("time limit (2 s)" in reasons[n] for n in ("slow-1.txt", "slow-2.txt"))
    assert report.counts.get("ok", 0) + report.counts.get("partial", 0) == 4


@pytest.mark.parametrize(
    ("extract", "name", "reason"),
    [
        ("ingest_helpers:stuck_extract", "stuck.txt", "time limit"),
        ("ingest_helpers:dying_extract", "die.txt", "worker process died"),
    ],
)
def test_ingest_worker_killed_or_dead_is_replaced(
    tmp_path: Path, extract: str, name: str, reason: str
) -> None:
    src = tmp_path / "in"
    src.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    shutil.copy(seeds[0], src / "a.txt")
    shutil.copy(seeds[1], src / name)
    shutil.copy(seeds[2], src / "z.txt")
    # 10 s: a replaced worker loads the models first (a time-out is no longer swallowed
    # by the extractors, so a cold worker over a 1 s limit fails the next file)
    executor = LocalExecutor(1, timeout=10.0, extract_spec=extract, grace=0.5)
    with open_store(tmp_path / "t.db") as store:
        report = ingest([src], store, executor, progress_stream=io.StringIO())
    assert [f.path for f in report.failures] == [str(src / name)]
    assert reason in report.failures[0].reason
    assert report.counts.get("ok", 0) + report.counts.get("partial", 0) == 2


def test_progress_plain_lines_when_not_a_terminal() -> None:
    out = io.StringIO()
    progress = Progress(3, out, tty=False, every=0)
    for status in ("ok", "failed", "unchanged"):
        progress.update(status)
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert lines[-1].startswith("ingest: 3/3 (ok 1, failed 1, unchanged 1), ")
    assert "docs/s, ETA 0m00s" in lines[-1]


def test_progress_bar_on_a_terminal_shows_counts() -> None:
    out = io.StringIO()
    progress = Progress(2, out, tty=True)
    progress.update("ok")
    progress.update("partial")
    progress.close()
    shown = out.getvalue()
    assert "2/2" in shown and "ok 1, partial 1" in shown and "doc/s" in shown


def test_cli_ingest_exit_code_and_json_report(folder: Path, tmp_path: Path, capsys) -> None:
    db = tmp_path / "store.db"
    code = main(["ingest", str(folder), "--db", str(db), "--jobs", "1"])
    assert code == 1
    report = json.loads((tmp_path / "store.report.json").read_text(encoding="utf-8"))
    assert report["counts"]["failed"] == 1
    assert [f["path"] for f in report["failures"]] == [str(folder / "empty.txt")]
    assert "failed: " in capsys.readouterr().err
    (folder / "empty.txt").unlink()
    (folder / "sub" / "plan.txt").unlink()
    assert main(["ingest", str(folder), "--db", str(db), "--exclude", "empty.txt"]) == 0
    with open_store(db) as store:  # without --prune, deleted files stay
        assert len(list(store.iter_failures())) == 1
        assert len(list(store.iter_records())) == 4
    assert main(["ingest", str(folder), "--db", str(db), "--prune"]) == 0
    report = json.loads((tmp_path / "store.report.json").read_text(encoding="utf-8"))
    assert sorted(report["pruned"]) == [str(folder / "empty.txt"), str(folder / "sub" / "plan.txt")]
    with open_store(db) as store:
        assert list(store.iter_failures()) == []
        assert len(list(store.iter_records())) == 3
        assert store.conn.execute("SELECT count(*) FROM sources").fetchone()[0] == 3


def test_process_shipped_bytes_needs_no_file_on_the_worker(tmp_path: Path) -> None:
    from pipeline.extract import extract_file
    from pipeline.ingest.work import process

    seed = sorted(SEEDS.glob("*.txt"))[0]
    data = seed.read_bytes()
    local = tmp_path / seed.name
    local.write_bytes(data)
    elsewhere = f"/mnt/board-share/{seed.name}"  # not on this machine
    outcome = process(Task(elsewhere, "x" * 64, len(data), data))
    expected = extract_file(local)
    expected["source"]["path"] = elsewhere
    assert outcome.reason is None
    assert outcome.record == expected
    assert outcome.sha256 == expected["source"]["sha256"]
    missing = process(Task(elsewhere, "x" * 64, len(data), None))
    assert missing.record is None and missing.reason and "cannot be read" in missing.reason
