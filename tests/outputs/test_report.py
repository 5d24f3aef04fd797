"""The HTML report: segments, escaping, links (parsed), and in headless Chromium."""

from __future__ import annotations

import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from plan_fixtures import SEEDS, gold_plans, hostile_plan

from outputs.plans import EvidenceItem, _corpus, evidence_items, plan_key
from outputs.report import segments, write_report
from thidua.cli import main

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
DOCS = Path(__file__).resolve().parents[2] / "docs"


def _item(eid: str, start: int, end: int, text: str, check: str = "ok") -> EvidenceItem:
    ev = {"quote": text[start:end], "start": start, "end": end}
    return EvidenceItem(eid, "quotas", 1, "quotas", eid, ev, check)


TEXT = "Tặng Bằng khen cho 03 tập thể và 03 cá nhân."


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # one value
        (
            [("a", 19, 29)],
            [("Tặng Bằng khen cho ", []), ("03 tập thể", ["a"]), (" và 03 cá nhân.", [])],
        ),
        # nested: the sentence and a quota inside it
        (
            [("s", 0, 44), ("q", 33, 43)],
            [
                ("Tặng Bằng khen cho 03 tập thể và ", ["s"]),
                ("03 cá nhân", ["s", "q"]),
                (".", ["s"]),
            ],
        ),
        # overlapping
        (
            [("x", 5, 14), ("y", 10, 22)],
            [
                ("Tặng ", []),
                ("Bằng ", ["x"]),
                ("khen", ["x", "y"]),
                (" cho 03 ", ["y"]),
                ("tập thể và 03 cá nhân.", []),
            ],
        ),
        # adjacent, no gap
        (
            [("a", 0, 4), ("b", 4, 14)],
            [("Tặng", ["a"]), (" Bằng khen", ["b"]), (" cho 03 tập thể và 03 cá nhân.", [])],
        ),
    ],
)
def test_segments_cover_the_text_once_with_every_span(spans, expected):
    segs = segments(TEXT, [_item(e, s, t, TEXT) for e, s, t in spans])
    assert "".join(s.text for s in segs) == TEXT
    assert [(s.text, s.ids) for s in segs] == expected
    starts = {a for s in segs for a in s.anchors}
    assert starts == {e for e, _, _ in spans}


@pytest.mark.parametrize("check", ["missing", "mismatch"])
def test_segments_do_not_highlight_values_without_good_evidence(check):
    segs = segments(TEXT, [_item("a", 19, 29, TEXT, check)])
    assert [s.text for s in segs] == [TEXT] and segs[0].ids == []


def test_segments_title_names_the_field_for_hover():
    plan = hostile_plan()
    items = evidence_items(plan)
    segs = segments(plan.record["text"], items)
    quota = next(s for s in segs if "99-quotas-1" in s.ids)
    assert quota.title.startswith("Chỉ tiêu khen thưởng: Bằng khen của UBND tỉnh: 3 tập thể")
    assert "warn" in next(s for s in segs if "99-deadlines-1" in s.ids).css


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.scripts: list[dict] = []
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "script":
            self.scripts.append(a)

    def handle_data(self, data):
        self.data.append(data)


def _parse(path: Path) -> _Collect:
    c = _Collect()
    c.feed(path.read_text(encoding="utf-8"))
    return c


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    corpus = _corpus("gold+hostile", [*gold_plans(), hostile_plan()], [], ["test"])
    write_report(corpus, out)
    return out


def test_report_shows_html_and_script_in_the_text_as_text(site):
    raw = (site / "plans" / "99.html").read_text(encoding="utf-8")
    assert "<script>window.__pwned" not in raw
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in raw
    assert "<b>đặc biệt</b>" not in raw and "&lt;b&gt;đặc biệt&lt;/b&gt;" in raw
    assert "<img src=x" not in raw
    parsed = _parse(site / "plans" / "99.html")
    assert parsed.scripts == [{"src": "../assets/report.js"}]
    assert "<script>window.__pwned = 1</script>" in "".join(parsed.data)


def test_report_every_internal_link_lands_on_an_element(site):
    pages = sorted(site.glob("*.html")) + sorted((site / "plans").glob("*.html"))
    ids = {p.resolve(): _parse(p).ids for p in pages}
    checked = 0
    for page in pages:
        for href in _parse(page).hrefs:
            target, _, frag = href.partition("#")
            dest = (page.parent / target).resolve() if target else page.resolve()
            assert dest in ids, (page.name, href)
            if frag:
                assert frag in ids[dest], (page.name, href)
                checked += 1
    assert checked > 200


