"""Generate the hostile input set of issue 12 (deterministic: same bytes on every run).

    python scripts/hostile_set.py OUT_DIR [--small] [--tiny 5000]

Writes into ``OUT_DIR``:

* ``ordinary-plan.txt`` — a real plan from ``corpora/samples``, which must be stored;
* text baits built on that plan: one line of 200,000 dots, 500,000 blank lines,
  100,000 ellipses, 100,000 combining marks on one letter, a 50 MB text;
* HTML baits: a table whose 10,000 cells carry ``colspan="64" rowspan="64"``,
  500 nested tables;
* PDF baits: a blank page of 14,400 × 14,400 pt (rendered for OCR), a page tree
  that loops, a page of 200,000 pt declared with a user unit;
* Word baits: ``gridSpan w:val="abc"``, a span of 10,000,000, a missing body, a
  zip bomb (300 MB of spaces in ``word/document.xml``).

``--small`` writes scaled-down baits (for tests); ``--tiny N`` writes a second
folder ``OUT_DIR/tiny`` of ``N`` small files (short plans, empty files, junk bytes)
for the files-per-second figure.
"""

from __future__ import annotations

import argparse
import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAN = ROOT / "corpora" / "samples" / "da-nang_ubnd_ke-hoach-thi-dua-2024.txt"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def plan_text() -> str:
    return PLAN.read_text(encoding="utf-8")


def _with_bait(bait: str) -> bytes:
    """The plan with ``bait`` put after its first section heading."""
    text = plan_text()
    cut = text.index("\n", len(text) // 3)
    return (text[:cut] + "\n" + bait + "\n" + text[cut:]).encode("utf-8")


def text_baits(scale: float) -> dict[str, bytes]:
    n = lambda count: max(10, int(count * scale))  # noqa: E731
    big = plan_text().encode("utf-8")
    return {
        "dots-200k.txt": _with_bait("Ghi chú: " + "." * n(200_000)),
        "blank-lines-500k.txt": _with_bait("\n" * n(500_000)),
        "ellipses-100k.txt": _with_bait("…" * n(100_000)),
        "combining-100k.txt": _with_bait("a" + "\u0301" * n(100_000)),
        "huge-50mb.txt": big * max(1, n(50_000_000) // len(big)),
    }


def _html(body: str) -> bytes:
    head = '<html><head><meta charset="utf-8"><title>Kế hoạch</title></head><body>'
    return (head + body + "</body></html>").encode("utf-8")


def html_baits(scale: float) -> dict[str, bytes]:
    rows = max(4, int(200 * scale))
    cell = '<td colspan="64" rowspan="64">thi đua khen thưởng</td>'
    spans = "<table>" + ("<tr>" + cell * 50 + "</tr>") * rows + "</table>"
    depth = max(10, int(500 * scale))
    nested = "<table><tr><td>" * depth + "Kế hoạch thi đua" + "</td></tr></table>" * depth
    prose = "<p>" + plan_text().replace("\n", "</p><p>") + "</p>"
    return {
        "colspan-64.html": _html(spans + prose),
        "nested-tables-500.html": _html(nested + prose),
    }


def _pdf(objects: list[str]) -> bytes:
    """A PDF from numbered object bodies, with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(f"{i} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for off in offsets:
        out.write(f"{off:010d} 00000 n \n".encode())
    out.write(f"trailer << /Size {len(objects) + 1} /Root 1 0 R >>\n".encode())
    out.write(f"startxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_baits() -> dict[str, bytes]:
    catalog = "<< /Type /Catalog /Pages 2 0 R >>"
    return {
        "blank-14400pt.pdf": _pdf(
            [
                catalog,
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 14400 14400] >>",
            ]
        ),
        "page-tree-loop.pdf": _pdf(
            [
                catalog,
                "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",  # its own kid
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            ]
        ),
        "giant-userunit.pdf": _pdf(
            [
                catalog,
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200000 200000] /UserUnit 75000 >>",
            ]
        ),
    }


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    'relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def _docx(document_xml: str | Callable[[zipfile.ZipFile], None]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        if callable(document_xml):
            document_xml(z)
        else:
            z.writestr("word/document.xml", document_xml)
    return buf.getvalue()


def _paragraphs() -> str:
    return "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
        for line in plan_text().replace("&", "&amp;").replace("<", "&lt;").splitlines()
    )


def _body(inner: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}">{inner}</w:document>'
    )


def _span_table(value: str) -> str:
    cell = (
        f'<w:tc><w:tcPr><w:gridSpan w:val="{value}"/></w:tcPr>'
        "<w:p><w:r><w:t>Tập thể</w:t></w:r></w:p></w:tc>"
    )
    return f"<w:tbl><w:tr>{cell}{cell}</w:tr><w:tr>{cell}</w:tr></w:tbl>"


def _bomb(z: zipfile.ZipFile) -> None:
    with z.open("word/document.xml", "w", force_zip64=True) as fh:
        fh.write(_body("<w:body>").encode()[: -len("</w:document>")])
        chunk = b" " * (1 << 20)
        for _ in range(300):
            fh.write(chunk)
        fh.write(b"</w:body></w:document>")


def docx_baits() -> dict[str, bytes]:
    return {
        "gridspan-abc.docx": _docx(_body(f"<w:body>{_span_table('abc')}{_paragraphs()}</w:body>")),
        "gridspan-huge.docx": _docx(
            _body(f"<w:body>{_span_table('10000000')}{_paragraphs()}</w:body>")
        ),
        "no-body.docx": _docx(_body("")),
        "zip-bomb.docx": _docx(_bomb),
    }


def tiny_set(out: Path, count: int) -> None:
    """``count`` small files: 70 % short plans (each distinct), 15 % empty, 15 % junk."""
    rng = random.Random(12)
    lines = [line for line in plan_text().splitlines() if line.strip()]
    out.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        kind = rng.random()
        if kind < 0.70:
            body = "\n".join(lines[: rng.randint(12, len(lines))])
            data = body.replace("Số:", f"Số: {i + 1}", 1).encode("utf-8")
        elif kind < 0.85:
            data = b""
        else:
            data = bytes(rng.randrange(256) for _ in range(rng.randint(1, 400)))
        (out / f"tiny-{i:05d}.txt").write_bytes(data)


def build(out: Path, small: bool = False) -> list[Path]:
    """Write the hostile set into ``out``; return the paths written."""
    scale = 0.01 if small else 1.0
    files: dict[str, bytes] = {"ordinary-plan.txt": plan_text().encode("utf-8")}
    files |= text_baits(scale) | html_baits(scale) | pdf_baits() | docx_baits()
    if small:
        del files["zip-bomb.docx"]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in sorted(files.items()):
        (out / name).write_bytes(data)
        written.append(out / name)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--small", action="store_true", help="scaled-down baits (tests)")
    parser.add_argument("--tiny", type=int, default=0, help="also OUT/tiny with N small files")
    args = parser.parse_args()
    for path in build(args.out, args.small):
        print(f"{path.stat().st_size:>12,}  {path.name}")
    if args.tiny:
        tiny_set(args.out / "tiny", args.tiny)
        print(f"{args.tiny:>12,}  files in {args.out / 'tiny'}")


if __name__ == "__main__":
    main()
