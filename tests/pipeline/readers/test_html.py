"""Pages saved from portals: body only, header table read by columns."""

from __future__ import annotations

from pathlib import Path

from reader_fixtures import Plan, cer, render_html

from pipeline.readers import read


def test_read_html_keeps_body_drops_portal_furniture(
    rendered: dict[str, Path], own_plan: Plan
) -> None:
    raw = read(rendered["html"])
    assert raw.format == "html"
    for noise in (
        "Trang chủ",
        "Tin tức sự kiện",
        "gaId",
        "quảng cáo",
        "Lượt xem",
        "Bản quyền",
        "Số ký hiệu",
        "Hội nghị tổng kết",
    ):
        assert noise not in raw.text
    assert cer(own_plan.text(), raw.text) == 0.0
    assert raw.text.split("\n\n")[0].split("\n") == own_plan.left + own_plan.right


def test_read_html_seed_without_header(seed_plans: dict[str, Plan], tmp_path: Path) -> None:
    plan = seed_plans["kien-giang_news_covid"]
    raw = read(render_html(plan, tmp_path / "news.htm"))
    assert raw.text.split("\n\n") == plan.paragraphs


def test_read_html_utf16_page(own_plan: Plan, tmp_path: Path) -> None:
    page = render_html(own_plan, tmp_path / "p.html").read_text(encoding="utf-8")
    path = tmp_path / "utf16.txt"
    path.write_bytes(page.replace('charset="utf-8"', "").encode("utf-16"))
    raw = read(path)
    assert raw.format == "html"
    assert cer(own_plan.text(), raw.text) == 0.0
