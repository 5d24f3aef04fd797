"""Provinces side by side: which provinces, what each cell holds, the page, the sheet."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from plan_fixtures import gold_names, gold_plans, gold_record
from test_report import browser, page  # noqa: F401  (the Chromium fixtures)

from outputs.compare import compare, pick_provinces
from outputs.errors import CompareError
from outputs.plans import evidence_items
from thidua.cli import main


@pytest.mark.parametrize(
    ("asked", "expected"),
    [
        (["quảng ngãi", " Trà Vinh "], ["Quảng Ngãi", "Trà Vinh"]),
        (["Bình Phước", "Bình Thuận", "Kiên Giang", "Quảng Ngãi"], None),
        (["Quảng Ngãi", "Quảng Ngãi", "Trà Vinh"], ["Quảng Ngãi", "Trà Vinh"]),
    ],
)
def test_pick_provinces(asked, expected) -> None:
    assert pick_provinces(gold_plans(), asked, "vi") == (expected or asked)


@pytest.mark.parametrize(
    ("asked", "error"),
    [
        (["Quảng Ngãi", "Hà Nội"], "no plan of 'Hà Nội'"),
        (["Quảng Ngãi"], "compare 2 to 4 provinces, not 1"),
        (["Bình Phước", "Bình Thuận", "Kiên Giang", "Quảng Ngãi", "Trà Vinh"], "not 5"),
    ],
)
def test_pick_provinces_refuses(asked, error) -> None:
    with pytest.raises(CompareError, match=error):
        pick_provinces(gold_plans(), asked, "vi")


def test_compare_every_value_is_an_extracted_value_with_its_evidence() -> None:
    plans = gold_plans()
    result = compare(plans, ["Quảng Ngãi", "Trà Vinh"])
    assert result.provinces == ["Quảng Ngãi", "Trà Vinh"]
    known = {i.id for p in plans for i in evidence_items(p)}
    rows = {r.key: r for r in result.rows}
    assert list(rows) == [
        "plans",
        "issuer",
        "movements",
        "central_bases",
        "award_forms",
        "quotas",
        "deadlines",
    ]
    for row in result.rows:
        for values in row.cells.values():
            assert all(v.evidence in known for v in values if v.evidence)
    bases = {v.text for v in rows["central_bases"].cells["Quảng Ngãi"]}
    assert {"19/CT-TTg", "16/KH-HĐTĐKT"} <= bases
    assert "14/CT-UBND" not in bases  # the province's own directive is not a central basis
    quotas = rows["quotas"].cells["Trà Vinh"]
    assert len(quotas) == len(next(p for p in plans if p.doc_id == 5).record["quotas"])


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href", "").startswith("plans/"):
            self.hrefs.append(a["href"])


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cmp")
    records = tmp / "records"
    records.mkdir()
    for name in gold_names():
        (records / f"{name}.json").write_text(json.dumps(gold_record(name)), encoding="utf-8")
    out, xlsx = tmp / "site", tmp / "t.xlsx"
    args = ["--records", str(records), "--out", str(out), "--xlsx", str(xlsx)]
    assert main(["compare", "--provinces", "Quảng Ngãi,Trà Vinh,Bình Thuận", *args]) == 0
    return out, xlsx


def test_compare_command_writes_the_page_and_the_sheet(compared) -> None:
    out, xlsx = compared
    links = _Links()
    links.feed((out / "compare.html").read_text(encoding="utf-8"))
    assert links.hrefs
    for href in links.hrefs:
        path, _, anchor = href.partition("#")
        assert (out / path).is_file()
        if anchor:
            assert f'id="{anchor}"' in (out / path).read_text(encoding="utf-8"), href
    sheet = openpyxl.load_workbook(xlsx)["So sánh tỉnh"]
    assert [c.value for c in sheet[1]] == [
        "Nội dung / Aspect",
        "Quảng Ngãi",
        "Trà Vinh",
        "Bình Thuận",
    ]
    assert sheet["A2"].value == "Văn bản" and sheet.freeze_panes == "B2"


def test_compare_command_names_an_unknown_province(tmp_path: Path, capsys) -> None:
    records = tmp_path / "records"
    records.mkdir()
    name = gold_names()[0]
    (records / f"{name}.json").write_text(json.dumps(gold_record(name)), encoding="utf-8")
    args = [
        "compare",
        "--records",
        str(records),
        "--provinces",
        "Huế,Paris",
        "--out",
        str(tmp_path / "o"),
    ]
    assert main(args) == 2
    assert "no plan of 'Huế'" in capsys.readouterr().err


@pytest.mark.slow
def test_browser_compare_page_links_land_on_sentences(compared, page) -> None:  # noqa: F811
    out, _ = compared
    page.goto((out / "compare.html").as_uri())
    assert page.locator("#t-compare thead th").count() == 4
    link = page.locator("#c-quotas a").first
    target = link.get_attribute("href")
    link.click()
    page.wait_for_url(f"**/{target}")
    assert page.problems == []
