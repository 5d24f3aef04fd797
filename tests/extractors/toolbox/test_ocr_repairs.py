from __future__ import annotations

import pytest

from extractors.errors import DataFileError
from extractors.toolbox import ocr_repairs
from extractors.toolbox.ocr_repairs import load_repairs


def _apply(scope: str, text: str) -> str:
    for rule in load_repairs(scope):
        text = rule.pattern.sub(rule.replacement, text)
    return text


@pytest.mark.parametrize(
    ("scope", "text", "expected"),
    [
        ("header", "HỘI ĐÔNG THI ĐUA - KHEN THƯỞNG", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"),
        ("header", "UY BAN NHAN DAN TỈNH HÀ GIANG", "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG"),
        ("ocr", "Công tác tố chức phong trào thi dua", "Công tác tổ chức phong trào thi đua"),
        ("ocr", "KT CHỦ TỊCH\nPHÓ CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"),
        # negatives: each scope keeps to its own rules
        ("ocr", "UY BAN NHAN DAN", "UY BAN NHAN DAN"),
        ("header", "Công tác tố chức", "Công tác tố chức"),
        ("ocr", "chỉ tiêu thi đua", "chỉ tiêu thi đua"),
    ],
)
def test_ocr_repairs_scope_applies_its_rules(scope: str, text: str, expected: str) -> None:
    assert _apply(scope, text) == expected


def test_ocr_repairs_unknown_scope_refused() -> None:
    with pytest.raises(ValueError, match="scope"):
        load_repairs("body")


@pytest.mark.parametrize(
    "rule",
    [
        {"id": "x", "pattern": "a", "replace": "b"},
        {"id": "x", "scope": "footer", "pattern": "a", "replace": "b"},
        {"id": "x", "scope": "ocr", "pattern": "{no_such_word}", "replace": "b"},
    ],
)
def test_ocr_repairs_bad_rule_is_data_file_error(
    monkeypatch: pytest.MonkeyPatch, rule: dict[str, str]
) -> None:
    monkeypatch.setattr(ocr_repairs, "read_yaml", lambda name: {"rules": [rule]})
    ocr_repairs._rules.cache_clear()
    try:
        with pytest.raises(DataFileError, match=r"ocr_repairs\.yaml"):
            load_repairs("ocr")
    finally:
        monkeypatch.undo()
        ocr_repairs._rules.cache_clear()
