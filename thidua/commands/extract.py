"""``thidua extract PATH... --out DIR``: one plan record per input file.

Each file is extracted in a worker process of :mod:`pipeline.ingest.local`,
the pool ``thidua ingest`` uses: the same time and memory limits, the same
reasons, and a file that crashes, hangs or outgrows its worker fails alone
while the others are still written.

Records name their source relative to the input root (the folder all inputs
are under), as every output of ``ingest`` shows it. With ``--out DIR`` each
record is ``DIR/<path under the root, extension replaced by .json>``: stable
from run to run and unique — inputs that would share a name (``plan.pdf`` and
``plan.docx``) keep their extension (``plan.pdf.json``, ``plan.docx.json``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pipeline.errors import path_text
from pipeline.ingest import Executor, smallest_first
from pipeline.ingest.discover import discover, source_root
from pipeline.ingest.limits import Limits
from pipeline.ingest.work import Outcome, Task
from thidua.commands.inputs import add_input_arguments, add_limit_arguments, limits, retry_limits
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
        help="directory for the records, or '-' for JSON lines on stdout; each input gets "
        "DIR/<its path under the folder all inputs are under>.json (inputs that would share "
        "a name keep their extension: plan.pdf.json, plan.docx.json)",
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


def record_names(rel: dict[str, Path]) -> dict[str, Path]:
    """The record file of each input from its path under the input root (``rel``):
    ``.json`` for its extension, or after it where two would otherwise share a name."""
    names = {f: r.with_suffix(".json") for f, r in rel.items()}
    while clashes := _clashing(names):
        for f in clashes:  # a full name is unique; one may clash with a shortened one
            names[f] = rel[f].with_name(rel[f].name + ".json")
    return names


def _clashing(names: dict[str, Path]) -> list[str]:
    seen: dict[Path, list[str]] = {}
    for f, name in names.items():
        seen.setdefault(name, []).append(f)
    full = {f for f, name in names.items() if name.name == Path(f).name + ".json"}
    return [f for group in seen.values() if len(group) > 1 for f in group if f not in full]


def make_executor(jobs: int, limits: Limits, retry: Limits | None = None) -> Executor:
    """The worker pool of ``thidua ingest`` (started only when there is a file to do)."""
    from pipeline.ingest.local import LocalExecutor

    return LocalExecutor(jobs, limits=limits, retry=retry)


def run(args: argparse.Namespace) -> int:
    from pipeline.ingest.local import stop_helpers

    try:
        return _run(args)
    finally:
        stop_helpers()  # nothing the run started outlives the command


def _run(args: argparse.Namespace) -> int:
    to_stdout = args.out == "-"
    out_dir = None if to_stdout else Path(args.out)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    files, missing = discover(args.paths, args.include, args.exclude)
    failed = len(missing)
    for path in missing:
        say(path, "cannot be read (no such file or folder)", "check the path")
    root = source_root([str(p) for p in files]) or ""
    rel = {str(p): p.relative_to(root) for p in files}
    names = record_names(rel)
    # small files first, as ingest does: a slow file does not hold back the quick ones
    executor = make_executor(args.jobs, limits(args, args.jobs), retry_limits(args, args.jobs))
    outcomes = executor.run(_tasks(smallest_first(files)))
    if out_dir is None:  # JSON lines keep the input order
        outcomes = in_order(outcomes, [str(p) for p in files])
    written = 0
    for outcome in outcomes:
        if outcome.record is None:
            failed += 1
            say(outcome.path, outcome.reason or "failed", outcome.hint)
            continue
        # relative to the input root, as every output of ingest shows it
        outcome.record["source"]["path"] = path_text(rel[outcome.path])
        if out_dir is None:
            line = json.dumps(outcome.record, ensure_ascii=False) + "\n"
            sys.stdout.write(line.encode("utf-8", "backslashreplace").decode("utf-8"))
            sys.stdout.flush()
        else:
            target = out_dir / names[outcome.path]
            target.parent.mkdir(parents=True, exist_ok=True)
            write_record(outcome.record, target)
            written += 1
    if written:
        say(None, f"{written} record(s) written under {out_dir}, named by their path under {root}")
    if failed:
        say(None, f"{failed} of {len(files) + len(missing)} file(s) failed")
    return 1 if failed else 0
