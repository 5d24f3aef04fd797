"""The Dask executor gives the same store as the local process pool."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from ingest_helpers import store_snapshot

from pipeline.ingest import ingest
from pipeline.ingest.local import LocalExecutor
from pipeline.store import open_store
from thidua.cli import main

SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"


@pytest.mark.slow
def test_ingest_dask_cluster_matches_local_pool(tmp_path: Path) -> None:
    dask = pytest.importorskip("dask")
    distributed = pytest.importorskip("distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    shutil.copy(folder / "kien-giang_news_covid.txt", folder / "copy.txt")
    (folder / "empty.txt").write_bytes(b"")

    with open_store(tmp_path / "local.db") as store:
        local = ingest([folder], store, LocalExecutor(2, timeout=60), progress_stream=io.StringIO())

    from pipeline.ingest.dask_exec import DaskExecutor

    with (
        dask.config.set({"distributed.worker.daemon": False}),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
        open_store(tmp_path / "dask.db") as store,
    ):
        remote = ingest(
            [folder], store, DaskExecutor(client, timeout=60), progress_stream=io.StringIO()
        )
        rows = store.conn.execute("SELECT DISTINCT worker FROM sources WHERE worker IS NOT NULL")
        workers = {row[0] for row in rows}
        # the same through the command line, given the scheduler's address
        cli_db = tmp_path / "cli.db"
        argv = ["ingest", str(folder), "--db", str(cli_db), "--executor", "dask"]
        assert main([*argv, "--scheduler", cluster.scheduler_address]) == 1  # empty.txt

    assert remote.counts == local.counts
    assert remote.executor == "dask" and remote.jobs == 2
    assert len(workers) == 2  # both worker processes did some of the work
    assert store_snapshot(tmp_path / "dask.db") == store_snapshot(tmp_path / "local.db")
    assert store_snapshot(cli_db) == store_snapshot(tmp_path / "local.db")
    assert main(argv) == 2  # --scheduler is required


@pytest.mark.slow
def test_ingest_dask_time_limit_fails_the_document_and_goes_on(tmp_path: Path) -> None:
    dask = pytest.importorskip("dask")
    distributed = pytest.importorskip("distributed")
    from pipeline.ingest.dask_exec import DaskExecutor

    folder = tmp_path / "in"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    shutil.copy(seeds[0], folder / "a.txt")
    shutil.copy(seeds[1], folder / "slow.txt")
    shutil.copy(seeds[2], folder / "z.txt")
    with (
        dask.config.set({"distributed.worker.daemon": False}),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
        open_store(tmp_path / "dask.db") as store,
    ):
        executor = DaskExecutor(client, timeout=5, extract_spec="ingest_helpers:slow_extract")
        report = ingest([folder], store, executor, progress_stream=io.StringIO())
    assert [f.path for f in report.failures] == [str(folder / "slow.txt")]
    assert "time limit" in report.failures[0].reason
    assert report.counts.get("ok", 0) + report.counts.get("partial", 0) == 2