def test_report_table_links_go_to_the_sentence_or_the_flagged_value(site):
    html = (site / "quotas.html").read_text(encoding="utf-8")
    assert 'href="plans/99.html#ev-99-quotas-1"' in html
    # gold quotas have no evidence: they link to the value in the side list, flagged
    assert 'class="ev flag-missing" href="plans/2.html#v-2-quotas-1"' in html
    review = (site / "plans" / "99.html").read_text(encoding="utf-8")
    assert 'id="v-99-recipients-2" class="val check-mismatch"' in review
    assert 'id="v-99-deadlines-1" class="val check-warning"' in review


def test_report_is_deterministic(tmp_path):
    corpus = _corpus("gold", gold_plans(), [], ["test"])
    a, b = tmp_path / "a", tmp_path / "b"
    write_report(corpus, a)
    write_report(corpus, b)
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for f in files:
        assert (a / f).read_bytes() == (b / f).read_bytes(), f


def test_report_in_english_uses_english_headers_and_labels(tmp_path):
    write_report(_corpus("gold", gold_plans(), [], ["test"]), tmp_path, lang="en")
    review = (tmp_path / "plans" / "2.html").read_text(encoding="utf-8")
    assert (
        "<h2>Extracted values</h2>" in review
        and '<h1>Plan <span class="prov">· Bình Thuận' in review
    )
    quotas = (tmp_path / "quotas.html").read_text(encoding="utf-8")
    assert '<th data-type="str" tabindex="0">Quantity</th>' in quotas
    assert "Labour Order" in quotas and "không quy định số lượng (not specified)" in quotas


def test_report_command_names_a_missing_store(tmp_path, capsys):
    assert main(["report", "--db", str(tmp_path / "no.db"), "--out", str(tmp_path / "s")]) == 2
    assert "thidua ingest" in capsys.readouterr().err


# --- in a real headless Chromium -------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is missing: run scripts/install-system-deps.sh")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    pg.problems = []
    pg.on(
        "console", lambda m: pg.problems.append(m.text) if m.type in ("error", "warning") else None
    )
    pg.on("pageerror", lambda e: pg.problems.append(str(e)))
    pg.on("dialog", lambda d: (pg.problems.append("dialog " + d.message), d.dismiss()))
    yield pg
    context.close()


@pytest.mark.slow
def test_browser_every_page_loads_without_console_errors(site, page):
    pages = sorted(site.glob("*.html")) + sorted((site / "plans").glob("*.html"))
    for path in pages:
        page.goto(path.as_uri())
        assert page.evaluate("typeof window.__pwned") == "undefined", path.name
        assert page.problems == [], (path.name, page.problems)
    assert len(pages) == 14 + 1 + 6  # tables, charts, review pages


@pytest.mark.slow
def test_browser_injected_script_is_inert_and_shown(site, page):
    page.goto((site / "plans" / "99.html").as_uri())
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    text = page.inner_text("pre.text")
    assert "<script>window.__pwned = 1</script>" in text
    assert "<b>đặc biệt</b>" in text


@pytest.mark.slow
def test_browser_table_link_lands_on_the_highlighted_sentence(site, page):
    page.goto((site / "quotas.html").as_uri())
    page.click('a[href="plans/99.html#ev-99-quotas-1"]')
    page.wait_for_url("**/plans/99.html#ev-99-quotas-1")
    active = page.locator("a.hl.active")
    assert active.all_inner_texts() == ["03 tập thể"]
    assert active.first.is_visible()
    assert "Chỉ tiêu khen thưởng: Bằng khen của UBND tỉnh" in active.first.get_attribute("title")
    assert page.locator("#v-99-quotas-1.active").count() == 1
    # and back: clicking the highlight lands on the value in the side list
    active.first.click()
    page.wait_for_url("**#v-99-quotas-1")
    assert page.locator("li#v-99-quotas-1.active").count() == 1
    assert page.problems == []


