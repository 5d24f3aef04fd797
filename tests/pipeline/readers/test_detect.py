from __future__ import annotations

import io
import zipfile

import pytest

from pipeline.readers.detect import looks_binary, sniff


def _zip(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in names:
            z.writestr(name, "<x/>")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.7\n...", "pdf"),
        (b"\n\n%PDF-1.4 junk before the header", "pdf"),
        (_zip(["[Content_Types].xml", "word/document.xml"]), "docx"),
        (_zip(["xl/workbook.xml"]), "zip"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64 + "WordDocument".encode("utf-16-le"),
            "doc",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\0" * 64
            + "EncryptedPackage".encode("utf-16-le"),
            "docx-encrypted",
        ),
        (b"{\\rtf1\\ansi Ke hoach}", "rtf"),
        (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "image"),
        (b"\xff\xd8\xff\xe0\0\x10JFIF", "image"),
        (b"II*\x00\x08\x00\x00\x00", "image"),
        (b"<!DOCTYPE html><html><body><p>K\xe1\xba\xbf ho\xe1\xba\xa1ch</p>", "html"),
        ("\ufeff<html lang='vi'><body>Kế hoạch</body></html>".encode("utf-16"), "html"),
        ("KẾ HOẠCH\nThực hiện phong trào thi đua".encode(), "text"),
        (b"  \n\t ", "empty"),
    ],
)
def test_sniff_tells_format_by_content(data: bytes, kind: str) -> None:
    assert sniff(data) == kind


@pytest.mark.parametrize(
    ("text", "binary"),
    [("\x00\x01\x02\x03abc\x04\x05" * 10, True), ("Kế hoạch thi đua\n\tnăm 2024", False)],
)
def test_looks_binary_flags_control_characters(text: str, binary: bool) -> None:
    assert looks_binary(text) is binary
