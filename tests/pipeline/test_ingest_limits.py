"""Worker limits of ``thidua ingest``: memory per worker, time per document with its OCR
pages, smallest files first; a document over a limit fails alone with a reason."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from pipeline.ingest import ingest, smallest_first
from pipeline.ingest.limits import Limits, parse_size
from pipeline.ingest.local import LocalExecutor
from pipeline.ingest.work import Task
from pipeline.store import open_store

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"


def _folder(tmp_path: Path, odd: str) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    shutil.copy(seeds[0], src / "a.txt")
    shutil.copy(seeds[1], src / odd)
    shutil.copy(seeds[2], src / "z.txt")
    return src


def _ingest(src: Path, tmp_path: Path, extract: str, limits: Limits):
    executor = LocalExecutor(1, extract_spec=extract, grace=0.5, limits=limits)
    with open_store(tmp_path / "t.db") as store:
        return ingest([src], store, executor, progress_stream=io.StringIO())


@pytest.mark.parametrize(
    ("extract", "name"),
    [
        ("limit_helpers:hungry_extract", "hungry.txt"),  # MemoryError under the address cap
        ("limit_helpers:greedy_child_extract", "greedy.txt"),  # the resident watchdog
    ],
)
def test_a_document_over_the_memory_cap_fails_alone(
    tmp_path: Path, extract: str, name: str
) -> None:
    src = _folder(tmp_path, name)
    report = _ingest(src, tmp_path, extract, Limits(max_memory=parse_size("400M"), timeout=60))
    assert [f.path for f in report.failures] == [str(src / name)]
    assert report.failures[0].reason == "needs more than 400 MB of memory"
    assert "--max-memory" in (report.failures[0].hint or "")
    assert report.counts.get("ok", 0) + report.counts.get("partial", 0) == 2  # worker replaced


@pytest.mark.slow
@pytest.mark.parametrize(("pages", "fails"), [(0, True), (2, False)])
def test_pages_announced_for_ocr_extend_the_time_limit(
    tmp_path: Path, pages: int, fails: bool
) -> None:
    name = f"pages-{pages}-scan.txt"
    src = _folder(tmp_path, name)
    limits = Limits(timeout=8.0, page_seconds=5.0)  # the file takes 10 s
    report = _ingest(src, tmp_path, "limit_helpers:paged_extract", limits)
    failed = [f.path for f in report.failures]
    assert failed == ([str(src / name)] if fails else [])
    if fails:
        assert "time limit (8 s)" in report.failures[0].reason


def test_documents_stopped_at_a_limit_are_tried_again_alone_after_the_batch(
    tmp_path: Path,
) -> None:
    """Two workers with 400 MB each: the 600 MB document fails, then, once the others are
    stored, runs again alone with one worker's share (1 GB) and is stored; a document that
    hangs fails twice and says so. Nothing is retried without retry limits."""
    src = _folder(tmp_path, "big.txt")
    shutil.copy(sorted(SEEDS.glob("*.txt"))[3], src / "stuck.txt")
    batch = Limits(max_memory=parse_size("400M"), timeout=3)
    alone = Limits(max_memory=parse_size("1G"), timeout=3)
    spec = "limit_helpers:big_or_stuck_extract"
    executor = LocalExecutor(2, extract_spec=spec, grace=0.5, limits=batch, retry=alone)
    outcomes = list(executor.run(_tasks(src)))
    order = [Path(o.path).name for o in outcomes]
    # the batch pass finishes a.txt and z.txt in either order; the retried ones come last
    assert sorted(order[:2]) == ["a.txt", "z.txt"] and sorted(order[2:]) == ["big.txt", "stuck.txt"]
    by_name = {Path(o.path).name: o for o in outcomes}
    assert by_name["big.txt"].record is not None
    assert by_name["stuck.txt"].reason == (
        "extraction took longer than the time limit (3 s) (also when tried again alone)"
    )
    once = LocalExecutor(2, extract_spec=spec, grace=0.5, limits=batch)
    failed = [Path(o.path).name for o in once.run(_tasks(src)) if o.record is None]
    assert sorted(failed) == ["big.txt", "stuck.txt"]


def _tasks(src: Path) -> list[Task]:
    return [Task(str(p), "", p.stat().st_size) for p in smallest_first(sorted(src.iterdir()))]


def test_smallest_files_are_extracted_first(tmp_path: Path) -> None:
    sizes = {"big.txt": 300, "b.txt": 10, "a.txt": 10, "mid.pdf": 50}
    for name, size in sizes.items():
        (tmp_path / name).write_bytes(b"x" * size)
    order = [p.name for p in smallest_first(sorted(tmp_path.iterdir(), reverse=True))]
    assert order == ["a.txt", "b.txt", "mid.pdf", "big.txt"]


@pytest.mark.parametrize(
    ("text", "size"),
    [("1.5G", int(1.5 * 2**30)), ("800M", 800 * 2**20), ("2GB", 2 * 2**30), ("1024", 1024)],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "lots", "1.5X", "-1G"])
def test_parse_size_refuses_what_is_not_a_size(text: str) -> None:
    with pytest.raises(ValueError, match="not a size"):
        parse_size(text)


def test_cli_max_memory_refuses_what_is_not_a_size(tmp_path: Path, capsys) -> None:
    from thidua.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["ingest", str(tmp_path), "--db", str(tmp_path / "t.db"), "--max-memory", "lots"])
    assert exit_.value.code == 2
    assert "not a size: 'lots'" in capsys.readouterr().err


@pytest.mark.parametrize(("jobs", "most"), [(1, 2 * 2**30), (64, 2 * 2**30)])
def test_default_max_memory_is_a_share_of_the_machine(jobs: int, most: int) -> None:
    import psutil

    from pipeline.ingest.limits import default_max_memory

    share = default_max_memory(jobs)
    assert 0 < share <= most
    assert share * jobs <= psutil.virtual_memory().total * 0.5 + jobs
