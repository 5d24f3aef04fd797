from __future__ import annotations

import pytest

from extractors.parts import recipients
from extractors.segment.structure import parse
from extractors.text.repair import repair

PLAN = "KẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. NỘI DUNG\n\nCác đơn vị triển khai./.\n\n"


def _doc(closing: str):
    return parse(repair(PLAN + closing).text)


CLOSING = """Nơi nhận:

- Ban TĐ-KT TW;
- TT TU, TT HĐND tỉnh;
- CT các PCT UBND tỉnh;
- UBND các huyện, TX, TP;
- BLĐ VP.UBT;
- Liên hiệp các hội KH&KT tỉnh;
- UBMTTQVN tỉnh và các tổ chức chính trị - xã hội tỉnh;
- UBND các xã, thị trấn;
- Giám đốc, các PGĐ Sở;
- Tổng LĐLĐ VN (b/c);
- Đài PTTH tỉnh;
- Các Phòng, Ban, TT thuộc VP UBT;
- XYZ tỉnh;
* - Lưu: VT, THNV. 09

CHỦ TỊCH

Lê Văn A
"""


def test_recipients_lines_expanded_and_levelled():
    doc = _doc(CLOSING)
    found = recipients.extract(doc)
    for r in found:
        assert doc.text[r.evidence.start : r.evidence.end] == r.evidence.quote == r.text
    assert [(r.text, r.expanded, r.level) for r in found] == [
        ("Ban TĐ-KT TW", "Ban Thi đua - Khen thưởng Trung ương", "central"),
        (
            "TT TU, TT HĐND tỉnh",
            "Thường trực Tỉnh ủy, Thường trực Hội đồng nhân dân tỉnh",
            "province",
        ),
        ("CT các PCT UBND tỉnh", "Chủ tịch các Phó Chủ tịch Ủy ban nhân dân tỉnh", "internal"),
        ("UBND các huyện, TX, TP", "Ủy ban nhân dân các huyện, thị xã, thành phố", "district"),
        ("BLĐ VP.UBT", "Ban lãnh đạo Văn phòng Ủy ban nhân dân tỉnh", "internal"),
        ("Liên hiệp các hội KH&KT tỉnh", "Liên hiệp các hội Khoa học và Kỹ thuật tỉnh", "province"),
        (
            "UBMTTQVN tỉnh và các tổ chức chính trị - xã hội tỉnh",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
            "province",
        ),
        ("UBND các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "district"),
        ("Giám đốc, các PGĐ Sở", "Giám đốc, các Phó Giám đốc Sở", "internal"),
        ("Tổng LĐLĐ VN (b/c)", "Tổng Liên đoàn Lao động Việt Nam (báo cáo)", "central"),
        ("Đài PTTH tỉnh", "Đài Phát thanh - Truyền hình tỉnh", "province"),
        # "TT" alone is ambiguous (Thường trực / Trung tâm): left as written
        (
            "Các Phòng, Ban, TT thuộc VP UBT",
            "Các Phòng, Ban, TT thuộc Văn phòng Ủy ban nhân dân tỉnh",
            "internal",
        ),
        ("XYZ tỉnh", "XYZ tỉnh", "province"),  # unknown abbreviation, never guessed
    ]


@pytest.mark.parametrize(
    ("archive_line", "expected"),
    [
        ("* - Lưu: VT, THNV. 09", "VT, THNV. 09"),
        ("- - Lưu: VT, KGVXNV. Bích.", "VT, KGVXNV. Bích."),
        ("- Lưu: VT.", "VT."),
        ("- Lưu VT, NC.", "VT, NC."),
    ],
)
def test_recipients_archive_after_stray_marks(archive_line, expected):
    doc = _doc(f"Nơi nhận:\n\n- Sở Nội vụ;\n{archive_line}\n\nCHỦ TỊCH\n\nLê Văn A\n")
    assert recipients.extract_archive(doc) == expected
    assert [r.text for r in recipients.extract(doc)] == ["Sở Nội vụ"]


def test_recipients_thanh_pho_is_the_province_in_a_centrally_run_city():
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\n\nSố: 57/KH-UBND\n\nĐà Nẵng, ngày 05 tháng 3 năm "
        "2024\n\nKẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. NỘI DUNG\n\nTriển khai./.\n\n"
        "Nơi nhận:\n- TT TU, TT HĐND TP;\n- UBND các quận, huyện;\n- Lưu: VT.\n"
    )
    doc = parse(repair(text).text)
    assert [(r.text, r.level) for r in recipients.extract(doc)] == [
        ("TT TU, TT HĐND TP", "province"),
        ("UBND các quận, huyện", "district"),
    ]


def test_recipients_none_without_noi_nhan():
    doc = parse(repair("Quảng Nam phát động thi đua\n\nUBND tỉnh vừa ban hành kế hoạch.").text)
    assert recipients.extract(doc) == []
    assert recipients.extract_archive(doc) is None


