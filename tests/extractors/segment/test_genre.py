"""The genre gate: documents of the genre are accepted (damaged or not), the rest refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from lossy_transforms import LOSSY

from extractors.segment.genre import judge

ROOT = Path(__file__).resolve().parents[3]
CORPORA = ROOT / "corpora"
# the shared corpus beside the repository (the ``gold_dir`` fixture skips without it)
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"

NO_HEADER_PLAN = """\
Tổ chức phong trào thi đua "Xã Tân Lộc xanh - sạch - đẹp" năm 2025

Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Ủy ban nhân dân xã Tân Lộc ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU
Động viên cán bộ và nhân dân thi đua hoàn thành các chỉ tiêu năm 2025.

II. KHEN THƯỞNG
Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã cho 05 tập thể, 10 cá nhân
có thành tích xuất sắc trong phong trào thi đua.
"""

DECISION = """\
ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
HUYỆN ĐÔNG SƠN | Độc lập - Tự do - Hạnh phúc |
Số: 412/QĐ-UBND | Đông Sơn, ngày 7 tháng 4 năm 2025 |
Về việc khen thưởng các tập thể, cá nhân có thành tích trong phong trào thi đua
"Chung sức xây dựng nông thôn mới"
CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN
Điều 1. Tặng Giấy khen cho 12 tập thể và 20 cá nhân.
"""

REGULATION = """\
QUY CHẾ
Thi đua, khen thưởng của Hội Cựu chiến binh tỉnh
(Ban hành kèm theo Quyết định số 15/QĐ-CCB ngày 3/2/2024 của Ban Thường vụ Hội)
Điều 1. Quy chế này quy định về tổ chức phong trào thi đua, danh hiệu thi đua
và hình thức khen thưởng của Hội.
"""

ONE_LINE_HEADER = (
    "UBND TỈNH YÊN LẠC SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
    "phúc Số: 77/HD-SNV Yên Lạc, ngày 2 tháng 12 năm 2024 HƯỚNG DẪN Tổng kết công tác thi "
    "đua, khen thưởng năm 2024 Thực hiện Luật Thi đua, khen thưởng, Sở Nội vụ hướng dẫn "
    "khen thưởng tổng kết năm như sau."
)

PRESS = """\
Huyện Phú Lương phát động thi đua chào mừng đại hội Đảng bộ

15/01/2025 09:40

Ủy ban nhân dân huyện Phú Lương vừa ban hành Kế hoạch số 18/KH-UBND phát động phong
trào thi đua lập thành tích chào mừng đại hội Đảng bộ các cấp. Cuối đợt, huyện xét tặng
Giấy khen cho các tập thể, cá nhân tiêu biểu; khen thưởng kịp thời các điển hình.
"""

INVESTMENT_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH ĐỒNG AN
Số: 96/KH-UBND
KẾ HOẠCH
Đầu tư công trung hạn giai đoạn 2026 - 2030
Căn cứ Luật Đầu tư công ngày 29 tháng 11 năm 2024;
I. MỤC TIÊU
Huy động các nguồn vốn cho hạ tầng giao thông, thủy lợi, y tế và giáo dục; phân bổ vốn
theo thứ tự ưu tiên các dự án chuyển tiếp, dự án đối ứng ODA và dự án khởi công mới.
II. DANH MỤC DỰ ÁN
1. Đường tỉnh 742 đoạn qua huyện Bắc Tân: 320 tỷ đồng.
2. Hồ chứa nước Suối Lạnh: 210 tỷ đồng.
III. TỔ CHỨC THỰC HIỆN
Sở Tài chính chủ trì, phối hợp các sở, ngành giải ngân vốn đúng tiến độ; kịp thời
đề xuất khen thưởng chủ đầu tư giải ngân tốt.
"""

RECIPE = (
    "Cách nấu canh chua cá lóc: phi thơm hành, cho cà chua, dứa và me vào xào, thêm nước "
    "dùng, nêm nước mắm, đường vừa ăn rồi thả cá vào nấu chín, rắc rau om và ngò gai.\n" * 4
)

