"""DOCX (python-docx renderings) and DOC (LibreOffice round trip)."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from reader_fixtures import Plan, cer, legacy_expected, render_docx

from pipeline.errors import InputError
from pipeline.readers import read
from pipeline.readers.options import ReadOptions


@pytest.mark.parametrize(
    "name",
    [
        "binh-phuoc_lhh_ke-hoach-82",
        "binh-thuan_ubnd_ke-hoach-covid",
        "kien-giang_news_covid",
        "quang-ngai_hdtdkt_ke-hoach-01",
        "tra-vinh_ubnd_ke-hoach-covid",
    ],
)
def test_read_docx_seed_paragraphs_match_source(
    name: str, seed_plans: dict[str, Plan], tmp_path: Path
) -> None:
    plan = seed_plans[name]
    raw = read(render_docx(plan, tmp_path / f"{name}.docx"))
    assert raw.format == "docx" and raw.encoding == "utf-8"
    assert raw.text.split("\n\n") == plan.paragraphs


def test_read_docx_header_table_reads_columns_and_skips_page_header(
    rendered: dict[str, Path], own_plan: Plan
) -> None:
    raw = read(rendered["docx"])
    blocks = raw.text.split("\n\n")
    assert blocks[0].split("\n") == own_plan.left + own_plan.right
    assert blocks[1] == "KẾ HOẠCH"
    assert "Trang đầu" not in raw.text and "Trang 1" not in raw.text
    assert cer(own_plan.text(), raw.text) == 0.0


def test_read_docx_data_table_rows_keep_document_order(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("III. HÌNH THỨC KHEN THƯỞNG")
    table = document.add_table(rows=2, cols=3)
    for row, cells in zip(
        table.rows, [["TT", "Hình thức", "Số lượng"], ["1", "Bằng khen", "05"]], strict=False
    ):
        for cell, value in zip(row.cells, cells, strict=False):
            cell.text = value
    document.add_paragraph("IV. TỔ CHỨC THỰC HIỆN thi đua")
    path = tmp_path / "quota.docx"
    document.save(str(path))
    raw = read(path)
    assert raw.text.split("\n\n") == [
        "III. HÌNH THỨC KHEN THƯỞNG",
        "TT\tHình thức\tSố lượng\n1\tBằng khen\t05",
        "IV. TỔ CHỨC THỰC HIỆN thi đua",
    ]


@pytest.mark.parametrize(("legacy", "encoding"), [("tcvn3", "tcvn3"), ("vni", "vni")])
def test_read_docx_legacy_font_runs_convert(
    legacy: str, encoding: str, own_plan: Plan, tmp_path: Path
) -> None:
    raw = read(render_docx(own_plan, tmp_path / f"{legacy}.docx", legacy=legacy))
    assert raw.encoding == encoding
    expected = legacy_expected(own_plan.text()) if legacy == "tcvn3" else own_plan.text()
    assert cer(expected, raw.text) == 0.0
    assert raw.notes == [f"runs in legacy {legacy.upper()} fonts converted to Unicode"]
    assert raw.warnings == []  # information: the record is not `partial` for it


def test_read_docx_zip_bomb_refused_before_reading(tmp_path: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * 300_000_000)
    path = tmp_path / "bomb.docx"
    path.write_bytes(buf.getvalue())
    assert path.stat().st_size < 1_000_000
    with pytest.raises(InputError, match="zip bomb"):
        read(path)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
            + b"\0" * 500
            + "EncryptedPackage".encode("utf-16-le"),
            "password protected",
        ),
        (b"PK\x03\x04" + b"\0" * 40 + b"word/document.xml", "damaged or truncated"),
    ],
)
def test_read_docx_protected_or_truncated_refused(data: bytes, reason: str, tmp_path: Path) -> None:
    path = tmp_path / "plan.docx"
    path.write_bytes(data)
    with pytest.raises(InputError, match=reason) as info:
        read(path)
    assert str(path) in str(info.value) and info.value.hint


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_read_doc_converts_with_libreoffice(
    rendered: dict[str, Path], own_plan: Plan, tmp_path: Path
) -> None:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{tmp_path}/p",
            "--headless",
            "--convert-to",
            "doc:MS Word 97",
            "--outdir",
            str(tmp_path),
            str(rendered["docx"]),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    doc = tmp_path / "plan.doc"
    disguised = tmp_path / "plan.pdf"  # a Word 97 file under a wrong name
    disguised.write_bytes(doc.read_bytes())
    raw = read(disguised)
    assert raw.format == "doc"
    assert raw.text.split("\n\n")[0].split("\n") == own_plan.left + own_plan.right
    assert cer(own_plan.text(), raw.text) < 0.01


def test_read_docx_header_typed_with_tabs_reads_columns(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for line in [
        "ỦY BAN NHÂN DÂN\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH TRÀ VINH\t\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 88/KH-UBND\t\tTrà Vinh, ngày 20 tháng 8 năm 2021",
        "KẾ HOẠCH",
        "\tPhát động phong trào thi đua đặc biệt.",
    ]:
        document.add_paragraph(line)
    path = tmp_path / "tabs.docx"
    document.save(str(path))
    assert read(path).text.split("\n\n") == [
        "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 88/KH-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Trà Vinh, ngày 20 tháng 8 năm 2021",
        "KẾ HOẠCH",
        "Phát động phong trào thi đua đặc biệt.",
    ]


def test_read_docx_right_only_tab_lines_go_right(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for line in [
        "UBND TỈNH BẾN TRE\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "\t\t\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 12/KH-UBND",
        "\t\tBến Tre, ngày 05 tháng 02 năm 2024",
        "KẾ HOẠCH thi đua",
    ]:
        document.add_paragraph(line)
    path = tmp_path / "right.docx"
    document.save(str(path))
    assert read(path).text.split("\n\n")[0].split("\n") == [
        "UBND TỈNH BẾN TRE",
        "Số: 12/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Bến Tre, ngày 05 tháng 02 năm 2024",
    ]


def _table_docx(path: Path, rows: list[list[str]], merges: list[tuple[int, int, int, int]]) -> Path:
    """A DOCX holding one bordered table; ``merges`` are (row, col, row, col) corners."""
    import docx

    document = docx.Document()
    document.add_paragraph("2. Số lượng khen thưởng")
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            if value:
                table.cell(r, c).text = value
    for r0, c0, r1, c1 in merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    document.save(str(path))
    return path


@pytest.mark.parametrize(
    ("rows", "merges", "expected"),
    [
        (  # "Không quy định số lượng" merged across the Tập thể and Cá nhân columns
            [
                ["TT", "Hình thức", "Tập thể", "Cá nhân"],
                ["1", "Bằng khen của Chủ tịch UBND tỉnh", "12", "20"],
                ["2", "Giấy khen", "Không quy định số lượng", ""],
            ],
            [(2, 2, 2, 3)],
            [
                "TT\tHình thức\tTập thể\tCá nhân",
                "1\tBằng khen của Chủ tịch UBND tỉnh\t12\t20",
                "2\tGiấy khen\tKhông quy định số lượng\tKhông quy định số lượng",
            ],
        ),
        (  # the award form merged down two rows (one row per recipient kind)
            [
                ["Hình thức", "Đối tượng", "Số lượng"],
                ["Cờ thi đua của UBND tỉnh", "Tập thể", "03"],
                ["", "Cá nhân", "0"],
            ],
            [(1, 0, 2, 0)],
            [
                "Hình thức\tĐối tượng\tSố lượng",
                "Cờ thi đua của UBND tỉnh\tTập thể\t03",
                "Cờ thi đua của UBND tỉnh\tCá nhân\t0",
            ],
        ),
        (  # negative: no merge, an empty cell stays empty
            [["TT", "Hình thức", "Số lượng"], ["1", "", "05"]],
            [],
            ["TT\tHình thức\tSố lượng", "1\t\t05"],
        ),
    ],
)
def test_read_docx_merged_cells_stand_in_every_column_they_cover(
    rows: list[list[str]],
    merges: list[tuple[int, int, int, int]],
    expected: list[str],
    tmp_path: Path,
) -> None:
    # table fragments, not documents: the genre gate is not what is tested
    raw = read(_table_docx(tmp_path / "merged.docx", rows, merges), ReadOptions(check_plan=False))
    assert raw.text.split("\n\n")[1].split("\n") == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "________", "Số: 215/KH-UBND"],
            [
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "---------------",
            ],
            [
                "ỦY BAN NHÂN DÂN",
                "TỈNH HÀ TĨNH",
                "Số: 215/KH-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
            ],
        ),
        (  # negative: a dash item is text, not a rule
            ["Nơi nhận:", "- Lưu: VT, NC1."],
            ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
            ["Nơi nhận:", "- Lưu: VT, NC1.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        ),
    ],
)
def test_read_docx_layout_table_drops_typed_rules(
    left: list[str], right: list[str], expected: list[str], tmp_path: Path
) -> None:
    raw = read(render_docx(Plan(left, right, ["KẾ HOẠCH thi đua"]), tmp_path / "rules.docx"))
    assert raw.text.split("\n\n")[0].split("\n") == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # a party committee's header: the party's name stands where the quốc hiệu does
            ["ĐẢNG BỘ THÀNH PHỐ CẦN THƠ", "ĐẢNG ỦY PHƯỜNG CÁI KHẾ", "Số 24-KH/ĐU"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "Cái Khế, ngày 12 tháng 11 năm 2025"],
            "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ\nĐẢNG ỦY PHƯỜNG CÁI KHẾ\nSố 24-KH/ĐU\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM\nCái Khế, ngày 12 tháng 11 năm 2025",
        ),
        (  # an association's header with only the number and the date
            ["Số: 82/KH-LHH"],
            ["Bình Phước, ngày 07 tháng 9 năm 2021"],
            "Số: 82/KH-LHH\nBình Phước, ngày 07 tháng 9 năm 2021",
        ),
        (  # negative: a two-column data table stays rows of cells
            ["Báo cáo sơ kết", "Hồ sơ khen thưởng"],
            ["trước ngày 15/6/2026", "trước ngày 20/11/2026"],
            "Báo cáo sơ kết Hồ sơ khen thưởng\ttrước ngày 15/6/2026 trước ngày 20/11/2026",
        ),
    ],
)
def test_read_docx_header_tables_without_quoc_hieu_read_by_columns(
    left: list[str], right: list[str], expected: str, tmp_path: Path
) -> None:
    plan = Plan(left, right, ["KẾ HOẠCH thi đua năm 2026"])
    assert read(render_docx(plan, tmp_path / "h.docx")).text.split("\n\n")[0] == expected
