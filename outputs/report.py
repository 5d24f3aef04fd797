"""The static HTML report: comparison tables and one review page per document.

Rendered with jinja2 (autoescaping on: a document's text is always shown as
text). The site works offline from ``file://``: its only script and style
sheet are copied next to the pages. Tables sort and filter in the browser;
every evidence id links to the sentence on the document's review page, where
every extracted value is highlighted (hover: which field; click: the value in
the side list) and values without evidence or with warnings stand out.
Output is deterministic: the same corpus gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from outputs.charts import build_charts
from outputs.columns import Lang, label, labels, table_specs
from outputs.compare import Comparison
from outputs.frames import Tables, province_of
from outputs.plans import (
    Corpus,
    EvidenceItem,
    PlanLike,
    evidence_items,
    field_label,
    notes_of,
    plan_key,
    vn_date,
)
from outputs.tables import build_tables, headers

TEMPLATES = Path(__file__).resolve().parent / "templates" / "report"
_FLAG_CHECKS = {"missing", "mismatch", "warning"}


@dataclass
class Link:
    href: str
    label: str
    title: str = ""
    css: str = ""


@dataclass
class Cell:
    text: str = ""
    sort: str | None = None
    css: str = ""
    links: list[Link] = field(default_factory=list)


@dataclass
class Segment:
    """A run of the text covered by the same evidence ids."""

    text: str
    ids: list[str]
    anchors: list[str]
    css: str = ""
    title: str = ""


def segments(text: str, items: Iterable[EvidenceItem], lang: Lang = "vi") -> list[Segment]:
    """Cut ``text`` at every evidence boundary; each piece knows what covers it."""
    spans = [
        (i.start, i.end, i)
        for i in items
        if i.highlightable
        and i.start is not None
        and i.end is not None
        and 0 <= i.start < i.end <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in itertools.pairwise(cuts):
        covering = [i for s, e, i in spans if s <= a and b <= e]
        starting = [i.id for s, _, i in spans if s == a]
        css = ""
        if covering:
            part = _group(covering[0])
            css = f"hl p-{part}"
            if any(i.check == "warning" for i in covering):
                css += " warn"
            if len(covering) > 1:
                css += " multi"
        title = "\n".join(f"{field_label(i.field, lang)}: {i.value}" for i in covering)
        out.append(Segment(text[a:b], [i.id for i in covering], starting, css, title))
    return out


def _group(item: EvidenceItem) -> str:
    return item.part if item.part in labels()["part"] else "document"


def _env() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _ui(lang: Lang) -> dict[str, str]:
    return {k: v[lang] for k, v in labels()["ui"].items()}


class _Site:
    """Knows where every plan and evidence id lives, to write links."""

    def __init__(self, plans: list[PlanLike], lang: Lang) -> None:
        self.lang = lang
        self.items: dict[str, list[EvidenceItem]] = {}
        self.where: dict[str, tuple[str, EvidenceItem]] = {}
        for p in plans:
            key = plan_key(p)
            self.items[key] = evidence_items(p, lang)
            for item in self.items[key]:
                self.where[item.id] = (key, item)

    def plan_link(self, key: str, root: str) -> Link | None:
        if key not in self.items:
            return None
        return Link(f"{root}plans/{key}.html", key, css="plan")

    def href(self, eid: str) -> str | None:
        """Where evidence ``eid`` is shown, from a page at the site's root."""
        link = self.evidence_link(eid, "")
        return link.href if link else None

    def evidence_link(self, eid: str, root: str, label_: str | None = None) -> Link | None:
        found = self.where.get(eid)
        if found is None:
            return None
        key, item = found
        anchor = f"ev-{eid}" if item.highlightable else f"v-{eid}"
        css = f"flag-{item.check}" if item.check in _FLAG_CHECKS else ""
        return Link(
            f"{root}plans/{key}.html#{anchor}",
            label_ or eid,
            title=f"{field_label(item.field, self.lang)}: {item.value}",
            css=css,
        )


