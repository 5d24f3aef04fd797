"""Tell a file's format from its content: magic bytes, zip and OLE contents, HTML sniffing."""

from __future__ import annotations

import re
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
    b"BM",
)
_HTML = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p[\s>]", re.I
)


def sniff(data: bytes) -> str:
    """One of: pdf, docx, zip, doc, docx-encrypted, ole, rtf, image, html, text, empty."""
    if not data.strip():
        return "empty"
    head = data[:1024]
    if b"%PDF-" in head:
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
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(IMAGE_MAGIC) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP"):
        return "image"
    if _looks_html(data):
        return "html"
    return "text"


def _looks_html(data: bytes) -> bool:
    sample = data[:4096]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")) or sample[1:2] == b"\x00":
        text = sample.decode("utf-16", "ignore")
    else:
        text = sample.decode("utf-8", "ignore")
    return bool(_HTML.search(text.lstrip("\ufeff \r\n\t")[:2048]))


def looks_binary(text: str) -> bool:
    """Decoded text that is really binary data: control characters and unmapped bytes."""
    sample = text[:20_000]
    if not sample:
        return False
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad / len(sample) > 0.02
