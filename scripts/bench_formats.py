"""Benchmark the read stage: OCR seconds per page and characters per second of the text paths.

    python scripts/bench_formats.py [--ocr-pages N] [--repeat R]
    python scripts/bench_formats.py --scores [--kinds K ...] [--plans P ...] [--keep DIR]

Fixtures are rendered from the five seeds and the reader tests' own plan
(tests/pipeline/readers/reader_fixtures.py), so the figures can be rerun on
any machine. OCR is compared with bare Tesseract on the same page images,
run with the same parallelism (one process per core, OMP_THREAD_LIMIT=1).
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "pipeline" / "readers")]

from PIL import Image  # noqa: E402
from reader_fixtures import (  # noqa: E402
    OWN_PLAN,
    SEEDS,
    Plan,
    images_to_pdf,
    rasterise,
    render_docx,
    render_html,
    render_pdf,
)

from pipeline.readers import RawText, read  # noqa: E402
from pipeline.readers.docx import read_docx  # noqa: E402
from pipeline.readers.html import read_html  # noqa: E402
from pipeline.readers.options import ReadOptions  # noqa: E402
from pipeline.readers.pdf import read_pdf  # noqa: E402


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    tess = subprocess.run(["tesseract", "--version"], capture_output=True, text=True).stdout
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, " + (
        tess.splitlines()[0] if tess else "no tesseract"
    )


def timed(fn: Callable[[], list[RawText]], repeat: int) -> tuple[float, list[RawText]]:
    best, out = float("inf"), []
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - start)
    return best, out


def text_paths(tmp: Path, repeat: int) -> None:
    plans = [Plan.parse(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    plans.append(Plan.parse(OWN_PLAN.read_text(encoding="utf-8")))
    pdfs = [render_pdf(p, tmp / f"p{i}.pdf") for i, p in enumerate(plans)]
    docxs = [render_docx(p, tmp / f"p{i}.docx") for i, p in enumerate(plans)]
    htmls = [render_html(p, tmp / f"p{i}.html") for i, p in enumerate(plans)]
    opts = ReadOptions()
    pages = sum(len(read(p).page_starts) for p in pdfs)
    rows = [
        ("PDF, pypdfium2 (default)", lambda: [read_pdf(p, p.read_bytes(), opts) for p in pdfs]),
        (
            "PDF, pdfplumber engine",
            lambda: [read_pdf(p, p.read_bytes(), opts, engine="pdfplumber") for p in pdfs],
        ),
        ("DOCX, python-docx", lambda: [read_docx(p, p.read_bytes(), opts) for p in docxs]),
        ("HTML, lxml", lambda: [read_html(p, p.read_bytes()) for p in htmls]),
    ]
    print(f"\ntext paths ({len(plans)} plans, {pages} PDF pages; best of {repeat})")
    print(f"  {'path':28} {'chars':>8} {'seconds':>8} {'chars/s':>10} {'ms/page':>8}")
    for name, fn in rows:
        seconds, raws = timed(fn, repeat)
        chars = sum(len(r.text) for r in raws)
        per_page = f"{1000 * seconds / pages:8.1f}" if name.startswith("PDF") else "       -"
        print(f"  {name:28} {chars:8d} {seconds:8.3f} {chars / seconds:10.0f} {per_page}")


def cpu_seconds() -> float:
    """CPU time of this process and of its reaped children (Tesseract, OCR workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def bare_tesseract(images: list[Path], workers: int, psm: int) -> tuple[float, float]:
    """(wall, CPU) seconds of plain `tesseract IMAGE stdout` on every page."""
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def one(image: Path) -> None:
        cmd = ["tesseract", str(image), "stdout", "-l", "vie", "--psm", str(psm)]
        cmd += ["-c", "thresholding_method=2", "tsv"]
        subprocess.run(cmd, capture_output=True, env=env, check=True)

    cpu, start = cpu_seconds(), time.perf_counter()
    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(one, images))
    return time.perf_counter() - start, cpu_seconds() - cpu


def pipeline_ocr(scan: Path, opts: ReadOptions) -> tuple[float, float, RawText]:
    cpu, start = cpu_seconds(), time.perf_counter()
    raw = read(scan, opts)
    return time.perf_counter() - start, cpu_seconds() - cpu, raw


