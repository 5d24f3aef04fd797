"""Build reader fixtures from text: PDF, DOCX, HTML, legacy bytes and degraded scans.

A plan's text is one paragraph per line (blank lines ignored). Leading lines
of the form ``LEFT | RIGHT`` are the Nghị định 30 header and are rendered as a
two-column table, the way Word files and their PDF exports lay it out.
"""

from __future__ import annotations

import io
import random
import re
from dataclasses import dataclass
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "seeds"
HERE = Path(__file__).resolve().parent
OWN_PLAN = HERE / "data" / "plan_an_giang.txt"


@dataclass
class Plan:
    """Header columns and body paragraphs of a plan."""

    left: list[str]
    right: list[str]
    paragraphs: list[str]

    @classmethod
    def parse(cls, text: str) -> Plan:
        left: list[str] = []
        right: list[str] = []
        paragraphs: list[str] = []
        for line in text.splitlines():
            if not line.strip():
                continue
            if not paragraphs and " | " in line:
                a, b = line.split(" | ", 1)
                if a.strip():
                    left.append(a.strip())
                if b.strip():
                    right.append(b.strip())
            else:
                paragraphs.append(line.strip())
        return cls(left, right, paragraphs)

    def text(self) -> str:
        """The expected reading: left column, right column, then the body."""
        parts = [*self.left, *self.right, *self.paragraphs]
        return "\n".join(parts)


