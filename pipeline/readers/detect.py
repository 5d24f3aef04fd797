"""Tell a file's format from its content: signatures at offset 0, checked for plausibility.

A plan typed as text may begin with a form code (``BM01-TĐKT``: the two
bytes of a bitmap's signature), quote ``%PDF-1.4`` or ``{\\rtf1`` or hold a
literal ``<p>``. So a signature counts where the format puts it (offset 0,
leading whitespace aside) and only with the structure behind it: a bitmap's
header sizes, a PDF's objects, an RTF's control words, HTML's opening tag or
its markup density. What fails these checks is read as text.
"""

from __future__ import annotations

import re
import struct
import zipfile
from io import BytesIO

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"II*\x00",
    b"MM\x00*",
    b"GIF87a",
    b"GIF89a",
)
# what a file must hold for a PDF header that is not at offset 0: objects, cross-reference
_PDF_BODY = (b"endobj", b"startxref")
_HTML_START = re.compile(
    r"(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    r"(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p[\s>]|<table[\s>])",
    re.I | re.S,
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|br|table|tr|td|th|b|i|u|font|h[1-6]|li|ul|ol)\b[^<>]{0,300}>", re.I
)
_HTML_CLOSE = re.compile(r"</[a-z][a-z0-9]{0,9}>", re.I)
_RTF_WORD = re.compile(rb"\\[a-z]{1,32}-?\d{0,10}")
_DIB_SIZES = {12, 16, 40, 52, 56, 64, 108, 124}


def sniff(data: bytes) -> str:
    """One of: pdf, docx, zip, doc, docx-encrypted, ole, rtf, image, html, text, empty."""
    if not data.strip():
        return "empty"
    if _is_pdf(data):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(BytesIO(data)).namelist()
        except (zipfile.BadZipFile, OSError):
            return "docx" if b"word/" in data[:4096] else "zip"
        return "docx" if "word/document.xml" in names else "zip"
    if data.startswith(OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            return "docx-encrypted"
        if "WordDocument".encode("utf-16-le") in data:
            return "doc"
        return "ole"
    if _is_rtf(data):
        return "rtf"
    if _is_image(data):
        return "image"
    if _looks_html(data):
        return "html"
    return "text"


def _is_pdf(data: bytes) -> bool:
    """``%PDF-`` first (whitespace aside), or in the first KB of a file with PDF objects."""
    if data.lstrip(b" \t\r\n\x00\x0c").startswith(b"%PDF-"):
        return True
    return b"%PDF-" in data[:1024] and all(mark in data for mark in _PDF_BODY)


def _is_rtf(data: bytes) -> bool:
    """``{\\rtf`` first, and control words throughout, not one quoted opening."""
    if not data.startswith(b"{\\rtf"):
        return False
    sample = data[:4096]
    return len(_RTF_WORD.findall(sample)) >= 3 or data.rstrip().endswith(b"}")


def _is_bmp(data: bytes) -> bool:
    """``BM``, then a file size, reserved zeros and a known DIB header size."""
    if len(data) < 26 or not data.startswith(b"BM"):
        return False
    size, reserved, offset, dib = struct.unpack("<IIII", data[2:18])
    return reserved == 0 and dib in _DIB_SIZES and 14 + dib <= offset <= max(size, len(data))


def _is_image(data: bytes) -> bool:
    return (
        data.startswith(IMAGE_MAGIC)
        or _is_bmp(data)
        or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")
    )


def _sample_text(data: bytes) -> str:
    sample = data[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) or sample[1:2] == b"\x00":
        return sample.decode("utf-16", "ignore")
    return sample.decode("utf-8", "ignore")


def _looks_html(data: bytes) -> bool:
    """An HTML opening (after a BOM, an XML declaration, comments) or dense markup."""
    text = _sample_text(data).lstrip("\ufeff \r\n\t")
    if _HTML_START.match(text):
        return True
    tags = _HTML_TAG.findall(text)
    return len(tags) >= 8 and len(_HTML_CLOSE.findall(text)) >= 4


def looks_binary(text: str) -> bool:
    """Decoded text that is really binary data: control characters and unmapped bytes."""
    sample = text[:20_000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad / len(sample) > 0.02
