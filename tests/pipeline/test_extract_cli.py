from __future__ import annotations

import json
from pathlib import Path

from thidua.cli import main

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n\nSố: 7/KH-UBND\n\nCao Bằng, ngày 02 tháng 02 năm 2024\n\n"
    "KẾ HOẠCH\n\nPhát động phong trào thi đua “Cao Bằng vươn lên”\n\n"
    "I. MỤC ĐÍCH\n\nĐộng viên.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def test_extract_writes_records_and_reports_failures(tmp_path: Path, capsys) -> None:
    good = tmp_path / "cao-bang.txt"
    good.write_text(PLAN, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out"
    code = main(["extract", str(empty), str(good), str(missing), "--out", str(out)])
    assert code == 1
    err = capsys.readouterr().err
    assert f"{empty}: the file is empty" in err
    assert str(missing) in err and "cannot be read" in err
    assert [p.name for p in out.iterdir()] == ["cao-bang.json"]
    record = json.loads((out / "cao-bang.json").read_text("utf-8"))
    assert record["document"]["number"] == "7/KH-UBND"
    assert record["document"]["province"]["merged_2025"] == "Cao Bằng"


def test_extract_to_stdout_prints_json_lines(tmp_path: Path, capsys) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(PLAN, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--out", "-"]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    assert len(lines) == 2
    assert json.loads(lines[0])["document"]["issue_date"] == "2024-02-02"


def test_extract_reads_folders_with_include(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "cao-bang.txt").write_text(PLAN, encoding="utf-8")
    (folder / "notes.yaml").write_text("a: 1\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(folder), "--include", "*.txt", "--out", str(out)]) == 0
    assert [p.name for p in out.iterdir()] == ["cao-bang.json"]


def test_extract_names_records_by_path_under_the_root_and_never_overwrites(
    tmp_path: Path, capsys
) -> None:
    """Two inputs with one stem (other folders, other extensions) get two records, with
    names that depend on the inputs only; each record names its source relative to the
    folder all inputs are under, never by this machine's absolute path."""
    root = tmp_path / "plans"
    for rel in ("2023/cao-bang.txt", "2024/cao-bang.txt", "2024/cao-bang.htm", "ha-noi.txt"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(PLAN, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(root), "--out", str(out)]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert written == [
        "2023/cao-bang.json",
        "2024/cao-bang.htm.json",
        "2024/cao-bang.txt.json",
        "ha-noi.json",
    ]
    sources = {json.loads((out / w).read_text("utf-8"))["source"]["path"] for w in written}
    assert sources == {"2023/cao-bang.txt", "2024/cao-bang.txt", "2024/cao-bang.htm", "ha-noi.txt"}
    assert "4 record(s) written under" in capsys.readouterr().err


def test_extract_json_lines_name_sources_relative_to_the_root(tmp_path: Path, capsys) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(PLAN, encoding="utf-8")
    (tmp_path / "y.txt").write_text(PLAN, encoding="utf-8")
    assert (
        main(["extract", str(tmp_path / "a" / "x.txt"), str(tmp_path / "y.txt"), "--out", "-"]) == 0
    )
    lines = capsys.readouterr().out.strip().split("\n")
    assert [json.loads(line)["source"]["path"] for line in lines] == ["a/x.txt", "y.txt"]
    assert str(tmp_path) not in "".join(lines)