# --- the shapes of a real "Nơi nhận" (variants) ---------------------------------------


def _texts(closing: str) -> tuple[list[str], str | None]:
    doc = _doc(closing)
    found = recipients.extract(doc)
    for r in found:
        assert doc.text[r.evidence.start : r.evidence.end] == r.evidence.quote
    return [r.text for r in found], recipients.extract_archive(doc)


@pytest.mark.parametrize(
    ("closing", "expected", "archive"),
    [
        (  # lines ending "," or nothing, "(thay b/c)", "(đăng tin)", no colon after "Lưu"
            "Nơi nhận:\n- UBND tỉnh (thay b/c),\n- Ban TĐKT tỉnh\n- Báo Thanh Hóa (đăng tin),\n"
            "- Lưu VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Thị Minh Thu\n",
            ["UBND tỉnh (thay b/c)", "Ban TĐKT tỉnh", "Báo Thanh Hóa (đăng tin)"],
            "VT, VP.",
        ),
        (  # the whole list flattened onto one line, the "Lưu" item at its end
            "Nơi nhận: - TW Hội LHPN VN (b/c); - TT Tỉnh ủy (b/c); - Ban TĐKT tỉnh; "
            "- Lưu: VT, TC-KT.\n\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nHoàng Thị Thu Hà\n",
            ["TW Hội LHPN VN (b/c)", "TT Tỉnh ủy (b/c)", "Ban TĐKT tỉnh"],
            "VT, TC-KT.",
        ),
        (  # the signature column run into the list by a flattened two-column layout
            "Nơi nhận:\n- Bộ GD&ĐT (b/c), PHÓ GIÁM ĐỐC\n- UBND tỉnh (để b/c),\n"
            "- Công đoàn ngành GD (p/h), (Đã ký)\n- UBND các xã, phường (để t/h), Lê Thị Minh Thu\n"
            "- Lưu: VT, VP.\n",
            [
                "Bộ GD&ĐT (b/c)",
                "UBND tỉnh (để b/c)",
                "Công đoàn ngành GD (p/h)",
                "UBND các xã, phường (để t/h)",
            ],
            "VT, VP.",
        ),
        (  # "Như trên", "Như Điều 3", a recipient wrapped over two lines
            "Nơi nhận:\n- Như trên;\n- Như Điều 3;\n- UBMTTQVN tỉnh và các tổ chức chính trị -\n"
            "xã hội tỉnh;\n- Lưu: VT, NC (02b).\n",
            ["Như trên", "Như Điều 3", "UBMTTQVN tỉnh và các tổ chức chính trị - xã hội tỉnh"],
            "VT, NC (02b).",
        ),
        (  # the "Lưu" item run into the last recipient line
            "Nơi nhận:\n- Sở Nội vụ;\n- Các Hội đặc thù; - Lưu: VT, TH.\n\nCHỦ TỊCH\n\nLê Văn A\n",
            ["Sở Nội vụ", "Các Hội đặc thù"],
            "VT, TH.",
        ),
        (  # no archive line: the signature block is not a recipient
            "Nơi nhận:\n- Sở Nội vụ;\n- UBND các huyện.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
            "Nguyễn Văn Bình\n",
            ["Sở Nội vụ", "UBND các huyện"],
            None,
        ),
    ],
)
def test_recipients_shapes_of_the_list(closing: str, expected: list[str], archive: str | None):
    assert _texts(closing) == (expected, archive)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a place opening with a family name is not the signer's name
        ("- UBND các tỉnh Bình Dương, Đồng Nai;", "UBND các tỉnh Bình Dương, Đồng Nai"),
        ("- Thành đoàn, Hồ Chí Minh;", "Thành đoàn, Hồ Chí Minh"),
        # "Lưu" as a family name is not the archive
        ("- Đồng chí Lưu Văn Bình;", "Đồng chí Lưu Văn Bình"),
    ],
)
def test_recipients_shapes_keep_what_only_looks_like_a_signature(line: str, expected: str):
    texts, archive = _texts(f"Nơi nhận:\n{line}\n- Lưu: VT.\n")
    assert texts == [expected]
    assert archive == "VT."


