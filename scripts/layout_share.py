"""The layout stage's share of extraction time (issue 10: "≤ 10 % of extraction time").

    python scripts/layout_share.py [--plans 200] [--repeat 3] [--real]

Extracts the benchmark's plans (the seed and sample plans of 10 KB or more, varied as
``scripts/bench.py`` varies them) in this process and times, in CPU seconds, the whole
``build_record`` of each and the calls into the layout stage inside it: the passes of
``extractors/layout/`` that ``extractors/text/repair.py`` runs (one-line documents, the
header's canonical form, flattened columns, the authority line, closings in pipe rows
and in columns, header repairs, space-padded columns) and the header cells that
``extractors/segment/structure.py`` reads once. ``--real`` adds the fixtures of
``corpora/real-layouts`` (damaged layouts, where the stage has most to do). CPU time,
unlike wall time, is not skewed by other jobs on the machine.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import bench  # noqa: E402  (the benchmark's corpus: same sources, same variation)

from extractors.segment import structure  # noqa: E402
from extractors.text import repair  # noqa: E402
from pipeline.extract import build_record  # noqa: E402
from pipeline.readers import RawText  # noqa: E402

LAYOUT_MODULES = ("extractors.layout.",)
# the closing's column passes live in the text room but are layout work
LAYOUT_NAMES = frozenset({"split_tabbed_closing", "split_flattened_closing"})

spent: dict[str, float] = defaultdict(float)


def _timed(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> Any:
        started = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[fn.__name__] += time.process_time() - started

    return run


def _is_layout(fn: Any) -> bool:
    module = getattr(fn, "__module__", "") or ""
    return module.startswith(LAYOUT_MODULES) or getattr(fn, "__name__", "") in LAYOUT_NAMES


def instrument() -> list[str]:
    """Wrap every layout entry point the repair passes and the segmenter call."""
    names = []
    repair._PASSES = tuple(_timed(p) if _is_layout(p) else p for p in repair._PASSES)
    names += [p.__name__ for p in repair._PASSES if _is_layout(p)]
    for module, attr in (
        (repair, "split_tabbed_closing"),
        (repair, "split_padded_header"),
        (structure, "read_cells"),
    ):
        setattr(module, attr, _timed(getattr(module, attr)))
        names.append(attr)
    return names


def texts(plans: int, real: bool) -> list[tuple[str, str]]:
    """(set, text) of the benchmark's varied plans, and the real-layouts fixtures."""
    rng = random.Random(0)
    sources, provinces = bench._sources(), bench._provinces()
    out = [("plans", bench.vary(*sources[i % len(sources)], rng, provinces)) for i in range(plans)]
    if real:
        folder = ROOT / "corpora" / "real-layouts"
        paths = sorted(folder.glob("*.txt"))
        out += [("real-layouts", p.read_text(encoding="utf-8")) for p in paths]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--plans", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--real", action="store_true")
    args = parser.parse_args()
    entries = instrument()
    docs = texts(args.plans, args.real)
    build_record(RawText(text=docs[0][1], format="txt"), "warm.txt", "0")  # models loaded
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for _ in range(args.repeat):
        for name, text in docs:
            spent.clear()
            started = time.process_time()
            build_record(RawText(text=text, format="txt"), "x.txt", "0")
            row = totals[name]
            row[0] += time.process_time() - started
            row[1] += sum(spent.values())
            row[2] += 1
            row[3] += len(text.encode())
            for key, value in spent.items():
                totals[f"{name}:{key}"][1] += value
    print(f"layout entry points timed: {', '.join(entries)}")
    print("| set | documents | mean KB | extraction CPU ms/doc | layout CPU ms/doc | share |")
    print("|---|---|---|---|---|---|")
    for name in dict.fromkeys(n for n, _ in docs):
        cpu, layout, n, size = totals[name]
        print(
            f"| {name} | {int(n / args.repeat)} | {size / n / 1000:.1f} | {cpu / n * 1000:.1f} "
            f"| {layout / n * 1000:.2f} | {layout / cpu:.1%} |"
        )
        parts = sorted(
            ((k.split(":", 1)[1], v[1]) for k, v in totals.items() if k.startswith(name + ":")),
            key=lambda kv: -kv[1],
        )
        print("  " + ", ".join(f"{k} {v / n * 1000:.2f} ms" for k, v in parts[:6]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
