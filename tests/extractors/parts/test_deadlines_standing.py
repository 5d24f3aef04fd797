"""A yearly date of a standing regulation ("trước ngày 15/11 hằng năm" in a Quy chế a
decision issues) is a rule, not a deadline of the document; in a plan it is the plan's
deadline, read as its next occurrence."""

from __future__ import annotations

import pytest

from extractors.parts import deadlines
from extractors.segment.structure import parse
from extractors.text.repair import repair

_DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
    "Hạnh phúc\n\nSố: 21/2022/QĐ-UBND\n\nKon Tum, ngày 14 tháng 6 năm 2022\n\nQUYẾT ĐỊNH\n\n"
    "Ban hành Quy chế khen thưởng\n\nỦY BAN NHÂN DÂN TỈNH KON TUM\n\nCăn cứ Luật Thi đua, "
    "khen thưởng ngày 26 tháng 11 năm 2003;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết "
    "định này Quy chế khen thưởng.\n\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT, NC.\n\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\nA Văn Thắng\n\n"
)
_RULE = (
    "QUY CHẾ\n\nKhen thưởng\n\n(Ban hành kèm theo Quyết định số 21/2022/QĐ-UBND)\n\n"
    "Điều 1. Hồ sơ\n\nHồ sơ đề nghị khen thưởng gửi về Sở Nội vụ trước ngày 15/11 hằng năm.\n\n"
    "Điều 2. Chuyển tiếp\n\nCác đơn vị gửi báo cáo về Sở Nội vụ trước ngày 30/9/2022.\n"
)


def _deadlines(text: str) -> list[tuple[str, str]]:
    doc = parse(repair(text).text)
    return [(d.date, d.action_kind) for d in deadlines.extract(doc)]


def test_deadlines_yearly_date_of_an_attached_regulation_is_a_rule() -> None:
    # the dated obligation of the regulation stays; its yearly date is a standing rule
    assert _deadlines(_DECISION + _RULE) == [("2022-09-30", "bao_cao")]


def test_deadlines_yearly_date_of_a_regulation_copied_alone_is_a_rule() -> None:
    assert _deadlines(_RULE) == [("2022-09-30", "bao_cao")]


@pytest.mark.parametrize("heading", ["KẾ HOẠCH", "HƯỚNG DẪN"])
def test_deadlines_yearly_date_of_a_plan_is_its_deadline(heading: str) -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH KON TUM\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
        f"Hạnh phúc\n\nSố: 30/KH-UBND\n\nKon Tum, ngày 14 tháng 6 năm 2022\n\n{heading}\n\n"
        "Thi đua năm 2022\n\nI. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị gửi hồ sơ đề nghị khen thưởng "
        "về Sở Nội vụ trước ngày 15/11 hằng năm.\n"
    )
    assert _deadlines(text) == [("2022-11-15", "ho_so_khen_thuong")]
