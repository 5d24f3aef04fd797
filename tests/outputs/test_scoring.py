"""The shared scoring (outputs/scoring*.py) and ``thidua eval``.

Predictions are built from the gold records themselves, so a perfect one must
score 1.0 and each perturbation must lower exactly the field it touches.
"""

from __future__ import annotations

import argparse
import copy
import importlib.util
import json
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from outputs.scoring import DocScore, score_dir, score_record
from outputs.scoring_match import (
    compare_text,
    match_one_to_one,
    score_citation,
    score_criterion,
    score_name,
    score_quota,
)
from outputs.scoring_report import render_table

ROOT = Path(__file__).resolve().parents[2]


def _load_evaluate_command() -> ModuleType:
    """thidua/commands/evaluate.py on its own: importing it through the package would
    also import the other commands, whose pipeline may be mid-construction."""
    spec = importlib.util.spec_from_file_location(
        "thidua_eval_command", ROOT / "thidua" / "commands" / "evaluate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


evaluate = _load_evaluate_command()

GOLD_DIR = ROOT.parent / "shared" / "corpus" / "gold"
GOLD_STEMS = [
    "binh-phuoc_lhh_ke-hoach-82",
    "binh-thuan_ubnd_ke-hoach-covid",
    "kien-giang_news_covid",
    "quang-ngai_hdtdkt_ke-hoach-01",
    "tra-vinh_ubnd_ke-hoach-covid",
]
needs_gold = pytest.mark.skipif(
    not GOLD_DIR.is_dir(), reason=f"shared gold records not found at {GOLD_DIR}"
)


def load_gold(stem: str) -> dict[str, Any]:
    return json.loads((GOLD_DIR / f"{stem}.json").read_text(encoding="utf-8"))


class _Text:
    """Builds a record text piece by piece, handing out grounded evidence."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0

    def evidence(self, quote: object) -> dict[str, Any]:
        quote = str(quote) if quote else "…"
        start = self.length
        self.parts.append(quote + "\n")
        self.length += len(quote) + 1
        return {"quote": quote, "start": start, "end": start + len(quote), "page": None}


def _with_evidence(item: dict[str, Any], text: _Text, quote: object) -> dict[str, Any]:
    return {**item, "evidence": text.evidence(quote)}


def gold_to_prediction(gold: dict[str, Any]) -> dict[str, Any]:
    """A plan record that says exactly what the gold record says."""
    text = _Text()
    document = copy.deepcopy(gold["document"])
    for part in ("province", "issuer", "signer"):
        if document.get(part) is not None:
            document[part]["evidence"] = text.evidence(document[part]["name"])
    pred: dict[str, Any] = {"record_version": "1", "document": document}
    for key in ("legal_basis", "references"):
        pred[key] = [_with_evidence(c, text, c.get("number")) for c in gold[key]]
    pred["participants"] = gold["participants_starts"]
    pred["criteria"] = [
        {"text": f"{c['starts']} … {c['ends']}", "target": None}
        | {"evidence": text.evidence(f"{c['starts']} … {c['ends']}")}
        for c in gold["criteria"]
    ]
    pred["award_forms"] = [
        _with_evidence({**a, "label": a["form"]}, text, a["form"]) for a in gold["award_forms"]
    ]
    for key in ("quotas", "thresholds", "deadlines"):
        pred[key] = [_with_evidence(dict(i), text, i.get("award") or i["date"]) for i in gold[key]]
    pred["recipients"] = [
        {"text": r, "expanded": r, "level": "other", "evidence": text.evidence(r)}
        for r in gold["recipients"]
    ]
    pred["archive"] = gold["archive"]
    pred["text"] = "".join(text.parts)
    return pred


def changed_fields(base: DocScore, other: DocScore) -> set[str]:
    """Fields whose result differs between two scorings of the same gold."""
    changed = {
        n
        for n in base.scalars.keys() | other.scalars.keys()
        if base.scalars.get(n) != other.scalars.get(n)
    }
    changed |= {n for n in base.lists if base.lists[n] != other.lists[n]}
    changed |= {n for n in base.matched if base.matched[n] != other.matched[n]}
    return changed


# --- text compare and matching helpers ------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("VT, KGVXNV. Bích.", "vt, kgvxnv. bích"),
        ("  **Ủy ban**  nhân\n dân ;", "ủy ban nhân dân"),
        ("“Toàn dân” ‘đoàn kết’ \"x\" 'y'", "toàn dân đoàn kết x y"),
        ("Chủ tịch.;:, ", "chủ tịch"),
        ("Hòa", "hòa"),  # NFD input is composed first
        (None, ""),
    ],
)
def test_compare_text_normalises(raw: str | None, expected: str) -> None:
    if raw == "Hòa":
        raw = "Ho\u0300a"
    assert compare_text(raw) == expected


def test_compare_text_keeps_tone_mark_placement() -> None:
    # The rule does not fold "hoà" into "hòa": both spellings stay different.
    assert compare_text("hoà") != compare_text("hòa")


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        ({"number": "1497/QĐ-TTg"}, {"number": "1497 / Qđ-TTG."}, True),
        ({"number": "1497/QĐ-TTg"}, {"number": "1479/QĐ-TTg"}, False),
        ({"number": "1497/QĐ-TTg"}, {"number": None}, False),
        (
            {
                "number": None,
                "doc_type": "luat",
                "date": "2022-06-15",
                "title": "Luật Thi đua, khen thưởng",
            },
            {
                "number": None,
                "doc_type": "luat",
                "date": "2022-06-15",
                "title": "Luật Thi đua khen thưởng",
            },
            True,
        ),
        (
            {
                "number": None,
                "doc_type": "luat",
                "date": "2022-06-15",
                "title": "Luật Thi đua, khen thưởng",
            },
            {
                "number": None,
                "doc_type": "luat",
                "date": "2003-11-26",
                "title": "Luật Thi đua, khen thưởng",
            },
            False,
        ),
        (
            {
                "number": None,
                "doc_type": "luat",
                "date": "2022-06-15",
                "title": "Luật Thi đua, khen thưởng",
            },
            {
                "number": None,
                "doc_type": "luat",
                "date": "2022-06-15",
                "title": "Luật Cán bộ, công chức",
            },
            False,
        ),
        (
            {"number": None, "doc_type": "luat", "date": None},
            {"number": "5/QĐ-X", "doc_type": "luat"},
            False,
        ),
    ],
)
def test_score_citation_number_or_name(gold: dict, pred: dict, matches: bool) -> None:
    assert (score_citation(gold, pred) is not None) is matches


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("Các lực lượng chống dịch ở tuyến đầu thi đua phòng, chống dịch.", True),
        ("1. CÁC LỰC LƯỢNG chống dịch ở tuyến đầu thi đua phòng, chống dịch", False),
        ("Các lực lượng chống dịch ở tuyến đầu thi đua", False),  # cut at a page break
        ("", False),
    ],
)
def test_score_criterion_starts_and_ends(text: str, matches: bool) -> None:
    gold = {"starts": "Các lực lượng chống dịch ở tuyến đầu", "ends": "phòng, chống dịch."}
    assert (score_criterion(gold, {"text": text}) is not None) is matches


@pytest.mark.parametrize(
    ("gold", "pred", "matches"),
    [
        ("Thường trực HĐND tỉnh", {"text": "thường trực  HĐND tỉnh;"}, True),
        ("Thường trực HĐND tỉnh", {"text": "Thường trực Tỉnh ủy"}, False),
        ("Thường trực HĐND tỉnh", "Thường trực HĐND tỉnh", True),
        ("Thường trực HĐND tỉnh", {"text": None}, False),
    ],
)
def test_score_name_recipients(gold: str, pred: object, matches: bool) -> None:
    assert (score_name(gold, pred) is not None) is matches


def test_match_one_to_one_takes_the_largest_matching() -> None:
    # Greedy best-first would pair g0-p0 and leave g1 alone; augmenting fixes it.
    scores = {(0, 0): 0.95, (0, 1): 0.92, (1, 0): 0.93}
    pairs = match_one_to_one([0, 1], [0, 1], lambda g, p: scores.get((g, p)))
    assert pairs == [(0, 1), (1, 0)]


def test_match_one_to_one_uses_each_item_once() -> None:
    pairs = match_one_to_one(["a", "a"], ["a"], lambda g, p: 1.0 if g == p else None)
    assert len(pairs) == 1


def test_score_quota_ties_broken_by_per() -> None:
    base = {
        "award": "bang_khen_tinh",
        "recipient_kind": "tap_the",
        "min": 2,
        "max": 2,
        "unlimited": False,
    }
    gold = [{**base, "per": "ngành Y tế"}, {**base, "per": "huyện, thị xã, thành phố"}]
    pred = [{**base, "per": "huyện, thị xã, thành phố"}, {**base, "per": "ngành Y tế"}]
    assert match_one_to_one(gold, pred, score_quota) == [(0, 1), (1, 0)]
    assert score_quota(gold[0], {**base, "per": None}) is None


# --- whole records ---------------------------------------------------------------------------


@needs_gold
@pytest.mark.parametrize("stem", GOLD_STEMS)
def test_score_record_gold_as_prediction_is_perfect(stem: str) -> None:
    gold = load_gold(stem)
    doc = score_record(gold, gold_to_prediction(gold))
    assert doc.overall == 1.0
    assert doc.grounding.total > 0 and doc.grounding.share == 1.0
    assert all(r.correct for r in doc.scalars.values())
    assert all(t.share in (None, 1.0) for t in doc.matched.values())


def _set_number(value: str) -> Callable[[dict], None]:
    def change(pred: dict) -> None:
        pred["document"]["number"] = value

    return change


def _drop_quota(pred: dict) -> None:
    del pred["quotas"][0]


def _per_on_total_quota(pred: dict) -> None:
    pred["quotas"][0]["per"] = "huyện, thị xã, thành phố"


def _citation_wrong_date(pred: dict) -> None:
    pred["legal_basis"][0]["date"] = "2021-01-01"


def _participants_other(pred: dict) -> None:
    pred["participants"] = "Cán bộ, công chức toàn tỉnh"


def _criterion_cut(pred: dict) -> None:
    pred["criteria"][0]["text"] = pred["criteria"][0]["text"].split(" … ")[0]


def _extra_award_form(pred: dict) -> None:
    pred["award_forms"].append({**pred["award_forms"][0], "form": "co_thi_dua_tinh"})


@needs_gold
@pytest.mark.parametrize(
    ("stem", "perturb", "field"),
    [
        ("quang-ngai_hdtdkt_ke-hoach-01", _set_number("02/KH-HĐTĐKT"), "document.number"),
        ("binh-thuan_ubnd_ke-hoach-covid", _set_number("123/KH-UBND"), "document.number"),
        ("binh-thuan_ubnd_ke-hoach-covid", _drop_quota, "quotas"),
        ("binh-thuan_ubnd_ke-hoach-covid", _per_on_total_quota, "quotas"),
        ("binh-thuan_ubnd_ke-hoach-covid", _criterion_cut, "criteria"),
        ("binh-thuan_ubnd_ke-hoach-covid", _participants_other, "participants"),
        ("quang-ngai_hdtdkt_ke-hoach-01", _participants_other, "participants"),
        ("binh-phuoc_lhh_ke-hoach-82", _citation_wrong_date, "legal_basis.date"),
        ("tra-vinh_ubnd_ke-hoach-covid", _extra_award_form, "award_forms"),
    ],
)
def test_score_record_perturbation_lowers_one_field(
    stem: str, perturb: Callable[[dict], None], field: str
) -> None:
    gold = load_gold(stem)
    perfect = score_record(gold, gold_to_prediction(gold))
    pred = gold_to_prediction(gold)
    perturb(pred)
    doc = score_record(gold, pred)
    assert changed_fields(perfect, doc) == {field}
    if field in doc.matched:  # citation date/issuer accuracy is reported apart
        assert doc.overall == 1.0 and doc.matched[field].share == 0.0
    else:
        assert doc.overall < 1.0


def _restyle(pred: dict) -> None:
    doc = pred["document"]
    doc["title"] = "**" + doc["title"].upper().replace("“", '"').replace("”", "'") + ".**"
    doc["signer"]["title"] = "CHỦ TỊCH;"
    doc["issuer"]["name"] = doc["issuer"]["name"].lower()
    pred["legal_basis"][0]["number"] = " 1497 / Qđ-TTG"
    pred["legal_basis"][0]["issuer"] = "thủ tướng  chính phủ."
    pred["recipients"] = [{**r, "text": r["text"].upper() + ";"} for r in pred["recipients"]]
    pred["archive"] = "vt,   kgvxnv. bích"
    pred["criteria"] = [{**c, "text": "“" + c["text"].upper() + "”"} for c in pred["criteria"]]


@needs_gold
def test_score_record_ignores_case_quotes_and_spacing() -> None:
    gold = load_gold("binh-thuan_ubnd_ke-hoach-covid")
    pred = gold_to_prediction(gold)
    _restyle(pred)
    doc = score_record(gold, pred)
    assert doc.overall == 1.0
    assert doc.matched["legal_basis.issuer"].share == 1.0


@needs_gold
def test_score_record_ungrounded_evidence_lowers_grounding_only() -> None:
    gold = load_gold("tra-vinh_ubnd_ke-hoach-covid")
    pred = gold_to_prediction(gold)
    pred["document"]["signer"]["evidence"]["start"] += 1
    pred["references"][0]["evidence"]["quote"] = "68/KH-UBND"
    doc = score_record(gold, pred)
    assert doc.overall == 1.0
    assert doc.grounding.total - doc.grounding.correct == 2


@needs_gold
def test_score_record_unscored_field_is_ignored() -> None:
    gold = load_gold("kien-giang_news_covid")
    assert "document.title" in gold["unscored"]
    pred = gold_to_prediction(gold)
    pred["document"]["title"] = "Một tiêu đề khác hẳn"
    doc = score_record(gold, pred)
    assert "document.title" not in doc.scalars
    assert doc.overall == 1.0


@needs_gold
def test_score_record_unscored_list_is_ignored() -> None:
    gold = load_gold("quang-ngai_hdtdkt_ke-hoach-01")
    pred = gold_to_prediction(gold)
    pred["document"]["movement_names"] = ["Thi đua yêu nước"]
    doc = score_record(gold, pred)
    assert "document.movement_names" not in doc.lists
    assert doc.overall == 1.0


@needs_gold
@pytest.mark.parametrize("stem", GOLD_STEMS)
def test_score_record_empty_prediction_scores_zero(stem: str) -> None:
    doc = score_record(load_gold(stem), {})
    assert doc.overall == 0.0
    assert doc.grounding.total == 0


def test_score_record_nothing_counted_in_a_list() -> None:
    gold = {"document": {"doc_type": "ke_hoach"}, "quotas": []}
    doc = score_record(gold, {"document": {"doc_type": "ke_hoach"}, "quotas": []})
    assert not doc.lists["quotas"].counted
    assert doc.list_f1 is None and doc.overall == 1.0


@needs_gold
def test_score_record_malformed_prediction_scores_low_without_crashing() -> None:
    gold = load_gold("binh-thuan_ubnd_ke-hoach-covid")
    pred = {
        "text": 5,
        "document": "ke_hoach",
        "quotas": [1, "x", None],
        "criteria": ["x"],
        "recipients": [None, 3],
        "award_forms": ["bang_khen_tinh"],
        "legal_basis": [{"evidence": {"quote": "x"}}],
    }
    doc = score_record(gold, pred)
    assert doc.overall == 0.0
    assert doc.lists["quotas"].n_pred == 3 and doc.lists["quotas"].tp == 0
    assert doc.grounding.total == 1 and doc.grounding.correct == 0


def test_score_record_null_signer_makes_subfields_null() -> None:
    gold = {"document": {"doc_type": "news", "signer": None}}
    pred = {"document": {"doc_type": "news", "signer": {"name": "Lê Văn Hân", "title": None}}}
    doc = score_record(gold, pred)
    assert doc.scalars["document.signer.name"].correct is False
    assert "document.signer.title" not in doc.scalars
    assert doc.overall == 0.5


# --- directories and the command --------------------------------------------------------


def _write(folder: Path, stem: str, record: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{stem}.json").write_text(json.dumps(record, ensure_ascii=False), "utf-8")


@needs_gold
def test_score_dir_missing_prediction_scores_zero(tmp_path: Path) -> None:
    pred_dir = tmp_path / "pred"
    for stem in GOLD_STEMS[:4]:
        _write(pred_dir, stem, gold_to_prediction(load_gold(stem)))
    report = score_dir(GOLD_DIR, pred_dir)
    assert [d.overall for d in report.docs] == [1.0, 1.0, 1.0, 1.0, 0.0]
    assert report.overall == pytest.approx(0.8)
    assert len(report.warnings) == 1 and GOLD_STEMS[4] in report.warnings[0]
    table = render_table(report)
    assert "overall: 0.800 over 5 document(s)" in table
    assert "(no prediction)" in table


def _run_eval(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="thidua")
    evaluate.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return int(args.run(args))


def _tiny_dirs(tmp_path: Path) -> tuple[Path, Path]:
    gold = {
        "source": "a.txt",
        "unscored": [],
        "document": {"doc_type": "ke_hoach", "number": "82/KH-LHH"},
        "recipients": ["Khối Thi đua số 7"],
    }
    text = "Số: 82/KH-LHH\n- Khối Thi đua số 7;"
    pred = {
        "text": text,
        "document": {"doc_type": "ke_hoach", "number": "82/KH-LHH"},
        "recipients": [
            {
                "text": "Khối Thi đua số 7",
                "evidence": {"quote": "Khối Thi đua số 7", "start": 16, "end": 33},
            }
        ],
    }
    _write(tmp_path / "gold", "a", gold)
    _write(tmp_path / "pred", "a", pred)
    return tmp_path / "gold", tmp_path / "pred"


def test_evaluate_run_writes_table_and_json(tmp_path: Path, capsys) -> None:
    gold_dir, pred_dir = _tiny_dirs(tmp_path)
    out = tmp_path / "figures" / "eval.json"
    assert (
        _run_eval(["eval", "--gold", str(gold_dir), "--pred", str(pred_dir), "--json", str(out)])
        == 0
    )
    table = capsys.readouterr().out
    assert "overall: 1.000 over 1 document(s)" in table
    assert "grounding: 1.000 (1/1)" in table
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["overall"] == 1.0
    assert figures["grounding"] == {"share": 1.0, "correct": 1, "n": 1}
    assert figures["scalars"]["document.number"] == {"accuracy": 1.0, "correct": 1, "n": 1}
    assert figures["lists"]["recipients"]["f1"] == 1.0
    assert figures["documents"][0]["stem"] == "a"


@pytest.mark.parametrize("missing", ["--gold", "--pred"])
def test_evaluate_run_missing_dir_exits_2(tmp_path: Path, missing: str, capsys) -> None:
    gold_dir, pred_dir = _tiny_dirs(tmp_path)
    dirs = {"--gold": str(gold_dir), "--pred": str(pred_dir), missing: str(tmp_path / "nope")}
    assert _run_eval(["eval", "--gold", dirs["--gold"], "--pred", dirs["--pred"]]) == 2
    assert "no such directory" in capsys.readouterr().err


def test_evaluate_run_bad_gold_exits_2(tmp_path: Path, capsys) -> None:
    gold_dir, pred_dir = _tiny_dirs(tmp_path)
    (gold_dir / "b.json").write_text("[1, 2]", encoding="utf-8")
    assert _run_eval(["eval", "--gold", str(gold_dir), "--pred", str(pred_dir)]) == 2
    assert "b.json" in capsys.readouterr().err


def test_cli_main_eval(tmp_path: Path, capsys) -> None:
    try:
        from thidua.cli import main
    except ImportError as exc:  # another command's modules are still being written
        pytest.skip(f"thidua.cli does not import yet: {exc}")
    gold_dir, pred_dir = _tiny_dirs(tmp_path)
    (pred_dir / "a.json").unlink()
    assert main(["eval", "--gold", str(gold_dir), "--pred", str(pred_dir)]) == 0
    captured = capsys.readouterr()
    assert "overall: 0.000 over 1 document(s)" in captured.out
    assert "no prediction" in captured.err
    assert main(["eval", "--gold", str(tmp_path / "nope"), "--pred", str(pred_dir)]) == 2
