"""``thidua ingest PATH... [--db thidua.db]``: files and folders into the corpus store."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from pipeline.errors import StoreVersionError
from pipeline.ingest import Executor, ingest, write_report
from pipeline.store import DEFAULT_DB, open_store
from thidua.commands.inputs import add_input_arguments, add_limit_arguments, limits, retry_limits


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "ingest",
        help="extract files and folders into the corpus store (SQLite)",
        description="Extract every file under PATH into the store. Files already stored with "
        "the same content and extractor version are skipped (unchanged). Each document is "
        "committed on its own, so a killed run resumes where it stopped when run again. "
        "The exit code is 1 if any file failed.",
    )
    add_input_arguments(parser)
    parser.add_argument("--db", default=DEFAULT_DB, help=f"the store (default: ./{DEFAULT_DB})")
    parser.add_argument(
        "--jobs",
        type=int,
        default=os.cpu_count() or 1,
        help="worker processes on this machine (default: the number of cores)",
    )
    parser.add_argument(
        "--executor",
        choices=("local", "dask"),
        default="local",
        help="local worker processes, or an existing Dask cluster (--scheduler)",
    )
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="Dask scheduler address")
    add_limit_arguments(parser)
    parser.add_argument(
        "--retry-failed",
        action="store_true",
        help="extract again files that failed in an earlier run with the same content",
    )
    parser.add_argument(
        "--prune",
        action="store_true",
        help="forget stored files under PATH that no longer exist (and their records)",
    )
    parser.add_argument(
        "--report",
        type=Path,
        help="JSON run report (default: the store's name with .report.json)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from outputs.store_views import refresh_labels

    if args.executor == "dask" and not args.scheduler:
        print("thidua: --executor dask needs --scheduler tcp://HOST:PORT", file=sys.stderr)
        return 2
    executor: Executor
    if args.executor == "dask":
        from pipeline.ingest.dask_exec import DaskExecutor

        executor = DaskExecutor(args.scheduler, limits=limits(args, jobs=1))
    else:
        from pipeline.ingest.local import LocalExecutor

        executor = LocalExecutor(
            args.jobs, limits=limits(args, args.jobs), retry=retry_limits(args, args.jobs)
        )
    missing = [str(p) for p in args.paths if not p.exists()]
    if len(missing) == len(args.paths):
        # nothing to read: say so before a store is created for nothing
        print(f"thidua ingest: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        store = open_store(args.db)
    except StoreVersionError as exc:
        print(f"thidua: {exc}", file=sys.stderr)
        return 2
    try:
        with store:
            report = ingest(
                args.paths,
                store,
                executor,
                include=args.include,
                exclude=args.exclude,
                retry_failed=args.retry_failed,
                prune=args.prune,
            )
            refresh_labels(store.conn)  # the labels the SQL views join
    finally:
        from pipeline.ingest.local import stop_helpers

        stop_helpers()  # nothing the run started outlives the command
    report_path = args.report or Path(args.db).with_suffix(".report.json")
    write_report(report, report_path)
    print(report.summary(), file=sys.stderr)
    print(f"run report: {report_path}", file=sys.stderr)
    return 1 if report.failed else 0
