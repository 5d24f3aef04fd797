"""Images: a decompression bomb is refused before decoding; reasons name no Python object."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from pipeline.errors import InputError
from pipeline.readers.limits import on_ocr_pages
from pipeline.readers.options import ReadOptions
from pipeline.readers.scanned import image_frames, read_image


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_header(width: int, height: int) -> bytes:
    """A PNG that claims ``width`` × ``height`` grey pixels (a few hundred bytes)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\0" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")
    )


def _png(width: int, height: int) -> bytes:
    buf = io.BytesIO()
    Image.new("L", (width, height), 255).save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (_png_header(15_000, 15_000), "too large to decode (over 120 megapixels)"),  # 225 MP
        (_png_header(20_000, 20_000), "too large to decode (over 120 megapixels)"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 20, "cannot be decoded (Truncated File Read)"),
        (b"\xff\xd8\xff" + b"\x00" * 50, "not recognised, or the file is damaged"),
        (_png(40, 30)[:60], "cannot be decoded"),  # truncated
    ],
)
def test_image_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as info:
        image_frames(Path("scan.png"), data)
    assert reason in info.value.reason
    assert "BytesIO" not in str(info.value) and "0x" not in str(info.value)


def test_image_within_the_limit_is_decoded() -> None:
    [frame] = image_frames(Path("scan.png"), _png(40, 30))
    assert frame.startswith(b"P5") or frame.startswith(b"P6")


def _tiff(pages: int, size: tuple[int, int] = (60, 40)) -> bytes:
    buf = io.BytesIO()
    frames = [Image.new("L", size, 255) for _ in range(pages)]
    frames[0].save(buf, "TIFF", save_all=True, append_images=frames[1:])
    return buf.getvalue()


@pytest.fixture
def announced() -> Iterator[list[int]]:
    pages: list[int] = []
    on_ocr_pages(pages.append)
    yield pages
    on_ocr_pages(None)


def test_read_image_multi_page_tiff_over_the_page_cap_is_refused_before_decoding(
    tmp_path: Path, announced: list[int]
) -> None:
    path = tmp_path / "scan.tif"
    path.write_bytes(_tiff(3))
    with pytest.raises(InputError) as info:
        read_image(path, path.read_bytes(), ReadOptions(max_pages=2))
    assert "3 pages, over the limit of 2" in info.value.reason
    assert announced == []  # nothing sent to OCR, no time granted


def test_read_image_multi_page_tiff_announces_its_pages_to_the_clock(
    tmp_path: Path, announced: list[int]
) -> None:
    """Each page of a TIFF gets its OCR time, as a scanned PDF's pages do (blank pages:
    OCR then finds no text, which is the reason the document fails)."""
    path = tmp_path / "scan.tif"
    path.write_bytes(_tiff(3))
    with pytest.raises(InputError, match="OCR found no text"):
        read_image(path, path.read_bytes(), ReadOptions(workers=1))
    assert announced == [3]
