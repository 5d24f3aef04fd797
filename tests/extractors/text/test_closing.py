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


_PADDED = (
    "Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN\n"
    "- Ban TĐKT Trung ương;                           KT. CHỦ TỊCH\n"
    "- TT Thành ủy;                                   PHÓ CHỦ TỊCH\n"
    "- Các sở, ban, ngành;\n"
    "- Lưu: VT, NC.                                   Nguyễn Văn Phương\n"
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a closing padded with spaces to its right column (Word, PDF layout)
        (
            _PADDED,
            "Nơi nhận:\n- Ban TĐKT Trung ương;\n- TT Thành ủy;\n- Các sở, ban, ngành;\n"
            "- Lưu: VT, NC.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Phương\n",
        ),
        # the name under the list, indented to the right column, follows its column
        (
            "Nơi nhận:                  GIÁM ĐỐC\n- Như trên;                (Đã ký)\n- Lưu: VT.\n"
            "                           Trần Thị Hoa\n",
            "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n(Đã ký)\nTrần Thị Hoa\n",
        ),
    ],
)
def test_split_tabbed_closing_space_padded_columns(raw: str, expected: str) -> None:
    step, notes = split_tabbed_closing(raw)
    assert step.text == expected and notes
    at = step.text.index("PHÓ CHỦ TỊCH") if "PHÓ" in expected else step.text.index("GIÁM ĐỐC")
    assert raw[step.source[at] : step.source[at] + 8] == step.text[at : at + 8]


@pytest.mark.parametrize(
    "raw",
    [
        # an indented list is not a right column
        "Nơi nhận:\n    - Như trên;\n    - TT Tỉnh ủy;\n    - Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn A\n",
        # a single padded line is not a column
        "Nơi nhận:\n- Như trên;      (b/c)\n- Lưu: VT.\n",
    ],
)
def test_split_tabbed_closing_space_padding_negatives(raw: str) -> None:
    step, notes = split_tabbed_closing(raw)
    assert step.text == raw and notes == []


@pytest.mark.parametrize(
    ("raw", "signature", "archive_line"),
    [
        # columns flattened with single spaces: the name run into the "Lưu" line moves too
        (
            "Nơi nhận: TM. ỦY BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n- TT Tỉnh ủy; PHÓ CHỦ TỊCH\n"
            "- Lưu: VT, NC. Nguyễn Văn Phương\n",
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Văn Phương",
            "- Lưu: VT, NC.",
        ),
        # negative: a name line follows the list, the drafter's initials stay in the archive
        (
            "Nơi nhận:\n- Như trên; KT. CHỦ TỊCH\n- Lưu: VT. Thu Hà\n\nPHÓ CHỦ TỊCH\n\nNguyễn Văn A\n",
            "KT. CHỦ TỊCH",
            "- Lưu: VT. Thu Hà",
        ),
        # negative: nothing was moved, the archive line is kept whole
        ("Nơi nhận:\n- Như trên;\n- Lưu: VT. Thu Hà\n", None, "- Lưu: VT. Thu Hà"),
    ],
)
def test_split_flattened_closing_name_in_the_archive_line(
    raw: str, signature: str | None, archive_line: str
) -> None:
    step, _ = split_flattened_closing(raw)
    lines = step.text.splitlines()
    assert archive_line in lines
    if signature is not None:
        assert signature in step.text


@pytest.mark.parametrize(
    ("raw", "moved"),
    [
        (
            "Nơi nhận:\n- Như trên; CHỈ HUY TRƯỞNG\n- Lưu: VT.\n\nNguyễn Trung Kiên\n",
            "CHỈ HUY TRƯỞNG",
        ),
        ("Nơi nhận:\n- Như trên; PHÓ HIỆU TRƯỞNG\n- Lưu: VT.\n\nLê Văn Bình\n", "PHÓ HIỆU TRƯỞNG"),
        ("NƠI NHẬN:\n- Như trên; TRƯỞNG BAN\n- Lưu: VT.\n\nLê Văn Bình\n", "TRƯỞNG BAN"),
    ],
)
def test_split_flattened_closing_titles_from_the_signer_rules(raw: str, moved: str) -> None:
    step, notes = split_flattened_closing(raw)
    assert f"- Lưu: VT.\n{moved}" in step.text and notes


def test_split_flattened_closing_lower_case_words_are_not_a_title() -> None:
    raw = "Nơi nhận:\n- Như trên; chủ tịch các xã\n- Lưu: VT.\n"
    assert split_flattened_closing(raw)[0].text == raw
