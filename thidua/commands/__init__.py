"""Subcommands of ``thidua``; each module has ``register(subparsers)``.

Each ``register`` adds its parser and sets ``run=<function(args) -> exit code>``.
"""

from __future__ import annotations

from thidua.commands import compare, evaluate, export, extract, ingest, report

COMMANDS = [extract, evaluate, ingest, export, report, compare]
