from __future__ import annotations

import io
import struct
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


_PLAN = "KẾ HOẠCH\nTổ chức phong trào thi đua yêu nước năm 2025\nI. MỤC ĐÍCH, YÊU CẦU\n"


def _bmp(width: int = 2, height: int = 2) -> bytes:
    pixels = b"\0" * (4 * width * height)
    header = struct.pack("<IiiHHIIiiII", 40, width, height, 1, 32, 0, len(pixels), 0, 0, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + 40 + len(pixels), 0, 0, 54) + header + pixels


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        # a form code whose first letters are a bitmap's signature
        (f"BM01-TĐKT\n{_PLAN}".encode(), "text"),
        (f"BM-02/TĐKT Mẫu báo cáo\n{_PLAN}".encode(), "text"),
        (_bmp(), "image"),
        # a PDF header quoted in the first KB of a text plan
        (f"{_PLAN}Tệp đính kèm ghi phiên bản %PDF-1.4 của bản gốc.\n".encode(), "text"),
        (b"junk" * 20 + b"%PDF-1.5\n1 0 obj\n<<>>\nendobj\nstartxref\n9\n%%EOF", "pdf"),
        # RTF's opening typed at the head of a text plan, and real RTF
        (f"{{\\rtf1 {_PLAN}".encode(), "text"),
        (b"{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times;}}\\f0\\fs26 Ke hoach\\par}", "rtf"),
        (b"{\\rtf1 {\\pict\\pngblip\\picw60000\\pich60000\\bin999999999 x}}", "rtf"),
        # one literal tag in a text plan, and HTML without a doctype
        (f"{_PLAN}Ghi đúng mẫu <p> trong biểu số 3.\n{_PLAN}".encode(), "text"),
        (f"{_PLAN}<b>chú ý</b> ghi rõ <i>đơn vị</i>\n".encode(), "text"),
        (f"<!-- saved from word -->\n<div class='x'>{_PLAN}</div>".encode(), "html"),
        ("".join(f"<p><b>Mục {i}</b> {_PLAN}</p>\n" for i in range(8)).encode(), "html"),
    ],
)
def test_sniff_needs_the_signature_where_the_format_puts_it(data: bytes, kind: str) -> None:
    assert sniff(data) == kind
