"""Which files an ingest run looks at."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path


def _matches(path: Path, root: Path, patterns: Iterable[str]) -> bool:
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    return any(fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(path.name, pat) for pat in patterns)


def discover(
    paths: Iterable[Path],
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    skip: Iterable[Path] = (),
) -> tuple[list[Path], list[Path]]:
    """Files under ``paths`` (recursively), as absolute paths in a stable order.

    A pattern matches a file's name or its path relative to the folder given
    (``*.pdf``, ``2021/*``). With ``include`` only matching files are taken;
    ``exclude`` then drops files. Hidden files and folders (``.name``) inside
    a folder are skipped, as are the ``skip`` paths (the store itself).
    Returns ``(files, missing)``: ``missing`` are given paths that do not exist.
    """
    include, exclude = list(include), list(exclude)
    skipped = {p.resolve() for p in skip}
    files: list[Path] = []
    missing: list[Path] = []
    seen: set[Path] = set()
    for given in paths:
        root = given.resolve()
        if root.is_file():
            candidates: Iterator[Path] = iter([root])
            base = root.parent
        elif root.is_dir():
            candidates = (
                p
                for p in sorted(root.rglob("*"))
                if p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(root).parts)
            )
            base = root
        else:
            missing.append(given)
            continue
        for path in candidates:
            if path in seen or path in skipped:
                continue
            if include and not _matches(path, base, include):
                continue
            if exclude and _matches(path, base, exclude):
                continue
            seen.add(path)
            files.append(path)
    return files, missing


def source_root(paths: Iterable[str]) -> str | None:
    """The folder every absolute path in ``paths`` is under (the ingest root): source
    paths are shown relative to it, never as one machine's absolute path."""
    absolute = [p for p in paths if os.path.isabs(p)]
    return os.path.commonpath([os.path.dirname(p) for p in absolute]) if absolute else None
