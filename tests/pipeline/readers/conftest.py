"""Fixtures rendered from text once per session (see reader_fixtures.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from reader_fixtures import (
    OWN_PLAN,
    SEEDS,
    Plan,
    render_docx,
    render_html,
    render_pdf,
)


@pytest.fixture(scope="session")
def own_plan() -> Plan:
    return Plan.parse(OWN_PLAN.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_plans() -> dict[str, Plan]:
    return {p.stem: Plan.parse(p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory, own_plan: Plan) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("rendered")
    return {
        "pdf": render_pdf(own_plan, out / "plan.pdf"),
        "docx": render_docx(own_plan, out / "plan.docx"),
        "html": render_html(own_plan, out / "plan.html"),
    }
