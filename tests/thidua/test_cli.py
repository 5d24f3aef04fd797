"""The ``thidua`` command itself: quick to start, plain about what it did."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.ingest import RunReport
from pipeline.ingest.progress import Progress
from thidua.cli import main

HEAVY = ("pandas", "spacy", "underthesea", "pipeline.extract", "outputs.tables", "outputs.report")


def test_cli_help_imports_no_heavy_module() -> None:
    """``thidua --help`` builds every parser without pandas, spaCy or the extractors."""
    code = (
        "import sys, contextlib, io\n"
        "from thidua.cli import build_parser\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        build_parser().parse_args(['--help'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("command", ["extract", "ingest", "export", "report", "eval", "compare"])
def test_cli_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    assert command in capsys.readouterr().out


def test_cli_ingest_missing_path_creates_no_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "store.db"
    assert main(["ingest", str(tmp_path / "nope"), "--db", str(db)]) == 2
    assert not db.exists()
    assert "no such file or folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("statuses", "rate_shown"),
    [
        (["unchanged"] * 5, False),
        (["unchanged", "ok", "partial"], True),
        (["failed"], True),
    ],
)
def test_progress_rate_only_when_something_was_extracted(
    statuses: list[str], rate_shown: bool
) -> None:
    out = io.StringIO()
    progress = Progress(len(statuses), out, tty=False, every=0)
    for status in statuses:
        progress.update(status)
    last = out.getvalue().splitlines()[-1]
    assert last.startswith(f"ingest: {len(statuses)}/{len(statuses)} (")
    assert ("docs/s" in last) is rate_shown


@pytest.mark.parametrize(
    ("counts", "first_line"),
    [
        ({"unchanged": 5}, "unchanged 5: nothing changed since the last run"),
        ({"ok": 2, "unchanged": 3}, "ingested 5 file(s) in 1.5 s: ok 2, unchanged 3"),
    ],
)
def test_run_report_summary_of_a_rerun(counts: dict[str, int], first_line: str) -> None:
    report = RunReport(
        run_id=1,
        db="t.db",
        extractor_version="x",
        executor="local",
        jobs=1,
        files=sum(counts.values()),
        counts=counts,
        seconds=1.5,
    )
    summary = report.summary()
    assert summary.splitlines()[0] == first_line
    assert "docs/s" not in summary
