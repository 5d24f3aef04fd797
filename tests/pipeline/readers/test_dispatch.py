"""read(): the reader is chosen by content; bad input gets a clear InputError."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from reader_fixtures import Plan, render_pdf

from pipeline.errors import InputError
from pipeline.readers import read
from pipeline.readers.options import ReadOptions


@pytest.mark.parametrize(("kind", "fmt"), [("docx", "docx"), ("pdf", "pdf"), ("html", "html")])
def test_read_format_found_by_content_not_extension(
    kind: str, fmt: str, rendered: dict[str, Path], tmp_path: Path
) -> None:
    disguised = tmp_path / "plan.txt"
    shutil.copy(rendered[kind], disguised)
    assert read(disguised).format == fmt


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is empty"),
        (b" \n\n ", "the file is empty"),
        (bytes(range(256)) * 40, "binary data"),
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n", "damaged or truncated"),
        (
            "Tom and Jerry went to the market to buy apples and bread. " * 20,
            "not read as Vietnamese",
        ),
        (
            "Cách nấu phở bò: ninh xương trong nhiều giờ, thêm hành, gừng và gia vị. " * 10,
            "not an emulation-and-commendation document",
        ),
        ("Kế hoạch", "no readable text"),
    ],
    ids=["empty", "blank", "binary", "broken-pdf", "english", "not-a-plan", "too-short"],
)
def test_read_bad_input_raises_clear_error(data: bytes | str, reason: str, tmp_path: Path) -> None:
    path = tmp_path / "input.pdf"
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    with pytest.raises(InputError, match=reason) as info:
        read(path)
    assert info.value.path == str(path)
    assert str(path) in str(info.value) and info.value.hint


def test_read_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot be read"):
        read(tmp_path / "nowhere.pdf")


def test_read_page_cap_refuses_500_pages(tmp_path: Path) -> None:
    plan = Plan([], [], ["KẾ HOẠCH thi đua khen thưởng.", "Kế hoạch thi đua khen thưởng."])
    path = render_pdf(plan, tmp_path / "one.pdf")
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(str(path))
    big = pdfium.PdfDocument.new()
    for _ in range(500):
        big.import_pages(src, [0])
    big.save(str(tmp_path / "big.pdf"))
    with pytest.raises(InputError, match="500 pages, over the limit of 200") as info:
        read(tmp_path / "big.pdf")
    assert "THIDUA_MAX_PAGES" in info.value.hint
    assert read(tmp_path / "big.pdf", ReadOptions(max_pages=600)).pages == 500


def test_read_not_a_plan_can_be_read_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "recipe.txt"
    path.write_text("Cách nấu phở bò: ninh xương trong nhiều giờ, thêm hành và gừng. " * 5)
    raw = read(path, ReadOptions(check_plan=False))
    assert raw.format == "txt" and raw.text.startswith("Cách nấu phở bò")
