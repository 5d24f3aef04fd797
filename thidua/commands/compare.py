"""``thidua compare --provinces A,B[,C,D] --out DIR [--xlsx FILE]``: provinces side by side."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from outputs.errors import CompareError, CorpusError
from thidua.commands.export import add_source_arguments, load_corpus


def provinces_argument(value: str) -> list[str]:
    """``"Huế, Đà Nẵng"`` → ``["Huế", "Đà Nẵng"]``."""
    names = [v.strip() for v in value.split(",") if v.strip()]
    if not names:
        raise argparse.ArgumentTypeError("give province names separated by commas")
    return names


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "compare",
        help="set 2 to 4 provinces' plans side by side (report page and workbook sheet)",
        description="Write the HTML report to DIR with a page compare.html that sets the "
        "provinces' plans side by side — documents, issuer, movements, central bases, award "
        "forms, quotas by occasion, deadlines — each value linked to its sentence; with "
        "--xlsx, also the workbook with a sheet of the same comparison.",
    )
    add_source_arguments(parser)
    parser.add_argument(
        "--provinces",
        required=True,
        type=provinces_argument,
        metavar="A,B[,C,D]",
        help="province names as the tables show them (or GSO codes), comma-separated",
    )
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="site folder")
    parser.add_argument("--xlsx", type=Path, metavar="FILE", help="also write the workbook")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from outputs.compare import compare  # pandas: imported when needed
    from outputs.report import write_report
    from outputs.tables import build_tables
    from outputs.workbook import write_workbook

    try:
        corpus = load_corpus(args)
        comparison = compare(list(corpus.plans), args.provinces, args.lang)
    except (CorpusError, CompareError) as exc:
        print(f"thidua compare: {exc}", file=sys.stderr)
        return 2
    tables = build_tables(corpus.plans, corpus.failures, lang=args.lang)
    write_report(corpus, args.out, lang=args.lang, tables=tables, comparison=comparison)
    print(f"comparison: {args.out / 'compare.html'}")
    if args.xlsx:
        path = write_workbook(tables, args.xlsx, corpus.info, args.lang, comparison)
        print(f"workbook: {path}")
    return 0
