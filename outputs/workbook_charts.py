"""Native charts of the workbook: a sheet that charts the two pivots.

Excel draws the charts from numbers written beside them on the same sheet:
how many award forms each province's plans name (from the award matrix), and
the largest single total quota of the most common award for collectives and
for individuals (from the quotas; one quota, never a sum of several).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from outputs.collation import vi_key
from outputs.columns import Lang, label, word
from outputs.frames import Tables

SHEET = {"vi": "Biểu đồ", "en": "Charts"}
_FIXED = {"province", "province_2025", "plan_ids"}


def _block(ws: Worksheet, col: int, head: list[str], rows: list[list[object]]) -> None:
    for j, words in enumerate(head):
        ws.cell(1, col + j, words).font = Font(bold=True)
    for i, row in enumerate(rows, start=2):
        for j, value in enumerate(row):
            ws.cell(i, col + j, value)


def _bar(title: str, ws: Worksheet, col: int, series: int, n: int, anchor: str) -> None:
    chart = BarChart()
    chart.type = "bar"
    chart.title = title
    chart.height, chart.width = max(7.5, 0.55 * n), 16
    data = Reference(ws, min_col=col + 1, max_col=col + series, min_row=1, max_row=n + 1)
    cats = Reference(ws, min_col=col, min_row=2, max_row=n + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(cats)
    chart.y_axis.majorGridlines = None
    ws.add_chart(chart, anchor)


def _award_counts(tables: Tables) -> list[list[object]]:
    df = tables["award_matrix"]
    awards = [c for c in df.columns if c not in _FIXED]
    counts: Counter[str] = Counter()
    for _, row in df.iterrows():
        counts[str(row["province"])] = max(
            counts[str(row["province"])], int(sum(pd.notna(row[a]) for a in awards))
        )
    return [[p, counts[p]] for p in sorted(counts, key=vi_key)]


def _largest_quotas(tables: Tables, lang: Lang) -> tuple[str | None, list[list[object]]]:
    df = tables["quotas"]
    df = df[(df["scope"] == word("total", lang)) & df["max"].notna()]
    if df.empty:
        return None, []
    award = Counter(df.drop_duplicates(["province", "award"])["award"]).most_common(1)[0][0]
    sub = df[df["award"] == award]
    kinds = [label("recipient_kind", k, lang) for k in ("tap_the", "ca_nhan")]
    rows = []
    for prov in sorted(set(sub["province"]), key=vi_key):
        mine = sub[sub["province"] == prov]
        rows.append(
            [prov]
            + [
                int(mine[mine["recipient_kind"] == k]["max"].max())
                if (mine["recipient_kind"] == k).any()
                else None
                for k in kinds
            ]
        )
    return award, rows


def add_chart_sheet(wb: Workbook, tables: Tables, lang: Lang) -> Worksheet:
    """A sheet with the numbers of the two pivots and a bar chart of each."""
    ws = wb.create_sheet(SHEET[lang])
    counts = _award_counts(tables)
    province = word("chart_province", lang)
    _block(ws, 1, [province, word("chart_award_forms_count", lang)], counts)
    if counts:
        _bar(word("chart_award_heatmap", lang), ws, 1, 1, len(counts), "E2")
    award, quotas = _largest_quotas(tables, lang)
    if award is not None:
        kinds = [str(label("recipient_kind", k, lang)) for k in ("tap_the", "ca_nhan")]
        _block(ws, 14, [province, *kinds], quotas)
        title = f"{word('chart_largest_quota', lang)}: {label('award', award, lang)}"
        _bar(title, ws, 14, 2, len(quotas), "R2")
    ws.column_dimensions["A"].width = ws.column_dimensions["N"].width = 18
    return ws
