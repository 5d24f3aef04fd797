"""The researcher's walkthrough notebook runs the documented way from where Jupyter
starts (``notebooks/``), finds the samples from the repository root, shows its charts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "walkthrough.py"


def _outputs(nb: dict) -> tuple[str, set[str]]:
    text, kinds = [], set()
    for cell in nb["cells"]:
        for out in cell.get("outputs", []) if cell["cell_type"] == "code" else []:
            kinds.update(out.get("data", {}))
            text.append("".join(out.get("text", "")))
            text.append("".join(out.get("data", {}).get("text/plain", "")))
    return "\n".join(text), kinds


@pytest.mark.slow
def test_notebook_executes_from_the_notebooks_folder(tmp_path: Path) -> None:
    jupytext = shutil.which("jupytext") or pytest.fail("jupytext missing: run make install")
    out = tmp_path / "walkthrough.ipynb"
    env = {**os.environ, "THIDUA_WORK": str(tmp_path / "work")}
    env.pop("THIDUA_INPUT", None)
    done = subprocess.run(
        [jupytext, "--to", "ipynb", "--execute", NOTEBOOK.name, "-o", str(out)],
        cwd=NOTEBOOK.parent,  # where Jupyter starts when opened from notebooks/
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    text, kinds = _outputs(json.loads(out.read_text(encoding="utf-8")))
    assert "'overview': 21" in text  # the samples and variants, no notes or YAML
    assert "Sơ kết" in text and "Tổng kết" in text  # Huế's quotas by occasion
    assert "chưa viện dẫn" in text and "chưa ban hành" not in text
    assert {"image/png", "image/svg+xml"} <= kinds  # charts inline
    assert (tmp_path / "work" / "comparison.xlsx").is_file()