def ocr(tmp: Path, n_pages: int, repeat: int) -> None:
    plans = [Plan.parse(OWN_PLAN.read_text(encoding="utf-8"))] + [
        Plan.parse(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))
    ]
    pages: list[bytes] = []
    for i, plan in enumerate(plans):
        pages += rasterise(render_pdf(plan, tmp / f"ocr{i}.pdf"), dpi=300)
        if len(pages) >= n_pages:
            break
    pages = pages[:n_pages]
    pngs = []
    for i, page in enumerate(pages):
        pngs.append(tmp / f"page{i}.png")
        pngs[-1].write_bytes(page)
    scan = images_to_pdf(pages, tmp / "scan.pdf")
    tiff = tmp / "scan.tif"
    frames = [Image.open(io.BytesIO(p)) for p in pages]
    frames[0].save(tiff, "TIFF", save_all=True, append_images=frames[1:], compression="tiff_lzw")
    rendered = []  # what the pipeline OCRs for the PDF: pdfium's rendering of its JPEG pages
    for i, page in enumerate(rasterise(scan, dpi=300)):
        rendered.append(tmp / f"rendered{i}.png")
        rendered[-1].write_bytes(page)
    opts = ReadOptions()
    print(
        f"\nOCR ({n_pages} pages at 300 dpi, {opts.workers} worker process(es), psm {opts.psm};"
        f" best of {repeat}, runs interleaved)"
    )
    runs: dict[str, list[tuple[float, float]]] = {"bare": [], "tiff": [], "bare-pdf": [], "pdf": []}
    raw = None
    for _ in range(repeat):  # interleaved, so that other jobs on the machine weigh on all
        runs["bare"].append(bare_tesseract(pngs, opts.workers, opts.psm))
        wall, cpu, raw = pipeline_ocr(tiff, opts)
        runs["tiff"].append((wall, cpu))
        runs["bare-pdf"].append(bare_tesseract(rendered, opts.workers, opts.psm))
        wall, cpu, raw = pipeline_ocr(scan, opts)
        runs["pdf"].append((wall, cpu))
    best = {k: (min(r[0] for r in v), min(r[1] for r in v)) for k, v in runs.items()}
    labels = {
        "bare": "bare tesseract, PNG files",
        "tiff": "pipeline, same pages as TIFF",
        "bare-pdf": "bare tesseract, PDF pages as PNG",
        "pdf": "pipeline, scanned PDF (+render)",
    }
    print(f"  {'':32} {'wall s/page':>12} {'CPU s/page':>11} {'× bare (wall/CPU)':>18}")
    for key, label in labels.items():
        wall, cpu = best[key]
        bare_wall, bare_cpu = best["bare-pdf" if key == "pdf" else "bare"]
        ratio = f"{wall / bare_wall:.2f} / {cpu / bare_cpu:.2f}"
        print(f"  {label:32} {wall / n_pages:12.2f} {cpu / n_pages:11.2f} {ratio:>18}")
    if raw is not None:
        print(f"  mean confidence per page: {raw.page_confidence}")


def scores(kinds: list[str], plans: list[str] | None, keep: str | None) -> None:
    """Shared scoring of every plan with gold rendered as each kind of real-world file."""
    from office_scores import misses, overall, score_kinds

    work = Path(keep or tempfile.mkdtemp(prefix="thidua-scores-"))
    work.mkdir(parents=True, exist_ok=True)
    table = score_kinds(work, kinds, plans)
    names = list(next(iter(table.values())))
    print(f"\nshared scoring per kind of file ({len(names)} plans; records under {work})")
    print(f"  {'kind':24} {'overall':>8}  " + "  ".join(n[:14] for n in names))
    reference = table.get("txt")
    for kind, docs in table.items():
        cells = "  ".join(f"{docs[n].overall:14.3f}" for n in names)
        print(f"  {kind:24} {overall(docs):8.3f}  {cells}")
    for kind, docs in table.items():
        for name, doc in docs.items():
            lost = [m for m in misses(doc) if reference is None or m not in misses(reference[name])]
            if lost:
                print(f"  {kind} {name}: {'; '.join(lost)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ocr-pages", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--ocr-repeat", type=int, default=3)
    parser.add_argument("--no-ocr", action="store_true")
    parser.add_argument("--scores", action="store_true", help="shared scoring per kind of file")
    parser.add_argument(
        "--kinds", nargs="*", default=["txt", "word-docx", "word-pdf", "portal-html"]
    )
    parser.add_argument("--plans", nargs="*", default=None)
    parser.add_argument("--keep", default=None, help="directory for the files and records")
    args = parser.parse_args()
    if args.scores:
        scores(args.kinds, args.plans, args.keep)
        return
    print("machine:", machine())
    with tempfile.TemporaryDirectory(prefix="thidua-bench-") as tmp:
        text_paths(Path(tmp), args.repeat)
        if not args.no_ocr:
            ocr(Path(tmp), args.ocr_pages, args.ocr_repeat)


if __name__ == "__main__":
    main()
