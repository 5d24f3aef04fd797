"""Tesseract's own library in this process (libtesseract's C API, the one the CLI runs).

The ``tesseract`` command loads the ``vie`` model, starts, reads the image file
back and prints its output at every call: ~0.2 s CPU of a clean 300 dpi page's
~1.7 s (measured on the seeds' 31 clean pages: 1.53 s a page in the library
against 1.76 s by the command, the same TSV byte for byte). Here the model is
loaded once a process and thread (one engine per set of variables: a variable
set on an engine stays set), the page's pixels are handed over as they are, and
the engine is cleared between pages (the LSTM model keeps no state across them).

It is the same library the command links to (Debian's ``libtesseract5``, a
dependency of ``tesseract-ocr``), so both read the same model files the same
way. When the library cannot be loaded or its model not initialised, or with
``THIDUA_OCR_ENGINE=cli``, :func:`engine` answers ``None`` and the caller runs
the command (``tesseract.py``). A page over its time limit stops at Tesseract's
own deadline (its monitor: the recognition gives up, the page fails); a worker
stuck in C code is killed by the batch's pool (``pipeline/ingest/local.py``).
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import os
import threading
from typing import Any

from pipeline.errors import OcrFailure

# the header the command's TSV renderer writes first; the library gives the rows only
TSV_HEADER = (
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
)
_VOID, _STR, _INT = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
_SIGNATURES: dict[str, tuple[list[Any], Any]] = {
    "TessBaseAPICreate": ([], _VOID),
    "TessBaseAPIDelete": ([_VOID], None),
    "TessBaseAPIEnd": ([_VOID], None),
    "TessBaseAPIInit3": ([_VOID, _STR, _STR], _INT),
    "TessBaseAPISetVariable": ([_VOID, _STR, _STR], _INT),
    "TessBaseAPISetPageSegMode": ([_VOID, _INT], None),
    "TessBaseAPISetImage": ([_VOID, _STR, _INT, _INT, _INT, _INT], None),
    "TessBaseAPIRecognize": ([_VOID, _VOID], _INT),
    "TessBaseAPIGetTsvText": ([_VOID, _INT], _VOID),
    "TessBaseAPIGetUTF8Text": ([_VOID], _VOID),
    "TessBaseAPIClear": ([_VOID], None),
    "TessDeleteText": ([_VOID], None),
    "TessMonitorCreate": ([], _VOID),
    "TessMonitorDelete": ([_VOID], None),
    "TessMonitorSetDeadlineMSecs": ([_VOID, _INT], None),
}
_lib: list[Any] = []  # [the loaded library] or [None] once it failed to load
_local = threading.local()  # an engine belongs to one thread of one process
_made: list[tuple[int, Engine]] = []  # (process, engine) to end at exit


def _library() -> Any:
    """libtesseract with its C functions typed, or None. Its OpenMP threads are limited
    to one at load time (OpenMP reads the limit once; pages run in parallel processes
    instead, as the command runs with ``OMP_THREAD_LIMIT=1``)."""
    if _lib:
        return _lib[0]
    lib = None
    name = ctypes.util.find_library("tesseract") or "libtesseract.so.5"
    before = os.environ.get("OMP_THREAD_LIMIT")
    os.environ["OMP_THREAD_LIMIT"] = "1"
    try:
        lib = ctypes.CDLL(name)
        for function, (args, result) in _SIGNATURES.items():
            getattr(lib, function).argtypes = args
            getattr(lib, function).restype = result
    except (OSError, AttributeError):
        lib = None  # not installed, or a library without the C API: the command reads
    finally:
        if before is None:
            os.environ.pop("OMP_THREAD_LIMIT", None)
        else:
            os.environ["OMP_THREAD_LIMIT"] = before
    _lib.append(lib)
    return lib


class Engine:
    """One initialised Tesseract (``vie``) with its variables set once."""

    def __init__(self, lib: Any, variables: tuple[tuple[str, str], ...]) -> None:
        self.lib = lib
        self.handle = lib.TessBaseAPICreate()
        lib.TessBaseAPISetVariable(self.handle, b"debug_file", b"/dev/null")  # no chatter
        if lib.TessBaseAPIInit3(self.handle, None, b"vie") != 0:
            self.end()
            raise OSError("Tesseract's vie model could not be initialised")
        for name, value in variables:
            if not lib.TessBaseAPISetVariable(self.handle, name.encode(), value.encode()):
                self.end()
                raise OSError(f"Tesseract has no variable {name}")

    def read(self, image: Any, psm: int, timeout: float, tsv: bool) -> str:
        """The page's TSV (with the command's header line) or its text."""
        if image.mode not in ("L", "RGB"):
            image = image.convert("L")
        depth = 1 if image.mode == "L" else 3
        lib, handle = self.lib, self.handle
        lib.TessBaseAPISetPageSegMode(handle, psm)
        lib.TessBaseAPISetImage(
            handle, image.tobytes(), image.width, image.height, depth, depth * image.width
        )
        monitor = lib.TessMonitorCreate()
        try:
            lib.TessMonitorSetDeadlineMSecs(monitor, int(min(timeout * 1000, 2**31 - 1)))
            if lib.TessBaseAPIRecognize(handle, monitor) < 0:
                raise OcrFailure(f"Tesseract took more than {timeout:.0f} s, or failed")
            found = (
                lib.TessBaseAPIGetTsvText(handle, 0) if tsv else lib.TessBaseAPIGetUTF8Text(handle)
            )
            try:
                text = ctypes.string_at(found).decode("utf-8", "replace") if found else ""
            finally:
                lib.TessDeleteText(found)
        finally:
            lib.TessMonitorDelete(monitor)
            lib.TessBaseAPIClear(handle)
        return f"{TSV_HEADER}\n{text}" if tsv else text

    def end(self) -> None:
        if self.handle:
            self.lib.TessBaseAPIEnd(self.handle)
            self.lib.TessBaseAPIDelete(self.handle)
            self.handle = None


def engine(variables: tuple[tuple[str, str], ...] = ()) -> Engine | None:
    """This thread's engine with ``variables`` set, made at its first use; None when the
    library is not there (or ``THIDUA_OCR_ENGINE=cli``): the caller runs the command."""
    if os.environ.get("THIDUA_OCR_ENGINE", "library") == "cli":
        return None
    lib = _library()
    if lib is None:
        return None
    engines = getattr(_local, "engines", None)
    if engines is None or _local.pid != os.getpid():  # a forked process makes its own
        engines = _local.engines = {}
        _local.pid = os.getpid()
    if variables not in engines:
        try:
            engines[variables] = Engine(lib, variables)
        except OSError:
            engines[variables] = None  # the command will say what is missing
        else:
            _made.append((os.getpid(), engines[variables]))
    return engines[variables]


@atexit.register
def _end_all() -> None:
    """End this process's engines (Tesseract warns of leaked model parts otherwise)."""
    for pid, made in _made:
        if pid == os.getpid():
            made.end()
