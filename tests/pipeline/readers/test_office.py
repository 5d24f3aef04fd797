"""LibreOffice runs in its own group under a memory cap; nothing of it outlives a call."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.errors import DocumentTimeout, InputError
from pipeline.readers.office import convert_to_docx, office_binary, run_limited

GB = 2**30


def _running(marker: str) -> list[int]:
    """Pids of ``sleep`` or LibreOffice whose command line holds ``marker``."""
    found = []
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes()
            except OSError:
                continue
            if marker.encode() in cmdline and cmdline.startswith((b"sleep", b"/usr/lib/libre")):
                found.append(int(proc.name))
    return found


def _gone(marker: str, within: float = 5.0) -> bool:
    deadline = time.monotonic() + within
    while _running(marker) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _running(marker)


@pytest.mark.parametrize(
    ("script", "timeout", "code"),
    [
        ("sleep 61.25 & sleep 61.25; true", 0.5, None),  # ran past the limit
        ("sleep 61.5 & exit 3", 5.0, 3),  # the leader ended; its child is killed too
        ("exit 0", 5.0, 0),
    ],
)
def test_run_limited_kills_the_whole_group(script: str, timeout: float, code: int | None) -> None:
    marker = script.split()[1] if "sleep" in script else "no-such-marker"
    assert run_limited(["sh", "-c", script], timeout, dict(os.environ), 4 * GB) == code
    assert _gone(marker)


@pytest.mark.parametrize(("size", "ok"), [(64 * 2**20, True), (2 * GB, False)])
def test_run_limited_caps_memory(size: int, ok: bool) -> None:
    cmd = [sys.executable, "-c", f"b = bytearray({size}); b[-1] = 1"]
    code = run_limited(cmd, 30, dict(os.environ), GB)
    assert (code == 0) is ok


def test_run_limited_kills_the_group_on_a_document_timeout() -> None:
    def fire(signum, frame):
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, 0.5)
    try:
        with pytest.raises(DocumentTimeout):
            run_limited(["sh", "-c", "sleep 61.75 & sleep 61.75"], 30, dict(os.environ), 4 * GB)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    assert _gone("61.75")


def test_the_converter_dies_with_a_killed_worker() -> None:
    code = (
        "import os, sys\nfrom pipeline.readers.office import run_limited\n"
        "print(os.getpid(), flush=True)\n"
        "run_limited(['sleep', '62.125'], 60, dict(os.environ), 2**32)\n"
    )
    worker = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert worker.stdout is not None
    worker.stdout.readline()
    deadline = time.monotonic() + 10
    while not _running("62.125") and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _running("62.125")
    worker.kill()  # SIGKILL: no atexit, no finally
    worker.wait()
    assert _gone("62.125")


@pytest.mark.slow
@pytest.mark.skipif(office_binary() is None, reason="LibreOffice is not installed")
def test_hostile_rtf_leaves_no_libreoffice_behind(tmp_path: Path) -> None:
    rtf = b"{\\rtf1 {\\pict\\pngblip\\picw60000\\pich60000\\bin999999999 x}}"
    try:
        convert_to_docx(tmp_path / "hostile.rtf", rtf, timeout=8)
    except InputError as exc:
        assert "LibreOffice" in exc.reason
    assert _gone("thidua-doc-")
