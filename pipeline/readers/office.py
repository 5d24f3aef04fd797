"""Run LibreOffice to convert a Word 97-2003 or RTF file, and leave nothing running.

LibreOffice can run away on a small hostile file (a 157-byte RTF picture
claiming 60,000 × 60,000 pixels; 20 KB of embedded-object hex reached 12.6
GB). So ``soffice.bin`` is started directly (no ``oosplash`` in between,
which would outlive a kill), in its own process group and session, with an
address-space limit and a death signal tied to the worker that started it.
On a time-out, an error, a ``DocumentTimeout`` or the worker's exit, the
whole group is killed.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import resource
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

from pipeline.errors import InputError

# address space for LibreOffice: a real plan converts in well under 2 GB
MEMORY_BYTES = int(os.environ.get("THIDUA_OFFICE_MEMORY_MB", "3072")) * 1024 * 1024
_PR_SET_PDEATHSIG = 1
_RESTART = 81  # soffice.bin's exit code after creating a profile (oosplash would rerun it)
_RUNNING: set[subprocess.Popen[bytes]] = set()


def office_binary() -> str | None:
    """``soffice.bin`` when it sits beside the ``soffice`` launcher, else the launcher."""
    launcher = shutil.which("soffice") or shutil.which("libreoffice")
    if launcher is None:
        return None
    binary = Path(launcher).resolve().with_name("soffice.bin")
    return str(binary) if binary.is_file() else launcher


def _limit_child(memory: int, parent: int) -> None:  # pragma: no cover - child, before exec
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]  # the worker's own cap, if lower
    cap = memory if hard == resource.RLIM_INFINITY else min(memory, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    with contextlib.suppress(OSError, AttributeError):  # not Linux: the group kill remains
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the worker died before the death signal was set
        os._exit(1)


def kill_group(proc: subprocess.Popen[bytes]) -> None:
    """Kill ``proc``'s process group (it leads one) and reap ``proc``."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    _RUNNING.discard(proc)


@atexit.register
def kill_all() -> None:
    """Kill every LibreOffice group still running (at the worker's exit)."""
    for proc in list(_RUNNING):
        kill_group(proc)


def run_limited(cmd: list[str], timeout: float, env: dict[str, str], memory: int) -> int | None:
    """Run ``cmd`` in its own group under ``memory`` bytes; its exit code, or ``None`` when
    it ran past ``timeout`` seconds. The group is killed on every way out."""
    parent = os.getpid()
    proc = subprocess.Popen(
        cmd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
        preexec_fn=lambda: _limit_child(memory, parent),
    )
    _RUNNING.add(proc)
    try:
        return proc.wait(timeout)
    except subprocess.TimeoutExpired:
        return None
    finally:
        kill_group(proc)


def convert_to_docx(path: Path, data: bytes, timeout: float, memory: int = MEMORY_BYTES) -> bytes:
    """The DOCX bytes LibreOffice makes of a Word 97-2003 or RTF file, or ``InputError``."""
    office = office_binary()
    if office is None:
        raise InputError(
            path,
            "a Word 97-2003 file, and LibreOffice is not installed to convert it",
            "run `make system-deps`, or save the file as .docx",
        )
    with tempfile.TemporaryDirectory(prefix="thidua-doc-") as tmp:
        source = Path(tmp) / "input.doc"
        source.write_bytes(data)
        cmd = [
            office,
            f"-env:UserInstallation=file://{Path(tmp) / 'profile'}",
            "--headless",
            "--norestore",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            tmp,
            str(source),
        ]
        deadline = time.monotonic() + timeout
        code = run_limited(cmd, timeout, {**os.environ, "HOME": tmp}, memory)
        if code == _RESTART:  # a fresh profile was made: LibreOffice asks to be run again
            left = max(0.1, deadline - time.monotonic())
            code = run_limited(cmd, left, {**os.environ, "HOME": tmp}, memory)
        if code is None:
            raise InputError(
                path, f"LibreOffice did not convert the file in {timeout:g} s", "save it as .docx"
            )
        out = Path(tmp) / "input.docx"
        if not out.exists():
            raise InputError(
                path,
                "LibreOffice could not convert this Word file"
                + (f" (within {memory // 2**20} MB)" if code else ""),
                "save it as .docx",
            )
        return out.read_bytes()
