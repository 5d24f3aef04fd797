"""Text-layer PDFs rendered from the seeds and from a plan with a Nghị định 30 header."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_fixtures import Plan, cer, render_pdf

from pipeline.errors import NeedsOcr
from pipeline.readers import read
from pipeline.readers.options import ReadOptions
from pipeline.readers.pdf import _clean, read_pdf

SEED_NAMES = [
    "binh-phuoc_lhh_ke-hoach-82",
    "binh-thuan_ubnd_ke-hoach-covid",
    "kien-giang_news_covid",
    "quang-ngai_hdtdkt_ke-hoach-01",
    "tra-vinh_ubnd_ke-hoach-covid",
]


@pytest.mark.parametrize("name", SEED_NAMES)
def test_read_pdf_seed_text_matches_source(
    name: str, seed_plans: dict[str, Plan], tmp_path: Path
) -> None:
    plan = seed_plans[name]
    path = render_pdf(plan, tmp_path / f"{name}.pdf", running_header="Kế hoạch thi đua năm 2021")
    raw = read(path)
    assert raw.format == "pdf" and not raw.ocr
    assert cer(plan.text(), raw.text) == 0.0  # running headers and page numbers dropped
    assert len(raw.page_starts) >= 3 and raw.page_starts[0] == 0
    assert raw.page_starts == sorted(raw.page_starts)
    # paragraphs come out whole, also across page breaks and after a sentence that
    # ends at a line end (paragraphs are set apart by spacing in these renderings)
    assert raw.text.split("\n\n") == plan.paragraphs


def test_read_pdf_header_reads_left_then_right_column(rendered: dict[str, Path]) -> None:
    raw = read(rendered["pdf"])
    lines = raw.text.split("\n")
    assert lines[:6] == [
        "UBND TỈNH AN GIANG",
        "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
        "Số: 15/KH-HĐTĐKT",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "An Giang, ngày 12 tháng 3 năm 2024",
    ]
    assert lines[7] == "KẾ HOẠCH"


def test_read_pdf_page_starts_point_at_page_text(rendered: dict[str, Path]) -> None:
    import pypdfium2 as pdfium

    raw = read(rendered["pdf"])
    doc = pdfium.PdfDocument(str(rendered["pdf"]))
    second = doc[1].get_textpage().get_text_range().split("\r\n")[0]
    doc.close()
    assert len(raw.page_starts) == 2
    assert raw.text[raw.page_starts[1] :].startswith(second[:15])


def test_read_pdf_joins_paragraph_across_page_break(tmp_path: Path) -> None:
    long = " ".join(["Các cơ quan, đơn vị tổ chức phong trào thi đua khen thưởng"] * 60) + "."
    plan = Plan([], [], ["KẾ HOẠCH", "Mở đầu.", long, "Kết thúc."])
    raw = read(render_pdf(plan, tmp_path / "long.pdf"))
    assert len(raw.page_starts) == 2
    assert raw.text.split("\n\n") == plan.paragraphs


@pytest.mark.parametrize(
    ("pdfium_text", "clean"),
    [
        ("Chỉ thị số 14/CT\x02UBND", "Chỉ thị số 14/CT-UBND"),
        ("văn bản số 112/CV\ufffeHPN", "văn bản số 112/CV-HPN"),  # the other line-end mark
        ("a\x00b\uffffc", "abc"),
    ],
)
def test_clean_fixes_pdfium_hyphen_marks(pdfium_text: str, clean: str) -> None:
    assert _clean(pdfium_text) == clean


def test_read_pdf_mojibake_layer_goes_to_ocr(tmp_path: Path) -> None:
    garbled = "Káº¿ hoáº¡ch thi Ä‘ua khen thÆ°á»Ÿng nÄƒm 2024 cá»§a á»¦y ban nhÃ¢n dÃ¢n tá»‰nh"
    plan = Plan([], [], [garbled] * 8)
    path = render_pdf(plan, tmp_path / "mojibake.pdf")
    with pytest.raises(NeedsOcr, match="mojibake"):
        read_pdf(path, path.read_bytes(), ReadOptions())


def test_read_pdf_tcvn3_text_layer_is_converted(tmp_path: Path) -> None:
    from reader_fixtures import to_legacy

    # (no "ư": its TCVN3 code is the soft hyphen, which the PDF writer drops)
    plan = Plan([], [], [to_legacy("Kế hoạch thi đua khen tặng của tỉnh năm 2024", "tcvn3")] * 5)
    raw = read_pdf(p := render_pdf(plan, tmp_path / "tcvn3.pdf"), p.read_bytes(), ReadOptions())
    assert raw.encoding == "tcvn3"
    assert raw.text.startswith("Kế hoạch thi đua khen tặng của tỉnh")
    assert raw.notes == ["text layer in legacy TCVN3 font converted to Unicode"]
    assert raw.warnings == []


@pytest.mark.parametrize("damage", ["stripped", "spaced-marks"])
def test_read_pdf_broken_diacritics_go_to_ocr(
    damage: str, seed_plans: dict[str, Plan], tmp_path: Path
) -> None:
    import re
    import unicodedata

    def broken(text: str) -> str:
        nfd = unicodedata.normalize("NFD", text)
        if damage == "stripped":  # a font whose toned glyphs map to their base letters
            return "".join(c for c in nfd if not unicodedata.combining(c)).replace("đ", "d")
        return re.sub(r"([\u0300-\u0323])", r" \1", nfd)  # marks as separate glyphs

    plan = seed_plans["tra-vinh_ubnd_ke-hoach-covid"]
    path = render_pdf(Plan([], [], [broken(p) for p in plan.paragraphs[:15]]), tmp_path / "b.pdf")
    with pytest.raises(NeedsOcr, match="does not read as Vietnamese"):
        read_pdf(path, path.read_bytes(), ReadOptions())


@pytest.mark.slow
def test_read_pdf_mixed_scanned_page_is_read_by_ocr(
    rendered: dict[str, Path], own_plan: Plan, tmp_path: Path
) -> None:
    from office_fixtures import mixed_pdf
    from reader_fixtures import images_to_pdf, rasterise

    scan = images_to_pdf(rasterise(rendered["pdf"], dpi=300)[1:], tmp_path / "p2.pdf")
    raw = read(mixed_pdf(rendered["pdf"], scan, [1], tmp_path / "mixed.pdf"))
    assert raw.format == "pdf" and raw.ocr
    assert any(n.startswith("page 2: no text layer, read by OCR") for n in raw.notes)
    assert len(raw.page_starts) == 2
    assert cer(own_plan.text(), raw.text) < 0.01


def test_read_pdf_blank_page_in_text_pdf_is_not_ocred(
    rendered: dict[str, Path], tmp_path: Path
) -> None:
    import pypdfium2 as pdfium

    text = pdfium.PdfDocument(str(rendered["pdf"]))
    out = pdfium.PdfDocument.new()
    out.import_pages(text)
    out.new_page(595, 842)
    out.save(str(tmp_path / "blank.pdf"))
    raw = read(tmp_path / "blank.pdf")
    assert not raw.ocr and len(raw.page_starts) == 3
    assert not any("OCR" in w for w in [*raw.warnings, *raw.notes])
