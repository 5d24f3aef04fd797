"""Word files: DOCX with python-docx, body in document order; DOC through LibreOffice.

The body is read element by element (``doc.paragraphs`` skips tables, and the
header is usually a table): paragraphs become paragraphs, two-column layout
tables (Nghị định 30 header, "Nơi nhận" / signature) are read left column then
right column, other tables one row a line with cells separated by a tab.
Page headers and footers live in other parts and are never read. Runs in
TCVN3 or VNI fonts are converted to Unicode.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from pipeline.errors import InputError
from pipeline.readers.base import RawText
from pipeline.readers.layout import DATE_LINE, LAYOUT_TABLE, NUMBER_LINE, QUOC_HIEU
from pipeline.readers.legacy import (
    font_encoding,
    is_upper_font,
    tcvn3_to_unicode,
    vni_to_unicode,
)
from pipeline.readers.limits import check_cells
from pipeline.readers.office import convert_to_docx
from pipeline.readers.options import ReadOptions
from pipeline.readers.plain import text_encoding

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(path: Path, data: bytes, options: ReadOptions) -> zipfile.ZipFile:
    """Open a zip container after checking it cannot expand beyond the limit."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(
            path, f"the Word file is damaged or truncated ({exc})", "save it again"
        ) from exc
    total = sum(info.file_size for info in infos)
    packed = max(1, sum(info.compress_size for info in infos))
    if total > options.max_unzipped or (total > 20_000_000 and total / packed > 200):
        raise InputError(
            path,
            f"the archive would expand to {total / 1e6:.0f} MB"
            f" (compression ratio {total / packed:.0f}:1)",
            "this looks like a zip bomb; do not open it — ask for the document again",
        )
    return archive


class _Fonts:
    """Resolve the font of a run: its own, its paragraph style's, or the default."""

    def __init__(self, document: Any) -> None:
        self.styles: dict[str, str] = {}
        self.default = ""
        try:
            for style in document.styles:
                name = getattr(getattr(style, "font", None), "name", None)
                if name:
                    self.styles[style.style_id] = name
            self.default = document.styles["Normal"].font.name or ""
        except (KeyError, AttributeError, ValueError):
            pass

    def of(self, run: Any, paragraph_style: str | None) -> str:
        fonts = run.find(f"{W}rPr/{W}rFonts")
        if fonts is not None:
            for attr in ("ascii", "hAnsi", "cs"):
                value = fonts.get(f"{W}{attr}")
                if value:
                    return str(value)
        return self.styles.get(paragraph_style or "", self.default)


def _run_text(run: Any) -> str:
    parts = []
    for child in run:
        if child.tag == f"{W}t":
            parts.append(child.text or "")
        elif child.tag == f"{W}tab":
            parts.append("\t")
        elif child.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)


@dataclass
class _Cell:
    lines: list[str]
    span: int = 1  # grid columns it covers (w:gridSpan)
    continued: bool = False  # the lower part of a vertically merged cell (w:vMerge)


RULE = re.compile(r"^[\s\-_–—=.*~]+$")  # a typed rule under the issuing body or the motto


def _row_cells(tr: Any) -> list[Any]:
    """The cells of a row, also those inside content controls (w:sdt)."""
    out = []
    for child in tr:
        if child.tag == f"{W}tc":
            out.append(child)
        elif child.tag == f"{W}sdt":
            out += child.findall(f"{W}sdtContent/{W}tc")
    return out


MAX_SPAN = 64


def _span_value(value: str | None) -> int:
    """A ``w:gridSpan`` value, clamped to 1..64; anything not a number ("abc") is 1."""
    try:
        return max(1, min(int(value or 1), MAX_SPAN))
    except ValueError:
        return 1


def _grid_rows(rows: list[list[_Cell]]) -> list[list[str]]:
    """Data-table rows on the table's grid: a merged cell's text stands in every grid
    column it covers and on every row it spans, so columns stay under their heading."""
    above: dict[int, str] = {}
    out = []
    for row in rows:
        cells: list[str] = []
        for cell in row:
            text = above.get(len(cells), "") if cell.continued else " ".join(cell.lines)
            for _ in range(cell.span):
                above[len(cells)] = text
                cells.append(text)
        out.append(cells)
    return out