FOOTBALL = """\
Hà Tĩnh thắng ngược Bình Dương ở vòng 12 V-League

20/03/2025 21:05

Đội khách vượt lên dẫn trước ở phút 15, nhưng Hà Tĩnh lội ngược dòng nhờ hai bàn thắng
trong hiệp hai. Sau trận đấu, ban lãnh đạo câu lạc bộ thưởng nóng cho toàn đội 500 triệu
đồng. Huấn luyện viên khen các cầu thủ thi đấu kiên cường.
"""

ORDINARY_NEWS = """\
Giá xăng giảm nhẹ từ chiều nay

04/11/2025 15:00

Liên Bộ Công Thương - Tài chính vừa điều chỉnh giá bán lẻ xăng dầu theo Quyết định số
120/QĐ-BCT: xăng RON 95 giảm 320 đồng mỗi lít, dầu diesel giảm 150 đồng mỗi lít.
"""

CSV = (
    "tinh,ma,so_ke_hoach,thi_dua\nĐà Nẵng,48,57/KH-UBND,thi đua\nHuế,46,12/KH-UBND,khen thưởng\n"
    * 3
)

CODE = '''\
def extract(doc):
    """Tìm các hình thức khen thưởng và danh hiệu thi đua."""
    forms = []
    for line in doc.lines():
        if "Bằng khen" in line.text or "thi đua" in line.text:
            forms.append(line)
    return forms
'''


@pytest.mark.parametrize(
    "text",
    [NO_HEADER_PLAN, DECISION, REGULATION, ONE_LINE_HEADER, PRESS],
    ids=["no-header-plan", "decision-pipe-header", "regulation", "one-line-header", "press"],
)
def test_judge_accepts_documents_of_the_genre(text: str) -> None:
    verdict = judge(text)
    assert verdict.accepted, verdict.reason
    assert verdict.evidence


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (INVESTMENT_PLAN, "numbered|type line|1 genre word"),
        (RECIPE, "none of the genre's words"),
        (FOOTBALL, "none of the genre's words"),
        (ORDINARY_NEWS, "none of the genre's words"),
        (CSV, "data or code"),
        (CODE, "data or code|none of"),
    ],
    ids=["investment-plan", "recipe", "football", "ordinary-news", "csv", "code"],
)
def test_judge_refuses_other_texts_with_a_reason(text: str, why: str) -> None:
    verdict = judge(text)
    assert not verdict.accepted
    assert verdict.reason.startswith("not an emulation-and-commendation document: ")
    assert "looked for" in verdict.reason
    assert any(w in verdict.reason for w in why.split("|")), verdict.reason


