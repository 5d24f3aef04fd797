"""A PDF over the page limit is refused from its page count, before any page is read."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium
import pytest

import pipeline.readers.pdf as pdf
from pipeline.errors import InputError
from pipeline.readers.options import ReadOptions


def _blank_pdf(pages: int) -> bytes:
    doc = pdfium.PdfDocument.new()
    for _ in range(pages):
        doc.new_page(595, 842)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize(("pages", "limit", "refused"), [(300, 200, True), (3, 200, False)])
def test_page_limit_applies_before_pages_are_read(
    monkeypatch, pages: int, limit: int, refused: bool
) -> None:
    read: list[int] = []

    def pages_read(path, data, engine):
        read.append(1)
        raise InputError(path, "stop here", "")

    monkeypatch.setattr(pdf, "pdf_pages", pages_read)
    with pytest.raises(InputError) as info:
        pdf.read_pdf(Path("long.pdf"), _blank_pdf(pages), ReadOptions(max_pages=limit))
    if refused:
        assert info.value.reason == f"{pages} pages, over the limit of {limit}" and not read
    else:
        assert info.value.reason == "stop here" and read
