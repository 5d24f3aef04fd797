"""Files as researchers receive them, built from a plan's .txt: Word, LibreOffice PDF,
stamped scans, mixed PDFs, legal-portal pages, Word 97.

:class:`WordPlan` splits a plan's text the way its Word original was laid out:
the Nghị định 30 header as a borderless two-column table (issuing body and
number left; quốc hiệu, motto, place and date right, with the typed rules
under them), body paragraphs (``**bold**`` / ``*italic*`` marks become runs),
tab-separated lines as a bordered table (equal neighbouring cells merged), and
"Nơi nhận" beside the signature block in a second borderless table.
"""

from __future__ import annotations

import io
import math
import random
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

FONTS = Path("/usr/share/fonts/truetype/dejavu")
DOC_TYPE = re.compile(r"^(KẾ HOẠCH|QUYẾT ĐỊNH|CHỈ THỊ|HƯỚNG DẪN|THÔNG BÁO|BÁO CÁO|CÔNG VĂN)$", re.M)
RIGHT_START = re.compile(r"CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập\s*-|ĐẢNG CỘNG SẢN VIỆT NAM")
DATE_LINE = re.compile(r"^[^\d,]{2,40}, ngày \d{1,2} tháng \d{1,2} năm \d{4}")
HEADING = re.compile(r"^(?:[IVX]{1,5}\.|\d{1,2}\.\s+\S[^.]{0,80}$)")
SIGNER_NAME = re.compile(r"^(?:[A-ZĐ][^\sA-ZĐ]\S*|Đại tá|Thượng tá|Trung tá)(?: \S+){1,5}$")
PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
MARKUP = re.compile(r"(\*\*|\*)(.+?)\1", re.S)


@dataclass
class WordPlan:
    """A plan's text laid out as its Word original."""

    left: list[str] = field(default_factory=list)
    right: list[str] = field(default_factory=list)
    body: list[str | list[list[str]]] = field(default_factory=list)  # paragraph or table rows
    to: list[str] = field(default_factory=list)  # "Nơi nhận" column
    signature: list[str] = field(default_factory=list)
    appendix: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str) -> WordPlan:
        blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text) if b.strip()]
        plan = cls()
        start = _header(blocks, plan)
        closing = next(
            (i for i in range(start, len(blocks)) if blocks[i].startswith("Nơi nhận")), len(blocks)
        )
        for block in blocks[start:closing]:
            lines = block.split("\n")
            if all("\t" in line for line in lines):
                plan.body.append([line.split("\t") for line in lines])
            elif all(PIPE_ROW.match(line) for line in lines):  # a table typed as | a | b |
                rows = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines]
                plan.body.append([r for r in rows if not all(set(c) <= set("-: ") for c in r)])
            else:
                plan.body.append(block)
        for k, block in enumerate(blocks[closing:], closing):
            lines = block.split("\n")
            if any("\t" in ln for ln in lines):  # the closing table copied as text
                for ln in lines:
                    left, _, right = ln.partition("\t")
                    plan.to += [left.strip()] if left.strip() else []
                    plan.signature += [right.strip()] if right.strip() else []
            elif not plan.signature and (
                block.startswith("Nơi nhận") or all(ln.lstrip("* ").startswith("-") for ln in lines)
            ):
                plan.to.extend(lines)
            else:
                plan.signature.extend(lines)
            if plan.signature and SIGNER_NAME.match(_plain(plan.signature[-1])):
                plan.appendix = blocks[k + 1 :]  # an attached plan after the signature
                break
        return plan


def _header(blocks: list[str], plan: WordPlan) -> int:
    """Fill the header columns; return the index of the first body block."""
    kind = next((i for i, b in enumerate(blocks[:12]) if DOC_TYPE.match(_plain(b))), None)
    if kind is None:
        return 0
    for block in blocks[:kind]:
        for line in _plain(block).split("\n"):
            cut = RIGHT_START.search(line)
            head, tail = (line[: cut.start()], line[cut.start() :]) if cut else (line, "")
            if DATE_LINE.match(head):
                head, tail = "", head
            for part, column in ((head, plan.left), (tail, plan.right)):
                if part.strip():
                    column.append(" ".join(part.split()))
    return kind


def _plain(text: str) -> str:
    return text.replace("**", "").replace("*", "") if "*" in text else text


