"""OCR accuracy per scan profile: the reader against bare Tesseract, and the records' score.

    python scripts/bench_ocr.py [--docs NAME ...] [--texts FILE.txt ...] [--profiles NAME ...]
        [--keep DIR]

Each seed (or ``--docs``, or any corpus plans given by ``--texts``, scored against the
``gold/`` folder beside them) is rendered in every profile of ``scan_profiles.py``.
For each profile the table gives the character error rate of the reader's text
and of bare ``tesseract -l vie`` (the better of its default ``--psm 3`` and
``--psm 4`` with Sauvola thresholding, per document) against the text of the
rendered PDF; the shared scoring of the records against the seeds' gold (what
``thidua eval`` reports; the records are kept under ``DIR/pred/<profile>``);
and seconds per page of the reader and of bare Tesseract with the reader's
settings, run with the same parallelism one after the other.

What the time ratio compares: *bare* is the plain ``tesseract PAGE.png stdout -l
vie --psm 4 -c thresholding_method=2`` command, one process a page, on the page
images the scans were made of; *the reader* is ``read()`` on the scanned file
itself (render, measure, prepare, deskew, Tesseract's library in the process with
TSV output, layout, repairs). ``--rounds N`` times only, in N interleaved rounds
(bare, then the reader, one worker each: CPU seconds of this process and its
children); ``--cli-too`` times the reader a second time in each round with the
command instead of the library (``THIDUA_OCR_ENGINE=cli``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent), str(HERE.parent / "tests" / "pipeline" / "readers")]

from reader_fixtures import cer  # noqa: E402
from scan_profiles import PROFILES, build  # noqa: E402

from outputs.scoring import score_record  # noqa: E402
from pipeline.errors import InputError  # noqa: E402
from pipeline.extract import build_record  # noqa: E402
from pipeline.readers import read  # noqa: E402
from pipeline.readers.options import ReadOptions  # noqa: E402

SEEDS = Path("/work/shared/corpus/seeds")
RAW_CONFIGS = {
    "psm3": ["--psm", "3"],
    "psm4-sauvola": ["--psm", "4", "-c", "thresholding_method=2"],
}
TIMED_CONFIG = "psm4-sauvola"  # the reader's own settings


@dataclass
class Row:
    """One profile's figures, summed over its documents."""

    pages: int = 0
    chars: int = 0
    reader_errors: float = 0.0
    raw_errors: dict[str, float] = field(default_factory=dict)
    raw_best: float = 0.0
    overall: list[float] = field(default_factory=list)
    reader_seconds: float = 0.0
    raw_seconds: float = 0.0
    notes: Counter[str] = field(default_factory=Counter)


