"""Charts of the report, drawn as inline SVG from the comparison tables.

Nothing is fetched or run to draw them: each chart is SVG markup written here
(presentation attributes only, so the report's Content-Security-Policy holds),
deterministic, readable without JavaScript. Every mark that stands for an
extracted value links to its sentence on the review page and names it on hover.

* :func:`award_heatmap` — the award-form matrix: province × award, a filled
  cell where a plan offers the award.
* :func:`quota_dots` — quotas per province for the most common awards: one dot
  per quota (a range is a line from its lower to its upper end), never summed.
* :func:`cascade` — days from each central document to each province's plan
  citing it, on one line per document.
* :func:`deadline_calendar` — every deadline on a calendar, one line per province.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from html import escape
from typing import Any

import pandas as pd

from outputs.collation import vi_key
from outputs.columns import Lang, label, word
from outputs.frames import Tables, to_date
from outputs.tables import headers

Href = Callable[[str], str | None]
PALETTE = ("#0b5cad", "#e07b00", "#2e7d32", "#8e24aa", "#c62828", "#00838f", "#6d4c41")
_LEFT, _TOP, _ROW, _FONT = 150, 34, 22, 12


@dataclass
class Chart:
    """One chart of the report: an id, a title, a caption and its SVG markup."""

    id: str
    title: str
    caption: str
    svg: str


def _text(x: float, y: float, words: str, anchor: str = "start", size: int = _FONT) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
        f'fill="#1d2733">{escape(words)}</text>'
    )


def _linked(mark: str, tip: str, href: str | None) -> str:
    inner = f"{mark[:-2]}><title>{escape(tip)}</title></{mark.split()[0][1:]}>"
    return f'<a href="{escape(href)}">{inner}</a>' if href else inner


def _svg(width: float, height: float, body: Iterable[str], name: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'aria-label="{escape(name)}" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}">' + "".join(body) + "</svg>"
    )


def _short(words: str, n: int = 22) -> str:
    return words if len(words) <= n else words[: n - 1] + "…"


def _rows_labels(provinces: Iterable[str], y0: float) -> list[str]:
    return [_text(_LEFT - 8, y0 + i * _ROW + 15, _short(p), "end") for i, p in enumerate(provinces)]


def _axis(x0: float, x1: float, y: float, ticks: list[tuple[float, str]]) -> list[str]:
    out = [f'<line x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}" stroke="#9aa5b1"/>']
    for x, words in ticks:
        out.append(
            f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{y + 4:.1f}" stroke="#9aa5b1"/>'
        )
        out.append(_text(x, y + 16, words, "middle", 11))
    return out


def _ticks(lo: float, hi: float, n: int = 6) -> list[float]:
    if hi <= lo:
        return [lo]
    raw = (hi - lo) / n
    step = next(s * 10**e for e in range(0, 6) for s in (1, 2, 5) if s * 10**e >= raw)
    first = int(lo // step) * step
    return [
        first + i * step for i in range(int((hi - first) // step) + 1) if first + i * step >= lo
    ]


def award_heatmap(tables: Tables, href: Href, lang: Lang) -> Chart | None:
    """Province × award form: a filled cell where the province's plans offer it."""
    df = tables["award_matrix"]
    fixed = {"province", "province_2025", "plan_ids"}
    awards = [c for c in df.columns if c not in fixed]
    if df.empty or not awards:
        return None
    names = dict(zip(df.columns, headers("award_matrix", df, lang), strict=True))
    cell, top = 26, 150
    body = []
    for j, award in enumerate(awards):
        x = _LEFT + j * cell + cell / 2
        body.append(
            f'<text x="0" y="0" font-size="11" fill="#1d2733" transform="translate({x:.1f},'
            f'{top - 6}) rotate(-55)">{escape(_short(names[award], 26))}</text>'
        )
    evidence = tables.cell_evidence.get("award_matrix", {})
    for i, row in enumerate(df.itertuples(index=False)):
        y = top + i * cell
        body.append(_text(_LEFT - 8, y + 17, _short(str(row.province)), "end"))
        for j, award in enumerate(awards):
            value = getattr(row, award) if award.isidentifier() else df.iloc[i][award]
            x = _LEFT + j * cell
            filled = value is not None and not pd.isna(value)
            ids = evidence.get((i, award), [])
            rect = (
                f'<rect x="{x + 1}" y="{y + 1}" width="{cell - 2}" height="{cell - 2}" '
                f'fill="{"#0b5cad" if filled else "#eef1f4"}" class="cell"/>'
            )
            tip = f"{row.province} · {names[award]}: {value if filled else '–'}"
            body.append(_linked(rect, tip, href(ids[0]) if ids else None) if filled else rect)
    # the last labels lean right by up to cos 55° × 26 characters (~95 px): room for them
    width = _LEFT + len(awards) * cell + 110
    height = top + len(df) * cell + 10
    title = word("chart_award_heatmap", lang)
    return Chart(
        "chart-awards",
        title,
        word("chart_award_heatmap_about", lang),
        _svg(width, height, body, title),
    )