class _Body:
    def __init__(self, document: Any, options: ReadOptions) -> None:
        self.fonts = _Fonts(document)
        self.options = options
        self.legacy: set[str] = set()

    def paragraph(self, p: Any, strip: bool = True) -> str:
        style_el = p.find(f"{W}pPr/{W}pStyle")
        style = style_el.get(f"{W}val") if style_el is not None else None
        out = []
        for run in p.iter(f"{W}r"):
            text = _run_text(run)
            if not text:
                continue
            font = self.fonts.of(run, style)
            kind = font_encoding(font)
            if kind == "tcvn3":
                text = tcvn3_to_unicode(text, upper=is_upper_font(font))
            elif kind == "vni":
                text = vni_to_unicode(text)
            if kind:
                self.legacy.add(kind)
            out.append(text)
        joined = "".join(out)
        return joined.strip() if strip else joined.rstrip()

    def cell(self, tc: Any) -> list[str]:
        lines: list[str] = []
        for child in tc:
            if child.tag == f"{W}p":
                text = self.paragraph(child)
                if text:
                    lines.append(text)
            elif child.tag == f"{W}tbl":
                lines.extend(self.table(child))
        return lines

    def table(self, tbl: Any) -> list[str]:
        rows = [self._row(tr) for tr in tbl.findall(f"{W}tr")]
        check_cells(None, sum(cell.span for row in rows for cell in row), self.options)
        flat = "\n".join(line for row in rows for cell in row for line in cell.lines)
        if rows and all(len(row) <= 2 for row in rows) and LAYOUT_TABLE.search(flat):
            columns: list[list[str]] = [[], []]
            for row in rows:
                for i, cell in enumerate(row):
                    if not cell.continued:
                        columns[min(i, 1)].extend(
                            line for line in cell.lines if not RULE.match(line)
                        )
            return columns[0] + columns[1]
        return ["\t".join(cells) for cells in _grid_rows(rows) if any(cells)]

    def _row(self, tr: Any) -> list[_Cell]:
        cells = []
        for tc in _row_cells(tr):
            props = tc.find(f"{W}tcPr")
            span = props.find(f"{W}gridSpan") if props is not None else None
            merge = props.find(f"{W}vMerge") if props is not None else None
            continued = merge is not None and merge.get(f"{W}val") in (None, "continue")
            width = _span_value(span.get(f"{W}val")) if span is not None else 1
            cells.append(_Cell(self.cell(tc), width, continued))
        return cells

    def blocks(self, body: Any) -> list[str]:
        out: list[str] = []
        for child in body:
            if child.tag == f"{W}p":
                text = self.paragraph(child, strip=False)
                if text.strip():
                    out.append(text)
            elif child.tag == f"{W}tbl":
                lines = self.table(child)
                if lines:
                    out.append("\n".join(lines))
        return [block.strip() for block in tab_header(out)]


def tab_header(blocks: list[str]) -> list[str]:
    """Read a Nghị định 30 header typed with tabs ("UBND TỈNH X<tab><tab>CỘNG HÒA…")
    left column first, then right column, as one block."""
    head = blocks[:10]
    qh = next((i for i, b in enumerate(head) if "\t" in b and QUOC_HIEU.search(b)), None)
    if qh is None:
        return blocks
    end = qh
    for i in range(qh, min(len(head), qh + 7)):
        if "\t" not in head[i] and not NUMBER_LINE.match(head[i]):
            break
        end = i
        if DATE_LINE.search(head[i]):
            break
    left: list[str] = []
    right: list[str] = []
    for block in blocks[: end + 1]:
        body = block.strip(" ")
        parts = [part.strip() for part in re.split(r"\t+", body.strip("\t")) if part.strip()]
        if not parts:
            continue
        if body.startswith("\t"):
            right.append(" ".join(parts))
        else:
            left.append(parts[0])
            if len(parts) > 1:
                right.append(" ".join(parts[1:]))
    return ["\n".join(left + right), *blocks[end + 1 :]]


def read_docx(path: Path, data: bytes, options: ReadOptions, fmt: str = "docx") -> RawText:
    """Read the body of a DOCX file in document order."""
    import docx

    archive = check_zip(path, data, options)
    if "word/document.xml" not in archive.namelist():
        raise InputError(path, "a zip archive, not a Word document", "send the .docx itself")
    try:
        document = docx.Document(BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on broken parts
        raise InputError(
            path, f"the Word file cannot be parsed ({exc})", "open and save it again"
        ) from exc
    body = document.element.body
    if body is None:
        raise InputError(
            path, "the Word file has no body (word/document.xml is empty)", "save it again"
        )
    reader = _Body(document, options)
    try:
        text = "\n\n".join(reader.blocks(body))
    except InputError as exc:  # a table over the limit
        raise InputError(path, exc.reason, exc.hint) from exc
    converted = None
    encoding = "utf-8"
    if reader.legacy:
        names = "/".join(sorted(k.upper() for k in reader.legacy))
        encoding = "+".join(sorted(reader.legacy))
        converted = f"runs in legacy {names} fonts converted to Unicode"
    text, encoding, notes = text_encoding(text, encoding, converted)
    return RawText(text=text, format=fmt, encoding=encoding, notes=notes)


def read_doc(path: Path, data: bytes, options: ReadOptions) -> RawText:
    """Convert a Word 97-2003 (or RTF) file with LibreOffice headless, then read the DOCX."""
    converted = convert_to_docx(path, data, timeout=min(options.doc_timeout, 180))
    raw = read_docx(path, converted, options, fmt="doc")
    raw.notes.insert(0, "Word 97-2003 file converted with LibreOffice")
    return raw
