"""Score renderings of the seeds (PDF, DOCX, HTML, scans) with the shared scoring.

Each rendering goes through the whole pipeline (``extract_file``); its record
is written under ``<out>/<kind>/<seed>.json`` and the directory is scored
against the gold records, as ``thidua eval`` does.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from reader_fixtures import (
    SEEDS,
    Plan,
    images_to_pdf,
    rasterise,
    render_docx,
    render_html,
    render_pdf,
)

GOLD = SEEDS.parent / "gold"


def _scan(dpi: int, degrade: bool) -> Callable[[Plan, Path], Path]:
    def make(plan: Plan, path: Path) -> Path:
        clean = render_pdf(plan, path.with_suffix(".text.pdf"))
        if degrade:
            pages = rasterise(clean, dpi=dpi, skew=2.5, noise=10, blur=0.7, jpeg=70)
        else:
            pages = rasterise(clean, dpi=dpi)
        return images_to_pdf(pages, path, dpi=dpi)

    return make


RENDERERS: dict[str, Callable[[Plan, Path], Path]] = {
    "txt": lambda plan, path: shutil.copy(SEEDS / f"{path.stem}.txt", path.with_suffix(".txt")),
    "pdf": lambda plan, path: render_pdf(plan, path.with_suffix(".pdf")),
    "docx": lambda plan, path: render_docx(plan, path.with_suffix(".docx")),
    "html": lambda plan, path: render_html(plan, path.with_suffix(".html")),
    "scan300": _scan(300, degrade=False),
    "scan200-degraded": _scan(200, degrade=True),
}


def score_formats(out: Path, kinds: list[str], seeds: list[str] | None = None) -> dict[str, float]:
    """Overall score per kind of rendering (and the records under ``out``)."""
    from outputs.scoring import score_dir
    from pipeline.extract import extract_file

    names = seeds or sorted(p.stem for p in SEEDS.glob("*.txt"))
    scores: dict[str, float] = {}
    for kind in kinds:
        inputs, preds, gold = out / kind / "in", out / kind / "pred", out / kind / "gold"
        for folder in (inputs, preds, gold):
            folder.mkdir(parents=True, exist_ok=True)
        for name in names:
            plan = Plan.parse((SEEDS / f"{name}.txt").read_text(encoding="utf-8"))
            path = Path(RENDERERS[kind](plan, inputs / f"{name}.pdf"))
            record = extract_file(path)
            (preds / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
            shutil.copy(GOLD / f"{name}.json", gold / f"{name}.json")
        overall = score_dir(gold, preds).overall
        scores[kind] = float(overall or 0.0)
    return scores
