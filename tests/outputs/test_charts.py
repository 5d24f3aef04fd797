"""Charts: SVG drawn from the tables (parsed), shown in headless Chromium, and the
workbook's native charts (read back with openpyxl)."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest
from plan_fixtures import gold_plans, hostile_plan
from test_report import browser, page  # noqa: F401  (the Chromium fixtures)

from outputs.charts import award_heatmap, build_charts, deadline_calendar, quota_dots
from outputs.plans import CorpusInfo, _corpus
from outputs.report import write_report
from outputs.tables import build_tables
from outputs.workbook import write_workbook


@pytest.fixture(scope="module")
def tables():
    return build_tables([*gold_plans(), hostile_plan()])


def _href(eid: str) -> str:
    return f"plans/x.html#ev-{eid}"


def test_chart_heatmap_one_cell_per_province_and_award(tables) -> None:
    chart = award_heatmap(tables, _href, "vi")
    matrix = tables["award_matrix"]
    awards = [c for c in matrix.columns if c not in ("province", "province_2025", "plan_ids")]
    cells = re.findall(r'<rect [^>]*class="cell"', chart.svg)
    assert len(cells) == len(matrix) * len(awards)
    filled = int(matrix[awards].notna().sum().sum())
    assert sum('fill="#0b5cad"' in c for c in cells) == filled
    assert chart.svg.count("<a href=") == filled  # every filled cell links to its evidence


def test_chart_quota_dots_one_mark_per_quota_never_summed(tables) -> None:
    charts = quota_dots(tables, _href, "vi")
    assert charts
    quotas = tables["quotas"]
    for chart in charts:
        award = chart.id.removeprefix("chart-quotas-")
        shown = quotas[(quotas.award == award) & (quotas.scope == "tổng") & quotas["max"].notna()]
        assert chart.svg.count('class="dot"') == len(shown)
        links = set(re.findall(r'href="plans/x.html#ev-([^"]+)"', chart.svg))
        assert links == set(shown.evidence_id)


def test_chart_deadline_calendar_has_every_dated_deadline(tables) -> None:
    chart = deadline_calendar(tables, _href, "vi")
    dated = tables["deadlines"]["date"].notna().sum()
    assert chart.svg.count('class="dot"') == dated
    assert re.search(r">\d\d/\d{4}<", chart.svg)  # month ticks as mm/yyyy


def test_charts_are_deterministic_and_escape_text(tables) -> None:
    one = build_charts(tables, _href, "vi")
    two = build_charts(tables, _href, "vi")
    assert [c.svg for v in one.values() for c in v] == [c.svg for v in two.values() for c in v]
    assert all("<script" not in c.svg for v in one.values() for c in v)


def test_workbook_has_native_charts_of_the_pivots(tables, tmp_path: Path) -> None:
    path = write_workbook(tables, tmp_path / "t.xlsx", CorpusInfo("t"))
    ws = openpyxl.load_workbook(path)["Biểu đồ"]
    assert len(ws._charts) == 2
    counts = {r[0]: r[1] for r in ws.iter_rows(min_row=2, max_col=2, values_only=True) if r[0]}
    matrix = tables["award_matrix"]
    awards = [c for c in matrix.columns if c not in ("province", "province_2025", "plan_ids")]
    for row in matrix.itertuples(index=False):
        assert counts[row.province] >= sum(getattr(row, a) is not None for a in awards)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("charts")
    write_report(_corpus("gold", [*gold_plans(), hostile_plan()], [], ["t"]), out)
    return out


@pytest.mark.slow
def test_browser_charts_drawn_without_console_errors(site, page) -> None:  # noqa: F811
    page.goto((site / "charts.html").as_uri())
    boxes = page.eval_on_selector_all(
        "figure.chart svg", "es => es.map(e => e.getBoundingClientRect().width)"
    )
    assert len(boxes) >= 4 and all(w > 200 for w in boxes)
    assert page.locator("svg.chart .dot").count() > 5
    for name in ("award_matrix", "quota_pivot", "coverage", "deadlines"):
        page.goto((site / f"{name}.html").as_uri())
        assert page.locator("figure.chart svg").count() >= 1, name
    page.goto((site / "charts.html").as_uri())
    dot = page.locator("#chart-deadlines a").first
    target = dot.get_attribute("href")
    dot.click()
    page.wait_for_url(f"**/{target}")
    anchor = target.split("#")[1]
    assert page.locator(f"[id='{anchor}']").count() == 1
    assert page.problems == []
