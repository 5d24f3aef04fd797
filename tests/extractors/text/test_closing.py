"""Two-column closings put back in reading order, with offsets into the raw text."""

from __future__ import annotations

import pytest

from extractors.text.closing import split_flattened_closing, split_tabbed_closing
from extractors.text.repair import repair

_TABBED = (
    "…thực hiện./.\n\n"
    "Nơi nhận:\tKT. GIÁM ĐỐC\n"
    "- Bộ GD&ĐT (b/c),\tPHÓ GIÁM ĐỐC\n"
    "- UBND tỉnh,\n"
    "- Công đoàn ngành GD,\t(Đã ký)\n"
    "- UBND các xã, phường,\tLê Thị Minh Thu\n"
    "- Lưu VT, VP.\n"
)


def test_split_tabbed_closing_reads_left_then_right() -> None:
    step, notes = split_tabbed_closing(_TABBED)
    assert step.text == (
        "…thực hiện./.\n\nNơi nhận:\n- Bộ GD&ĐT (b/c),\n- UBND tỉnh,\n- Công đoàn ngành GD,\n"
        "- UBND các xã, phường,\n- Lưu VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nLê Thị Minh Thu\n"
    )
    assert len(notes) == 1 and "PHÓ GIÁM ĐỐC" in notes[0]
    at = step.text.index("Lê Thị Minh Thu")
    assert _TABBED[step.source[at] : step.source[at] + 15] == "Lê Thị Minh Thu"


def test_split_tabbed_closing_keeps_the_paragraph_after() -> None:
    raw = _TABBED + "\nỦY BAN NHÂN DÂN\nTỈNH A\n"
    step, _ = split_tabbed_closing(raw)
    assert step.text.endswith("Lê Thị Minh Thu\n\nỦY BAN NHÂN DÂN\nTỈNH A\n")


@pytest.mark.parametrize(
    "raw",
    [
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn A\n",  # no tabs
        "Nơi nhận:\n- Như trên;\t(b/c)\n- Lưu: VT.\n",  # a single tabbed line is not a column
        "I. Bảng\nTT\tĐơn vị\tSố lượng\n1\tSở Y tế\t2\n",  # no closing at all
    ],
)
def test_split_tabbed_closing_leaves_other_text(raw: str) -> None:
    step, notes = split_tabbed_closing(raw)
    assert step.text == raw and notes == []


def test_split_flattened_closing_moves_signature_piece() -> None:
    raw = "Nơi nhận:\n- Như trên; KT. CHỦ TỊCH\n- Lưu: VT.\n\nNguyễn Văn A\n"
    step, notes = split_flattened_closing(raw)
    assert "- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH" in step.text
    assert notes


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ỦY BAN NHÂN DÂN\n-------\n\nKẾ HOẠCH", "ỦY BAN NHÂN DÂN\n-------\n\nKẾ HOẠCH"),
        ("*\n\n- - Lưu: VT.", "- Lưu: VT."),
        ("* - Lưu: VT.", "- Lưu: VT."),
    ],
)
def test_repair_rule_lines_are_not_bullet_runs(raw: str, expected: str) -> None:
    assert repair(raw).text == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Nơi nhận:\n- Như trên;\n- Lưu: VT. KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Út\n",
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Út\n",
        ),
        # negative: an authority line of its own is left where it is
        (
            "Nơi nhận:\n- Như trên;\n- Lưu VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n",
            "Nơi nhận:\n- Như trên;\n- Lưu VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n",
        ),
        # negative: the archive's own abbreviations are not an authority
        ("Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\n", "Nơi nhận:\n- Như trên;\n- Lưu: VT, TH.\n"),
    ],
)
def test_split_flattened_closing_authority_in_the_archive_line(raw: str, expected: str) -> None:
    assert split_flattened_closing(raw)[0].text == expected
