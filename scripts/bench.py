"""Benchmark of `thidua ingest`: build a corpus, ingest it, print the figures.

    python scripts/bench.py [--plans 2000] [--small 200] [--pages 20] [--work out/bench]

The corpus is made by varying the shared seed plans and the sample plans in
``corpora/samples``: the province (name in the header and body), the
document number and the dates are substituted, so every plan is distinct
bytes and goes through the whole extraction. Scanned pages are rendered from
the same texts with Pillow and written as PNG.

Measured, each run as a real ``thidua ingest`` subprocess on a fresh store:
documents/s and MB/s for the text path with 1 and 2 workers, peak memory
(the ingest process and its workers, summed RSS sampled every 50 ms) for
``--small`` and ``--plans`` plans, the store size, and OCR pages/s against
Tesseract's own time on the same pages.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import os
import platform
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pipeline.ingest.work import children_cpu_seconds

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("THIDUA_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "corpus" / "gold"
SAMPLES = ROOT / "corpora" / "samples"
PROVINCES = ROOT / "extractors" / "data" / "provinces.csv"

_VN_DATE = re.compile(r"ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})")
_NUM_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(20\d{2})\b")
_NUMBER = re.compile(r"(Số:?\s*)(\d{1,4})")


def _provinces() -> list[str]:
    with PROVINCES.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return [row["name"] for row in rows]


MIN_BYTES = 10_000  # the benchmark is about ~20 KB plans; shorter samples are left out


def _sources() -> list[tuple[str, str | None]]:
    """(text, province name it mentions) of the seed and sample plans of 10 KB or more."""
    out: list[tuple[str, str | None]] = []
    for seed in sorted(SEEDS.glob("*.txt")):
        gold = GOLD / f"{seed.stem}.json"
        province = None
        if gold.is_file():
            province = (
                json.loads(gold.read_text(encoding="utf-8"))["document"].get("province") or {}
            ).get("name")
        out.append((seed.read_text(encoding="utf-8"), province))
    for sample in sorted(SAMPLES.glob("*.txt")) if SAMPLES.is_dir() else []:
        out.append((sample.read_text(encoding="utf-8"), None))
    return [(text, province) for text, province in out if len(text.encode()) >= MIN_BYTES]


def vary(text: str, province: str | None, rng: random.Random, provinces: list[str]) -> str:
    """One variant of a plan: another province, number and dates."""
    if province:
        other = rng.choice([p for p in provinces if p != province])
        text = text.replace(province, other).replace(province.upper(), other.upper())
    text = _NUMBER.sub(lambda m: f"{m.group(1)}{rng.randint(1, 999):02d}", text)
    year = rng.choice((2019, 2020, 2021, 2022, 2023))
    text = _VN_DATE.sub(
        lambda m: f"ngày {rng.randint(1, 28):02d} tháng {m.group(2)} năm {year}", text
    )
    return _NUM_DATE.sub(lambda m: f"{rng.randint(1, 28)}/{m.group(2)}/{m.group(3)}", text)


def build_corpus(out: Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` distinct text plans into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    sources = _sources()
    provinces = _provinces()
    paths = []
    for i in range(n):
        text, province = sources[i % len(sources)]
        path = out / f"plan-{i:05d}.txt"
        path.write_text(vary(text, province, rng, provinces), encoding="utf-8")
        paths.append(path)
    return paths


def build_scans(out: Path, pages: int, seed: int = 0) -> list[Path]:
    """Render ``pages`` A4 pages of plan text at 300 dpi as one-page PNG scans."""
    from PIL import Image, ImageDraw, ImageFont

    out.mkdir(parents=True, exist_ok=True)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 40)
    rng = random.Random(seed)
    sources, provinces = _sources(), _provinces()
    paths = []
    for i in range(pages):
        text, province = sources[i % len(sources)]
        lines = [ln for ln in vary(text, province, rng, provinces).splitlines() if ln.strip()]
        image = Image.new("L", (2480, 3508), 255)
        draw = ImageDraw.Draw(image)
        y = 200
        for line in lines[:80]:
            for k in range(0, len(line), 85):
                draw.text((200, y), line[k : k + 85], font=font, fill=0)
                y += 58
                if y > 3300:
                    break
            if y > 3300:
                break
        path = out / f"scan-{i:03d}.png"
        image.save(path)
        paths.append(path)
    return paths


# --- measuring ---------------------------------------------------------------


def _tree_rss(proc) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """RSS of the ingest process alone and of it with all its descendants."""
    import psutil

    try:
        own = proc.memory_info().rss
        total = own
        for child in proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
        return own, total
    except psutil.Error:
        return 0, 0


def run_ingest(folder: Path, db: Path, jobs: int, extra: tuple[str, ...] = ()) -> dict:
    """One `thidua ingest` subprocess on a fresh store; its report plus memory and size."""
    import psutil

    for leftover in db.parent.glob(db.name + "*"):
        leftover.unlink()
    report_path = db.with_suffix(".report.json")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [
        sys.executable,
        "-m",
        "thidua",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--jobs",
        str(jobs),
        "--report",
        str(report_path),
        *extra,
    ]
    load_before = os.getloadavg()[0]
    started = time.monotonic()
    with open(db.with_suffix(".log"), "w") as log:
        popen = subprocess.Popen(cmd, env=env, stderr=log, stdout=log)
        proc = psutil.Process(popen.pid)
        peak_own = peak_total = 0
        while popen.poll() is None:
            own, total = _tree_rss(proc)
            peak_own, peak_total = max(peak_own, own), max(peak_total, total)
            time.sleep(0.05)
    wall = time.monotonic() - started
    report = json.loads(report_path.read_text(encoding="utf-8"))
    done = report["counts"].get("ok", 0) + report["counts"].get("partial", 0)
    store = sum(p.stat().st_size for p in db.parent.glob(db.name + "*") if p.suffix != ".json")
    return {
        "jobs": jobs,
        "documents": done,
        "failed": report["counts"].get("failed", 0),
        "seconds": report["seconds"],
        "wall_seconds": round(wall, 2),
        # per document, in the workers: their own CPU and that of the Tesseracts they ran
        "extract_cpu_seconds": report.get("extract_cpu_seconds", 0.0),
        "subprocess_cpu_seconds": report.get("subprocess_cpu_seconds", 0.0),
        "docs_per_s": round(done / report["seconds"], 2),
        "mb_per_s": round(report["extracted_bytes"] / 1e6 / report["seconds"], 3),
        "ocr_pages": report["ocr_pages"],
        "ocr_pages_per_s": round(report["ocr_pages"] / report["seconds"], 3),
        "peak_rss_ingest_mb": round(peak_own / 2**20, 1),
        "peak_rss_total_mb": round(peak_total / 2**20, 1),
        "store_mb": round(store / 1e6, 1),
        "extract_seconds": report["extract_seconds"],
        # per worker, from the workers' own CPU time: what other jobs on the machine do not skew
        "cpu_docs_per_s_per_worker": round(done / report["extract_cpu_seconds"], 2)
        if report.get("extract_cpu_seconds")
        else None,
        # other jobs on the machine: the 1-minute load average before and after the run
        "load_before_after": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def tesseract_seconds(images: list[Path]) -> tuple[float, float]:
    """Tesseract's own wall and CPU seconds for the pages, one process at a time, with the
    reader's settings."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    cpu_before = children_cpu_seconds()
    started = time.monotonic()
    for image in images:
        subprocess.run(
            # the reader's own call (pipeline/readers/ocr.py): psm 4, Sauvola thresholding, TSV
            [
                "tesseract",
                str(image),
                "-",
                "-l",
                "vie",
                "--psm",
                "4",
                "-c",
                "thresholding_method=2",
                "tsv",
            ],
            env=env,
            check=True,
            capture_output=True,
        )
    return time.monotonic() - started, children_cpu_seconds() - cpu_before


