"""The form words typed once (authority marks, "Nơi nhận", "Lưu") and the patterns made of them."""

from __future__ import annotations

import re

import pytest

from extractors.toolbox.data_files import DataFileError
from extractors.toolbox.form_words import compose, form_words


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("TM. ỦY BAN NHÂN DÂN", "TM"),
        ("KT. CHỦ TỊCH", "KT"),
        ("TUQ. GIÁM ĐỐC", "TUQ"),
        ("Q. CHÁNH VĂN PHÒNG", "Q"),
        ("T/M BAN THƯỜNG VỤ", "T/M"),
        ("T/UQ. CHỦ TỊCH", "T/UQ"),
    ],
)
def test_form_words_authority_reads_every_mark(line: str, mark: str) -> None:
    m = re.match(rf"({form_words().authority})\.?[ ]", line)
    assert m is not None and m.group(1) == mark


@pytest.mark.parametrize("line", ["TM. ỦY BAN", "Q. GIÁM ĐỐC"])
def test_form_words_dotted_marks_leave_the_slashed_out(line: str) -> None:
    assert re.match(form_words().authority_dotted, line)
    assert not re.match(rf"{form_words().authority_dotted}\b", "T/M BAN THƯỜNG VỤ")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nơi nhận:", True),
        ("NƠI NHẬN:", True),
        ("Nơi  nhận :", True),
        ("Nơi ở", False),
        ("nhận được", False),
    ],
)
def test_form_words_recipients_heading_in_any_case(text: str, found: bool) -> None:
    assert bool(re.match(form_words().recipients, text)) is found


def test_form_words_compose_writes_out_the_named_words() -> None:
    pattern = compose("x.yaml", r"^{authority_dotted}\.[ ]{0,2}\S|{archive}\s*:")
    assert re.match(pattern, "KT. CHỦ TỊCH")
    assert re.match(pattern, "Lưu: VT")
    assert not re.match(pattern, "T/M BAN")


def test_form_words_compose_refuses_an_unknown_word() -> None:
    with pytest.raises(DataFileError, match=r"x\.yaml: unknown form word \{signer\}"):
        compose("x.yaml", r"{signer}\s")
