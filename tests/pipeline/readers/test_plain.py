"""Plain text: a few stray bytes in UTF-8 are replaced and named, not a refusal."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import InputError
from pipeline.readers.plain import read_plain

PLAN = (
    "KẾ HOẠCH\nPhát động phong trào thi đua “Chung sức xây dựng nông thôn mới” năm 2025\n"
    "Các xã, thị trấn đăng ký thi đua và gửi hồ sơ về Phòng Nội vụ trước ngày 15 tháng 11.\n"
) * 40


def _with(data: bytes, at: dict[int, bytes]) -> bytes:
    for offset in sorted(at, reverse=True):
        data = data[:offset] + at[offset] + data[offset:]
    return data


@pytest.mark.parametrize(
    ("stray", "warning"),
    [
        (
            {5000: b"\x80"},
            "1 byte(s) that are not UTF-8 replaced with U+FFFD (the first, 0x80, at byte offset 5000)",
        ),
        (
            {300: b"\xff", 7000: b"\xc3"},
            "2 byte(s) that are not UTF-8 replaced with U+FFFD (the first, 0xff, at byte offset 300)",
        ),
    ],
)
def test_read_plain_replaces_a_stray_byte_and_names_it(
    stray: dict[int, bytes], warning: str
) -> None:
    data = _with(PLAN.encode(), stray)
    raw = read_plain(Path("plan.txt"), data)
    assert raw.encoding == "utf-8"
    assert warning in raw.warnings
    assert raw.text.count("\ufffd") == len(stray)
    assert raw.text.replace("\ufffd", "") == PLAN


def test_read_plain_keeps_single_byte_text_out_of_utf8() -> None:
    data = "Kế hoạch thi đua của Ủy ban nhân dân tỉnh, năm 2025.\n".encode() * 3
    data += b"Vi\xeat Nam: c\xe1c \xf0\xf4n v\xec thi \xf0ua\n" * 30  # 8-bit, not UTF-8
    raw = read_plain(Path("plan.txt"), data)
    assert raw.encoding != "utf-8"
    assert not any("U+FFFD" in w for w in raw.warnings)


def test_read_plain_names_the_right_byte_when_it_refuses() -> None:
    data = b"Ke hoach " + b"\x81\x8d\xc3 " * 200
    with pytest.raises(InputError) as info:
        read_plain(Path("plan.txt"), data)
    assert "not UTF-8 (byte 0x81 at offset 9)" in info.value.reason
    assert "Windows-1258 (byte 0x81 at offset 9)" in info.value.reason


def test_read_plain_names_a_stray_byte_after_a_bom() -> None:
    data = b"\xef\xbb\xbf" + _with(PLAN.encode(), {100: b"\xfe"})
    raw = read_plain(Path("plan.txt"), data)
    assert raw.encoding == "utf-8-sig"
    assert (
        "1 byte(s) that are not UTF-8 replaced with U+FFFD (the first, 0xfe, at byte offset 103)"
        in raw.warnings
    )