_KINDS = ("tap_the", "ca_nhan", "tap_the_ca_nhan", "tap_the_hoac_ca_nhan")


def _legend(entries: Iterable[tuple[str, str]], step: int = 150) -> list[str]:
    return [
        f'<circle cx="{_LEFT + 10 + step * i}" cy="14" r="5" fill="{c}"/>'
        + _text(_LEFT + 20 + step * i, 18, _short(k, 20))
        for i, (k, c) in enumerate(entries)
    ]


def _quota_marks(
    sub: pd.DataFrame, provinces: list[str], scale: float, href: Href, colours: dict[str, str]
) -> list[str]:
    body = []
    for n, q in enumerate(sub.itertuples(index=False)):
        y = _TOP + provinces.index(q.province) * _ROW + 11 + (n % 3 - 1) * 4
        lo = float(q.min if q.min is not None and not pd.isna(q.min) else q.max)
        x0, x1 = _LEFT + lo * scale, _LEFT + float(q.max) * scale
        colour = colours.get(q.recipient_kind, PALETTE[-1])
        if x1 > x0:  # a range "từ … đến …"
            body.append(
                f'<line x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}" '
                f'stroke="{colour}" stroke-width="3"/>'
            )
        mark = f'<circle cx="{x1:.1f}" cy="{y:.1f}" r="5" fill="{colour}" class="dot"/>'
        tip = f"{q.province} · {q.recipient_kind}: {q.quantity} ({q.occasion})"
        body.append(_linked(mark, tip, href(str(q.evidence_id))))
    return body


def quota_dots(tables: Tables, href: Href, lang: Lang, top_awards: int = 3) -> list[Chart]:
    """Quotas of the most common awards, one dot (or range) per quota, per province."""
    df = tables["quotas"]
    df = df[(df["scope"] == word("total", lang)) & df["max"].notna()]
    provinces_per_award = Counter(df.drop_duplicates(["province", "award"])["award"])
    quotas_per_award = Counter(df["award"])
    ranked = sorted(
        provinces_per_award, key=lambda a: (-provinces_per_award[a], -quotas_per_award[a], a)
    )
    colours = {
        str(label("recipient_kind", k, lang)): c for k, c in zip(_KINDS, PALETTE, strict=False)
    }
    charts = []
    for award in ranked[:top_awards]:
        sub = df[df["award"] == award]
        provinces = sorted(set(sub["province"]), key=vi_key)
        hi = float(sub["max"].max())
        scale = 520 / hi if hi else 1.0
        body = _rows_labels(provinces, _TOP) + _quota_marks(sub, provinces, scale, href, colours)
        bottom = _TOP + len(provinces) * _ROW + 4
        ticks = [(_LEFT + t * scale, f"{t:g}") for t in _ticks(0, hi)]
        body += _axis(_LEFT, _LEFT + 520, bottom, ticks)
        body += _legend((k, c) for k, c in colours.items() if k in set(sub.recipient_kind))
        title = f"{word('chart_quotas', lang)}: {label('award', award, lang)}"
        svg = _svg(_LEFT + 560, bottom + 26, body, title)
        charts.append(Chart(f"chart-quotas-{award}", title, word("chart_quotas_about", lang), svg))
    return charts


