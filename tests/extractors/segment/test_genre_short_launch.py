"""A short press item (two sentences) that reports the launch of an emulation round or
movement ("… đã phát động đợt thi đua cao điểm …") is of the genre though it holds fewer
of the genre's words than a report; a short item that launches something else (a
tree-planting festival, a contest) or merely mentions competing is not."""

from __future__ import annotations

import pytest

from extractors.segment.genre import judge

_LAUNCHES = [
    "PNKS - Ngày 05/3, Hội Liên hiệp Phụ nữ huyện Kim Sơn đã phát động đợt thi đua cao điểm "
    "chào mừng Ngày Quốc tế Phụ nữ, với mục tiêu 90% hội viên tham gia các hoạt động tại cơ "
    "sở. Các chi hội đăng ký chỉ tiêu trước ngày 15/3.",
    "Sáng 12/4, Liên đoàn Lao động tỉnh phát động phong trào thi đua lao động giỏi, lao động "
    "sáng tạo trong công nhân, viên chức, người lao động năm 2024 tại Nhà văn hóa Lao động.",
    "Chiều 02/9, Huyện đoàn Yên Mô phát động thi đua lập thành tích chào mừng Đại hội Đoàn các "
    "cấp; mỗi cơ sở Đoàn đăng ký ít nhất một công trình thanh niên.",
]
_OTHERS = [
    "Ngày 10/1, Hội Nông dân huyện tổ chức Hội thi Nông dân cày ruộng giỏi, thu hút hàng trăm "
    "hội viên đến xem và cổ vũ các đội thi đua tài trên cánh đồng xã An Bình.",
    "Sáng 15/2, UBND huyện phát động Tết trồng cây đời đời nhớ ơn Bác Hồ năm 2024 tại xã An "
    "Bình, với 5.000 cây xanh được trồng dọc các tuyến đường liên xã.",
    "Tối 20/8, câu lạc bộ phát động cổ động viên thi đua mua vé sớm cho trận chung kết; ban tổ "
    "chức mở thêm hai quầy bán vé tại sân vận động tỉnh.",
]


@pytest.mark.parametrize("text", _LAUNCHES)
def test_genre_short_launch_report_is_accepted(text: str) -> None:
    verdict = judge(text)
    assert verdict.accepted, verdict.reason


@pytest.mark.parametrize("text", _OTHERS)
def test_genre_short_item_launching_something_else_is_refused(text: str) -> None:
    assert not judge(text).accepted
