"""Runs of one repeated character cut short, with offsets back into the raw text."""

from __future__ import annotations

import pytest

from extractors.text.collapse import (
    MAX_MARKS,
    MAX_NEWLINES,
    MAX_PUNCTUATION,
    collapse_pass,
    collapse_runs,
)
from extractors.text.repair import repair

_FILL = "Họ và tên cá nhân đề nghị khen thưởng: " + "." * 35 + "\n"


@pytest.mark.parametrize(
    ("raw", "expected", "cut"),
    [
        ("Ghi chú: " + "." * 200_000 + "\nHết.", "Ghi chú: " + "." * MAX_PUNCTUATION + "\nHết.", 1),
        ("a" + "…" * 100_000 + "b", "a" + "…" * MAX_PUNCTUATION + "b", 1),
        ("Mục I" + "\n" * 500_000 + "Mục II", "Mục I" + "\n" * MAX_NEWLINES + "Mục II", 1),
        (
            "Thi đu" + "a" + "\u0301" * 100_000 + " xong",
            "Thi đua" + "\u0301" * MAX_MARKS + " xong",
            1,
        ),
        ("-" * 50 + " và " + "=" * 60, "-" * MAX_PUNCTUATION + " và " + "=" * MAX_PUNCTUATION, 2),
        # what real plans hold is left as it is
        (_FILL, _FILL, 0),
        (
            "Độc lập - Tự do - Hạnh phúc\n" + "-" * 18 + "\n",
            "Độc lập - Tự do - Hạnh phúc\n" + "-" * 18 + "\n",
            0,
        ),
        ("khoe\u0309 mạnh\n\n\n\nHết", "khoe\u0309 mạnh\n\n\n\nHết", 0),
        (". " * 5000, ". " * 5000, 0),  # not one character repeated: each dot ends a sentence
    ],
)
def test_collapse_runs_cuts_only_overlong_runs(raw: str, expected: str, cut: int) -> None:
    mapped, n = collapse_runs(raw)
    assert (mapped.text, n) == (expected, cut)
    # every kept character comes from the same character of the raw text
    assert all(raw[mapped.source[i]] == ch for i, ch in enumerate(mapped.text))


def test_collapse_pass_logs_what_it_cut() -> None:
    _, notes = collapse_pass("x" + "*" * 1000)
    assert notes == [
        "text: cut 1 run(s) of one repeated character short (dots, blank lines, marks)"
    ]
    assert collapse_pass(_FILL)[1] == []


def test_repair_keeps_page_starts_after_a_cut_run() -> None:
    page_two = "II. KHEN THƯỞNG\nTặng Bằng khen cho 05 tập thể."
    raw = "I. MỤC ĐÍCH\nGhi chú " + "." * 10_000 + "\n" + page_two
    repaired = repair(raw, [0, raw.index(page_two)])
    assert repaired.text[repaired.page_starts[1] :].startswith("II. KHEN THƯỞNG")
    assert "." * (MAX_PUNCTUATION + 1) not in repaired.text
