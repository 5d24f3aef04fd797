"""Rule loaders compile their patterns through one helper bound to the data file."""

from __future__ import annotations

import re

import pytest

from extractors.errors import DataFileError
from extractors.parts.deadlines import load_rules as deadline_rules
from extractors.parts.thresholds import load_rules as threshold_rules
from extractors.segment.genre import rules as genre_rules
from extractors.toolbox.data_files import pattern_compiler


@pytest.mark.parametrize(
    ("flags", "text", "found"),
    [
        (re.IGNORECASE, "TRƯỚC NGÀY 15/6", True),
        (0, "TRƯỚC NGÀY 15/6", False),  # without the file's flags the case matters
        (0, "trước ngày 15/6", True),
    ],
)
def test_pattern_compiler_applies_the_files_flags(flags: int, text: str, found: bool) -> None:
    rx = pattern_compiler("deadline_rules.yaml", flags)
    assert bool(rx("cue", r"trước ngày \d{1,2}/\d{1,2}").search(text)) is found


def test_pattern_compiler_names_the_file_and_rule_of_a_bad_pattern() -> None:
    rx = pattern_compiler("threshold_rules.yaml", re.IGNORECASE)
    with pytest.raises(DataFileError, match=r"threshold_rules\.yaml: rule 'minimum_before'"):
        rx("minimum_before", r"từ (\d+ triệu")


def test_pattern_compiler_loaders_keep_their_flags() -> None:
    assert deadline_rules().cue.flags & re.IGNORECASE
    assert threshold_rules().minimum_before.flags & re.IGNORECASE
    assert genre_rules().type_line.flags & re.MULTILINE
