"""Input limits of the read stage: each hostile file of issue 12 gets a reason (or is read
with a warning) before the expensive step, and ordinary plans are not touched."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.readers import read
from pipeline.readers.base import RawText
from pipeline.readers.limits import check_size, limit_text
from pipeline.readers.options import ReadOptions

_SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "hostile_set.py"
_spec = importlib.util.spec_from_file_location("hostile_set", _SCRIPT)
assert _spec and _spec.loader
hostile_set = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hostile_set)


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    hostile_set.build(folder, small=True)
    return folder


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("blank-14400pt.pdf", "page 1 is 14400 × 14400 pt, over the limit of 5000 pt a side"),
        ("giant-userunit.pdf", "over the limit of 5000 pt a side"),
        ("page-tree-loop.pdf", "page 2 of the PDF cannot be loaded"),
        ("no-body.docx", "the Word file has no body"),
    ],
)
def test_read_refuses_hostile_files_with_a_reason(hostile: Path, name: str, reason: str) -> None:
    started = time.monotonic()
    with pytest.raises(InputError) as err:
        read(hostile / name)
    assert reason in err.value.reason and err.value.hint
    assert time.monotonic() - started < 5  # refused before the expensive step


@pytest.mark.parametrize(
    "name",
    [
        "gridspan-abc.docx",
        "gridspan-huge.docx",
        "dots-200k.txt",
        "blank-lines-500k.txt",  # blank lines do not count against max_lines
        "ordinary-plan.txt",
    ],
)
def test_read_reads_odd_but_harmless_files(hostile: Path, name: str) -> None:
    raw = read(hostile / name)
    assert "Kế hoạch" in raw.text or "KẾ HOẠCH" in raw.text or "Tập thể" in raw.text


@pytest.mark.parametrize(
    ("name", "options", "reason"),
    [
        ("nested-tables-500.html", ReadOptions(max_html_depth=8), "nests its elements more than 8"),
        ("colspan-64.html", ReadOptions(max_table_cells=1000), "a table of more than 1,000 cells"),
        ("gridspan-huge.docx", ReadOptions(max_table_cells=10), "a table of more than 10 cells"),
        ("huge-50mb.txt", ReadOptions(max_text_bytes=100_000), "over the limit of 0.1 MB"),
        ("ordinary-plan.txt", ReadOptions(max_chars=1000), "over the limit of 1,000"),
        ("ordinary-plan.txt", ReadOptions(max_lines=50), "lines of text, over the limit of 50"),
        ("blank-lines-500k.txt", ReadOptions(max_lines=50), "lines of text, over the limit of 50"),
    ],
)
def test_each_limit_names_its_figure(
    hostile: Path, name: str, options: ReadOptions, reason: str
) -> None:
    with pytest.raises(InputError) as err:
        read(hostile / name, options)
    assert reason in err.value.reason
    assert "THIDUA_" in err.value.hint  # the option that raises it


def test_check_size_leaves_binary_formats_to_their_readers(tmp_path: Path) -> None:
    options = ReadOptions(max_text_bytes=10)
    check_size(tmp_path / "scan.pdf", b"x" * 100, "pdf", options)
    with pytest.raises(InputError, match="over the limit"):
        check_size(tmp_path / "plan.txt", b"x" * 100, "text", options)


@pytest.mark.parametrize(
    ("text", "pages", "expected", "expected_pages"),
    [
        ("ab\n" + "x" * 30 + "\ncd", [0, 3, 34], "ab\n" + "x" * 10 + "\ncd", [0, 3, 14]),
        ("x" * 30 + "\r\n" + "y" * 5, [0, 32], "x" * 10 + "\r\n" + "y" * 5, [0, 12]),
        ("short\nlines\n", [0, 6], "short\nlines\n", [0, 6]),  # nothing over: unchanged
    ],
)
def test_limit_text_cuts_long_lines_and_moves_page_starts(
    text: str, pages: list[int], expected: str, expected_pages: list[int]
) -> None:
    raw = RawText(text, "txt", page_starts=list(pages))
    out = limit_text(Path("plan.txt"), raw, ReadOptions(max_line_chars=10))
    assert (out.text, out.page_starts) == (expected, expected_pages)
    assert bool(out.warnings) == (expected != text)
    if out.warnings:
        assert "30 characters cut to 10" in out.warnings[0]


def test_limit_text_cuts_runs_of_blanks_and_moves_page_starts() -> None:
    text = "Nơi nhận:\n" + "\t" * 1000 + "x\n" + "ab"
    raw = limit_text(
        Path("plan.txt"), RawText(text, "txt", page_starts=[0, len(text) - 2]), ReadOptions()
    )
    assert raw.text == "Nơi nhận:\n" + "\t" * 200 + "x\n" + "ab"
    assert raw.text[raw.page_starts[1] :] == "ab"
    assert raw.notes == ["1 run(s) of spaces or tabs cut to 200"]  # padding: information
    assert raw.warnings == []
    padded = "- Lưu: VT." + " " * 150 + "Nguyễn Văn A"  # a layout's padding is kept
    assert limit_text(Path("p.txt"), RawText(padded, "txt"), ReadOptions()).text == padded