def _runs(paragraph, text: str, bold: bool = False, italic: bool = False, size: float = 14):  # type: ignore[no-untyped-def]
    """Add ``text`` to a python-docx paragraph, ``**x**``/``*x*`` as bold/italic runs."""
    from docx.shared import Pt

    pos = 0
    pieces: list[tuple[str, bool, bool]] = []
    for match in MARKUP.finditer(text):
        pieces.append((text[pos : match.start()], bold, italic))
        strong = match.group(1) == "**"
        pieces.append((match.group(2), bold or strong, italic or not strong))
        pos = match.end()
    pieces.append((text[pos:], bold, italic))
    for chunk, b, i in pieces:
        for k, line in enumerate(chunk.split("\n")):
            if k:
                paragraph.add_run().add_break()
            if line:
                run = paragraph.add_run(line)
                run.bold, run.italic, run.font.size = b, i, Pt(size)


def _cell_lines(cell, lines: list[str], bold_until: int, size: float = 13) -> None:  # type: ignore[no-untyped-def]
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    cell.paragraphs[0].text = ""
    left = bool(lines) and lines[0].startswith("Nơi nhận")
    for i, line in enumerate(lines):
        par = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        par.alignment = WD_ALIGN_PARAGRAPH.LEFT if left else WD_ALIGN_PARAGRAPH.CENTER
        italic = bool(DATE_LINE.match(line))
        _runs(par, line, bold=i < bold_until and not italic, italic=italic, size=size)


def _page_field(paragraph) -> None:  # type: ignore[no-untyped-def]
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    paragraph._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )


def _data_table(document, rows: list[list[str]]) -> None:  # type: ignore[no-untyped-def]
    """A bordered table; equal non-empty neighbouring cells of a row are merged."""
    width = max(len(r) for r in rows)
    table = document.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        values = values + [""] * (width - len(values))
        c = 0
        while c < width:
            span = 1
            while c + span < width and values[c + span] == values[c] and values[c]:
                span += 1
            cell = table.cell(r, c)
            if span > 1:
                cell = cell.merge(table.cell(r, c + span - 1))
            _runs(cell.paragraphs[0], values[c], bold=r == 0, size=12)
            c += span


def _layout_table(
    document,
    left: list[str],
    right: list[str],
    widths: tuple[float, float],
    bold: tuple[int, int],
    size: tuple[float, float],
) -> None:  # type: ignore[no-untyped-def]
    from docx.shared import Cm

    table = document.add_table(rows=1, cols=2)
    table.autofit = False
    for column, w in zip(table.columns, widths, strict=True):
        column.width = Cm(w)  # the grid LibreOffice lays out by
    for cell, lines, w, b, s in zip(
        table.rows[0].cells, (left, right), widths, bold, size, strict=True
    ):
        cell.width = Cm(w)
        _cell_lines(cell, lines, b, s)


