"""Web pages saved from portals and legal databases: the document body only.

Navigation, scripts, styles, sidebars, metadata panels and footers are
removed; the body is the content container with the most paragraph text.
Block elements become paragraphs; a table holding the Nghị định 30 header is
read left column, then right column.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from extractors.toolbox.form_words import form_words
from pipeline.errors import InputError
from pipeline.readers.base import RawText
from pipeline.readers.layout import LAYOUT_TABLE, QUOC_HIEU
from pipeline.readers.limits import check_cells
from pipeline.readers.options import ReadOptions
from pipeline.readers.plain import decode, text_encoding

DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    "svg",
    "template",
    "head",
)
NOISE = re.compile(
    r"nav|menu|breadcrumb|sidebar|footer|header|share|social|comment|banner|advert|ads\b|"
    r"related|meta|vbpl-info|toolbar|tool|print|login|search|popup|cookie|tags?\b|rating",
    re.IGNORECASE,
)
CONTENT = re.compile(r"content|detail|article|body|main|noidung|vanban|post|entry|fulltext", re.I)
BLOCKS = {
    "p",
    "div",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "pre",
    "table",
    "ul",
    "ol",
    "dd",
    "dt",
}
HEADER_TABLE = re.compile(rf"{QUOC_HIEU.pattern}|{form_words().recipients}", re.IGNORECASE)


def _strip_noise(root: Any) -> None:
    for el in list(root.iter(*DROP_TAGS)):
        el.drop_tree()
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        marks = f"{el.get('class', '')} {el.get('id', '')} {el.get('role', '')}"
        if (
            marks.strip()
            and NOISE.search(marks)
            and not CONTENT.search(marks)
            and not HEADER_TABLE.search(el.text_content()[:2000])
        ):
            el.drop_tree()


def _own_text(child: Any) -> int:
    """Text a child adds to its container's paragraphs: a paragraph's, or a document
    table's (header, quotas, signature); a portal's layout table, which wraps the
    page's divs (menus, the document, "Văn bản liên quan"), counts for nothing."""
    if child.tag == "p" or (child.tag == "table" and next(child.iter("div"), None) is None):
        return len(" ".join(child.text_content().split()))
    return 0


def _content(root: Any) -> Any:
    """The element whose paragraphs hold the most text."""
    best, best_len = root, 0
    for el in root.iter("article", "main", "div", "section", "td"):
        direct = sum(_own_text(c) for c in el)
        if direct > best_len:
            best, best_len = el, direct
    return best if best_len > 200 else root


BREAK = "\ue000"  # stands for <br> while the text of an element is collected (private use)


def _leaf_lines(el: Any) -> list[str]:
    """Lines of an element without blocks inside: whitespace collapses as a browser
    shows it (source line wraps are spaces), only <br> breaks a line."""
    for br in el.iter("br"):
        if not (br.tail or "").startswith(BREAK):
            br.tail = BREAK + (br.tail or "")
    lines = (" ".join(x.split()) for x in el.text_content().split(BREAK))
    return [line for line in lines if line]


def _cell_lines(cell: Any, options: ReadOptions) -> list[str]:
    blocks: list[str] = []
    _blocks(cell, blocks, options)
    return [line for block in blocks for line in block.split("\n") if line.strip()]


MAX_SPAN = 64


def _span(cell: Any, name: str, most: int = MAX_SPAN) -> int:
    """A cell's colspan or rowspan, clamped to 1..``most`` (browsers clamp too)."""
    try:
        return max(1, min(int(cell.get(name) or 1), most))
    except ValueError:
        return 1


def _grid(table: Any, options: ReadOptions) -> list[list[str]]:
    """Rows of a data table on its grid: a cell spanning columns or rows (colspan,
    rowspan) stands in each grid cell it covers, as the DOCX reader does. A rowspan
    stops at the table's last row; a table laid out into more cells than
    ``options.max_table_cells`` is refused before it is built."""
    trs = list(table.iter("tr"))
    below: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered)
    rows = []
    total = 0
    for index, tr in enumerate(trs):
        cells: list[str] = []
        queue = [td for td in tr if td.tag in ("td", "th")]
        while queue or len(cells) in below:
            if len(cells) in below:
                text, left = below.pop(len(cells))
                if left > 1:
                    below[len(cells)] = (text, left - 1)
                cells.append(text)
                continue
            td = queue.pop(0)
            text = " ".join(_cell_lines(td, options))
            down = _span(td, "rowspan", min(MAX_SPAN, len(trs) - index))
            wide = _span(td, "colspan")
            total += wide * down
            check_cells(None, total, options)
            for _ in range(wide):
                if down > 1:
                    below[len(cells)] = (text, down - 1)
                cells.append(text)
        rows.append(cells)
    return rows


def _blocks(el: Any, out: list[str], options: ReadOptions) -> None:
    if el.tag == "table":
        rows = [
            [_cell_lines(td, options) for td in tr if td.tag in ("td", "th")]
            for tr in el.iter("tr")
        ]
        flat = "\n".join(line for row in rows for cell in row for line in cell)
        if LAYOUT_TABLE.search(flat) and all(len(r) <= 2 for r in rows):
            cols: list[list[str]] = [[], []]
            for row in rows:
                for i, cell in enumerate(row):
                    cols[min(i, 1)].extend(cell)
            out.append("\n".join(cols[0] + cols[1]))
        else:
            lines = ["\t".join(row) for row in _grid(el, options) if any(row)]
            if lines:
                out.append("\n".join(lines))
        return
    if next(el.iterdescendants(*BLOCKS), None) is None:
        lines = _leaf_lines(el)
        if lines:
            out.append("\n".join(lines))
        return
    if el.text and el.text.strip():
        out.append(" ".join(el.text.split()))
    for child in el:
        if isinstance(child.tag, str):
            _blocks(child, out, options)
        if child.tail and child.tail.strip():
            out.append(" ".join(child.tail.split()))


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    head = data[:4096].decode("ascii", "ignore")
    declared = re.search(r"charset=[\"']?([\w-]+)", head, re.IGNORECASE)
    if declared and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode(declared.group(1)), declared.group(1).lower()
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(data, path)


def _check_depth(path: Path, root: Any, options: ReadOptions) -> None:
    """Refuse a page nested deeper than any real one (500 tables in one another):
    reading it would recurse that deep and rescan every level."""
    stack = [(root, 1)]
    while stack:
        el, depth = stack.pop()
        if depth > options.max_html_depth:
            raise InputError(
                path,
                f"the web page nests its elements more than {options.max_html_depth} deep",
                "save the page again; raise THIDUA_MAX_HTML_DEPTH if it is real",
            )
        stack.extend((child, depth + 1) for child in el)


def read_html(path: Path, data: bytes, options: ReadOptions | None = None) -> RawText:
    """Read the document body of a saved web page."""
    import lxml.html

    options = options or ReadOptions()
    source, encoding = _decode(path, data)
    source = re.sub(r"^\s*<\?xml[^>]*>", "", source)
    try:
        root = lxml.html.document_fromstring(source)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise InputError(
            path, f"the web page cannot be parsed ({exc})", "save the page again"
        ) from exc
    _check_depth(path, root, options)
    _strip_noise(root)
    body = _content(root)
    blocks: list[str] = []
    try:
        _blocks(body, blocks, options)
    except InputError as exc:  # a table over the limit, found deep inside
        raise InputError(path, exc.reason, exc.hint) from exc
    text = "\n\n".join(blocks)
    text, encoding, notes = text_encoding(text, encoding)
    return RawText(text=text, format="html", encoding=encoding, notes=notes)
