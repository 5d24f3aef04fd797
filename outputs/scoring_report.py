"""A :class:`~outputs.scoring.Report` as a readable table and as JSON figures."""

from __future__ import annotations

from typing import Any

from outputs.scoring import Report, Tally


def _fmt(value: float | None) -> str:
    return "    –" if value is None else f"{value:5.3f}"


def _tally_dict(tally: Tally, key: str = "accuracy") -> dict[str, Any]:
    return {key: tally.share, "correct": tally.correct, "n": tally.total}


def report_dict(report: Report) -> dict[str, Any]:
    """The report's figures, for ``--json``: the same numbers the table shows."""
    lists = {
        name: {
            "precision": r.precision if r.n_pred else None,
            "recall": r.recall if r.n_gold else None,
            "f1": r.f1 if r.counted else None,
            "matched": r.tp,
            "gold": r.n_gold,
            "predicted": r.n_pred,
        }
        for name, r in report.lists.items()
    }
    docs = [
        {
            "stem": d.stem,
            "prediction_found": d.prediction_found,
            "overall": d.overall,
            "scalar_accuracy": d.scalar_accuracy,
            "list_f1": d.list_f1,
            "grounding": _tally_dict(d.grounding, "share"),
            "scalars": {
                n: {"gold": r.gold, "predicted": r.pred, "correct": r.correct}
                for n, r in d.scalars.items()
            },
            "lists": {
                n: {"matched": r.tp, "gold": r.n_gold, "predicted": r.n_pred, "f1": r.f1}
                for n, r in d.lists.items()
                if r.counted
            },
        }
        for d in report.docs
    ]
    return {
        "overall": report.overall,
        "grounding": _tally_dict(report.grounding, "share"),
        "scalars": {n: _tally_dict(t) for n, t in report.scalars.items()},
        "lists": lists,
        "citations_matched": {n: _tally_dict(t) for n, t in report.matched.items()},
        "documents": docs,
        "warnings": list(report.warnings),
    }


def render_table(report: Report) -> str:
    """Per field over all documents, grounding, per document overall, overall."""
    width = max(len(n) for n in [*report.scalars, *report.lists, *report.matched, "field"])
    lines = [f"{'field':<{width}}  {'score':<28}  counts", "-" * (width + 46)]
    for name, tally in report.scalars.items():
        score = f"acc {_fmt(tally.share)}"
        lines.append(f"{name:<{width}}  {score:<28}  {tally.correct}/{tally.total}")
    for name, r in report.lists.items():
        if r.counted:
            score = f"P {_fmt(r.precision)} R {_fmt(r.recall)} F1 {_fmt(r.f1)}"
        else:
            score = "not counted (empty)"
        counts = f"matched {r.tp}, gold {r.n_gold}, pred {r.n_pred}"
        lines.append(f"{name:<{width}}  {score:<28}  {counts}")
    for name, tally in report.matched.items():
        score = f"acc {_fmt(tally.share)} (matched)"
        lines.append(f"{name:<{width}}  {score:<28}  {tally.correct}/{tally.total}")
    ground = report.grounding
    lines += ["", f"grounding: {_fmt(ground.share).strip()} ({ground.correct}/{ground.total})"]
    lines += ["", "document overall:"]
    stem_width = max([len(d.stem) for d in report.docs] + [8])
    for doc in report.docs:
        note = "" if doc.prediction_found else "  (no prediction)"
        lines.append(
            f"  {doc.stem:<{stem_width}}  {_fmt(doc.overall)}  scalars "
            f"{_fmt(doc.scalar_accuracy)}  lists {_fmt(doc.list_f1)}{note}"
        )
    lines += ["", f"overall: {_fmt(report.overall).strip()} over {len(report.docs)} document(s)"]
    return "\n".join(lines) + "\n"
