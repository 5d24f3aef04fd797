"""Images: a decompression bomb is refused before decoding; reasons name no Python object."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from pipeline.errors import InputError
from pipeline.readers.scanned import image_frames


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
