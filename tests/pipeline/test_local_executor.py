"""The local pool's resource tracker: quiet about leaks, and the environment untouched.

A worker killed in the middle of OCR leaves semaphores to the resource tracker, which
warns about them at exit; the pool starts the tracker with that warning filtered out,
and only the tracker: ``PYTHONWARNINGS`` is not left in the process environment, and a
user's own ``PYTHONWARNINGS`` is not overridden.
"""

from __future__ import annotations

import os
from multiprocessing import resource_tracker
from pathlib import Path

import pytest
from test_extract_cli import PLAN

from pipeline.ingest.local import _QUIET_TRACKER, LocalExecutor, stop_helpers
from pipeline.ingest.work import Task


def _tracker_environment() -> str:
    pid = resource_tracker._resource_tracker._pid
    assert pid is not None, "the pool did not start the resource tracker"
    return Path(f"/proc/{pid}/environ").read_bytes().decode(errors="replace")


def _run_one(tmp_path: Path) -> None:
    plan = tmp_path / "plan.txt"
    plan.write_text(PLAN, encoding="utf-8")
    executor = LocalExecutor(1, timeout=60, grace=0.5)
    outcomes = list(executor.run([Task(str(plan), "0", plan.stat().st_size)]))
    assert [o.record is not None for o in outcomes] == [True]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("user_setting", "tracker_has"),
    [
        (None, f"PYTHONWARNINGS={_QUIET_TRACKER}"),
        ("default", "PYTHONWARNINGS=default"),  # the user's own setting wins
    ],
)
def test_local_executor_quiets_the_tracker_and_leaves_the_environment(
    tmp_path: Path, monkeypatch, user_setting: str | None, tracker_has: str
) -> None:
    if not Path("/proc/self/environ").exists():
        pytest.skip("reads a process's environment from /proc")
    stop_helpers()  # a tracker started by an earlier test would not be started again
    if user_setting is None:
        monkeypatch.delenv("PYTHONWARNINGS", raising=False)
    else:
        monkeypatch.setenv("PYTHONWARNINGS", user_setting)
    try:
        _run_one(tmp_path)
        assert tracker_has in _tracker_environment().split("\0")
        assert os.environ.get("PYTHONWARNINGS") == user_setting
    finally:
        stop_helpers()
