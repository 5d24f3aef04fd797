"""The researcher's walkthrough notebook runs end to end on the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_fixtures import SEEDS

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "walkthrough.py"


@pytest.mark.slow
def test_notebook_walkthrough_runs_end_to_end(tmp_path, monkeypatch):
    jupytext = pytest.importorskip("jupytext")
    nbclient = pytest.importorskip("nbclient")
    monkeypatch.setenv("THIDUA_INPUT", str(SEEDS))
    monkeypatch.setenv("THIDUA_WORK", str(tmp_path))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    nb = jupytext.read(NOTEBOOK)
    client = nbclient.NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}
    )
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = "\n".join(
        str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
        for cell in nb.cells
        if cell.cell_type == "code"
        for o in cell.get("outputs", [])
    )
    assert "'overview': 5" in outputs
    assert "Quảng Ngãi" in outputs and "chưa ban hành" in outputs
    assert (tmp_path / "items_per_province.png").stat().st_size > 5000
    assert (tmp_path / "comparison.xlsx").is_file()
    assert (tmp_path / "corpus.db").is_file()
