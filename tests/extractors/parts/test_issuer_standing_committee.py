"""A print view (no header) signed for a committee ("TM. BAN THƯỜNG VỤ", "TM. BAN CHẤP
HÀNH"): the issuer is the body its text names — in its issuing sentence ("Huyện đoàn …
xây dựng …", as it names it), or the committee with its unit only ("Ban Thường vụ Huyện
đoàn tặng …") placed by the locality of that level the text names; nothing when the
text names neither."""

from __future__ import annotations

import pytest

from pipeline.extract import build_record
from pipeline.readers import RawText

_TOP = "KẾ HOẠCH\nTổ chức đợt thi đua chào mừng Ngày thành lập Đoàn năm 2026\n\n"
_BODY = (
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Tạo khí thế thi đua trong đoàn viên, thanh niên.\n\n"
    "II. KHEN THƯỞNG\n{award} tặng Giấy khen cho 04 tập thể có thành tích xuất sắc.\n\n"
    "Nơi nhận:\n- Như trên;\n- Lưu VP.\n\n{signed}\nBÍ THƯ\n\nHoàng Văn Phúc\n"
)
_BTV = "TM. BAN THƯỜNG VỤ"
_CASES = [
    # the issuing sentence names the union with its place: the body the text names
    (
        "Thực hiện Chương trình công tác Đoàn năm 2026, Huyện đoàn Đakrông xây dựng kế hoạch "
        "như sau:\n\n",
        "Ban Thường vụ Huyện đoàn",
        _BTV,
        "Huyện đoàn Đakrông",
    ),
    # the committee named with its unit only; the district named elsewhere
    (
        "Nhằm phát huy vai trò xung kích của đoàn viên, thanh niên huyện Đakrông, đợt thi "
        "đua được tổ chức như sau:\n\n",
        "Ban Thường vụ Huyện đoàn",
        _BTV,
        "Ban Thường vụ Huyện đoàn Đakrông",
    ),
    # negative: the text names no committee of its own and no place
    (
        "Thực hiện chương trình công tác năm 2026, đợt thi đua được tổ chức như sau:\n\n",
        "Đơn vị",
        _BTV,
        None,
    ),
    # negative: signed for the People's Committee, the union named in the sentence stays
    (
        "Thực hiện Chương trình công tác năm 2026, Huyện đoàn Đakrông xây dựng kế hoạch như "
        "sau:\n\n",
        "Ủy ban nhân dân huyện",
        "TM. ỦY BAN NHÂN DÂN",
        "Huyện đoàn Đakrông",
    ),
]


@pytest.mark.parametrize(("opening", "award", "signed", "issuer"), _CASES)
def test_issuer_standing_committee_of_a_print_view(
    opening: str, award: str, signed: str, issuer: str | None
) -> None:
    text = _TOP + opening + _BODY.format(award=award, signed=signed)
    record = build_record(RawText(text=text, format="txt"), source_path="x", sha256="0")
    found = record["document"].get("issuer") or {}
    assert found.get("name") == issuer
    if issuer is not None:
        ev = found["evidence"]
        assert record["text"][ev["start"] : ev["end"]] == ev["quote"]