def render_word(plan: WordPlan, path: Path, rules: bool = True) -> Path:
    """A DOCX as typists make them: Times New Roman 14, A4, page number in the footer."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(14)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(footer)
    if plan.left or plan.right:
        left = [ln for ln in plan.left if not ln.startswith("Số")]
        number = [ln for ln in plan.left if ln.startswith("Số")]
        right_top = [ln for ln in plan.right if not DATE_LINE.match(ln)]
        dates = [ln for ln in plan.right if DATE_LINE.match(ln)]
        rule = ["________"] if rules else []
        _layout_table(
            document,
            left + rule + number,
            right_top + (["______________________"] if rules else []) + dates,
            (6.5, 9.5),
            (len(left), len(right_top)),
            (13, 13),
        )
    kinds = [k for k, b in enumerate(plan.body) if isinstance(b, str) and DOC_TYPE.match(_plain(b))]
    title = kinds[0] + 1 if kinds else -1
    for k, block in enumerate(plan.body):
        if isinstance(block, list):
            _data_table(document, block)
            continue
        par = document.add_paragraph()
        par.paragraph_format.space_after = Pt(6)
        plain = _plain(block)
        if k in kinds or k == title:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _runs(par, block, bold=True)
        elif HEADING.match(plain) and len(plain) < 90:
            _runs(par, block, bold=True)
        else:
            par.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            par.paragraph_format.first_line_indent = Cm(1.27)
            _runs(par, block)
    if plan.to or plan.signature:
        sign = plan.signature
        if len(sign) >= 2:  # room for the signature above the name, as typists leave it
            sign = [*sign[:-1], "", "", "", sign[-1]]
        _layout_table(document, plan.to, sign, (7.5, 8.5), (1, len(sign) - 1), (11, 14))
    for block in plan.appendix:
        _runs(document.add_paragraph(), block, bold=bool(DOC_TYPE.match(_plain(block))))
    document.save(str(path))
    return path


def soffice(sources: list[Path], target: str, outdir: Path) -> list[Path]:
    """Convert files with LibreOffice headless (``pdf``, ``doc``) in one run."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        raise RuntimeError("LibreOffice is not installed")
    with tempfile.TemporaryDirectory(prefix="thidua-fixture-") as profile:
        cmd = [office, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"]
        cmd += ["--convert-to", target, "--outdir", str(outdir), *map(str, sources)]
        subprocess.run(cmd, capture_output=True, timeout=300, check=True)
    ext = target.split(":")[0]
    out = [outdir / f"{s.stem}.{ext}" for s in sources]
    missing = [p for p in out if not p.exists()]
    if missing:
        raise RuntimeError(f"LibreOffice did not write {missing}")
    return out


# --- scans ---------------------------------------------------------------------------


def _find(pdf: Path, needle: str) -> tuple[int, tuple[float, float, float, float]] | None:
    """(page index, (left, top, right, bottom) in points from the top) of ``needle``."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    try:
        for index in range(len(doc) - 1, -1, -1):
            page = doc[index]
            height = page.get_height()
            text = page.get_textpage()
            found = text.search(needle, match_case=True).get_next()
            if found:
                first, count = found
                boxes = [text.get_charbox(i) for i in range(first, first + count)]
                left = min(b[0] for b in boxes)
                right = max(b[2] for b in boxes)
                return index, (
                    left,
                    height - max(b[3] for b in boxes),
                    right,
                    height - min(b[1] for b in boxes),
                )
    finally:
        doc.close()
    return None


def _ink_over(image, layer) -> None:  # type: ignore[no-untyped-def]
    """Lay ink over the page as ink does (multiply: over black type it stays black)."""
    from PIL import Image, ImageChops

    white = Image.new("RGBA", image.size, (255, 255, 255, 255))
    ink = Image.alpha_composite(white, layer).convert("RGB")
    image.paste(ImageChops.multiply(image.convert("RGB"), ink).convert("RGBA"))


def _stamp(image, centre: tuple[float, float], radius: float, words: str) -> None:  # type: ignore[no-untyped-def]
    """A red round seal: two rings, a star, the issuing body's name around the ring."""
    from PIL import Image, ImageDraw, ImageFont

    red = (205, 32, 38, 230)
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    x, y = centre
    for r, w in ((radius, max(3, int(radius / 22))), (radius * 0.66, max(2, int(radius / 40)))):
        draw.ellipse((x - r, y - r, x + r, y + r), outline=red, width=w)
    star = [
        (
            x + radius * (0.28 if k % 2 == 0 else 0.11) * math.sin(k * math.pi / 5),
            y - radius * (0.28 if k % 2 == 0 else 0.11) * math.cos(k * math.pi / 5),
        )
        for k in range(10)
    ]
    draw.polygon(star, fill=red)
    font = ImageFont.truetype(str(FONTS / "DejaVuSans-Bold.ttf"), int(radius * 0.17))
    letters = list(words)
    for k, ch in enumerate(letters):
        angle = -150 + 300 * k / max(1, len(letters) - 1)
        glyph = Image.new("RGBA", (int(radius * 0.3), int(radius * 0.3)), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text(
            (radius * 0.15, radius * 0.15), ch, font=font, fill=red, anchor="mm"
        )
        glyph = glyph.rotate(-angle, resample=Image.Resampling.BICUBIC)
        gx = x + radius * 0.83 * math.sin(math.radians(angle)) - glyph.width / 2
        gy = y - radius * 0.83 * math.cos(math.radians(angle)) - glyph.height / 2
        layer.alpha_composite(glyph, (int(gx), int(gy)))
    _ink_over(image, layer)


def _signature(image, box: tuple[float, float, float, float], seed: int) -> None:  # type: ignore[no-untyped-def]
    """A pen scribble across ``box`` (left, top, right, bottom) in pixels."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    left, top, right, bottom = box
    points = []
    for k in range(40):
        t = k / 39
        points.append(
            (
                left + (right - left) * t + rng.uniform(-4, 4),
                top + (bottom - top) * (0.5 + 0.45 * math.sin(t * 9 + rng.uniform(-0.4, 0.4))),
            )
        )
    draw.line(
        points, fill=(20, 30, 120, 255), width=max(2, int((bottom - top) / 25)), joint="curve"
    )
    _ink_over(image, layer)


def stamped_scan(
    pdf: Path,
    signer: str,
    seal_words: str,
    dpi: int = 200,
    skew: float = 0.8,
    noise: float = 6.0,
    jpeg: int = 65,
    grayscale: bool = True,
    pages: list[int] | None = None,
) -> list[bytes]:
    """Pages of a text PDF as a scanner returns them, the signature page stamped and signed."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    where = _find(pdf, signer)
    scale = dpi / 72
    doc = pdfium.PdfDocument(str(pdf))
    out = []
    try:
        for index in pages if pages is not None else range(len(doc)):
            image = doc[index].render(scale=scale).to_pil().convert("RGBA")
            if where and where[0] == index:
                left, top, right, bottom = (v * scale for v in where[1])
                height = bottom - top
                centre = ((left + right) / 2 - 2.2 * height, top - 3.2 * height)
                _stamp(image, centre, 3.4 * height, seal_words)
                _signature(
                    image,
                    (left - height, top - 2.8 * height, right + height, top + 0.1 * height),
                    index,
                )
            image = image.convert("L" if grayscale else "RGB")
            if skew:
                image = image.rotate(
                    skew,
                    resample=Image.Resampling.BICUBIC,
                    expand=True,
                    fillcolor=255 if grayscale else (255, 255, 255),
                )
            if noise:
                arr = np.asarray(image, dtype=np.float32)
                arr = arr + np.random.default_rng(index).normal(0, noise, arr.shape)
                image = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
            buf = io.BytesIO()
            image.save(buf, "JPEG", quality=jpeg, dpi=(dpi, dpi))
            out.append(buf.getvalue())
    finally:
        doc.close()
    return out


def scan_pdf(pages: list[bytes], path: Path, dpi: int) -> Path:
    """Image-only PDF of JPEG pages (each page keeps its own JPEG)."""
    from PIL import Image

    images = [Image.open(io.BytesIO(p)) for p in pages]
    images[0].save(str(path), "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return path


def mixed_pdf(text_pdf: Path, scanned: Path, scanned_pages: list[int], path: Path) -> Path:
    """``text_pdf`` with the pages in ``scanned_pages`` replaced by the pages of ``scanned``."""
    import pypdfium2 as pdfium

    text = pdfium.PdfDocument(str(text_pdf))
    scan = pdfium.PdfDocument(str(scanned))
    out = pdfium.PdfDocument.new()
    try:
        for index in range(len(text)):
            if index in scanned_pages:
                out.import_pages(scan, [scanned_pages.index(index)])
            else:
                out.import_pages(text, [index])
        out.save(str(path))
    finally:
        for doc in (out, scan, text):
            doc.close()
    return path


# --- legal-database page -------------------------------------------------------------


def _p(text: str, align: str = "justify", bold: bool = False) -> str:
    html = escape(_plain(text)).replace("\n", "<br>")
    if bold:
        html = f"<b>{html}</b>"
    return f'<p style="margin-bottom:6.0pt;text-align:{align}"><span style="font-size:12pt">{html}</span></p>'


def render_portal(plan: WordPlan, path: Path, title: str) -> Path:
    """A page saved from a legal-database portal (thuvienphapluat-like): menus, a
    metadata panel, tabs, "Văn bản liên quan", the body in nested divs and tables."""
    cells = []
    if plan.left or plan.right:
        cols = [
            "".join(_p(x, "center", bold=not x.startswith("Số")) for x in plan.left),
            "".join(_p(x, "center", bold=not DATE_LINE.match(x)) for x in plan.right),
        ]
        cells.append(
            '<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr>'
            f'<td width="35%" valign="top">{cols[0]}</td><td width="65%" valign="top">{cols[1]}</td>'
            "</tr></table>"
        )
    for block in plan.body:
        if isinstance(block, list):
            rows = "".join(
                "<tr>"
                + "".join(
                    f'<td style="border:solid windowtext 1pt">{_p(c, "center")}</td>' for c in row
                )
                + "</tr>"
                for row in block
            )
            cells.append(f'<table border="1" cellspacing="0" cellpadding="0">{rows}</table>')
        else:
            plain = _plain(block)
            centred = DOC_TYPE.match(plain) or (plain.isupper() and len(plain) < 60)
            cells.append(
                _p(block, "center" if centred else "justify", bold=bool(HEADING.match(plain)))
            )
    if plan.to or plan.signature:
        to = "".join(_p(x, "left") for x in plan.to)
        sign = "".join(_p(x, "center", bold=True) for x in plan.signature)
        cells.append(
            f'<table border="0" width="100%"><tr><td width="45%" valign="top">{to}</td>'
            f'<td width="55%" valign="top">{sign}</td></tr></table>'
        )
    cells += [_p(block) for block in plan.appendix]
    related = "".join(
        f'<li><a href="/van-ban/{k}">{escape(t)}</a></li>'
        for k, t in enumerate(
            [
                "Kế hoạch 12/KH-UBND năm 2025 tổ chức phong trào thi đua yêu nước",
                "Quyết định 30/2024/QĐ-UBND về Quy chế thi đua, khen thưởng",
                "Luật Thi đua, khen thưởng 2022",
            ]
        )
    )
    page = f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)}</title>
<link rel="stylesheet" href="/css/site.css" />
<script type="text/javascript">var _gaq = _gaq || []; _gaq.push(['_trackPageview']);</script>
</head><body>
<div id="wrapper"><div id="header"><div class="logo"><a href="/">THƯ VIỆN PHÁP LUẬT</a></div>
<div id="topmenu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/vb">Văn bản pháp luật</a></li>
<li><a href="/hd">Hỏi đáp pháp luật</a></li><li><a href="/dn">Đăng nhập</a></li></ul></div></div>
<div id="ctl00_Content_Path" class="pathway"><a href="/">Trang chủ</a> » <a href="/vb">Văn bản</a> » <a href="#">Thi đua - Khen thưởng</a></div>
<div id="ctl00_Content_divMain"><table width="100%"><tr>
<td valign="top" width="72%">
<div class="boxtab"><ul id="tabs"><li class="selected">Nội dung</li><li>Tóm tắt</li><li>Văn bản gốc</li>
<li>Tiếng Anh</li><li>Lược đồ</li><li>Liên quan hiệu lực</li><li>Tải về</li></ul></div>
<div id="divThuocTinh" class="vbInfo"><ul><li>Số hiệu: ****</li><li>Loại văn bản: Kế hoạch</li>
<li>Nơi ban hành: ****</li><li>Ngày ban hành: ****</li><li>Tình trạng: Đã biết</li></ul></div>
<div class="content1"><div id="ctl00_Content_ThongTinVB_pnlDocContent"><div class="content1">
<div style="font-family:'Times New Roman'">
{"".join(cells)}
</div></div></div></div>
<div class="vbLienQuan"><h3>Văn bản liên quan</h3><ul>{related}</ul></div>
</td>
<td valign="top" width="28%"><div id="rightcol"><div class="box-dangky">
<p>Đăng ký thành viên để xem toàn văn văn bản và nhận thông báo khi có văn bản mới về thi đua, khen thưởng.</p>
<a class="btn" href="/dk">Đăng ký</a></div>
<div class="box-hot"><h4>Văn bản mới</h4><ul><li><a href="/x">Kế hoạch triển khai phong trào thi đua năm 2026 của tỉnh</a></li>
<li><a href="/y">Hướng dẫn khen thưởng tổng kết năm của Ban Thi đua</a></li></ul></div></div></td>
</tr></table></div>
<div id="footer"><p>Chủ quản: Công ty cổ phần thư viện pháp luật. Giấy phép số 00/GP-STTTT.</p>
<p>Địa chỉ: 01 đường số 1, phường Một, Thành phố Hồ Chí Minh.</p></div></div>
<script>document.getElementById("tabs").onclick = function () {{ return false; }};</script>
</body></html>"""
    path.write_text(page, encoding="utf-8")
    return path