def _fmt(value: Any, kind: str) -> tuple[str, str | None]:
    """(text shown, sort key) of one value."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        return "", None
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y"), value.isoformat()
    if kind == "bool":
        return ("✓" if value else "–"), str(int(bool(value)))
    if kind == "money":
        return f"{int(value):,}".replace(",", "."), str(int(value))
    if kind == "int":
        return str(int(value)), str(int(value))
    return str(value), None


def _table_context(
    key: str, df: pd.DataFrame, site: _Site, cell_ev: dict[tuple[int, str], list[str]], root: str
) -> dict[str, Any]:
    spec = table_specs()[key]
    kinds = [(spec.column(c).type if spec.column(c) else "text") for c in df.columns]  # type: ignore[union-attr]
    heads = [
        {"label": h, "type": k} for h, k in zip(headers(key, df, site.lang), kinds, strict=True)
    ]
    rows = []
    for r, values in enumerate(df.itertuples(index=False, name=None)):
        row = []
        for col, kind, value in zip(df.columns, kinds, values, strict=True):
            text, sort = _fmt(value, kind)
            cell = Cell(text, sort)
            if kind == "evidence" and text:
                links = [site.evidence_link(e, root) for e in text.split(", ")]
                cell.links = [lk for lk in links if lk]
                cell.text = "" if cell.links else text
                cell.sort = text
            elif kind == "id" and text:
                link = site.plan_link(text, root)
                if link:
                    cell.links, cell.text, cell.sort = [link], "", text
            ids = cell_ev.get((r, col))
            if ids:
                links = [site.evidence_link(e, root, f"§{n}") for n, e in enumerate(ids, 1)]
                cell.links = [lk for lk in links if lk]
                cell.css = "matrix"
            if kind == "text":
                cell.css = (cell.css + " wrap").strip()
            row.append(cell)
        rows.append(row)
    return {
        "id": f"t-{key}",
        "key": key,
        "title": spec.sheet(site.lang),
        "about": spec.about(site.lang),
        "headers": heads,
        "rows": rows,
    }


def _plan_context(plan: PlanLike, site: _Site) -> dict[str, Any]:
    lang = site.lang
    key = plan_key(plan)
    items = site.items[key]
    record = plan.record or {}
    text = str(record.get("text") or "")
    doc = record.get("document") or {}
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        groups.setdefault(_group(item), []).append(
            {
                "id": item.id,
                "field": field_label(item.field, lang),
                "value": item.value,
                "check": item.check,
                "check_label": label("check", item.check, lang),
                "href": f"#ev-{item.id}" if item.highlightable else None,
                "warnings": item.warnings,
            }
        )
    order = list(labels()["part"])
    return {
        "key": key,
        "plan": plan,
        "province": province_of(plan, lang),
        "doc_type": label("doc_type", doc.get("doc_type"), lang),
        "number": doc.get("number"),
        "issue_date": vn_date(doc.get("issue_date")) or None,
        "title_text": doc.get("title"),
        "issuer": (doc.get("issuer") or {}).get("name"),
        "warnings": list(plan.warnings or []),
        "notes": notes_of(plan),
        "segments": segments(text, items, lang),
        "groups": [
            {"label": label("part", g, lang), "items": groups[g]}
            for g in sorted(groups, key=lambda g: order.index(g))
        ],
        "flagged": sum(1 for i in items if i.check in _FLAG_CHECKS),
    }


def _compare_context(comparison: Comparison, site: _Site) -> dict[str, Any]:
    rows = []
    for row in comparison.rows:
        cells: dict[str, list[dict[str, str]]] = {}
        for prov, values in row.cells.items():
            cells[prov] = []
            for v in values:
                link = site.evidence_link(v.evidence, "") if v.evidence else None
                link = link or (site.plan_link(v.plan, "") if v.plan else None)
                css = f" {link.css}" if link and link.css else ""
                href, title = (link.href, link.title) if link else ("", "")
                cells[prov].append({"text": v.text, "href": href, "title": title, "css": css})
        rows.append({"key": row.key, "label": row.label, "cells": cells})
    return {"provinces": comparison.provinces, "rows": rows}


def write_report(
    corpus: Corpus,
    out_dir: Path,
    lang: Lang = "vi",
    tables: Tables | None = None,
    comparison: Comparison | None = None,
) -> Path:
    """Write the site under ``out_dir`` and return the path of its index page
    (with ``comparison``, also its ``compare.html``)."""
    out_dir = Path(out_dir)
    tables = tables if tables is not None else build_tables(corpus.plans, corpus.failures, lang)
    site = _Site(list(corpus.plans), lang)
    env = _env()
    ui = _ui(lang)
    specs = table_specs()
    nav = [{"key": k, "title": specs[k].sheet(lang), "rows": len(df)} for k, df in tables.items()]
    common: dict[str, Any] = {"ui": ui, "lang": lang, "nav": nav, "info": corpus.info}
    common["has_compare"] = comparison is not None
    charts = build_charts(tables, site.href, lang)
    (out_dir / "plans").mkdir(parents=True, exist_ok=True)
    shutil.copytree(TEMPLATES / "assets", out_dir / "assets", dirs_exist_ok=True)
    plan_rows = [_plan_context(p, site) for p in corpus.plans]
    index = env.get_template("index.html").render(
        root="",
        page_title=ui["report_title"],
        overview=_table_context("overview", tables["overview"], site, {}, ""),
        plans=plan_rows,
        **common,
    )
    _write(out_dir / "index.html", index)
    page = env.get_template("table.html")
    for key, df in tables.items():
        if key == "overview":
            continue
        ctx = _table_context(key, df, site, tables.cell_evidence.get(key, {}), "")
        _write(
            out_dir / f"{key}.html",
            page.render(
                root="", page_title=ctx["title"], table=ctx, charts=charts.get(key, []), **common
            ),
        )
    every_chart = [c for key in charts for c in charts[key]]
    html = env.get_template("charts.html").render(
        root="", page_title=ui["charts"], charts=every_chart, **common
    )
    _write(out_dir / "charts.html", html)
    if comparison is not None:
        cmp = _compare_context(comparison, site)
        html = env.get_template("compare.html").render(
            root="", page_title=ui["compare"], cmp=cmp, **common
        )
        _write(out_dir / "compare.html", html)
    review = env.get_template("plan.html")
    for ctx in plan_rows:
        title = f"{ctx['doc_type']} {ctx['number'] or ''} · {ctx['province']}"
        _write(
            out_dir / "plans" / f"{ctx['key']}.html",
            review.render(root="../", page_title=title, p=ctx, **common),
        )
    return out_dir / "index.html"


def _write(path: Path, html: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)
