"""`thidua extract`: every file gets a record or a reason, whatever the others do."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_extract_cli import PLAN

import thidua.commands.extract as extract_cmd
from pipeline.ingest.limits import Limits
from pipeline.ingest.local import LocalExecutor
from thidua.cli import main


def _helpers(spec: str):
    def make(jobs: int, limits: Limits, retry: Limits | None = None) -> LocalExecutor:
        return LocalExecutor(jobs, limits=limits, extract_spec=spec, grace=0.5, retry=retry)

    return make


@pytest.mark.parametrize(
    ("spec", "bad", "reason"),
    [
        ("ingest_helpers:stuck_extract", "stuck.txt", "longer than the time limit (10 s)"),
        ("ingest_helpers:dying_extract", "die.txt", "worker process died"),
    ],
)
def test_extract_fails_one_file_and_writes_the_next(
    tmp_path: Path, capsys, monkeypatch, spec: str, bad: str, reason: str
) -> None:
    monkeypatch.setattr(extract_cmd, "make_executor", _helpers(spec))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-before.txt").write_text(PLAN, encoding="utf-8")  # the worker is up before
    (folder / bad).write_text(PLAN, encoding="utf-8")
    (folder / "z-after.txt").write_text(PLAN, encoding="utf-8")  # sorted after the bad one
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out), "--timeout", "10"]) == 1
    err = capsys.readouterr().err
    assert f"{folder / bad}: " in err and reason in err
    assert sorted(p.name for p in out.iterdir()) == ["a-before.json", "z-after.json"], err


def test_extract_and_ingest_take_hostile_names(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    names = [b"bad_\xff.txt", b"\x1b[31mred\nthidua: forged.txt", "kế hoạch.txt".encode()]
    for name in names:
        with open(os.path.join(os.fsencode(folder), name), "wb") as fh:
            fh.write(PLAN.encode("utf-8"))
    (folder / "empty\n.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "empty\\n.txt: the file is empty" in err
    # the failure, the records written and the count, one line each
    assert len(err.strip().split("\n")) == 3, err
    records = [json.loads(p.read_bytes()) for p in out.iterdir()]
    assert sorted(p.name.encode("utf-8", "surrogateescape") for p in out.iterdir()) == sorted(
        n.replace(b".txt", b".json") for n in names
    )
    assert any(r["source"]["path"].endswith("bad_\\xff.txt") for r in records)
    assert not list(out.glob("*.tmp"))

    db = tmp_path / "t.db"
    report = tmp_path / "r.json"
    assert main(["ingest", str(folder), "--db", str(db), "--report", str(report)]) == 1
    err = capsys.readouterr().err
    assert "\x1b" not in err and "failed: " in err and "empty\\n.txt" in err
    data = json.loads(report.read_text("utf-8"))
    assert data["counts"]["failed"] == 1 and sum(data["counts"].values()) == 4
    # a second run finds every name stored: nothing is extracted again (the empty file's
    # failure is an earlier one: the exit code is 0)
    assert main(["ingest", str(folder), "--db", str(db), "--report", str(report)]) == 0
    data = json.loads(report.read_text("utf-8"))
    assert data["counts"] == {"unchanged": 4}


@pytest.mark.slow
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_ctrl_c_leaves_no_process_behind(tmp_path: Path, command: str) -> None:
    psutil = pytest.importorskip("psutil")
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path / "in"
    folder.mkdir()
    # an RTF LibreOffice spins on (a picture claiming 60,000 × 60,000 pixels)
    (folder / "runaway.rtf").write_bytes(
        b"{\\rtf1 {\\pict\\pngblip\\picw60000\\pich60000\\bin999999999 x}}"
    )
    target = (
        ["--out", str(tmp_path / "out")]
        if command == "extract"
        else ["--db", str(tmp_path / "t.db")]
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "thidua", command, str(folder), *target],
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    tree: list = []
    while time.monotonic() < deadline:
        tree = psutil.Process(proc.pid).children(recursive=True)
        if any(p.name() == "soffice.bin" for p in tree if p.is_running()):
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130 and "interrupted" in err and "Traceback" not in err
    time.sleep(1)
    assert not [p for p in tree if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


def _marked(psutil, mark: str) -> list:
    """Live processes whose environment carries ``mark`` (inherited by every process the
    command starts: workers, the fork server, the resource tracker, LibreOffice)."""
    found = []
    for p in psutil.process_iter(["pid"]):
        with contextlib.suppress(psutil.Error):
            if p.environ().get("THIDUA_TEST_MARK") == mark and p.status() != psutil.STATUS_ZOMBIE:
                found.append(p)
    return found


@pytest.mark.slow
@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_no_process_outlives_the_command(tmp_path: Path, command: str) -> None:
    """Issue 15, point 4: after the command exits — here with a time-out on a converter
    that spins (when LibreOffice is installed) and two workers — nothing it started runs."""
    psutil = pytest.importorskip("psutil")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "plan.txt").write_text(PLAN, encoding="utf-8")
    if shutil.which("soffice"):
        (folder / "runaway.rtf").write_bytes(
            b"{\\rtf1 {\\pict\\pngblip\\picw60000\\pich60000\\bin999999999 x}}"
        )
    target = (
        ["--out", str(tmp_path / "out")]
        if command == "extract"
        else ["--db", str(tmp_path / "t.db")]
    )
    mark = f"{os.getpid()}-{command}-{time.monotonic_ns()}"
    env = {**os.environ, "THIDUA_TEST_MARK": mark}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "thidua",
            command,
            str(folder),
            *target,
            "--jobs",
            "2",
            "--timeout",
            "4",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == (1 if shutil.which("soffice") else 0), done.stderr
    deadline = (
        time.monotonic() + 1
    )  # a process killed at the very end may take a moment to be reaped
    while (left := _marked(psutil, mark)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, [(p.pid, p.name()) for p in left]
