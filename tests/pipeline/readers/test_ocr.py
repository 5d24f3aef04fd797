"""Scans made from rendered plans: clean, degraded (skew, noise, blur, JPEG), turned, blank.

OCR pages are few on purpose (about five in all): Tesseract costs ~2 s a page here.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from reader_fixtures import Plan, cer, images_to_pdf, rasterise

from pipeline.errors import InputError
from pipeline.readers import read
from pipeline.readers.layout import assemble
from pipeline.readers.ocr import estimate_skew
from pipeline.readers.pdf import pdf_pages

pytestmark = pytest.mark.slow


def _page_texts(pdf: Path) -> list[str]:
    return [assemble([page]).text for page in pdf_pages(pdf, pdf.read_bytes())]


def _tiff(pages: list[bytes], path: Path) -> Path:
    from PIL import Image

    frames = [Image.open(io.BytesIO(p)).convert("L") for p in pages]
    frames[0].save(
        str(path), "TIFF", save_all=True, append_images=frames[1:], compression="tiff_lzw"
    )
    return path


def test_read_scanned_pdf_clean_300dpi(
    rendered: dict[str, Path], own_plan: Plan, tmp_path: Path
) -> None:
    first = rasterise(rendered["pdf"], dpi=300)[:1]
    raw = read(images_to_pdf(first, tmp_path / "scan.pdf"))
    assert raw.format == "pdf-scanned" and raw.ocr
    assert raw.notes[0] == "no text layer: read by OCR"
    assert raw.warnings == []  # a clean scan read with high confidence is not `partial`
    assert cer(_page_texts(rendered["pdf"])[0], raw.text) < 0.02
    assert raw.text.split("\n")[:6] == own_plan.left + own_plan.right
    assert len(raw.page_confidence) == 1 and raw.page_confidence[0] > 85


def test_read_image_degraded_multipage_tiff(rendered: dict[str, Path], tmp_path: Path) -> None:
    pages = rasterise(rendered["pdf"], dpi=200, skew=2.5, noise=10, blur=0.7, jpeg=70)
    raw = read(_tiff(pages, tmp_path / "scan.tif"))
    assert raw.format == "image" and raw.ocr
    assert len(raw.page_starts) == 2 and len(raw.page_confidence) == 2
    expected = "\n\n".join(_page_texts(rendered["pdf"]))
    assert cer(expected, raw.text) < 0.03
    assert [w for w in raw.notes if "deskewed by" in w] == [
        "page 1: deskewed by -2.5°",
        "page 2: deskewed by -2.5°",
    ]
    assert raw.text[raw.page_starts[1] :].startswith(_page_texts(rendered["pdf"])[1][:10])


def test_read_image_turned_page_is_put_upright(rendered: dict[str, Path], tmp_path: Path) -> None:
    from PIL import Image

    page = rasterise(rendered["pdf"], dpi=200)[1]
    turned = Image.open(io.BytesIO(page)).rotate(90, expand=True)
    path = tmp_path / "turned.png"
    turned.save(path)
    raw = read(path)
    assert any("turned upright" in w for w in raw.notes)
    assert cer(_page_texts(rendered["pdf"])[1], raw.text) < 0.03


def test_read_image_without_text_is_refused(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw

    image = Image.new("L", (1240, 1754), 255)
    ImageDraw.Draw(image).ellipse((300, 300, 900, 900), outline=0, width=8)
    path = tmp_path / "photo.jpg"
    image.save(path, "JPEG")
    with pytest.raises(InputError, match="OCR found no text") as info:
        read(path)
    assert "300 dpi" in info.value.hint


@pytest.mark.parametrize("angle", [-3.0, -1.5, 0.0, 2.0, 3.0])
def test_estimate_skew_recovers_rotation(rendered: dict[str, Path], angle: float) -> None:
    from PIL import Image

    page = Image.open(io.BytesIO(rasterise(rendered["pdf"], dpi=100)[0])).convert("L")
    rotated = page.rotate(angle, expand=True, fillcolor=255)
    assert abs(estimate_skew(rotated) + angle) <= 0.3


def _tsv(*words: tuple[str, float]) -> str:
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        f"5\t1\t1\t1\t1\t{k + 1}\t{100 + 80 * k}\t200\t70\t30\t{conf}\t{text}"
        for k, (text, conf) in enumerate(words)
    ]
    return "\n".join([head, *rows])


@pytest.mark.parametrize(
    ("words", "kept"),
    [
        ([("PHÓ", 91.0), ("CHỦ", 90.0), ("TỊCH", 88.0), (":", 12.0), ("ˆ", 30.0)], "PHÓ CHỦ TỊCH"),
        ([("Số:", 95.0), ("01/KH-UBND", 93.0), ("-", 85.0)], "Số: 01/KH-UBND -"),  # sure marks stay
        ([("fân", 40.0), ("Minh", 90.0), ("Khoa", 91.0)], "fân Minh Khoa"),  # letters always stay
    ],
)
def test_parse_tsv_drops_unsure_marks_without_letters(
    words: list[tuple[str, float]], kept: str
) -> None:
    from pipeline.readers.tesseract import parse_tsv as _parse_tsv

    page, _ = _parse_tsv(_tsv(*words), 2480, 3508)
    assert " ".join(line.text for line in page.lines) == kept


def _scan_pdf(tmp_path: Path, page: bytes, mode: str, dpi: int) -> bytes:
    from PIL import Image

    path = tmp_path / f"scan-{mode}-{dpi}.pdf"
    Image.open(io.BytesIO(page)).convert(mode).save(str(path), "PDF", resolution=dpi)
    return path.read_bytes()


@pytest.mark.parametrize(("mode", "dpi"), [("L", 300), ("L", 150), ("RGB", 300)])
def test_render_pdf_page_gives_a_gray_scan_in_gray(
    rendered: dict[str, Path], tmp_path: Path, mode: str, dpi: int
) -> None:
    import pypdfium2 as pdfium

    from pipeline.readers.ocr import _gray_scan, _render_pdf_page

    data = _scan_pdf(tmp_path, rasterise(rendered["pdf"], dpi=dpi)[0], mode, dpi)
    assert _gray_scan(pdfium.PdfDocument(data)[0]) is (mode == "L")
    page = _render_pdf_page(data, 0, 300)
    assert page.mode == mode  # a gray scan is not searched for seal inks; colour is
    assert abs(page.width - 2480) <= 2 and abs(page.height - 3508) <= 2  # rendered at 300 dpi


@pytest.mark.parametrize(("dpi", "jpeg"), [(300, None), (150, 60), (200, 40)])
def test_render_pdf_page_gray_has_pillows_pixels(
    rendered: dict[str, Path], tmp_path: Path, dpi: int, jpeg: int | None
) -> None:
    """A gray scan's render made gray by OpenCV: every pixel as Pillow's conversion gives
    it (the page is resampled to 300 dpi, JPEG noise included)."""
    import numpy as np
    import pypdfium2 as pdfium

    from pipeline.readers.ocr import _render_pdf_page

    scan = rasterise(rendered["pdf"], dpi=dpi, noise=12, jpeg=jpeg)[0]
    data = _scan_pdf(tmp_path, scan, "L", dpi)
    ours = np.asarray(_render_pdf_page(data, 0, 300))
    bitmap = pdfium.PdfDocument(data)[0].render(scale=300 / 72)
    pillows = np.asarray(bitmap.to_pil().convert("L"))
    assert ours.shape == pillows.shape and np.array_equal(ours, pillows)


def test_gray_scan_is_only_a_page_of_one_gray_image(rendered: dict[str, Path]) -> None:
    import pypdfium2 as pdfium

    from pipeline.readers.ocr import _gray_scan

    assert not _gray_scan(pdfium.PdfDocument(rendered["pdf"].read_bytes())[0])  # type


def _crash(index: int) -> Any:
    """A page task whose process dies as a C library's abort() kills it."""
    import os

    if index == 1:
        os.abort()
    from pipeline.readers.layout import Page
    from pipeline.readers.ocr import OcrPage

    return OcrPage(Page([], 1.0, 1.0), 90.0, 0, [])


def test_ocr_pages_a_crashed_page_process_is_a_clear_error(tmp_path: Path) -> None:
    from pipeline.readers.ocr import ocr_pages
    from pipeline.readers.options import ReadOptions

    tasks = [(_crash, (i,)) for i in range(3)]
    with pytest.raises(InputError, match="crashed its process") as caught:
        ocr_pages(tmp_path / "scan.pdf", tasks, ReadOptions(workers=2))
    assert "THIDUA_OCR_ENGINE=cli" in str(caught.value)
    assert len(ocr_pages(tmp_path / "scan.pdf", tasks[:1], ReadOptions(workers=2))) == 1
