from __future__ import annotations

import re

import pytest

from extractors.parts import citation_rules
from extractors.toolbox.data_files import load_doc_types

_NUMBER = re.compile(rf"(?:{citation_rules.NUMBER})")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1497/QĐ-TTg", "1497/QĐ-TTg"),
        ("91/2017/NĐ-CP", "91/2017/NĐ-CP"),
        ("05/2023/NQ-HĐND", "05/2023/NQ-HĐND"),
        ("1650/SGDĐT-GDTrH", "1650/SGDĐT-GDTrH"),
        ("12/2010/TTLT-BNV-BTC", "12/2010/TTLT-BNV-BTC"),
        ("1497/QĐ - TTg ngày", "1497/QĐ - TTg"),
        ("76/KH-\nUBND ngày", "76/KH-\nUBND"),
        ("34-CT/TW", "34-CT/TW"),
        ("06-HD/BTGDVTU", "06-HD/BTGDVTU"),
        ("01-CTr/TU", "01-CTr/TU"),
        ("201-KH/HNDTW", "201-KH/HNDTW"),
        ("1497/QĐ–TTg", "1497/QĐ–TTg"),
        ("34–CT/TW", "34–CT/TW"),
    ],
)
def test_citation_rules_number_reads_state_and_party_numbers(text: str, expected: str) -> None:
    m = _NUMBER.match(text)
    assert m is not None and m.group(0) == expected


@pytest.mark.parametrize(
    "text",
    ["0225.3842.118", "2021-2025", "12/3/2025", "5 năm", "12/QĐ-UBND-về", "34-CT/TW/"],
)
def test_citation_rules_number_rejects_what_is_not_a_number(text: str) -> None:
    m = _NUMBER.match(text)
    assert m is None or m.group(0) != text


def test_citation_rules_types_are_schema_types_and_cover_doc_types() -> None:
    rules = citation_rules.load_rules()
    allowed = {t.id for t in load_doc_types()} | {"other"}
    assert set(rules.types.values()) <= allowed
    assert {n.lower() for t in load_doc_types() for n in t.names} <= set(rules.types)
    assert rules.types["kết luận"] == "other" and rules.types["văn bản"] == "cong_van"
