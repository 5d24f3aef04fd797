"""File names as text: stored losslessly (``path_text``/``fs_path``), printed on one line."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.errors import InputError, fs_path, path_text, printable

# a file name on Linux: any bytes but NUL and '/'
NAMES = st.binary(min_size=1, max_size=40).filter(lambda b: b"\x00" not in b and b"/" not in b)


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"ke-hoach.txt", "ke-hoach.txt"),
        ("kế hoạch thi đua.txt".encode(), "kế hoạch thi đua.txt"),
        (b"bad_\xff.txt", "bad_\\xff.txt"),
        ("hoà".encode("cp1258") + b".doc", "ho\\xe0.doc"),
    ],
)
def test_path_text_writes_undecodable_bytes_escaped(raw: bytes, text: str) -> None:
    name = os.fsdecode(raw)
    assert path_text(name) == text
    assert fs_path(text) == Path(name)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("plan.txt", "plan.txt"),
        ("kế hoạch.pdf", "kế hoạch.pdf"),
        ("a\nthidua: 0 of 9 file(s) failed", "a\\nthidua: 0 of 9 file(s) failed"),
        ("\x1b[31mred\x1b[0m.txt", "\\x1b[31mred\\x1b[0m.txt"),
        ("evil\u202etxt.exe", "evil\\u202etxt.exe"),
        ("line\u2028sep\r.txt", "line\\u2028sep\\r.txt"),
        (os.fsdecode(b"bad_\xff\t.txt"), "bad_\\xff\\t.txt"),
    ],
)
def test_printable_escapes_controls_and_keeps_letters(name: str, shown: str) -> None:
    assert printable(name) == shown


def test_input_error_message_is_one_escaped_line() -> None:
    error = InputError(os.fsdecode(b"x\n\x1b]0;pwned\x07\xfe.txt"), "the file is empty", "check")
    assert "\n" not in str(error) and "\x1b" not in str(error)
    assert str(error).startswith("x\\n\\x1b]0;pwned\\x07\\xfe.txt: the file is empty")
    assert error.path == "x\n\x1b]0;pwned\x07\\xfe.txt"  # stored text keeps the name's controls


@given(NAMES)
def test_any_file_name_prints_on_one_line_and_stores_as_utf8(raw: bytes) -> None:
    name = os.fsdecode(raw)
    shown = printable(name)
    assert not [ch for ch in shown if unicodedata.category(ch) in ("Cc", "Zl", "Zp", "Cs")]
    path_text(name).encode("utf-8")  # SQLite and JSON files take it
    shown.encode("utf-8")
    if b"\\x" not in raw:  # a literal '\x..' in a valid name is the one ambiguity
        assert os.fsencode(fs_path(path_text(name))) == raw
