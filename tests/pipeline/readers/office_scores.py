"""Score plans rendered as real-world files (office_fixtures.py) with the shared scoring.

For each plan (a .txt with its hand-made gold: the seeds and corpora/variants)
and each kind of file, the file goes through the whole pipeline
(``extract_file``) and the records of a kind are scored against the gold, as
``thidua eval`` does; ``txt`` is the reference every other kind should equal.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from office_fixtures import (
    WordPlan,
    mixed_pdf,
    render_portal,
    render_word,
    scan_pdf,
    soffice,
    stamped_scan,
)
from reader_fixtures import SEEDS

from outputs.scoring import DocScore

VARIANTS = Path(__file__).resolve().parents[3] / "corpora" / "variants"
TEXT_KINDS = ["txt", "word-docx", "word-pdf", "word-doc", "portal-html"]
SCAN_KINDS = ["scan200-stamped", "scan300-stamped-color", "mixed-pdf"]


def sources() -> dict[str, tuple[Path, Path]]:
    """Plan name -> (.txt, gold .json) for the seeds and the variants that have gold."""
    out = {}
    for folder in (SEEDS, VARIANTS):
        for txt in sorted(folder.glob("*.txt")):
            gold = folder.parent / "gold" / f"{txt.stem}.json" if folder == SEEDS else None
            gold = gold or folder / "gold" / f"{txt.stem}.json"
            if gold.exists():
                out[txt.stem] = (txt, gold)
    return out


def _signer(plan: WordPlan) -> str | None:
    lines = [ln.replace("*", "").strip() for ln in plan.signature if ln.strip()]
    return lines[-1] if lines else None


def _seal(plan: WordPlan) -> str:
    body = " ".join(plan.left[:2]) or "ỦY BAN NHÂN DÂN"
    return " ".join(body.replace("*", "").split())[:34]


class Renderer:
    """Builds every kind of file for a set of plans in ``work``, LibreOffice in one run."""

    def __init__(self, work: Path, names: dict[str, tuple[Path, Path]]) -> None:
        self.work = work
        self.names = names
        self.plans = {
            n: WordPlan.parse(t.read_text(encoding="utf-8")) for n, (t, _) in names.items()
        }
        self.docx = {n: render_word(p, work / f"{n}.docx") for n, p in self.plans.items()}
        self._pdf: dict[str, Path] = {}
        self._doc: dict[str, Path] = {}

    def pdf(self, name: str) -> Path:
        if not self._pdf:
            outdir = self.work / "pdf"
            outdir.mkdir(exist_ok=True)
            made = soffice(list(self.docx.values()), "pdf", outdir)
            self._pdf = dict(zip(self.docx, made, strict=True))
        return self._pdf[name]

    def doc(self, name: str) -> Path:
        if not self._doc:
            outdir = self.work / "doc"
            outdir.mkdir(exist_ok=True)
            made = soffice(list(self.docx.values()), "doc:MS Word 97", outdir)
            self._doc = dict(zip(self.docx, made, strict=True))
        return self._doc[name]

    def _scan(
        self, name: str, dpi: int, grayscale: bool, pages: list[int] | None = None
    ) -> list[bytes]:
        plan = self.plans[name]
        return stamped_scan(
            self.pdf(name),
            _signer(plan) or "\uffff",
            _seal(plan),
            dpi=dpi,
            grayscale=grayscale,
            pages=pages,
        )

    def make(self, kind: str, name: str) -> Path:
        out = self.work / kind
        out.mkdir(exist_ok=True)
        makers: dict[str, Callable[[], Path]] = {
            "txt": lambda: Path(shutil.copy(self.names[name][0], out / f"{name}.txt")),
            "word-docx": lambda: self.docx[name],
            "word-pdf": lambda: self.pdf(name),
            "word-doc": lambda: self.doc(name),
            "portal-html": lambda: render_portal(self.plans[name], out / f"{name}.html", name),
            "scan200-stamped": lambda: scan_pdf(
                self._scan(name, 200, True), out / f"{name}.pdf", 200
            ),
            "scan300-stamped-color": lambda: scan_pdf(
                self._scan(name, 300, False), out / f"{name}.pdf", 300
            ),
            "mixed-pdf": lambda: self._mixed(name, out),
        }
        return makers[kind]()

    def _mixed(self, name: str, out: Path) -> Path:
        """The text PDF with its last page (the signed one) scanned at 300 dpi."""
        import pypdfium2 as pdfium

        pdf = self.pdf(name)
        last = len(pdfium.PdfDocument(str(pdf))) - 1
        scanned = scan_pdf(self._scan(name, 300, True, [last]), out / f"{name}.scan.pdf", 300)
        return mixed_pdf(pdf, scanned, [last], out / f"{name}.pdf")


def score_kinds(
    work: Path, kinds: list[str], names: list[str] | None = None
) -> dict[str, dict[str, DocScore]]:
    """Per kind, the shared scoring of each plan's record: {kind: {plan: DocScore}}."""
    from outputs.scoring import score_record
    from pipeline.extract import extract_file

    every = sources()
    chosen = {n: every[n] for n in (names or list(every))}
    renderer = Renderer(work, chosen)
    scores: dict[str, dict[str, DocScore]] = {}
    for kind in kinds:
        preds = work / kind / "pred"
        preds.mkdir(parents=True, exist_ok=True)
        scores[kind] = {}
        for name, (_, gold_file) in chosen.items():
            record = extract_file(renderer.make(kind, name))
            (preds / f"{name}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            scores[kind][name] = score_record(gold, record, name)
    return scores


def misses(score: DocScore) -> list[str]:
    """The fields of one document that are not right."""
    out = [name for name, r in score.scalars.items() if not r.correct]
    out += [f"{name} F1 {r.f1:.2f}" for name, r in score.lists.items() if r.counted and r.f1 < 1]
    return out


def overall(scores: dict[str, DocScore]) -> float:
    return sum(s.overall for s in scores.values()) / max(1, len(scores))
