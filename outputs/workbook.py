"""The comparison workbook (.xlsx): a cover sheet, then one sheet per table.

Every sheet has its header row frozen, an autofilter, set widths and
wrapping, real dates and numbers. Every evidence id is a link to its row in
the evidence sheet, and the cells of the two matrices link to (and comment
with) the evidence they summarise. No cell is ever a formula: every string is
stored as text, and text that Excel would read as one (``=``, ``+``, ``-``,
``@`` — Vietnamese lists start with ``-`` and ``+``) also gets Excel's quote
prefix, so editing the cell later does not turn it into one either.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, NamedStyle, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.worksheet import Worksheet

from outputs.columns import Lang, TableSpec, table_specs
from outputs.compare import Comparison, as_records
from outputs.frames import Tables
from outputs.plans import CorpusInfo
from outputs.tables import headers
from outputs.workbook_charts import add_chart_sheet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_CHARS = 32767
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_WIDTHS = {"id": 10, "evidence": 18, "int": 10, "money": 16, "date": 12, "bool": 10}
_DATE_FORMAT = "DD/MM/YYYY"
_COVER = {"vi": "Hướng dẫn", "en": "About"}
_COVER_TEXT = {
    "vi": {
        "title": "Bảng so sánh kế hoạch thi đua, khen thưởng",
        "corpus": "Kho dữ liệu",
        "generated": "Thời điểm tạo (UTC)",
        "extractor": "Phiên bản bộ trích xuất",
        "documents": "Số văn bản (kể cả trùng)",
        "counted": "Số văn bản được so sánh (không tính trùng)",
        "failures": "Số tệp lỗi",
        "partial": "Số văn bản cần kiểm tra (có cảnh báo, xem trang 'Lỗi')",
        "sheet": "Trang tính",
        "rows": "Số dòng",
        "about": "Cách đọc",
        "how": [
            "Mỗi giá trị có Mã bằng chứng; bấm vào để tới dòng của nó ở trang "
            "'Nguồn và bằng chứng' (tệp, trang, mục, câu trích nguyên văn).",
            "Ô của hai ma trận có ghi chú liệt kê các mã bằng chứng và liên kết tới mã đầu tiên.",
            "Số lượng giữ nguyên khoảng (5–10) và 'không quy định số lượng'; không cộng dồn.",
            "Văn bản trùng (cùng một kế hoạch từ hai tệp) chỉ được tính một lần.",
            "Không ô nào là công thức: nội dung bắt đầu bằng = + - @ được lưu dưới dạng chữ.",
        ],
    },
    "en": {
        "title": "Comparison of emulation and commendation plans",
        "corpus": "Corpus",
        "generated": "Generated (UTC)",
        "extractor": "Extractor version",
        "documents": "Documents (duplicates included)",
        "counted": "Documents compared (duplicates left out)",
        "failures": "Failed files",
        "partial": "Documents to check (with warnings; see the errors sheet)",
        "sheet": "Sheet",
        "rows": "Rows",
        "about": "How to read",
        "how": [
            "Every value has an Evidence id; click it to reach its row in "
            "'Sources and evidence' (file, page, section, verbatim quote).",
            "Cells of the two matrices carry a comment listing their evidence ids "
            "and link to the first.",
            "Quantities keep ranges (5–10) and 'không quy định số lượng' (not specified); "
            "nothing is summed.",
            "Duplicates (one plan from two files) are counted once.",
            "No cell is a formula: text starting with = + - @ is stored as text.",
        ],
    },
}


def put(cell: Cell, value: Any) -> None:
    """Write ``value`` so that it can never be a live formula."""
    if value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value)):
        cell.value = None
        return
    if isinstance(value, bool):
        cell.value = value
        return
    if isinstance(value, int | float) and not isinstance(value, bool):
        cell.value = value
        return
    if isinstance(value, dt.datetime | dt.date):
        cell.value = value
        return
    text = ILLEGAL_CHARACTERS_RE.sub("", str(value))
    if len(text) > EXCEL_MAX_CHARS:
        text = text[: EXCEL_MAX_CHARS - 1] + "…"
    cell.value = text
    cell.data_type = "s"  # openpyxl reads a leading "=" as a formula; never here
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def _plain(value: Any) -> Any:
    """numpy/pandas scalars as Python ones."""
    if value is None or value is pd.NA:
        return None
    if hasattr(value, "item") and not isinstance(value, str | dt.date):
        return value.item()
    return value


def _link(cell: Cell, sheet: str, row: int) -> None:
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{sheet}'!A{row}")
    cell.font = Font(color="0563C1", underline="single")


def _write_cover(ws: Worksheet, tables: Tables, info: CorpusInfo, lang: Lang) -> None:
    words = _COVER_TEXT[lang]
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 100
    put(ws.cell(1, 1), words["title"])
    ws.cell(1, 1).font = Font(bold=True, size=14)
    facts = [
        (words["corpus"], info.corpus),
        (words["generated"], info.generated_at.replace(tzinfo=None, microsecond=0)),
        (words["extractor"], ", ".join(info.extractor_versions) or "?"),
        (words["documents"], info.documents),
        (words["counted"], info.counted),
        (words["failures"], info.failures),
        (words["partial"], info.partial),
    ]
    row = 3
    for name, value in facts:
        put(ws.cell(row, 1), name)
        put(ws.cell(row, 2), value)
        if isinstance(value, dt.datetime):
            ws.cell(row, 2).number_format = "DD/MM/YYYY HH:MM:SS"
        ws.cell(row, 2).alignment = Alignment(horizontal="left")
        row += 1
    row += 1
    put(ws.cell(row, 1), words["about"])
    ws.cell(row, 1).font = Font(bold=True)
    for line in words["how"]:
        row += 1
        put(ws.cell(row, 2), line)
        ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    row += 2
    put(ws.cell(row, 1), f"{words['sheet']} ({words['rows']})")
    put(ws.cell(row, 2), words["about"])
    for c in (1, 2):
        ws.cell(row, c).font = Font(bold=True)
    for key, df in tables.items():
        row += 1
        spec = table_specs()[key]
        put(ws.cell(row, 1), f"{spec.sheet(lang)} ({len(df)})")
        _link(ws.cell(row, 1), spec.sheet(lang), 1)
        put(ws.cell(row, 2), spec.about(lang))
        ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")


def _column_types(spec: TableSpec, df: pd.DataFrame) -> list[tuple[str, int]]:
    out = []
    for key in df.columns:
        col = spec.column(key)
        if col is None:  # an award column of a matrix
            out.append(("text", 28))
        else:
            out.append((col.type, col.width or _WIDTHS.get(col.type, 14)))
    return out


def _register_styles(wb: Workbook) -> None:
    """Named styles, set once: per-cell style objects make openpyxl quadratic."""
    top = Alignment(vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    link = Font(color="0563C1", underline="single")
    specs = {
        "th-head": {"font": Font(bold=True), "fill": _HEADER_FILL, "alignment": wrap},
        "th-cell": {"alignment": top},
        "th-text": {"alignment": wrap},
        "th-date": {"alignment": top, "number_format": _DATE_FORMAT},
        "th-money": {"alignment": top, "number_format": "#,##0"},
        "th-link": {"alignment": top, "font": link},
        "th-link-text": {"alignment": wrap, "font": link},
    }
    for name, attrs in specs.items():
        wb.add_named_style(NamedStyle(name=name, **attrs))


def _style(kind: str, linked: bool) -> str:
    if linked:
        return "th-link-text" if kind == "text" else "th-link"
    return {"text": "th-text", "date": "th-date", "money": "th-money"}.get(kind, "th-cell")


def _write_table(
    ws: Worksheet,
    key: str,
    df: pd.DataFrame,
    lang: Lang,
    evidence_rows: dict[str, int],
    evidence_sheet: str,
    cell_evidence: dict[tuple[int, str], list[str]],
) -> None:
    spec = table_specs()[key]
    types = _column_types(spec, df)
    for c, head in enumerate(headers(key, df, lang), start=1):
        cell = ws.cell(1, c)
        cell.style = "th-head"
        put(cell, head)
    for c, (_kind, width) in enumerate(types, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    columns = list(df.columns)
    for r, values in enumerate(df.itertuples(index=False, name=None)):
        for c, raw in enumerate(values, start=1):
            cell = ws.cell(r + 2, c)
            value = _plain(raw)
            kind = types[c - 1][0]
            target: int | None = None
            if kind == "evidence" and value and key != "evidence":
                target = evidence_rows.get(str(value).split(", ")[0])
            ids = cell_evidence.get((r, columns[c - 1]))
            if ids:
                target = evidence_rows.get(ids[0])
                cell.comment = Comment(", ".join(ids), "thidua", width=240)
            cell.style = _style(kind, target is not None)
            put(cell, value)  # after the style: it may set the quote prefix
            if target is not None:
                cell.hyperlink = Hyperlink(
                    ref=cell.coordinate, location=f"'{evidence_sheet}'!A{target}"
                )
    ws.freeze_panes = "A2"
    last = get_column_letter(max(len(columns), 1))
    ws.auto_filter.ref = f"A1:{last}{max(len(df) + 1, 1)}"


_COMPARE = {"vi": "So sánh tỉnh", "en": "Provinces compared"}


def _write_comparison(
    ws: Worksheet, comparison: Comparison, evidence_rows: dict[str, int], sheet: str
) -> None:
    """Aspects down, provinces across; each value on its own line with its evidence id,
    the cell linked to the evidence of its first value."""
    records = as_records(comparison)
    head = [_COMPARE_ASPECT, *comparison.provinces]
    for c, words in enumerate(head, start=1):
        ws.cell(1, c).style = "th-head"
        put(ws.cell(1, c), words)
        ws.column_dimensions[get_column_letter(c)].width = 22 if c == 1 else 48
    for r, (row, record) in enumerate(zip(comparison.rows, records, strict=True), start=2):
        put(ws.cell(r, 1), record["aspect"])
        for c, prov in enumerate(comparison.provinces, start=2):
            cell = ws.cell(r, c)
            first = next((v.evidence for v in row.cells.get(prov, []) if v.evidence), None)
            target = evidence_rows.get(first) if first else None
            cell.style = _style("text", target is not None)
            put(cell, record[prov])
            if target is not None:
                cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{sheet}'!A{target}")
    ws.freeze_panes = "B2"


_COMPARE_ASPECT = "Nội dung / Aspect"


def write_workbook(
    tables: Tables,
    path: Path,
    info: CorpusInfo,
    lang: Lang = "vi",
    comparison: Comparison | None = None,
) -> Path:
    """Write the cover sheet and every table of ``tables`` to ``path`` (with
    ``comparison``, also a sheet setting its provinces side by side)."""
    wb = Workbook()
    cover = wb.active
    assert cover is not None
    cover.title = _COVER[lang]
    _register_styles(wb)
    _write_cover(cover, tables, info, lang)
    specs = table_specs()
    evidence_sheet = specs["evidence"].sheet(lang)
    evidence_rows = {
        str(e): i + 2 for i, e in enumerate(tables["evidence"]["evidence_id"]) if e is not None
    }
    for key, df in tables.items():
        ws = wb.create_sheet(specs[key].sheet(lang))
        _write_table(
            ws,
            key,
            df,
            lang,
            evidence_rows,
            evidence_sheet,
            tables.cell_evidence.get(key, {}),
        )
    if comparison is not None:
        ws = wb.create_sheet(_COMPARE[lang])
        _write_comparison(ws, comparison, evidence_rows, evidence_sheet)
    add_chart_sheet(wb, tables, lang)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    wb.save(tmp)
    tmp.replace(path)
    return path
