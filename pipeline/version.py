"""The extractor version stamped on every stored record.

A stored record is reused only while the code and data that produced it are
unchanged, so the version is the installed ``thidua`` distribution version
plus a digest of the files that turn bytes into a record: the whole
``extractors`` package (code and data files), ``pipeline/readers`` and
``pipeline/extract.py``. It is computed once per process (hashing ~1 MB of
source takes a few milliseconds). ``pipeline`` may not import ``thidua``
(layers), so the distribution version comes from the package metadata.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import tomllib
from functools import cache
from pathlib import Path

import extractors

_PIPELINE_DIR = Path(__file__).resolve().parent
_SKIP_DIRS = {"__pycache__"}
_SKIP_SUFFIXES = {".pyc", ".pyo"}


def _files_under(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and p.suffix not in _SKIP_SUFFIXES
        and not _SKIP_DIRS.intersection(p.relative_to(root).parts)
    )


def extraction_inputs() -> list[tuple[str, Path]]:
    """The files whose content makes up the version, with stable names."""
    extractors_dir = Path(extractors.__file__).resolve().parent
    named = [
        (f"extractors/{p.relative_to(extractors_dir)}", p) for p in _files_under(extractors_dir)
    ]
    readers = _PIPELINE_DIR / "readers"
    named += [(f"pipeline/readers/{p.relative_to(readers)}", p) for p in _files_under(readers)]
    named.append(("pipeline/extract.py", _PIPELINE_DIR / "extract.py"))
    return named


def _distribution_version() -> str:
    try:
        return importlib.metadata.version("thidua")
    except importlib.metadata.PackageNotFoundError:
        pass
    # A source checkout run without installing: the version in pyproject.toml.
    pyproject = _PIPELINE_DIR.parent / "pyproject.toml"
    if pyproject.is_file():
        with pyproject.open("rb") as fh:
            return str(tomllib.load(fh).get("project", {}).get("version", "0"))
    return "0"


@cache
def extractor_version() -> str:
    """``<thidua version>+<12 hex digits of the extraction files' digest>``."""
    digest = hashlib.sha256()
    for name, path in extraction_inputs():
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return f"{_distribution_version()}+{digest.hexdigest()[:12]}"


def __getattr__(name: str) -> str:
    # ``EXTRACTOR_VERSION`` is computed on first use, not at import.
    if name == "EXTRACTOR_VERSION":
        return extractor_version()
    raise AttributeError(name)
