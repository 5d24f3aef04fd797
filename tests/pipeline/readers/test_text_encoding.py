"""Every reader takes its second look at decoded text through plain.text_encoding: a
plan typed in TCVN3 characters with a Unicode font reads as the plan, noted, from a
Word file, a web page or a text file alike."""

from __future__ import annotations

from pathlib import Path

import docx
from reader_fixtures import to_legacy

from pipeline.readers import read

# no toned capitals: TCVN3 has none, a legacy font prints them from a second font
PLAN = (
    "Kế hoạch thi đua chào mừng đại hội đảng bộ tỉnh.\n\n"
    "Các đơn vị đăng ký thi đua và gửi hồ sơ đề nghị khen thưởng về sở nội vụ "
    "trước ngày mười lăm tháng mười một năm nay."
)


def _docx(path: Path, text: str) -> Path:
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph)
    document.save(str(path))
    return path


def _html(path: Path, text: str) -> Path:
    body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
    path.write_text(f'<html><head><meta charset="utf-8"></head><body>{body}</body></html>')
    return path


def test_text_encoding_legacy_found_by_content_in_every_reader(tmp_path: Path) -> None:
    legacy = to_legacy(PLAN, "tcvn3")
    text_file = tmp_path / "plan.txt"
    text_file.write_text(legacy, encoding="utf-8")
    for path in (
        _docx(tmp_path / "plan.docx", legacy),
        _html(tmp_path / "plan.html", legacy),
        text_file,
    ):
        raw = read(path)
        assert "thi đua chào mừng đại hội đảng bộ tỉnh" in raw.text, path.name
        assert raw.encoding == "utf-8+tcvn3", path.name
        assert raw.notes == ["legacy TCVN3 text converted to Unicode"], path.name


def test_text_encoding_unicode_plan_has_no_note(tmp_path: Path) -> None:
    for path in (_docx(tmp_path / "plan.docx", PLAN), _html(tmp_path / "plan.html", PLAN)):
        raw = read(path)
        assert raw.encoding == "utf-8" and raw.notes == [], path.name
