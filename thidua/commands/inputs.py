"""The input arguments that ``extract`` and ``ingest`` share: paths and name filters."""

from __future__ import annotations

import argparse
from pathlib import Path


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
