"""A document-sharing preview that dropped its function words and one-digit numbers:
the basis keeps its opener, a lost month is never made up; clean text is untouched."""

from __future__ import annotations

from typing import Any

import pytest

from extractors.text.stop_words import dropped, restore_stop_words
from pipeline.extract import build_record
from pipeline.readers import RawText

_STOP = {"cứ", "của", "và", "các", "những", "được", "như", "do", "về", "cho", "với", "một"}


def _strip(text: str) -> str:
    """The damage as such sites apply it: lower-case function words and lone digits."""

    def keep(word: str) -> bool:
        core = word.strip(",;:.()“”")
        return core not in _STOP and not (len(core) == 1 and core.isdigit())

    return "\n".join(" ".join(w for w in line.split(" ") if keep(w)) for line in text.split("\n"))


CLEAN = (
    "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Số: 41/KH-UBND "
    "Châu Thành, ngày 12 tháng 3 năm 2024 Độc lập - Tự do - Hạnh phúc KẾ HOẠCH Tổ chức "
    "phong trào thi đua “Châu Thành chung sức xây dựng nông thôn mới” năm 2024 Căn cứ Luật "
    "Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Căn cứ Nghị định số 98/2023/NĐ-CP ngày "
    "31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi "
    "đua, khen thưởng; Căn cứ Kế hoạch số 20/KH-UBND ngày 25 tháng 01 năm 2024 của Ủy ban "
    "nhân dân tỉnh về công tác thi đua, khen thưởng năm 2024; Ủy ban nhân dân huyện ban hành "
    "Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU Phát huy sức mạnh của các cơ quan, đơn vị và "
    "Nhân dân trong huyện, phấn đấu hoàn thành các chỉ tiêu được giao trong năm 2024 với chất "
    "lượng cao. II. ĐỐI TƯỢNG THI ĐUA Các cơ quan, đơn vị của huyện và Ủy ban nhân dân các "
    "xã, thị trấn. III. KHEN THƯỞNG Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen cho không "
    "quá 10 tập thể và 20 cá nhân có thành tích xuất sắc; lựa chọn 03 tập thể tiêu biểu đề "
    "nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen. IV. TỔ CHỨC THỰC HIỆN Phòng Nội vụ "
    "huyện là cơ quan thường trực, theo dõi, tổng hợp và báo cáo kết quả thực hiện; các cơ "
    "quan, đơn vị gửi báo cáo về Phòng Nội vụ trước ngày 30/10/2024. Nơi nhận: - UBND tỉnh "
    "(b/c); - Các cơ quan, đơn vị; - Lưu: VT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH "
    "Lâm Văn Tài\n"
)


def _record(text: str) -> dict[str, Any]:
    return build_record(RawText(text=text, format="txt"), source_path="x", sha256="0")


def test_stop_words_dropped_is_judged_on_the_function_words() -> None:
    assert dropped(_strip(CLEAN))
    assert not dropped(CLEAN)
    # a text without its diacritics keeps its function words ("cua", "va")
    assert not dropped("Can cu Luat Thi dua cua Quoc hoi va cac van ban huong dan. " * 30)


@pytest.mark.parametrize(
    ("damaged", "restored"),
    [
        ("Căn Luật Thi đua, khen thưởng;", "Căn cứ Luật Thi đua, khen thưởng;"),
        ("; Căn Nghị định số 98/2023/NĐ-CP", "; Căn cứ Nghị định số 98/2023/NĐ-CP"),
        ("Độc lập - Tự - Hạnh phúc", "Độc lập - Tự do - Hạnh phúc"),
        ("“Cờ thi đua Ủy ban nhân dân tỉnh”", "“Cờ thi đua của Ủy ban nhân dân tỉnh”"),
        ("Bằng khen Chủ tịch UBND tỉnh", "Bằng khen của Chủ tịch UBND tỉnh"),
        (
            "Kế hoạch số 09/KH-HPN ngày 14/02/2024 Ban Thường vụ Hội LHPN tỉnh",
            "Kế hoạch số 09/KH-HPN ngày 14/02/2024 của Ban Thường vụ Hội LHPN tỉnh",
        ),
        (
            "Quyết định số 45/QĐ-UBND ngày 12 tháng 10 năm 2023 Ủy ban nhân dân huyện",
            "Quyết định số 45/QĐ-UBND ngày 12 tháng 10 năm 2023 của Ủy ban nhân dân huyện",
        ),
        ("PHÒNG GIÁO DỤC ĐÀO TẠO", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),
        ("gửi Phòng Giáo dục Đào tạo", "gửi Phòng Giáo dục và Đào tạo"),
        # a date followed by no body: nothing put back
        ("trước ngày 20/11/2024 gửi hồ sơ", "trước ngày 20/11/2024 gửi hồ sơ"),
    ],
)
def test_restore_stop_words_in_a_preview(damaged: str, restored: str) -> None:
    preview = _strip(CLEAN)
    mapped, log = restore_stop_words(preview + " " + damaged)
    assert mapped.text.endswith(restored)
    assert log and "function words" in log[0]


def test_restore_stop_words_leaves_what_lost_nothing() -> None:
    # clean: "Căn cứ" is whole, nothing is put back
    assert restore_stop_words(CLEAN) == (restore_stop_words(CLEAN)[0], [])
    assert restore_stop_words(CLEAN)[0].text == CLEAN
    # in a preview, "Căn" before a word that is no document type is left as it is
    preview = _strip(CLEAN).replace("Căn Luật", "Căn nhà văn hóa")
    mapped, _ = restore_stop_words(preview)
    assert "Căn nhà văn hóa" in mapped.text and "Căn cứ nhà" not in mapped.text


def test_preview_keeps_its_basis_and_no_date_is_made_up() -> None:
    clean, preview = _record(CLEAN), _record(_strip(CLEAN))
    basis = {(c["doc_type"], c["number"], c["date"]) for c in clean["legal_basis"]}
    assert {(c["doc_type"], c["number"], c["date"]) for c in preview["legal_basis"]} == basis
    assert ("luat", None, "2022-06-15") in basis  # the law dated by its name and year
    assert preview["references"] == []
    # the month of the issue date was a lone digit: lost, so no date; number and type stay
    assert clean["document"]["issue_date"] == "2024-03-12"
    assert preview["document"]["issue_date"] is None
    assert preview["document"]["number"] == clean["document"]["number"] == "41/KH-UBND"
    text = preview["text"]
    for item in preview["legal_basis"]:
        ev = item["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["quote"]