@pytest.mark.parametrize(
    "path",
    [
        ROOT / "README.md",
        CORPORA / "README.md",
        CORPORA / "variants" / "README.md",
        CORPORA / "heldout" / "README.md",
        CORPORA / "samples" / "expected.yaml",
        ROOT / "pyproject.toml",
        ROOT / "extractors" / "data" / "awards.yaml",
        ROOT / "extractors" / "segment" / "genre.py",
    ],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_judge_refuses_project_files(path: Path) -> None:
    assert not judge(path.read_text(encoding="utf-8")).accepted


@pytest.mark.parametrize("path", [CORPORA / "README.md", CORPORA / "samples" / "expected.yaml"])
def test_judge_refuses_notes_without_their_code_spans(path: Path) -> None:
    """Not only the backticks: a note or data file without them is refused too."""
    assert not judge(path.read_text(encoding="utf-8").replace("`", "")).accepted


def _corpus() -> list[Path]:
    folders = [CORPORA / "samples", CORPORA / "variants", CORPORA / "heldout", SEEDS]
    folders.append(CORPORA / "real-layouts")  # layouts of real documents, some damaged
    return sorted(p for folder in folders for p in folder.glob("*.txt"))


@pytest.mark.parametrize("damage", ["intact", *sorted(LOSSY)])
def test_judge_accepts_every_corpus_document_damaged_or_not(damage: str, gold_dir: Path) -> None:
    refused = []
    for path in _corpus():
        text = path.read_text(encoding="utf-8")
        if damage != "intact":
            text = LOSSY[damage](text)
        verdict = judge(text)
        if not verdict.accepted:
            refused.append(f"{path.name}: {verdict.reason}")
    assert not refused


@pytest.mark.parametrize("damage", sorted(LOSSY))
@pytest.mark.parametrize(
    "text",
    [INVESTMENT_PLAN, RECIPE, FOOTBALL, ORDINARY_NEWS],
    ids=["investment-plan", "recipe", "football", "ordinary-news"],
)
def test_judge_refuses_damaged_other_texts(text: str, damage: str) -> None:
    assert not judge(LOSSY[damage](text)).accepted


def test_judge_reads_letters_replaced_by_question_marks() -> None:
    damaged = "".join(c if c.isascii() else "?" for c in DECISION)
    assert judge(damaged).accepted


@pytest.mark.parametrize("damage", sorted(LOSSY))
@pytest.mark.parametrize(
    "text",
    [NO_HEADER_PLAN, DECISION, REGULATION, ONE_LINE_HEADER, PRESS],
    ids=["no-header-plan", "decision", "regulation", "one-line-header", "press"],
)
def test_judge_accepts_damaged_documents_of_the_genre(text: str, damage: str) -> None:
    verdict = judge(LOSSY[damage](text))
    assert verdict.accepted, verdict.reason


@pytest.mark.parametrize(
    "text",
    [
        # a review reported by the press, its event dated without the year, no dateline
        "(BPT) - Ngày 12-9, Hội Nông dân tỉnh phối hợp với Sở Nông nghiệp và Trung tâm Khuyến "
        "nông tổ chức hội nghị tổng kết phong trào nông dân sản xuất, kinh doanh giỏi giai đoạn "
        "2019 - 2024. Tới dự hội nghị có lãnh đạo Trung ương Hội, lãnh đạo tỉnh cùng 120 nông dân "
        "tiêu biểu của các huyện, thị xã, thành phố.\n\nGiai đoạn qua, toàn tỉnh có gần 98 nghìn "
        "hộ nông dân đăng ký tham gia phong trào thi đua, trong đó hơn 41 nghìn hộ đạt danh hiệu "
        "sản xuất, kinh doanh giỏi các cấp. Hội đã vận động hơn 12 tỷ đồng, hàng chục nghìn ngày "
        "công và cây, con giống giúp nhiều hộ gặp khó khăn vươn lên.\n\nDịp này, nhiều tập thể, "
        "cá nhân được khen thưởng.\n\nN.H",
        # a covenant signing, "Sáng 23/2,"
        "Sáng 23/2, tại Sở Xây dựng, Khối thi đua các sở, ngành kinh tế gồm 6 đơn vị tổ chức hội "
        "nghị ký kết giao ước thi đua năm 2024. Tại hội nghị, Giám đốc Sở Xây dựng, Khối trưởng, "
        "đề nghị các đơn vị bám sát nhiệm vụ chính trị, chỉ tiêu kế hoạch được giao, đẩy mạnh cải "
        "cách hành chính, chuyển đổi số, phấn đấu 100% đơn vị đạt danh hiệu Tập thể lao động xuất "
        "sắc.\n\nPHÚC AN",
    ],
)
def test_judge_accepts_press_reviews_dated_without_the_year(text: str) -> None:
    assert judge(text).accepted


@pytest.mark.parametrize(
    "text",
    [
        # dated like a press lead and "ra quân", but no word of the genre
        "Sáng 12-9, câu lạc bộ bóng đá tỉnh tổ chức lễ ra quân mùa giải mới, tập trung tập "
        "luyện chuẩn bị cho giải hạng Nhất quốc gia với nhiều cầu thủ trẻ.",
        # a review of a non-emulation movement with one genre word only
        "Ngày 12-9, Hội Chữ thập đỏ tỉnh tổ chức hội nghị tổng kết phong trào hiến máu tình "
        "nguyện năm 2024, thu được 12.450 đơn vị máu; một đơn vị được khen thưởng.",
    ],
)
def test_judge_refuses_press_dates_without_the_genre(text: str) -> None:
    assert not judge(text).accepted
