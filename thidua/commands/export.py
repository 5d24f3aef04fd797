"""``thidua export --xlsx FILE [--lang vi|en] [--db PATH]``: the comparison tables."""

from __future__ import annotations

import argparse
import sys
from functools import partial
from pathlib import Path

from outputs.errors import CorpusError
from outputs.plans import Corpus, from_records_dir, from_store
from pipeline.store import DEFAULT_DB


def add_source_arguments(parser: argparse.ArgumentParser) -> None:
    """``--db`` (the store) or ``--records`` (a ``thidua extract`` folder)."""
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--db", default=DEFAULT_DB, help=f"the store (default: ./{DEFAULT_DB})")
    source.add_argument(
        "--records", type=Path, metavar="DIR", help="read plan records written by `thidua extract`"
    )
    parser.add_argument(
        "--lang", choices=("vi", "en"), default="vi", help="headers and labels (default: vi)"
    )


def load_corpus(args: argparse.Namespace) -> Corpus:
    return from_records_dir(args.records) if args.records else from_store(args.db)


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="write the comparison tables as a workbook and/or CSV, Parquet, JSONL",
        description="Build the comparison tables from the store and write them. "
        "The workbook has a cover sheet, Vietnamese (or English) headers and an "
        "evidence id on every value; CSV/Parquet/JSONL use the stable column keys.",
    )
    add_source_arguments(parser)
    parser.add_argument("--xlsx", type=Path, metavar="FILE", help="the workbook to write")
    parser.add_argument("--csv", type=Path, metavar="DIR", help="one <table>.csv per table")
    parser.add_argument(
        "--csv-raw",
        action="store_true",
        help="write CSV text cells as they are (by default a cell starting with = + - @, tab "
        "or CR gets a ' in front, so a spreadsheet shows it instead of running it)",
    )
    parser.add_argument("--parquet", type=Path, metavar="DIR", help="one <table>.parquet each")
    parser.add_argument("--jsonl", type=Path, metavar="DIR", help="one <table>.jsonl each")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from outputs.table_writers import write_csv, write_jsonl, write_parquet
    from outputs.tables import build_tables
    from outputs.workbook import write_workbook  # pandas: imported when needed

    if not (args.xlsx or args.csv or args.parquet or args.jsonl):
        print(
            "thidua export: nothing to write — give --xlsx, --csv, --parquet or --jsonl",
            file=sys.stderr,
        )
        return 2
    try:
        corpus = load_corpus(args)
    except CorpusError as exc:
        print(f"thidua: {exc}", file=sys.stderr)
        return 2
    tables = build_tables(corpus.plans, corpus.failures, lang=args.lang)
    if args.xlsx:
        print(f"workbook: {write_workbook(tables, args.xlsx, corpus.info, lang=args.lang)}")
    for folder, writer in (
        (args.csv, partial(write_csv, raw=args.csv_raw)),
        (args.parquet, write_parquet),
        (args.jsonl, write_jsonl),
    ):
        if folder:
            writer(tables, folder)
            print(f"tables: {folder}/ ({len(tables)} files)")
    return 0
