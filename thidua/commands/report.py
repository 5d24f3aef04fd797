"""``thidua report --out DIR [--db PATH]``: the static HTML review report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from outputs.errors import CorpusError
from thidua.commands.export import add_source_arguments, load_corpus


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "report",
        help="write the HTML report: comparison tables and one review page per document",
        description="Render a static site (works offline from file://): sortable, "
        "filterable comparison tables, and a review page per document with every "
        "extracted value highlighted in its text and linked both ways.",
    )
    add_source_arguments(parser)
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="site folder")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from outputs.report import write_report  # pandas: imported when needed

    try:
        corpus = load_corpus(args)
    except CorpusError as exc:
        print(f"thidua: {exc}", file=sys.stderr)
        return 2
    index = write_report(corpus, args.out, lang=args.lang)
    print(f"report: {index}")
    return 0