def _time_chart(
    key: str,
    rows: list[tuple[str, float, str, str | None, str]],
    ticks: list[tuple[float, str]],
    span: tuple[float, float],
    colours: dict[str, str],
    lang: Lang,
) -> Chart:
    """A strip chart: (row label, x value, tip, href, colour key) as dots on rows, titled
    and captioned by the words ``chart_<key>`` and ``chart_<key>_about``."""
    lo, hi = span
    name = word(f"chart_{key}", lang)
    lines = sorted({r[0] for r in rows}, key=vi_key)
    scale = 560 / (hi - lo) if hi > lo else 1.0
    body = _rows_labels(lines, _TOP)
    for i in range(len(lines)):
        y = _TOP + i * _ROW + 11
        body.append(f'<line x1="{_LEFT}" y1="{y}" x2="{_LEFT + 560}" y2="{y}" stroke="#eef1f4"/>')
    for line, x, tip, link, colour in rows:
        cx, cy = _LEFT + (x - lo) * scale, _TOP + lines.index(line) * _ROW + 11
        mark = (
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="5" fill="{colours[colour]}" '
            'fill-opacity="0.8" class="dot"/>'
        )
        body.append(_linked(mark, tip, link))
    bottom = _TOP + len(lines) * _ROW + 4
    body += _axis(_LEFT, _LEFT + 560, bottom, [(_LEFT + (t - lo) * scale, w) for t, w in ticks])
    body += _legend(list(colours.items())[:4])
    svg = _svg(_LEFT + 600, bottom + 26, body, name)
    return Chart(f"chart-{key}", name, word(f"chart_{key}_about", lang), svg)


def cascade(tables: Tables, href: Href, lang: Lang) -> Chart | None:
    """Days from each central document to the province plans citing it."""
    df = tables["coverage"]
    df = df[df["lag_days"].notna() & df["central_number"].notna()]
    if df.empty:
        return None
    keep = [n for n, c in Counter(df["central_number"]).most_common(4) if c >= 1]
    df = df[df["central_number"].isin(keep)]
    colours = dict(zip(keep, PALETTE, strict=False))
    rows = [
        (
            str(r.province),
            float(r.lag_days),
            f"{r.province} · {r.central_number}: {r.lag_days} {word('days', lang)}"
            f" ({r.plan_numbers})",
            href(str(r.evidence_ids).split(", ")[0]),
            str(r.central_number),
        )
        for r in df.itertuples(index=False)
    ]
    hi = max(x for _, x, *_ in rows)
    lo = min(0.0, min(x for _, x, *_ in rows))
    ticks = [(t, f"{t:g}") for t in _ticks(lo, hi)]
    return _time_chart("cascade", rows, ticks, (lo, hi), colours, lang)


def deadline_calendar(tables: Tables, href: Href, lang: Lang) -> Chart | None:
    """Every dated deadline, by province, on one calendar."""
    df = tables["deadlines"]
    dates = [to_date(d) for d in df["date"]]
    if not any(dates):
        return None
    kinds = sorted(set(df["action_kind"].map(str)))
    colours = dict(zip(kinds, PALETTE, strict=False))
    rows = [
        (
            str(r.province),
            float(d.toordinal()),
            f"{r.province} · {d:%d/%m/%Y}: {r.action_kind} ({r.occasion})",
            href(str(r.evidence_id)),
            str(r.action_kind),
        )
        for r, d in zip(df.itertuples(index=False), dates, strict=True)
        if d is not None
    ]
    lo = float(min(d for d in dates if d).replace(day=1).toordinal())
    hi = float(max(d for d in dates if d).toordinal()) + 1
    months = _month_ticks(dt.date.fromordinal(int(lo)), dt.date.fromordinal(int(hi)))
    return _time_chart("deadlines", rows, months, (lo, hi), colours, lang)


def _month_ticks(start: dt.date, end: dt.date, most: int = 10) -> list[tuple[float, str]]:
    months = []
    day = start.replace(day=1)
    while day <= end:
        months.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    step = max(1, -(-len(months) // most))
    return [(float(m.toordinal()), f"{m:%m/%Y}") for m in months[::step]]


def build_charts(tables: Tables, href: Href, lang: Lang) -> dict[str, list[Chart]]:
    """Every chart, keyed by the table page it belongs to."""
    out: dict[str, list[Any]] = {
        "award_matrix": [award_heatmap(tables, href, lang)],
        "quota_pivot": list(quota_dots(tables, href, lang)),
        "coverage": [cascade(tables, href, lang)],
        "deadlines": [deadline_calendar(tables, href, lang)],
    }
    return {k: [c for c in v if c is not None] for k, v in out.items()}
