"""The identity rule: the same plan from two files is linked, not counted twice."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from store_records import gold_record, variant

from pipeline.store import SourceResult, identity_key, open_store

V = "0.1.0+aaaaaaaaaaaa"
PLAN = "quang-ngai_hdtdkt_ke-hoach-01"


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({}, "01/KH-HĐTĐKT|2021-10-28|province:51"),
        ({"number": "01 / KH-hđtđkt"}, "01/KH-HĐTĐKT|2021-10-28|province:51"),
        (
            {"province": None},
            "01/KH-HĐTĐKT|2021-10-28|issuer:hội đồng thi đua - khen thưởng tỉnh quảng ngãi",
        ),
        ({"number": None}, None),
        ({"issue_date": None}, None),
        ({"province": None, "issuer": None}, None),
    ],
)
def test_identity_key_number_date_scope(document: dict, expected: str | None) -> None:
    record = gold_record(PLAN)
    record["document"].update(document)
    assert identity_key(record) == expected


def _store_all(tmp_path: Path, records: list[dict], tag: str) -> list[tuple[str, str | None]]:
    with open_store(tmp_path / f"{tag}.db") as store:
        for r in records:
            store.write(SourceResult(r["source"]["path"], r["source"]["sha256"], 1, V, record=r))
        sha_of = {s.doc_id: s.sha256 for s in store.iter_records(include_linked_duplicates=True)}
        links = sorted(
            (s.sha256, sha_of.get(s.duplicate_of) if s.duplicate_of else None)
            for s in store.iter_records(include_linked_duplicates=True)
        )
        visible = [s.sha256 for s in store.iter_records()]
    assert len(visible) == len({s for s, d in links if d is None})
    return links


def test_store_links_plan_and_article_whatever_the_order(tmp_path: Path) -> None:
    plan = gold_record(PLAN)
    pdf = variant(plan, "pdf")
    pdf["source"]["ocr"] = True
    news = variant(plan, "news", doc_type="news")
    other = variant(
        plan,
        "other-province",
        province={"name": "Bình Định", "code": "52", "merged_2025": "Gia Lai"},
    )
    results = {
        tuple(_store_all(tmp_path, list(order), f"o{i}"))
        for i, order in enumerate(itertools.permutations([plan, pdf, news, other]))
    }
    assert len(results) == 1  # the same links in every order
    links = dict(next(iter(results)))
    sha = plan["source"]["sha256"]
    assert links[sha] is None  # the text plan is canonical
    assert links[pdf["source"]["sha256"]] == sha
    assert links[news["source"]["sha256"]] == sha
    assert links[other["source"]["sha256"]] is None  # another province: another plan


def test_store_relinks_when_canonical_leaves(tmp_path: Path) -> None:
    plan = gold_record(PLAN)
    news = variant(plan, "news", doc_type="news")
    with open_store(tmp_path / "t.db") as store:
        for r in (plan, news):
            store.write(SourceResult("/same/path.txt", r["source"]["sha256"], 1, V, record=r))
        # the file at /same/path.txt changed from the plan to the article: the plan is gone
        [only] = list(store.iter_records())
    assert only.sha256 == news["source"]["sha256"] and only.duplicate_of is None