@pytest.mark.slow
def test_browser_hover_shows_the_field_and_flags_stand_out(site, page):
    page.goto((site / "plans" / "99.html").as_uri())
    hl = page.locator('a.hl[data-ev~="99-deadlines-1"]').first
    hl.hover()
    assert hl.get_attribute("title").startswith("Thời hạn: 30/11/2021")
    outline = hl.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid"  # a value with warnings is outlined
    missing = page.locator("li#v-99-recipients-2")
    colour = missing.evaluate("e => getComputedStyle(e).borderLeftColor")
    assert colour == "rgb(198, 40, 40)"
    highlighted = set(
        " ".join(page.eval_on_selector_all("a.hl", "es => es.map(e => e.dataset.ev)")).split()
    )
    expected = {i.id for i in evidence_items(hostile_plan()) if i.highlightable}
    assert highlighted == expected


@pytest.mark.slow
def test_browser_tables_sort_and_filter(site, page):
    page.goto((site / "quotas.html").as_uri())
    rows = page.locator("#t-quotas tbody tr")
    total = rows.count()
    page.fill('input[data-filter="t-quotas"]', "kien giang")  # without tone marks
    visible = page.locator("#t-quotas tbody tr:not([hidden])")
    assert visible.count() == 4
    assert page.inner_text('[data-count-for="t-quotas"]') == "4"
    page.fill('input[data-filter="t-quotas"]', "")
    assert visible.count() == total
    page.click("#t-quotas th:nth-child(8)")  # max, numeric
    first = [
        int(v)
        for v in page.eval_on_selector_all(
            "#t-quotas tbody tr td:nth-child(8)", "es => es.map(e => e.dataset.v).filter(Boolean)"
        )
    ]
    assert first == sorted(first)
    page.click("#t-quotas th:nth-child(8)")
    again = [
        int(v)
        for v in page.eval_on_selector_all(
            "#t-quotas tbody tr td:nth-child(8)", "es => es.map(e => e.dataset.v).filter(Boolean)"
        )
    ]
    assert again == sorted(first, reverse=True)


@pytest.mark.slow
def test_browser_report_from_the_store_matches_its_records(tmp_path, page):
    """Ingest the seeds for real, then check every review page against the store."""
    db = tmp_path / "seeds.db"
    assert main(["ingest", str(SEEDS), "--db", str(db), "--jobs", "1"]) in (0, 1)
    out = tmp_path / "site"
    provinces = ["--provinces", "Quảng Ngãi,Trà Vinh,Bình Thuận"]
    assert main(["compare", "--db", str(db), "--out", str(out), *provinces]) == 0
    from pipeline.store import open_store

    with open_store(db) as store:
        records = list(store.iter_records(include_linked_duplicates=True))
    assert len(records) == 5
    for rec in records:
        page.goto((out / "plans" / f"{rec.doc_id}.html").as_uri())
        assert page.inner_text("pre.text") == rec.record["text"]
        for item in evidence_items(rec):
            if not item.highlightable:
                continue
            got = page.eval_on_selector_all(
                "a.hl",
                "(es, id) => es.filter(e => e.dataset.ev.split(' ').includes(id))"
                ".map(e => e.textContent).join('')",
                item.id,
            )
            assert got == item.evidence["quote"], item.id
        assert page.problems == []
    if os.environ.get("THIDUA_UPDATE_SCREENSHOTS"):
        _screenshots(page, out, [plan_key(r) for r in records])


def _screenshots(page, site: Path, keys: list[str]) -> None:
    """Regenerate docs/report-*.png on purpose (THIDUA_UPDATE_SCREENSHOTS=1)."""
    page.goto((site / "index.html").as_uri())
    page.screenshot(path=str(DOCS / "report-index.png"))
    page.goto((site / "quota_pivot.html").as_uri())
    page.screenshot(path=str(DOCS / "report-quota-pivot.png"))
    page.goto((site / "plans" / f"{keys[1]}.html").as_uri() + f"#ev-{keys[1]}-legal_basis-1")
    page.screenshot(path=str(DOCS / "report-review.png"))
    page.goto((site / "plans" / f"{keys[2]}.html").as_uri() + f"#ev-{keys[2]}-quotas-2")
    page.screenshot(path=str(DOCS / "report-review-quotas.png"))
    page.goto((site / "charts.html").as_uri())
    page.screenshot(path=str(DOCS / "report-charts.png"), full_page=True)
    page.goto((site / "compare.html").as_uri())
    page.screenshot(path=str(DOCS / "report-compare.png"), full_page=True)
