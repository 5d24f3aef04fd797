"""``thidua extract PATH... --out DIR``: one plan record per input file.

Each file is extracted in a worker process of :mod:`pipeline.ingest.local`,
the pool ``thidua ingest`` uses: the same time and memory limits, the same
reasons, and a file that crashes, hangs or outgrows its worker fails alone
while the others are still written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.ingest import Executor, smallest_first
from pipeline.ingest.discover import discover
from pipeline.ingest.limits import Limits
from pipeline.ingest.work import Outcome, Task
from thidua.commands.inputs import add_input_arguments, add_limit_arguments, limits
from thidua.messages import say


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "extract",
        help="write one plan record (JSON) per input file",
        description="Extract a plan record from each file, each in a worker process under a "
        "time limit. Files that fail are reported on stderr with the reason and the others "
        "are still written; the exit code is 1 if any failed.",
    )
    add_input_arguments(parser)
    parser.add_argument(
        "--out",
        required=True,
        help="directory for <input stem>.json files, or '-' for JSON lines on stdout",
    )
    parser.add_argument(
        "--jobs", type=int, default=1, help="worker processes (default: 1; output order is kept)"
    )
    add_limit_arguments(parser)
    parser.set_defaults(run=run)


def write_record(record: dict[str, Any], target: Path) -> None:
    """Write ``record`` as JSON atomically; no ``.tmp`` is left behind, whatever happens."""
    tmp = target.with_name(target.name + ".tmp")
    try:
        # backslashreplace writes a stray surrogate as a JSON \\u escape: still valid JSON
        text = json.dumps(record, ensure_ascii=False, indent=1)
        tmp.write_text(text, encoding="utf-8", errors="backslashreplace")
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)


def in_order(outcomes: Iterator[Outcome], paths: list[str]) -> Iterator[Outcome]:
    """Outcomes in the order of ``paths``, each as soon as those before it are out."""
    position = {p: i for i, p in enumerate(paths)}
    waiting: dict[int, Outcome] = {}
    following = 0
    for outcome in outcomes:
        waiting[position[outcome.path]] = outcome
        while following in waiting:
            yield waiting.pop(following)
            following += 1
    yield from (waiting[i] for i in sorted(waiting))


def _tasks(files: list[Path]) -> Iterator[Task]:
    for path in files:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0  # the worker reports why it cannot be read
        yield Task(str(path), "", size)


def make_executor(jobs: int, limits: Limits) -> Executor:
    """The worker pool of ``thidua ingest`` (started only when there is a file to do)."""
    from pipeline.ingest.local import LocalExecutor

    return LocalExecutor(jobs, limits=limits)


def run(args: argparse.Namespace) -> int:
    to_stdout = args.out == "-"
    out_dir = None if to_stdout else Path(args.out)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    files, missing = discover(args.paths, args.include, args.exclude)
    failed = len(missing)
    for path in missing:
        say(path, "cannot be read (no such file or folder)", "check the path")
    # small files first, as ingest does: a slow file does not hold back the quick ones
    outcomes = make_executor(args.jobs, limits(args, args.jobs)).run(_tasks(smallest_first(files)))
    if out_dir is None:  # JSON lines keep the input order
        outcomes = in_order(outcomes, [str(p) for p in files])
    for outcome in outcomes:
        if outcome.record is None:
            failed += 1
            say(outcome.path, outcome.reason or "failed", outcome.hint)
        elif out_dir is None:
            line = json.dumps(outcome.record, ensure_ascii=False) + "\n"
            sys.stdout.write(line.encode("utf-8", "backslashreplace").decode("utf-8"))
            sys.stdout.flush()
        else:
            write_record(outcome.record, out_dir / f"{Path(outcome.path).stem}.json")
    if failed:
        say(None, f"{failed} of {len(files) + len(missing)} file(s) failed")
    return 1 if failed else 0
