"""Run the hostile set through ``thidua ingest --jobs 2`` and print the figures of issue 12.

    python scripts/bench_hostile.py [--work /tmp/hostile] [--tiny 5000] [--jobs 2]
                                    [--stop-at-gb 6] [--stop-after 900] [-- INGEST-OPTIONS]

Builds the set with ``scripts/hostile_set.py`` (unless ``--work`` already holds it),
then ingests it on a fresh store as a real subprocess and reports: wall time, peak
memory of the whole run (the ingest process and every descendant — workers,
OCR and LibreOffice processes — summed RSS sampled every 50 ms), the slowest
inputs, every file's status and reason, whether a traceback reached the output and
whether the ordinary plan was stored; then the same for ``--tiny`` small files
(files per second). ``--stop-at-gb`` / ``--stop-after`` stop a run from outside
(process group killed) so that measuring the unbounded state cannot take the
machine down; a stopped run is reported as such.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile_set


def tree_rss(root: psutil.Process) -> int:
    """Summed RSS of ``root`` and all its descendants."""
    total = 0
    try:
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    for proc in procs:
        try:
            total += proc.memory_info().rss
        except psutil.NoSuchProcess:
            continue
    return total


def run_ingest(
    folder: Path, work: Path, jobs: int, extra: list[str], stop_bytes: int, stop_after: float
) -> dict:
    db = work / f"{folder.name}.db"
    for leftover in work.glob(f"{folder.name}.db*"):
        leftover.unlink()
    report = work / f"{folder.name}.report.json"
    cmd = ["thidua", "ingest", str(folder), "--db", str(db), "--jobs", str(jobs), "--report"]
    cmd += [str(report), *extra]
    started = time.monotonic()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=err, stderr=err, start_new_session=True)
        root = psutil.Process(proc.pid)
        peak, stopped = 0, None
        while proc.poll() is None:
            peak = max(peak, tree_rss(root))
            elapsed = time.monotonic() - started
            if peak > stop_bytes or elapsed > stop_after:
                stopped = f"stopped from outside at {peak / 2**30:.1f} GB, {elapsed:.0f} s"
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                break
            time.sleep(0.05)
        seconds = time.monotonic() - started
        err.seek(0)
        output = err.read().decode("utf-8", "replace")
    rows = []
    if db.exists():
        with sqlite3.connect(db) as con:
            rows = con.execute(
                "SELECT path, status, reason, extract_seconds FROM sources ORDER BY path"
            ).fetchall()
    return {
        "files": sum(1 for p in folder.rglob("*") if p.is_file()),
        "seconds": round(seconds, 1),
        "peak_gb": round(peak / 2**30, 2),
        "stopped": stopped,
        "exit": proc.returncode,
        "traceback": "Traceback" in output,
        "rows": rows,
        "report": json.loads(report.read_text()) if report.exists() else None,
    }


def show(title: str, result: dict, slowest: int = 8) -> None:
    print(f"\n== {title}")
    print(
        f"{result['files']} files, {result['seconds']} s wall, peak memory {result['peak_gb']} GB, "
        f"exit {result['exit']}, traceback: {'YES' if result['traceback'] else 'no'}"
    )
    if result["stopped"]:
        print(f"RUN {result['stopped']}")
    rows = result["rows"]
    print(f"{len(rows)} file(s) with a status; {result['files'] / result['seconds']:.2f} files/s")
    timed = sorted((r for r in rows if r[3] is not None), key=lambda r: -r[3])
    for path, status, reason, secs in timed[:slowest]:
        print(f"  {secs:8.2f} s  {Path(path).name:28} {status:8} {reason or ''}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "hostile")
    parser.add_argument("--tiny", type=int, default=5000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--stop-at-gb", type=float, default=6.0)
    parser.add_argument("--stop-after", type=float, default=900.0)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("ingest_options", nargs="*", help="passed to thidua ingest (after --)")
    args = parser.parse_args()
    hostile = args.work / "set"
    if not (hostile / "ordinary-plan.txt").exists():
        hostile_set.build(hostile)
    stop = int(args.stop_at_gb * 2**30)
    results = {}
    results["hostile"] = run_ingest(
        hostile, args.work, args.jobs, args.ingest_options, stop, args.stop_after
    )
    show("hostile set", results["hostile"])
    for path, status, reason, _ in results["hostile"]["rows"]:
        print(f"  {Path(path).name:28} {status:8} {reason or ''}")
    plan = [r for r in results["hostile"]["rows"] if r[0].endswith("ordinary-plan.txt")]
    print(f"ordinary plan stored: {bool(plan and plan[0][1] in ('ok', 'partial'))}")
    if args.tiny:
        tiny = args.work / "tiny"
        if len(list(tiny.glob("*"))) != args.tiny:
            hostile_set.tiny_set(tiny, args.tiny)
        results["tiny"] = run_ingest(
            tiny, args.work, args.jobs, args.ingest_options, stop, args.stop_after
        )
        show(f"{args.tiny} small files", results["tiny"], slowest=3)
    if args.json:
        for r in results.values():
            r.pop("report", None)
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
