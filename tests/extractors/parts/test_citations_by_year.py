"""Laws cited by their year only ("Căn cứ Luật Thi đua, khen thưởng năm 2022;") take the
date of the law from the catalogue of laws (data/known_laws.yaml); a year that names no
law of the catalogue, or two years, leave the date empty."""

from __future__ import annotations

import pytest

from extractors.parts import citations
from extractors.parts.citation_rules import known_law_dates, law_key
from extractors.segment.structure import parse
from extractors.text.repair import repair

_HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
    "Hạnh phúc\n\nSố: 40/KH-UBND\n\nNinh Thuận, ngày 12 tháng 3 năm 2024\n\nKẾ HOẠCH\n\n"
    "Thi đua năm 2024\n\n"
)
_BODY = "\n\nI. MỤC ĐÍCH\n\nCác đơn vị thi đua hoàn thành nhiệm vụ.\n"


def _laws(basis: str) -> list[tuple[str | None, str | None, str]]:
    doc = parse(repair(_HEAD + basis + _BODY).text)
    found, _ = citations.extract(doc)
    for c in found:
        assert doc.text[c.evidence.start : c.evidence.end] == c.evidence.quote
    return [(c.title, c.date, c.evidence.quote) for c in found if c.doc_type == "luat"]


@pytest.mark.parametrize(
    ("basis", "expected"),
    [
        (
            "Căn cứ Luật Thi đua, khen thưởng năm 2022;",
            [("Luật Thi đua, khen thưởng", "2022-06-15", "Luật Thi đua, khen thưởng năm 2022")],
        ),
        (
            "Căn cứ Luật Thi đua, Khen thưởng (2003);",
            [("Luật Thi đua, Khen thưởng", "2003-11-26", "Luật Thi đua, Khen thưởng (2003)")],
        ),
        (
            "Căn cứ Luật Công đoàn năm 2012; Luật Giáo dục năm 2019;",
            [
                ("Luật Công đoàn", "2012-06-20", "Luật Công đoàn năm 2012"),
                ("Luật Giáo dục", "2019-06-14", "Luật Giáo dục năm 2019"),
            ],
        ),
        # a year that names no law of the catalogue: no date guessed
        (
            "Căn cứ Luật Thi đua, khen thưởng năm 2010;",
            [("Luật Thi đua, khen thưởng", None, "Luật Thi đua, khen thưởng")],
        ),
        # a law the catalogue does not hold
        ("Căn cứ Luật Đất đai năm 2013;", [("Luật Đất đai", None, "Luật Đất đai")]),
        # the law with its date keeps its own date
        (
            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
            [
                (
                    "Luật Thi đua, khen thưởng",
                    "2022-06-15",
                    "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                )
            ],
        ),
    ],
    ids=["year", "year_in_brackets", "two_laws", "unknown_year", "unknown_law", "dated"],
)
def test_citations_law_by_year(
    basis: str, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert _laws(basis) == expected


def test_citations_law_by_year_note_says_where_the_date_comes_from() -> None:
    doc = parse(repair(_HEAD + "Căn cứ Luật Thi đua, khen thưởng năm 2022;" + _BODY).text)
    citations.extract(doc)
    assert any("(known_laws)" in note for note in doc.notes)


def test_citations_known_laws_each_dated_in_its_year() -> None:
    laws = known_law_dates()
    assert all(date.startswith(year) for (_, year), date in laws.items())
    assert laws[(law_key("Luật Thi đua - Khen thưởng"), "2022")] == "2022-06-15"
