"""Text without diacritics (an ASCII copy): the words that bound a quota or a threshold —
the unit a cap applies to ("moi xa, thi tran"), "tu … trieu dong tro len", "ung ho" — are
restored with the award vocabulary, so quotas and thresholds are read as in the marked
text. A lone "moi" ("mới", "mọi" or "mỗi") is left as written."""

from __future__ import annotations

from extractors.parts import quotas, thresholds
from extractors.segment.structure import parse
from extractors.text.fold import fold
from extractors.text.repair import repair

_PLAN = (
    "UY BAN NHAN DAN\nHUYEN DIEN BAN\nCONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - "
    "Hanh phuc\nSo: 75/KH-UBND\nDien Ban, ngay 02 thang 3 nam 2021\nKE HOACH\nThi dua nam 2021\n"
    "I. MUC DICH, YEU CAU\nDong vien can bo va Nhan dan thi dua thanh lap moi cac to hop tac.\n"
    "II. KHEN THUONG\n1. Chu tich Uy ban nhan dan huyen tang Giay khen; moi xa, phuong, thi tran "
    "de nghi khong qua 03 tap the va 05 ca nhan.\n2. Doanh nghiep ung ho tu 100 trieu dong tro "
    "len duoc de nghi Chu tich Uy ban nhan dan tinh tang Bang khen.\n"
)


def _doc():
    return parse(repair(_PLAN).text)


def test_diacritics_quotas_of_an_ascii_plan() -> None:
    found = [(q.award, q.recipient_kind, q.min, q.max, q.per) for q in quotas.extract(_doc())]
    assert found == [
        ("giay_khen", "tap_the", None, 3, "xã, phường, thị trấn"),
        ("giay_khen", "ca_nhan", None, 5, "xã, phường, thị trấn"),
    ]


def test_diacritics_thresholds_of_an_ascii_plan() -> None:
    found = [(t.award, t.recipient_kind, t.amount_vnd, t.basis) for t in thresholds.extract(_doc())]
    assert found == [("bang_khen_tinh", "tap_the", 100_000_000, "dong_gop")]


def test_diacritics_lone_moi_is_not_restored() -> None:
    doc = _doc()
    line = next(
        ln for ln in doc.text.splitlines() if ln.startswith("Dong vien") or "thanh lap" in ln
    )
    assert "lap moi cac" in fold(line) and "mỗi" not in line
