"""``thidua extract PATH... --out DIR``: one plan record per input file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from thidua.commands.inputs import add_input_arguments


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "extract",
        help="write one plan record (JSON) per input file",
        description="Extract a plan record from each file. Files that fail are reported "
        "on stderr and the others are still written; the exit code is 1 if any failed.",
    )
    add_input_arguments(parser)
    parser.add_argument(
        "--out",
        required=True,
        help="directory for <input stem>.json files, or '-' for JSON lines on stdout",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from pipeline.errors import InputError  # imported here: `thidua --help` stays fast
    from pipeline.extract import extract_file
    from pipeline.ingest.discover import discover

    to_stdout = args.out == "-"
    out_dir = None if to_stdout else Path(args.out)
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    files, missing = discover(args.paths, args.include, args.exclude)
    failed = len(missing)
    for path in missing:
        print(
            f"thidua: {path}: cannot be read (no such file or folder) — check the path",
            file=sys.stderr,
        )
    for path in files:
        try:
            record = extract_file(path)
        except InputError as exc:
            failed += 1
            print(f"thidua: {exc}", file=sys.stderr)
            continue
        if out_dir is None:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            target = out_dir / f"{path.stem}.json"
            tmp = target.with_suffix(".json.tmp")
            tmp.write_text(json.dumps(record, ensure_ascii=False, indent=1), encoding="utf-8")
            tmp.replace(target)
    if failed:
        print(f"thidua: {failed} of {len(files) + len(missing)} file(s) failed", file=sys.stderr)
    return 1 if failed else 0
