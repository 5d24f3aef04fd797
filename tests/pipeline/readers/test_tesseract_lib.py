"""Tesseract's library in the process: the same output as the CLI, its time limit, its
fallback to the CLI, one engine per process and per set of variables."""

from __future__ import annotations

import io
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from reader_fixtures import rasterise

from pipeline.errors import OcrFailure
from pipeline.readers import tesseract_lib
from pipeline.readers.tesseract import parse_tsv, pnm, recognise, run_tesseract

SAUVOLA = (("thresholding_method", "2"),)


@pytest.fixture(scope="module")
def page(rendered: dict[str, Path]):
    """The top half of the plan's first page, scanned at 300 dpi (header, title, a list)."""
    from PIL import Image

    image = Image.open(io.BytesIO(rasterise(rendered["pdf"], dpi=300)[0])).convert("L")
    return image.crop((0, 0, image.width, image.height // 2))


@pytest.fixture
def library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THIDUA_OCR_ENGINE", raising=False)
    if tesseract_lib.engine() is None:
        pytest.skip("libtesseract is not installed")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("psm", "variables", "tsv"),
    [(4, SAUVOLA, True), (4, (), True), (6, (), False)],
)
def test_recognise_library_reads_what_the_cli_reads(
    library: None, page, psm: int, variables: tuple[tuple[str, str], ...], tsv: bool
) -> None:
    extra = tuple(a for name, value in variables for a in ("-c", f"{name}={value}"))
    by_cli = run_tesseract(pnm(page), psm, 60, (*extra, "tsv") if tsv else extra)
    by_library = recognise(page, psm, 60, variables, tsv=tsv)
    assert by_library == by_cli  # byte for byte, the TSV header included
    if tsv:
        lines, confidences = parse_tsv(by_library, *page.size)
        assert len(lines.lines) >= 5 and min(confidences) >= 0
    else:
        assert "KẾ HOẠCH" in by_library or "CỘNG HÒA" in by_library


@pytest.mark.slow
def test_recognise_library_keeps_nothing_from_the_page_before(library: None, page) -> None:
    from PIL import Image

    first = recognise(page, 4, 60, SAUVOLA, tsv=True)
    blank = recognise(Image.new("L", page.size, 255), 4, 60, SAUVOLA, tsv=True)
    assert len(blank.splitlines()) == 2  # the header and the page's own row: no words
    assert recognise(page, 4, 60, SAUVOLA, tsv=True) == first


def test_recognise_library_over_its_time_is_a_failure(library: None, page) -> None:
    top = page.crop((0, 0, page.width, 400))
    first = recognise(top, 4, 60, SAUVOLA, tsv=True)
    with pytest.raises(OcrFailure, match="more than 0 s"):
        recognise(page, 4, 0.001, SAUVOLA, tsv=True)
    # the engine is cleared after the failure: the next page reads as it did before
    assert recognise(top, 4, 60, SAUVOLA, tsv=True) == first


def test_engine_one_a_set_of_variables(library: None) -> None:
    assert tesseract_lib.engine(SAUVOLA) is tesseract_lib.engine(SAUVOLA)
    assert tesseract_lib.engine(SAUVOLA) is not tesseract_lib.engine(())


def test_engine_refuses_an_unknown_variable(library: None) -> None:
    assert tesseract_lib.engine((("no_such_variable_here", "1"),)) is None


def test_engine_none_when_the_cli_is_asked_for(monkeypatch: pytest.MonkeyPatch, page) -> None:
    monkeypatch.setenv("THIDUA_OCR_ENGINE", "cli")
    assert tesseract_lib.engine(SAUVOLA) is None
    tsv = recognise(page.crop((0, 0, page.width, 600)), 4, 60, SAUVOLA, tsv=True)
    assert tsv.startswith(tesseract_lib.TSV_HEADER + "\n")  # the CLI's own output


def test_engine_none_without_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THIDUA_OCR_ENGINE", raising=False)
    monkeypatch.setattr(tesseract_lib, "_lib", [None])
    assert tesseract_lib.engine(SAUVOLA) is None


def _made_in_child(queue: Any) -> None:
    queue.put(len(tesseract_lib._made))
    tesseract_lib.engine(SAUVOLA)
    queue.put(len(tesseract_lib._made))


def test_engine_a_forked_process_makes_its_own(library: None) -> None:
    tesseract_lib.engine(SAUVOLA)
    before = len(tesseract_lib._made)
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_made_in_child, args=(queue,))
    child.start()
    child.join(60)
    assert (queue.get(timeout=5), queue.get(timeout=5)) == (before, before + 1)


def test_library_limits_openmp_and_leaves_the_environment_as_it_was(library: None) -> None:
    probe = (
        "import ctypes, os\n"
        "from pipeline.readers import tesseract_lib\n"
        "assert tesseract_lib._library() is not None\n"
        "print(ctypes.CDLL('libgomp.so.1').omp_get_thread_limit(),"
        " os.environ.get('OMP_THREAD_LIMIT'))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert done.stdout.split() == ["1", "None"]