def bare_tesseract(images: list[Path], args: list[str], workers: int) -> tuple[str, float]:
    """Text of plain ``tesseract IMAGE stdout -l vie ARGS`` over the pages, and wall seconds."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(image: Path) -> str:
        cmd = ["tesseract", str(image), "stdout", "-l", "vie", *args]
        return subprocess.run(cmd, capture_output=True, env=env, check=True, text=True).stdout

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        texts = list(pool.map(one, images))
    return "\n".join(texts), time.perf_counter() - start


def _note_kind(warning: str) -> str:
    """A reader warning without its page and figures: 'page 2: deskewed by +3.1°' -> 'deskewed'."""
    text = warning.split(": ", 1)[1] if warning.startswith("page ") else warning
    return " ".join(w for w in text.split() if not any(c.isdigit() for c in w))[:60]


def bench_profile(work: Path, profile: str, golds: dict[str, Path], workers: int) -> Row:
    """The profile's figures over the documents ``golds`` (name -> its gold record), with
    one line a document as it is done."""
    row = Row()
    preds = work / "pred" / profile
    preds.mkdir(parents=True, exist_ok=True)
    for name, gold_file in golds.items():
        truth = (work / f"{name}.truth.txt").read_text(encoding="utf-8").replace("\f", "\n")
        scanned = next((work / profile).glob(f"{name}.*"))
        images = sorted((work / profile / name).iterdir())
        row.pages += len(images)
        row.chars += len(" ".join(truth.split()))
        start = time.perf_counter()
        try:
            raw = read(scanned, ReadOptions(workers=workers))
        except InputError as exc:
            print(f"  {profile} {name}: {exc}")
            row.reader_errors += len(" ".join(truth.split()))
            row.overall.append(0.0)
            continue
        row.reader_seconds += time.perf_counter() - start
        row.reader_errors += cer(truth, raw.text) * len(" ".join(truth.split()))
        notes = map(_note_kind, [*raw.warnings, *raw.notes])
        row.notes.update(k for k in notes if not k.startswith("OCR repair"))
        digest = hashlib.sha256(scanned.read_bytes()).hexdigest()
        record = build_record(raw, source_path=str(scanned), sha256=digest)
        (preds / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
        score = float("nan")
        if gold_file.exists():
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            score = score_record(gold, record, name).overall
            row.overall.append(score)
        errors = {}
        for config, args in RAW_CONFIGS.items():
            text, seconds = bare_tesseract(images, args, workers)
            errors[config] = cer(truth, text) * len(" ".join(truth.split()))
            row.raw_errors[config] = row.raw_errors.get(config, 0.0) + errors[config]
            if config == TIMED_CONFIG:
                row.raw_seconds += seconds
        row.raw_best += min(errors.values())
        size = max(1, len(" ".join(truth.split())))
        print(
            f"    {profile} {name[:48]}: {len(images)} p, CER reader"
            f" {100 * cer(truth, raw.text):.2f}%, bare {100 * min(errors.values()) / size:.2f}%,"
            f" overall {score:.3f}",
            flush=True,
        )
    return row


def _cpu() -> float:
    """CPU seconds of this process and of its children that have ended (Tesseract runs)."""
    import resource

    own, kids = (resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def time_rounds(
    work: Path, profile: str, docs: list[str], rounds: int, cli_too: bool = False
) -> None:
    """Bare Tesseract (text out, the reader's settings) and the reader (one worker) on the
    same pages, one after the other in ``rounds`` rounds: CPU seconds a page and their ratio
    each round (CPU holds under other sessions' load; wall time does not); with ``cli_too``
    the reader once more with the Tesseract command instead of its library."""
    scans = [next((work / profile).glob(f"{name}.*")) for name in docs]
    images = [img for name in docs for img in sorted((work / profile / name).iterdir())]
    ratios = []
    for k in range(rounds):
        start = _cpu()
        bare_tesseract(images, RAW_CONFIGS[TIMED_CONFIG], 1)
        bare = _cpu() - start
        mine = _read_cpu(scans)
        ratios.append(mine / bare)
        line = f"  round {k + 1}: {len(images)} pages, CPU s/page bare {bare / len(images):.3f},"
        line += f" reader {mine / len(images):.3f}, ratio {ratios[-1]:.3f}"
        if cli_too:
            by_cli = _read_cpu(scans, {"THIDUA_OCR_ENGINE": "cli"})
            line += f"; reader by the command {by_cli / len(images):.3f}, {by_cli / bare:.3f}"
        print(f"{line} (load {os.getloadavg()[0]:.1f})", flush=True)
    print(f"  {profile} CPU ratio: min {min(ratios):.3f}, max {max(ratios):.3f}")


def _read_cpu(scans: list[Path], env: dict[str, str] | None = None) -> float:
    """CPU seconds of reading the scans with one worker (``env`` set meanwhile)."""
    saved = {name: os.environ.get(name) for name in env or {}}
    os.environ.update(env or {})
    try:
        start = _cpu()
        for scanned in scans:
            read(scanned, ReadOptions(workers=1))
        return _cpu() - start
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def report(rows: dict[str, Row]) -> None:
    head = f"  {'profile':15} {'pages':>5} {'CER reader':>10} {'CER tess':>9} {'Δ pt':>6}"
    head += f" {'psm3':>6} {'psm4S':>6} {'overall':>8} {'s/page':>7} {'tess':>6} {'×':>5}"
    print(head)
    for name, r in rows.items():
        chars = max(1, r.chars)
        reader, best = 100 * r.reader_errors / chars, 100 * r.raw_best / chars
        by_config = [100 * r.raw_errors.get(c, 0.0) / chars for c in RAW_CONFIGS]
        overall = sum(r.overall) / len(r.overall) if r.overall else float("nan")
        pages = max(1, r.pages)
        ratio = r.reader_seconds / r.raw_seconds if r.raw_seconds else float("nan")
        line = f"  {name:15} {r.pages:5d} {reader:9.2f}% {best:8.2f}% {reader - best:+6.2f}"
        line += "".join(f" {c:5.2f}%" for c in by_config)
        line += f" {overall:8.3f} {r.reader_seconds / pages:7.2f} {r.raw_seconds / pages:6.2f}"
        print(line + f" {ratio:5.2f}")
    for name, r in rows.items():
        notes = ", ".join(f"{k} ×{n}" for k, n in r.notes.most_common(6))
        print(f"  {name}: {notes}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", nargs="*", default=None, help="seed names (default: all)")
    parser.add_argument(
        "--texts", nargs="*", type=Path, default=None, help="other plans (gold/ beside them)"
    )
    parser.add_argument("--profiles", nargs="*", default=list(PROFILES), choices=list(PROFILES))
    parser.add_argument("--keep", default=None, help="directory for the scans and records")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--workers", type=int, default=ReadOptions().workers)
    parser.add_argument("--reuse", action="store_true", help="the scans already under --keep")
    parser.add_argument("--rounds", type=int, default=0, help="only time the profiles, N rounds")
    parser.add_argument(
        "--cli-too", action="store_true", help="--rounds: the reader with the CLI too"
    )
    args = parser.parse_args()
    texts = args.texts or sorted(SEEDS.glob("*.txt"))
    if args.docs:
        texts = [t for t in texts if any(t.stem.startswith(d) for d in args.docs)]
    work = Path(args.keep or tempfile.mkdtemp(prefix="thidua-bench-ocr-"))
    if not args.reuse:
        build(texts, args.profiles, work, args.seed, "word")
    print(f"scans and records under {work}; {len(texts)} document(s), {args.workers} worker(s)")
    if args.rounds:
        for profile in args.profiles:
            time_rounds(work, profile, [t.stem for t in texts], args.rounds, args.cli_too)
        return
    gold_dir = (lambda t: t.parent / "gold") if args.texts else (lambda t: SEEDS.parent / "gold")
    golds = {t.stem: gold_dir(t) / f"{t.stem}.json" for t in texts}
    rows = {}
    for profile in args.profiles:
        rows[profile] = bench_profile(work, profile, golds, args.workers)
        report({profile: rows[profile]})  # as soon as it is done: a stopped run keeps it
    print("all profiles:")
    report(rows)


if __name__ == "__main__":
    main()