def machine() -> str:
    import psutil

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next(ln.split(":", 1)[1].strip() for ln in fh if ln.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return (
        f"{cpu}, {os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB RAM, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )


def bench_text(work: Path, args: argparse.Namespace, results: dict, runs: dict) -> None:
    """Text path: 1 and 2 workers on the big corpus, 2 workers on the small one."""
    big = work / f"text-{args.plans}"
    small = work / f"text-{args.small}"
    if not big.is_dir():
        build_corpus(big, args.plans, seed=1)
    if not small.is_dir():
        build_corpus(small, args.small, seed=2)
    sizes = [p.stat().st_size for p in big.iterdir()]
    results["mean_plan_kb"] = round(sum(sizes) / len(sizes) / 1024, 1)
    print(f"corpus: {args.plans} plans, mean {results['mean_plan_kb']} KB", flush=True)
    for name, folder, jobs in (
        ("text_1_worker", big, 1),
        ("text_2_workers", big, 2),
        ("text_small_2_workers", small, 2),
    ):
        runs[name] = run_ingest(folder, work / f"{name}.db", jobs)
        print(name, json.dumps(runs[name]), flush=True)
    one, two = runs["text_1_worker"], runs["text_2_workers"]
    results["speedup_2_workers"] = round(two["docs_per_s"] / one["docs_per_s"], 2)
    results["memory_ratio_big_vs_small"] = round(
        two["peak_rss_total_mb"] / runs["text_small_2_workers"]["peak_rss_total_mb"], 2
    )


def bench_ocr(work: Path, pages: int, results: dict, runs: dict) -> None:
    """OCR path: wall time with 1 and 2 workers, and the pipeline's CPU per page against
    Tesseract's own on the same pages.

    The pipeline's CPU is what the workers spend on the documents (reading, deskew,
    layout, repair, extraction) plus the CPU of the Tesseract processes they run; the
    one-off start-up of a worker is not charged to the pages. CPU time, unlike wall
    time, is not inflated by other jobs on a shared machine.
    """
    scans = work / f"scans-{pages}"
    if not scans.is_dir():
        build_scans(scans, pages)
    images = sorted(scans.glob("*.png"))
    wall, cpu = tesseract_seconds(images)
    results["tesseract_seconds_per_page"] = round(wall / len(images), 3)
    results["tesseract_cpu_seconds_per_page"] = round(cpu / len(images), 3)
    for jobs in (1, 2):
        name = f"ocr_{jobs}_worker{'s' if jobs > 1 else ''}"
        runs[name] = run_ingest(scans, work / f"{name}.db", jobs)
        print(name, json.dumps(runs[name]), flush=True)
    one = runs["ocr_1_worker"]
    if one["ocr_pages"]:
        per_page_cpu = (one["extract_cpu_seconds"] + one["subprocess_cpu_seconds"]) / one[
            "ocr_pages"
        ]
        results["ocr_cpu_seconds_per_page"] = round(per_page_cpu, 3)
        results["ocr_cpu_overhead_vs_tesseract"] = round(
            per_page_cpu / results["tesseract_cpu_seconds_per_page"] - 1, 3
        )
        per_page_wall = one["seconds"] / one["ocr_pages"]
        results["ocr_seconds_per_page_1_worker"] = round(per_page_wall, 3)
        results["ocr_overhead_vs_tesseract"] = round(
            per_page_wall / results["tesseract_seconds_per_page"] - 1, 3
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plans", type=int, default=2000, help="0 skips the text runs")
    parser.add_argument("--small", type=int, default=200)
    parser.add_argument("--pages", type=int, default=20, help="0 skips the OCR runs")
    parser.add_argument("--work", type=Path, default=None, help="kept if given, else a temp dir")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "bench.json")
    args = parser.parse_args()

    work = args.work or Path(tempfile.mkdtemp(prefix="thidua-bench-"))
    results: dict = {"machine": machine(), "plans": args.plans, "small": args.small}
    runs: dict = {}
    try:
        if args.plans:
            bench_text(work, args, results, runs)
        if args.pages:
            bench_ocr(work, args.pages, results, runs)
        results["runs"] = runs
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    print(table(results))
    return 0


def table(results: dict) -> str:
    """The figures as a Markdown table (what the README keeps)."""
    runs = results["runs"]
    rows = [
        "| run | docs | docs/s | MB/s | docs per worker CPU-s | OCR pages/s "
        "| peak RSS ingest / total (MB) | store (MB) | load avg before/after |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, r in runs.items():
        rows.append(
            f"| {name} | {r['documents']} | {r['docs_per_s']} | {r['mb_per_s']} | "
            f"{'–' if r['ocr_pages'] else r.get('cpu_docs_per_s_per_worker')} | "
            f"{r['ocr_pages_per_s'] if r['ocr_pages'] else '–'} | "
            f"{r['peak_rss_ingest_mb']} / {r['peak_rss_total_mb']} | {r['store_mb']} | "
            f"{' / '.join(str(x) for x in r.get('load_before_after', []))} |"
        )
    rows.append("")
    if "speedup_2_workers" in results:
        rows.append(
            f"2 workers vs 1: ×{results['speedup_2_workers']}; peak memory {results['plans']} "
            f"vs {results['small']} plans: ×{results['memory_ratio_big_vs_small']}"
        )
    if "ocr_overhead_vs_tesseract" in results:
        rows.append(
            f"OCR wall: {results['ocr_seconds_per_page_1_worker']} s/page in ingest vs "
            f"{results['tesseract_seconds_per_page']} s/page for Tesseract alone "
            f"({results['ocr_overhead_vs_tesseract']:+.0%})"
        )
        rows.append(
            f"OCR CPU: {results['ocr_cpu_seconds_per_page']} s/page in ingest vs "
            f"{results['tesseract_cpu_seconds_per_page']} s/page for Tesseract alone "
            f"({results['ocr_cpu_overhead_vs_tesseract']:+.0%})"
        )
    rows.append(f"machine: {results['machine']}")
    return "\n".join(rows)


if __name__ == "__main__":
    sys.exit(main())
