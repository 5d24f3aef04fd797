"""Extract functions for ingest tests, importable by worker processes."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

from pipeline.extract import extract_file


def stuck_extract(path: Path) -> dict[str, Any]:
    """Like ``extract_file``, but a file named ``stuck*`` hangs where no alarm reaches.

    Stands for a reader stuck in C code: SIGALRM is ignored, so only the
    parent's hard limit can stop it.
    """
    if path.name.startswith("stuck"):
        signal.signal(signal.SIGALRM, signal.SIG_IGN)
        time.sleep(3600)
    return extract_file(path)


def dying_extract(path: Path) -> dict[str, Any]:
    """A file named ``die*`` kills its worker process (an out-of-memory kill, say)."""
    if path.name.startswith("die"):
        os.kill(os.getpid(), signal.SIGKILL)
    return extract_file(path)
