"""The arguments that ``extract`` and ``ingest`` share: paths, name filters, limits."""

from __future__ import annotations

import argparse
from pathlib import Path

from pipeline.ingest import DEFAULT_TIMEOUT
from pipeline.ingest.limits import (
    MEMORY_CAP,
    PAGE_SECONDS,
    Limits,
    default_max_memory,
    parse_size,
    show_size,
)


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """``PATH...``, ``--include GLOB`` and ``--exclude GLOB`` (both repeatable)."""
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="files or folders (read recursively)"
    )
    parser.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="only files whose name or relative path matches (repeatable), e.g. '*.pdf'",
    )
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="skip files whose name or relative path matches (repeatable)",
    )


def add_limit_arguments(parser: argparse.ArgumentParser) -> None:
    """``--timeout``, ``--page-timeout`` and ``--max-memory``: what one document may cost."""
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help="seconds a document may take before it is failed, OCR apart "
        f"(default: {DEFAULT_TIMEOUT:g}; 0: no limit)",
    )
    parser.add_argument(
        "--page-timeout",
        type=float,
        default=PAGE_SECONDS,
        help=f"seconds added for each page read by OCR (default: {PAGE_SECONDS:g})",
    )
    parser.add_argument(
        "--max-memory",
        type=_size,
        metavar="SIZE",
        help="memory a worker may use for one document, e.g. 1.5G (default: half the "
        f"machine's memory shared by the workers, at most {show_size(MEMORY_CAP)} each; "
        "0: no limit)",
    )


def _size(value: str) -> int:
    try:
        return parse_size(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def limits(args: argparse.Namespace, jobs: int) -> Limits:
    """The per-document limits from the options (memory: per worker process)."""
    memory = default_max_memory(jobs) if args.max_memory is None else args.max_memory
    return Limits(memory or None, args.timeout or None, args.page_timeout)


def retry_limits(args: argparse.Namespace, jobs: int) -> Limits | None:
    """The limits of the retry pass of documents stopped at a limit: one worker alone,
    with one worker's share of memory (unless --max-memory is given) and every core for
    its OCR; None with one job (a retry would run as the first run did)."""
    return limits(args, 1) if jobs > 1 else None