@pytest.mark.parametrize(
    ("text", "expanded", "level"),
    [
        ("Bộ GD&ĐT (b/c)", "Bộ Giáo dục và Đào tạo (báo cáo)", "central"),
        ("Sở VHTT&DL", "Sở Văn hóa, Thể thao và Du lịch", "province"),
        (
            "Sở LĐTB&XH, Sở TN&MT",
            "Sở Lao động - Thương binh và Xã hội, Sở Tài nguyên và Môi trường",
            "province",
        ),
        (
            "Sở NN&PTNT, Sở KH&ĐT",
            "Sở Nông nghiệp và Phát triển nông thôn, Sở Kế hoạch và Đầu tư",
            "province",
        ),
        ("Sở TT&TT", "Sở Thông tin và Truyền thông", "province"),
        ("Cổng TTĐT tỉnh", "Cổng Thông tin điện tử tỉnh", "province"),
        ("Đài PT-TH tỉnh (đăng tin)", "Đài Phát thanh - Truyền hình tỉnh (đăng tin)", "province"),
        ("Đoàn ĐBQH tỉnh", "Đoàn Đại biểu Quốc hội tỉnh", "province"),
        ("BCĐ, BTG Tỉnh ủy", "Ban Chỉ đạo, Ban Tuyên giáo Tỉnh ủy", "province"),
        ("TT Tỉnh ủy (b/c)", "Thường trực Tỉnh ủy (báo cáo)", "province"),
        ("CVP, các PCVP", "Chánh Văn phòng, các Phó Chánh Văn phòng", "internal"),
        ("Các phòng thuộc Sở", "Các phòng thuộc Sở", "internal"),
        (
            "UBND các xã, phường, đặc khu (t/h)",
            "Ủy ban nhân dân các xã, phường, đặc khu (thực hiện)",
            "district",
        ),
        ("TW Hội LHPN VN", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "central"),
        # unknown or ambiguous short forms are left as written
        ("BTC Tỉnh ủy", "BTC Tỉnh ủy", "province"),
        ("Như trên", "Như trên", "other"),
    ],
)
def test_recipients_abbreviations_written_out_and_levelled(text: str, expanded: str, level: str):
    assert recipients.expand(text) == expanded
    assert recipients.level(recipients.expand(text)) == level


def test_recipients_shapes_a_tab_starts_the_signature_column():
    texts, archive = _texts(
        "Nơi nhận:\n- Bộ GD&ĐT (b/c);\tKT. GIÁM ĐỐC\n- Sở Nội vụ\tPHÓ GIÁM ĐỐC\n- Lưu: VT.\n"
    )
    assert texts == ["Bộ GD&ĐT (b/c)", "Sở Nội vụ"]
    assert archive == "VT."


@pytest.mark.parametrize(
    ("closing", "expected", "archive"),
    [
        (  # columns padded with spaces: the signature moved out, the name left on "Lưu"
            "Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN\n"
            "- Như trên;                                 CHỦ TỊCH\n- Sở Nội vụ;\n"
            "- Lưu: VT.                                  Nguyễn Văn Bình\n",
            ["Như trên", "Sở Nội vụ"],
            "VT.",
        ),
        (  # a group line ending ":" and its "+" members
            "Nơi nhận:\n- UBND tỉnh:\n + Chủ tịch, các PCT;\n + Văn phòng;\n- Lưu: VT.\n",
            ["UBND tỉnh", "Chủ tịch, các PCT", "Văn phòng"],
            "VT.",
        ),
        (  # a line wrapped after a comma, the rest indented and in lower case
            "Nơi nhận:\n- Các sở, ban, ngành,\n  đoàn thể tỉnh;\n- UBND các huyện;\n- Lưu: VT.\n",
            ["Các sở, ban, ngành, đoàn thể tỉnh", "UBND các huyện"],
            "VT.",
        ),
        (  # the drafter's name after the archive is kept
            "Nơi nhận:\n- Sở Nội vụ;\n- Lưu: VT, KGVXNV. Bích.\n",
            ["Sở Nội vụ"],
            "VT, KGVXNV. Bích.",
        ),
    ],
)
def test_recipients_shapes_columns_and_groups(closing: str, expected: list[str], archive: str):
    assert _texts(closing) == (expected, archive)


@pytest.mark.parametrize(
    ("text", "city", "expanded"),
    [
        (
            "TT TU, TT HĐND TP",
            True,
            "Thường trực Thành ủy, Thường trực Hội đồng nhân dân thành phố",
        ),
        ("TT TU, TT HĐND tỉnh", False, "Thường trực Tỉnh ủy, Thường trực Hội đồng nhân dân tỉnh"),
        ("BTVTU (b/c)", True, "Ban Thường vụ Thành ủy (báo cáo)"),
    ],
)
def test_recipients_abbreviations_of_a_centrally_run_city(text: str, city: bool, expanded: str):
    assert recipients.expand(text, city) == expanded


