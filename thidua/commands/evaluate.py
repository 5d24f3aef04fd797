"""``thidua eval --gold DIR --pred DIR [--json FILE]``: the shared scoring."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from outputs.scoring import score_dir
from outputs.scoring_report import render_table, report_dict


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "eval",
        help="score plan records against gold records",
        description="Score DIR/<stem>.json predictions against every gold <stem>.json, "
        "following ../shared/corpus/README.md. A missing prediction scores 0. The exit "
        "code is 0 whatever the score (it is a measurement), 2 for bad arguments.",
    )
    parser.add_argument("--gold", required=True, type=Path, metavar="DIR")
    parser.add_argument("--pred", required=True, type=Path, metavar="DIR")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the figures here")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    for label, folder in (("--gold", args.gold), ("--pred", args.pred)):
        if not folder.is_dir():
            print(f"thidua eval: {label} {folder}: no such directory", file=sys.stderr)
            return 2
    if not any(args.gold.glob("*.json")):
        print(f"thidua eval: --gold {args.gold}: no <stem>.json gold files", file=sys.stderr)
        return 2
    try:
        report = score_dir(args.gold, args.pred)
    except ValueError as exc:
        print(f"thidua eval: {exc}", file=sys.stderr)
        return 2
    for warning in report.warnings:
        print(f"thidua eval: {warning}", file=sys.stderr)
    sys.stdout.write(render_table(report))
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(report_dict(report), ensure_ascii=False, indent=1)
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0
