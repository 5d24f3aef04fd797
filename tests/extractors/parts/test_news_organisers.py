"""Who issues what a press page reports when several bodies act, or a chairman signs an
award decision: the first body of a joint launch, the body a bare party committee goes
with, the chairman's own decision, the Front's standing committee as an organisation."""

from __future__ import annotations

import pytest
from test_news_lead import _page as news_page_of

from extractors.parts import news_lead
from extractors.parts.issuer import kind_of


def _fields(text: str):
    doc, fields = news_page_of(text)
    if fields.issuer is not None and fields.issuer.evidence is not None:
        ev = fields.issuer.evidence
        assert doc.text[ev.start : ev.end] == ev.quote
    return fields


def _lead_page(lead: str):
    return _fields(
        "Nam Định: Phát động thi đua năm 2024 trong các cơ quan, đơn vị\n"
        f"Thứ Năm, 14/03/2024, 09:45\n{lead}"
    )


@pytest.mark.parametrize(
    ("lead", "name", "kind"),
    [
        (  # two bodies joined by "và … phối hợp": the first leads
            "Sáng 13/3, tại Cung Văn hóa Lao động tỉnh, Uỷ ban MTTQ Việt Nam tỉnh và Liên đoàn "
            "Lao động tỉnh phối hợp tổ chức Lễ phát động phong trào thi đua năm 2024.",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định",
            "mass_org",
        ),
        (  # a list of bodies separated by commas: the first of the list
            "Sáng 10/8, Tỉnh ủy, HĐND, UBND, Uỷ ban MTTQ tỉnh tổ chức Đại hội thi đua yêu nước "
            "lần thứ VI, tổng kết phong trào thi đua giai đoạn 2020 - 2025.",
            "Tỉnh ủy Nam Định",
            "party",
        ),
        (  # a bare party committee named before its body: the body acts
            "Sáng 2/3, Đảng ủy, Bộ Chỉ huy Quân sự tỉnh tổ chức Lễ phát động phong trào Thi "
            "đua Quyết thắng năm 2024 trong lực lượng vũ trang tỉnh.",
            "Bộ Chỉ huy Quân sự tỉnh Nam Định",
            "so_nganh",
        ),
        (  # "cùng" joining a second body
            "Ngày 5/3, Huyện đoàn Giao Thủy cùng Hội Liên hiệp Thanh niên huyện tổ chức lễ ra "
            "quân Tháng Thanh niên và phát động đợt thi đua chào mừng Ngày thành lập Đoàn.",
            "Huyện đoàn Giao Thủy",
            "mass_org",
        ),
        (  # one body whose name holds "và" before a word that heads no body
            "Ngày 5/3, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết phong trào thi đua năm "
            "học 2023 - 2024 và phát động thi đua năm học mới.",
            "Sở Giáo dục và Đào tạo tỉnh Nam Định",
            "so_nganh",
        ),
    ],
)
def test_news_organisers_first_body_is_the_issuer(lead: str, name: str, kind: str) -> None:
    fields = _lead_page(lead)
    assert fields.issuer is not None
    assert (fields.issuer.name, fields.issuer.kind) == (name, kind)
    assert fields.issuer.evidence is not None
    assert fields.issuer.evidence.rule == news_lead.RULE_ACTING


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        (  # the chairman signs a decision conferring his Bằng khen: the decision is his
            "VPO - Chủ tịch UBND tỉnh Lê Văn Khiêm vừa ký Quyết định số 2156/QĐ-CT ngày "
            "18/9/2024 tặng Bằng khen cho 14 tập thể và 27 cá nhân có thành tích xuất sắc trong "
            "phong trào thi đua xây dựng nông thôn mới.",
            "Chủ tịch Ủy ban nhân dân tỉnh Nam Định",
            "chu_tich_ubnd",
        ),
        (  # his deputy signs it for him: still the chairman's decision
            "Phó Chủ tịch UBND tỉnh Trần Minh Đức vừa ký Quyết định số 1877/QĐ-UBND ngày "
            "02/8/2024 khen thưởng 9 tập thể có thành tích trong phong trào thi đua năm 2024.",
            "Chủ tịch Ủy ban nhân dân tỉnh Nam Định",
            "chu_tich_ubnd",
        ),
        (  # a plan the chairman signs is his committee's
            "Chủ tịch UBND tỉnh Lê Văn Khiêm vừa ký ban hành Kế hoạch số 86/KH-UBND ngày "
            "16/5/2024 về tổ chức phong trào thi đua xây dựng nông thôn mới năm 2024.",
            "Ủy ban nhân dân tỉnh Nam Định",
            "ubnd",
        ),
    ],
)
def test_news_organisers_chairman_decision(sentence: str, name: str, kind: str) -> None:
    fields = _lead_page(sentence)
    assert fields.issuer is not None
    assert (fields.issuer.name, fields.issuer.kind) == (name, kind)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định", "mass_org"),
        ("Thường trực Ủy ban Mặt trận Tổ quốc huyện Giao Thủy", "mass_org"),
        ("Ban Thường vụ Tỉnh ủy Nam Định", "party"),  # a party committee stays party
        ("Thường trực Hội đồng nhân dân tỉnh Nam Định", "hdnd"),
    ],
)
def test_news_organisers_front_committee_kind(name: str, kind: str) -> None:
    assert kind_of(name) == kind
