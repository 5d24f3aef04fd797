"""Plans the output tests read: the five gold records and a hostile one.

The gold records (``../shared/corpus/gold``) have no text or evidence; here
each becomes a schema-shaped plan record over its seed's text, with evidence
located where the value's words can be found (citations by number, deadlines
by date, recipients and criteria by their words) and left ``None`` elsewhere —
which the outputs must show as "no evidence".
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from outputs.plans import Plan

SHARED = Path(os.environ.get("THIDUA_SHARED", Path(__file__).resolve().parents[3] / "shared"))
GOLD = SHARED / "corpus" / "gold"
SEEDS = SHARED / "corpus" / "seeds"

INJECTIONS = [
    '=HYPERLINK("http://evil.example/","bấm")',
    "+ Ban Thi đua - Khen thưởng tỉnh",
    "- Sở Nội vụ",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "<script>window.__pwned = 1</script>",
]


def _ev(text: str, quote: str | None, rule: str = "gold.located") -> dict[str, Any] | None:
    if not quote:
        return None
    start = text.find(quote)
    if start < 0:
        return None
    return {
        "quote": quote,
        "start": start,
        "end": start + len(quote),
        "page": None,
        "section": None,
        "rule": rule,
    }


def _date_quote(text: str, iso: str | None) -> str | None:
    if not iso:
        return None
    y, m, d = (int(x) for x in iso.split("-"))
    for pat in (rf"0?{d}/0?{m}/{y}", rf"ngày 0?{d} tháng 0?{m} năm {y}"):
        found = re.search(pat, text)
        if found:
            return found.group(0)
    return None


def gold_record(name: str) -> dict[str, Any]:
    """The gold record of seed ``name`` (stem) as a plan record over its text."""
    gold = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    text = (SEEDS / f"{name}.txt").read_text(encoding="utf-8")
    doc = dict(gold["document"])
    if doc.get("province"):
        doc["province"] = {**doc["province"], "evidence": _ev(text, doc["province"]["name"])}
    cites = [
        {"title": None, **c, "evidence": _ev(text, c.get("number"))} for c in gold["legal_basis"]
    ]
    refs = [
        {"title": None, **c, "evidence": _ev(text, c.get("number"))} for c in gold["references"]
    ]
    return {
        "record_version": "1",
        "source": {
            "path": f"seeds/{name}.txt",
            "sha256": "0" * 64,
            "format": "txt",
            "pages": None,
            "ocr": False,
            "encoding": "utf-8",
            "warnings": [],
        },
        "text": text,
        "document": doc,
        "legal_basis": cites,
        "references": refs,
        "participants": gold.get("participants_starts"),
        "criteria": [
            {
                "text": f"{c['starts']} … {c['ends']}",
                "target": None,
                "evidence": _ev(text, c["starts"]),
            }
            for c in gold["criteria"]
        ],
        "award_forms": [
            {"label": a["form"], "standard": None, **a, "evidence": None}
            for a in gold["award_forms"]
        ],
        "quotas": [{"selected_by": None, **q, "evidence": None} for q in gold["quotas"]],
        "thresholds": [{**t, "evidence": None} for t in gold["thresholds"]],
        "deadlines": [
            {"action": d["action_kind"], **d, "evidence": _ev(text, _date_quote(text, d["date"]))}
            for d in gold["deadlines"]
        ],
        "recipients": [
            {"text": r, "expanded": r, "level": "other", "evidence": _ev(text, r)}
            for r in gold["recipients"]
        ],
        "archive": gold.get("archive"),
    }


def gold_names() -> list[str]:
    return sorted(p.stem for p in GOLD.glob("*.json"))


def gold_plans() -> list[Plan]:
    plans = []
    for i, name in enumerate(gold_names(), start=1):
        rec = gold_record(name)
        plans.append(Plan(i, rec["source"]["path"], rec["source"]["sha256"], "txt", "ok", [], rec))
    return plans


def hostile_plan(doc_id: Any = 99) -> Plan:
    """A plan whose text and values carry HTML, script and spreadsheet formulas."""
    lines = [
        "KẾ HOẠCH thi đua <b>đặc biệt</b>",
        *INJECTIONS,
        "Tặng Bằng khen của Chủ tịch UBND tỉnh cho 03 tập thể.",
        "Hồ sơ gửi trước ngày 30/11/2021.",
    ]
    text = "\n".join(lines)

    def ev(quote: str, rule: str) -> dict[str, Any]:
        start = text.index(quote)
        return {
            "quote": quote,
            "start": start,
            "end": start + len(quote),
            "page": 1,
            "section": "II.1",
            "rule": rule,
        }

    record = {
        "record_version": "1",
        "source": {
            "path": "hostile/<img src=x onerror=alert(1)>.txt",
            "sha256": "f" * 64,
            "format": "txt",
            "pages": None,
            "ocr": False,
            "encoding": "utf-8",
            "warnings": ["repair: joined a page break"],
        },
        "text": text,
        "document": {
            "doc_type": "ke_hoach",
            "number": "=1+1",
            "issue_date": "2021-10-01",
            "place": None,
            "title": INJECTIONS[4],
            "movement_names": [INJECTIONS[0]],
            "province": {
                "name": "Bình Thuận",
                "code": "60",
                "merged_2025": "Lâm Đồng",
                "evidence": None,
            },
            "issuer": {
                "name": INJECTIONS[1],
                "kind": "ubnd",
                "evidence": ev(INJECTIONS[1], "t.iss"),
            },
            "signer": None,
        },
        "legal_basis": [],
        "references": [],
        "participants": INJECTIONS[2],
        "criteria": [
            {
                "text": INJECTIONS[3],
                "target": INJECTIONS[2],
                "evidence": ev(INJECTIONS[3], "t.crit"),
            }
        ],
        "award_forms": [
            {
                "form": "bang_khen_tinh",
                "label": INJECTIONS[0],
                "conferrer": INJECTIONS[1],
                "standard": None,
                "evidence": ev(INJECTIONS[0], "t.award"),
            }
        ],
        "quotas": [
            {
                "award": "bang_khen_tinh",
                "recipient_kind": "tap_the",
                "min": 3,
                "max": 3,
                "unlimited": False,
                "per": None,
                "selected_by": INJECTIONS[4],
                "evidence": ev("03 tập thể", "t.quota"),
            }
        ],
        "thresholds": [],
        "deadlines": [
            {
                "date": "2021-11-30",
                "action": INJECTIONS[4],
                "action_kind": "ho_so_khen_thuong",
                "to": INJECTIONS[2],
                "evidence": ev("trước ngày 30/11/2021", "t.dl"),
                "warnings": ["date guessed"],
            }
        ],
        "recipients": [
            {
                "text": INJECTIONS[4],
                "expanded": INJECTIONS[4],
                "level": "other",
                "evidence": ev(INJECTIONS[4], "t.rec"),
            },
            {
                "text": "Lưu VT",
                "expanded": "Lưu VT",
                "level": "internal",
                "evidence": {"quote": "not in text", "start": 0, "end": 11},
            },
        ],
        "archive": None,
    }
    return Plan(
        doc_id,
        record["source"]["path"],
        record["source"]["sha256"],
        "txt",
        "partial",
        record["source"]["warnings"],
        record,
    )