def test_recipients_city_document_writes_tu_as_thanh_uy():
    text = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\n\nSố: 57/KH-UBND\n\nĐà Nẵng, ngày 05 tháng 3 năm "
        "2024\n\nKẾ HOẠCH\n\nTổ chức phong trào thi đua\n\nI. NỘI DUNG\n\nTriển khai./.\n\n"
        "Nơi nhận:\n- TT TU, TT HĐND TP;\n- Ban TĐKT Đà Nẵng;\n- Lưu: VT.\n"
    )
    doc = parse(repair(text).text)
    assert [(r.expanded, r.level) for r in recipients.extract(doc)] == [
        ("Thường trực Thành ủy, Thường trực Hội đồng nhân dân thành phố", "province"),
        ("Ban Thi đua - Khen thưởng Đà Nẵng", "province"),
    ]


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Công đoàn ngành Y tế", "province"),
        ("Báo và Phát thanh, Truyền hình Hải Phòng (đăng tin)", "province"),
        ("Các thôn, làng, tổ dân phố", "other"),
    ],
)
def test_recipients_level_of_provincial_bodies(text: str, level: str):
    assert recipients.level(recipients.expand(text)) == level


def test_recipients_look_alike_eth_is_expanded_like_d_stroke():
    assert recipients.expand("Ban T\u00d0KT tỉnh") == "Ban Thi đua - Khen thưởng tỉnh"
    assert recipients.expand("Ban TĐ–KT TW") == "Ban Thi đua - Khen thưởng Trung ương"


def test_recipients_bch_of_a_military_command_is_the_command():
    text = (
        "BỘ TƯ LỆNH QUÂN KHU 3\nBỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NINH\n\nSố: 12/KH-BCH\n\n"
        "Quảng Ninh, ngày 05 tháng 01 năm 2026\n\nKẾ HOẠCH\n\nThi đua Quyết thắng năm 2026\n\n"
        "I. NỘI DUNG\n\nTriển khai./.\n\nNơi nhận:\n- Các cơ quan, đơn vị thuộc BCH;\n"
        "- Ban CHQS các xã, phường;\n- Bộ CHQS tỉnh;\n- Lưu: VT.\n"
    )
    doc = parse(repair(text).text)
    assert [(r.expanded, r.level) for r in recipients.extract(doc)] == [
        ("Các cơ quan, đơn vị thuộc Bộ Chỉ huy", "internal"),
        ("Ban Chỉ huy Quân sự các xã, phường", "district"),
        ("Bộ Chỉ huy Quân sự tỉnh", "province"),
    ]
    # elsewhere BCH is the Ban Chấp hành
    assert recipients.expand("Các đ/c UV BCH LĐLĐ tỉnh") == (
        "Các đồng chí Ủy viên Ban Chấp hành Liên đoàn Lao động tỉnh"
    )


@pytest.mark.parametrize(
    ("closing", "rules"),
    [
        (
            "Nơi nhận:\n- Ban TĐ-KT TW;\n- UBND các huyện, TX, TP;\n- XYZ tỉnh;\n- Lưu: VT.\n",
            [
                "recipients.line:dashed+central_bodies",
                "recipients.line:dashed+district_and_below",
                "recipients.line:dashed+provincial_bodies",
            ],
        ),
        # one a line without dashes; a name with its province only; nothing known
        (
            "Nơi nhận:\nBan Thi đua - Khen thưởng Hà Nam;\nÔng Nguyễn Văn Bình;\nLưu: VT.\n",
            ["recipients.line:plain+province_name", "recipients.line:plain+none"],
        ),
        # the whole list flattened onto one line
        (
            "Nơi nhận: - Sở Nội vụ; - Các phòng thuộc Sở; - Lưu: VT.\n",
            ["recipients.line:flattened+provincial_bodies", "recipients.line:flattened+own_units"],
        ),
        # a line wrapped in two, joined to the item it continues
        (
            "Nơi nhận:\n- Sở Nội vụ;\n- Ủy ban Mặt trận Tổ quốc Việt Nam\ntỉnh và các đoàn thể;\n"
            "- Lưu: VT.\n",
            [
                "recipients.line:dashed+provincial_bodies",
                "recipients.line:wrapped+provincial_bodies",
            ],
        ),
    ],
)
def test_recipients_rule_names_the_item_shape_and_level_rule(
    closing: str, rules: list[str]
) -> None:
    found = recipients.extract(_doc(closing))
    assert [r.evidence.rule for r in found] == rules


def test_recipients_level_rule_of_a_centrally_run_city() -> None:
    assert recipients.level_rule("Ủy ban nhân dân thành phố", city=True) == (
        "province",
        "city_province",
    )
    assert recipients.level_rule("Ủy ban nhân dân thành phố")[1] == "district_and_below"


def test_recipients_level_rules_need_an_id(monkeypatch) -> None:
    real = recipients.read_yaml

    def without_id(name: str):
        data = real(name)
        if name == "recipient_levels.yaml":
            data["rules"][0].pop("id")
        return data

    monkeypatch.setattr(recipients, "read_yaml", without_id)
    with pytest.raises(recipients.DataFileError, match="rule 0: needs an id"):
        recipients.load_vocabulary.__wrapped__()