def render_pdf(
    plan: Plan, path: Path, page_numbers: bool = True, running_header: str | None = None
) -> Path:
    """A text-layer PDF in DejaVu Serif, justified paragraphs, header as a table."""
    from fpdf import FPDF

    class Doc(FPDF):
        def header(self) -> None:
            if running_header and self.page_no() > 1:
                self.set_font("dv", "", 9)
                self.cell(0, 6, running_header, align="C")
                self.ln(8)

        def footer(self) -> None:
            if page_numbers:
                self.set_y(-15)
                self.set_font("dv", "", 10)
                self.cell(0, 8, str(self.page_no()), align="C")

    pdf = Doc(format="A4")
    pdf.add_font("dv", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("dv", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    if plan.left or plan.right:
        pdf.set_font("dv", "B", 10.5)
        rows = max(len(plan.left), len(plan.right))
        y0 = pdf.get_y()
        for i in range(rows):
            y = y0 + i * 6
            if i < len(plan.left):
                pdf.set_xy(25, y)
                pdf.cell(62, 6, plan.left[i], align="C")
            if i < len(plan.right):
                pdf.set_xy(90, y)
                pdf.cell(100, 6, plan.right[i], align="C")
        pdf.set_y(y0 + rows * 6 + 6)
    pdf.set_font("dv", "", 12)
    for para in plan.paragraphs:
        centred = para.isupper() and len(para) < 60
        pdf.multi_cell(0, 6.5, para, align="C" if centred else "J")
        pdf.ln(2)
    pdf.output(str(path))
    return path


def render_docx(
    plan: Plan, path: Path, legacy: str | None = None, page_header: str | None = "Trang đầu"
) -> Path:
    """A DOCX with the header as a borderless two-column table; optional legacy fonts."""
    import docx
    from docx.shared import Pt

    font = {"tcvn3": ".VnTime", "vni": "VNI-Times", None: "Times New Roman"}[legacy]

    def put(par, text: str) -> None:  # type: ignore[no-untyped-def]
        for chunk, capitals in legacy_runs(text, legacy):
            run = par.add_run(chunk)
            run.font.name = font + "H" if capitals else font
            run.font.size = Pt(13)

    document = docx.Document()
    if page_header:
        put(document.sections[0].header.paragraphs[0], page_header)
        put(document.sections[0].footer.paragraphs[0], "Trang 1")
    if plan.left or plan.right:
        table = document.add_table(rows=1, cols=2)
        for cell, lines in zip(table.rows[0].cells, (plan.left, plan.right), strict=True):
            cell.paragraphs[0].text = ""
            for i, line in enumerate(lines):
                put(cell.paragraphs[0] if i == 0 else cell.add_paragraph(), line)
    for para in plan.paragraphs:
        put(document.add_paragraph(), para)
    document.save(str(path))
    return path


def to_legacy(text: str, encoding: str | None) -> str:
    """Unicode -> TCVN3 or VNI characters (the inverse of the reader's tables)."""
    from pipeline.readers.data_files import tcvn3_table, vni_table

    if encoding is None:
        return text
    table = tcvn3_table() if encoding == "tcvn3" else vni_table()
    inverse = {uni: legacy for legacy, uni in table.items()}
    return "".join(inverse.get(ch, ch) for ch in text)


def _needs_capitals_font(word: str) -> bool:
    from pipeline.readers.data_files import tcvn3_table

    letters = set(tcvn3_table().values())
    return any(ch.isupper() and ch not in letters and ch.lower() in letters for ch in word)


def legacy_runs(text: str, encoding: str | None) -> list[tuple[str, bool]]:
    """Runs of legacy text; TCVN3 has no toned capitals, so such words go to the
    capitals font (.VnTimeH) typed in lower case, as typists did."""
    if encoding != "tcvn3":
        return [(to_legacy(text, encoding), False)]
    runs: list[tuple[str, bool]] = []
    for token in re.findall(r"\S+|\s+", text):
        capitals = _needs_capitals_font(token)
        chunk = to_legacy(token.lower() if capitals else token, encoding)
        if runs and runs[-1][1] == capitals:
            runs[-1] = (runs[-1][0] + chunk, capitals)
        else:
            runs.append((chunk, capitals))
    return runs


def legacy_expected(text: str) -> str:
    """What a faithful TCVN3 reading gives back: capitals-font words come out upper case."""
    return "".join(
        t.upper() if _needs_capitals_font(t) else t for t in re.findall(r"\S+|\s+", text)
    )


def render_html(plan: Plan, path: Path) -> Path:
    """A page saved from a provincial portal: nav, scripts, metadata panel around the body."""
    from html import escape

    body = []
    if plan.left or plan.right:
        body.append("<table class='header'><tr>")
        for lines in (plan.left, plan.right):
            body.append("<td>" + "<br>".join(escape(x) for x in lines) + "</td>")
        body.append("</tr></table>")
    body += [f"<p>{escape(p)}</p>" for p in plan.paragraphs]
    page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Kế hoạch - Cổng thông tin điện tử tỉnh</title>
<script>var gaId = "UA-000"; function menu() {{ return "Trang chủ"; }}</script>
<style>.nav {{ color: red; }}</style></head><body>
<header><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</div>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gt">Giới thiệu</a></li>
<li><a href="/tt">Tin tức sự kiện</a></li>
<li><a href="/vb">Văn bản chỉ đạo điều hành</a></li></ul></nav>
</header>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/vb">Văn bản</a></div>
<div class="container"><aside class="sidebar"><h3>Tin mới</h3><ul>
<li><a href="/a">Hội nghị tổng kết công tác năm của Sở Nội vụ tỉnh</a></li>
<li><a href="/b">Lịch tiếp công dân tháng 10 của lãnh đạo tỉnh</a></li></ul></aside>
<article class="content"><div class="meta">Ngày đăng: 28/10/2021 | Lượt xem: 1234 | In bài</div>
{"".join(body)}
</article></div>
<div class="vbpl-info"><table><tr><td>Số ký hiệu</td><td>01/KH</td></tr>
<tr><td>Ngày ban hành</td><td>28/10/2021</td></tr></table></div>
<footer>Bản quyền thuộc Cổng thông tin điện tử tỉnh. Địa chỉ: 01 đường Trần Hưng Đạo.</footer>
<script>document.write("quảng cáo");</script></body></html>"""
    path.write_text(page, encoding="utf-8")
    return path


def rasterise(
    pdf: Path,
    dpi: int = 300,
    skew: float = 0.0,
    noise: float = 0.0,
    blur: float = 0.0,
    jpeg: int | None = None,
    seed: int = 4,
) -> list[bytes]:
    """Pages of ``pdf`` as degraded scans (PNG or JPEG bytes)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    out = []
    doc = pdfium.PdfDocument(str(pdf))
    try:
        for page in doc:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            if skew:
                image = image.rotate(
                    skew, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255
                )
            if blur:
                image = image.filter(ImageFilter.GaussianBlur(blur))
            if noise:
                arr = np.asarray(image, dtype=np.float32)
                gen = np.random.default_rng(rng.randrange(1 << 30))
                arr = arr + gen.normal(0, noise, arr.shape)
                image = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
            buf = io.BytesIO()
            if jpeg:
                image.save(buf, "JPEG", quality=jpeg, dpi=(dpi, dpi))
            else:
                image.save(buf, "PNG", dpi=(dpi, dpi))
            out.append(buf.getvalue())
    finally:
        doc.close()
    return out


def images_to_pdf(pages: list[bytes], path: Path, dpi: int = 300) -> Path:
    """Wrap page images into an image-only PDF, as a scanner does."""
    from PIL import Image

    images = [Image.open(io.BytesIO(p)).convert("L") for p in pages]
    images[0].save(str(path), "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return path


def cer(expected: str, got: str) -> float:
    """Character error rate over whitespace-collapsed text (edit distance / length)."""
    from rapidfuzz.distance import Levenshtein

    a = " ".join(expected.split())
    b = " ".join(got.split())
    return Levenshtein.distance(a, b) / max(1, len(a))
