"""The ``thidua`` command: one subcommand per module in :mod:`thidua.commands`."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from thidua import __version__
from thidua.commands import COMMANDS
from thidua.messages import say


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thidua",
        description="Turn Vietnamese emulation-and-commendation plans into plan records.",
    )
    parser.add_argument("--version", action="version", version=f"thidua {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug detail")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    try:
        return int(args.run(args))
    except KeyboardInterrupt:  # the pool has stopped its workers on the way up
        say(None, "interrupted; what was finished is kept (run again to go on)")
        return 130


if __name__ == "__main__":
    sys.exit(main())
