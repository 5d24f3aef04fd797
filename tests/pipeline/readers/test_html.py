"""Pages saved from portals: body only, header table read by columns."""

from __future__ import annotations

from pathlib import Path

import pytest
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


VARIANT = Path(__file__).resolve().parents[3] / "corpora" / "variants"


def test_read_html_legal_portal_page_reads_as_the_word_file(tmp_path: Path) -> None:
    from office_fixtures import WordPlan, render_portal, render_word

    name = "ha-tinh_ubnd_ke-hoach-chinh-quyen-hai-cap"
    plan = WordPlan.parse((VARIANT / f"{name}.txt").read_text(encoding="utf-8"))
    portal = read(render_portal(plan, tmp_path / f"{name}.html", name))
    word = read(render_word(plan, tmp_path / f"{name}.docx", rules=False))
    for noise in ("Văn bản liên quan", "Đăng ký", "Tóm tắt", "Số hiệu", "Chủ quản", "Trang chủ"):
        assert noise not in portal.text
    assert portal.text == word.text


def _page(body: str) -> str:
    return f"<html><head><meta charset='utf-8'></head><body><div class='content'>{body}</div></body></html>"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a source line wrap inside a paragraph is a space; only <br> breaks a line
            "<p>Căn cứ Luật Thi đua,\n   khen thưởng ngày 15 tháng 6 năm 2022;</p>"
            "<p>Nơi nhận:<br>- Như trên;<br>- Lưu: VT.</p>",
            [
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Nơi nhận:\n- Như trên;\n- Lưu: VT.",
            ],
        ),
        (  # colspan and rowspan stand in every grid cell they cover
            "<p>Số lượng khen thưởng của kế hoạch thi đua năm 2026 như sau đây:</p><table>"
            "<tr><td>Hình thức</td><td>Tập thể</td><td>Cá nhân</td></tr>"
            "<tr><td rowspan='2'>Bằng khen</td><td>12</td><td>20</td></tr>"
            "<tr><td colspan='2'>Không quy định số lượng</td></tr></table>",
            [
                "Số lượng khen thưởng của kế hoạch thi đua năm 2026 như sau đây:",
                "Hình thức\tTập thể\tCá nhân\nBằng khen\t12\t20\n"
                "Bằng khen\tKhông quy định số lượng\tKhông quy định số lượng",
            ],
        ),
    ],
)
def test_read_html_blocks_as_a_browser_shows_them(
    body: str, expected: list[str], tmp_path: Path
) -> None:
    path = tmp_path / "p.html"
    path.write_text(_page(body * 3), encoding="utf-8")
    assert read(path).text.split("\n\n") == expected * 3
