"""Extraction time grows (near) linearly with the input, baits of issue 12 included.

Each stage (the reader's limits, repair, segmentation, every extractor, the HTML reader for the
HTML baits) is timed on inputs of 10 and 100 KB — 1,000 KB in the ``slow`` run —
built by repeating real plan text or a bait inside a real plan, and the growth
from one size to the next (10× the input) must stay under :data:`MAX_GROWTH`.
Ratios, not absolute times, so the test holds on a slow machine; times under
:data:`FLOOR` seconds count as the floor (noise).
"""

from __future__ import annotations

import contextlib
import gc
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from extractors.runner import EXTRACTORS
from extractors.segment import structure
from extractors.text.repair import repair
from pipeline.errors import InputError
from pipeline.readers.base import RawText
from pipeline.readers.html import read_html
from pipeline.readers.limits import limit_text
from pipeline.readers.options import ReadOptions

PLAN = (
    Path(__file__).resolve().parents[2]
    / "corpora"
    / "samples"
    / "da-nang_ubnd_ke-hoach-thi-dua-2024.txt"
).read_text(encoding="utf-8")
MAX_GROWTH = 25.0  # for 10× the input: linear is 10, n log n ~13, quadratic 100
FLOOR = 0.05
# the size limits refuse a document before any stage runs; here the stages are timed
_UNCAPPED = ReadOptions(max_chars=10**8, max_lines=10**8)

TEXT_BAITS = {
    "plan text": "",
    "dots": ".",
    "blank lines": "\n",
    "ellipses": "…",
    "combining marks": "\u0301",
    "dotted leaders": "Họ và tên: " + "." * 60 + "\n",
    "tabs": "\t",
    "spaces": " ",
    "numbered items": "1. a\n",  # one heading per line: the outline grew with its square
}


def _text(bait: str, size: int) -> str:
    """``size`` characters: the plan repeated, or the plan with the bait repeated inside."""
    if not bait:
        return (PLAN * (size // len(PLAN) + 1))[:size]
    cut = PLAN.index("\n", len(PLAN) // 3)
    body = (bait * (size // len(bait) + 1))[: max(0, size - len(PLAN))]
    if bait == "\u0301":
        body = "a" + body
    return PLAN[:cut] + "\n" + body + "\n" + PLAN[cut:]


def _stages(text: str) -> dict[str, float]:
    """Seconds spent in each stage on ``text`` (from the reader's limits on, as
    ``pipeline.extract`` runs them)."""
    times = {}
    started = time.perf_counter()
    text = limit_text(Path("bait.txt"), RawText(text, "txt"), _UNCAPPED).text
    times["limits"] = time.perf_counter() - started
    started = time.perf_counter()
    repaired = repair(text)
    times["repair"] = time.perf_counter() - started
    started = time.perf_counter()
    doc = structure.parse(repaired.text, repaired.page_starts)
    times["segment"] = time.perf_counter() - started
    for name, extractor in EXTRACTORS:
        started = time.perf_counter()
        extractor(doc)
        times[name] = time.perf_counter() - started
    return times


def _best(run: Callable[[], dict[str, float]], repeat: int = 2) -> dict[str, float]:
    runs = [_without_gc(run) for _ in range(repeat)]
    return {k: max(FLOOR, min(r[k] for r in runs)) for k in runs[0]}


def _without_gc(run: Callable[[], dict[str, float]]) -> dict[str, float]:
    """``run()`` with the cyclic garbage collector paused: a full collection lands on
    whichever stage happens to allocate when it falls due, and costs the whole heap, so
    with it on one stage's time swung ×3 between runs of the same input (quotas: 0.06 s
    or 0.22 s at 100 KB) and the ratios measured the collector, not the stage."""
    gc.collect()
    gc.disable()
    try:
        return run()
    finally:
        gc.enable()


def _assert_linear(small: dict[str, float], large: dict[str, float], what: str) -> None:
    growth = {k: round(large[k] / small[k], 1) for k in small}
    worst = max(growth, key=lambda k: growth[k])
    assert growth[worst] <= MAX_GROWTH, f"{what}: {worst} grows ×{growth[worst]} for ×10 input"


@pytest.mark.parametrize("bait", list(TEXT_BAITS))
def test_extraction_grows_linearly_10_to_100_kb(bait: str) -> None:
    _stages(_text(TEXT_BAITS[bait], 10_000))  # warm: data files and models loaded
    small = _best(lambda: _stages(_text(TEXT_BAITS[bait], 10_000)))
    large = _best(lambda: _stages(_text(TEXT_BAITS[bait], 100_000)))
    _assert_linear(small, large, bait)


@pytest.mark.slow
@pytest.mark.parametrize("bait", list(TEXT_BAITS))
def test_extraction_of_baits_grows_linearly_to_1000_kb(bait: str) -> None:
    """Plan text included: its outline has thousands of sections at 1 MB, and every
    value's evidence looks its section up (an index, not a scan: ×30–50 before)."""
    small = _best(lambda: _stages(_text(TEXT_BAITS[bait], 100_000)))
    large = _best(lambda: _stages(_text(TEXT_BAITS[bait], 1_000_000)), repeat=1)
    _assert_linear(small, large, bait)


def _html_bait(kind: str, size: int) -> bytes:
    if kind == "nested tables":
        depth = size // 30
        body = "<table><tr><td>" * depth + "thi đua" + "</td></tr></table>" * depth
    else:
        cell = '<td colspan="64" rowspan="64">khen thưởng</td>'
        body = (
            "<table>"
            + ("<tr>" + cell * 50 + "</tr>") * max(1, size // (len(cell) * 50))
            + "</table>"
        )
    prose = "<p>" + PLAN.replace("\n", "</p><p>") + "</p>"
    return f"<html><body>{body}{prose}</body></html>".encode()


def _read_seconds(data: bytes, tmp_path: Path) -> dict[str, float]:
    started = time.perf_counter()
    with contextlib.suppress(InputError):  # refused by a limit: it must be quick too
        read_html(tmp_path / "page.html", data)
    return {"read_html": time.perf_counter() - started}


@pytest.mark.parametrize("kind", ["nested tables", "spans of 64"])
@pytest.mark.parametrize(
    "sizes", [(10_000, 100_000), pytest.param((100_000, 1_000_000), marks=pytest.mark.slow)]
)
def test_html_reader_grows_linearly(kind: str, sizes: tuple[int, int], tmp_path: Path) -> None:
    small = _best(lambda: _read_seconds(_html_bait(kind, sizes[0]), tmp_path))
    large = _best(lambda: _read_seconds(_html_bait(kind, sizes[1]), tmp_path))
    _assert_linear(small, large, kind)
