from __future__ import annotations

import pytest

from pipeline.readers.ocr_repair import repair_ocr


@pytest.mark.parametrize(
    ("ocr", "repaired", "rule"),
    [
        ("công tác tố chức phong trào", "công tác tổ chức phong trào", "to-chuc"),
        ("Tố chức thực hiện", "Tổ chức thực hiện", "to-chuc"),
        ("SỐ: 15/KH-UBND", "Số: 15/KH-UBND", "so-header"),
        ("Số: 01 /KH - UBND ngày", "Số: 01/KH-UBND ngày", "doc-number-spaces"),
        ("Chỉ thị số 19 /CT-TTg", "Chỉ thị số 19/CT-TTg", "doc-number-spaces"),
        ("Chỉ thị số 19/CT-T'Tg ngày", "Chỉ thị số 19/CT-TTg ngày", "doc-number-quote"),
        ("Quyết định số 23/2021/QĐ-T’Tg", "Quyết định số 23/2021/QĐ-TTg", "doc-number-quote"),
        ("II. NỘI DUNG THỊ ĐUA", "II. NỘI DUNG THI ĐUA", "thi-dua-upper"),
        ("quy định chỉ tiết thi hành", "quy định chi tiết thi hành", "chi-tiet"),
        ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "quoc-hieu"),
        ("- Lưu: VŨ.", "- Lưu: VT.", "luu-vt"),
        ("- Lưu: VTF, KGVXNV. Bích.", "- Lưu: VT, KGVXNV. Bích.", "luu-vt"),
        ("- Lưu: VI, THNV. 09", "- Lưu: VT, THNV. 09", "luu-vt"),
        ("Lưu\n\nIM. BCH LIÊN HIỆP CÁC HỘI", "Lưu\n\nTM. BCH LIÊN HIỆP CÁC HỘI", "tm-signer"),
        ("- ƯUBND các huyện", "- UBND các huyện", "ubnd-stray-u"),
        ("VT.\n\n**IM. BCH LIÊN HIỆP", "VT.\n\n**TM. BCH LIÊN HIỆP", "tm-signer"),
        ("- Lữu: VT, NC1.", "- Lưu: VT, NC1.", "luu-mark"),
        ("Luu: VT, KGVX.", "Lưu: VT, KGVX.", "luu-mark"),
        ("KT. CHỦ TICH\nPHÓ CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "chu-tich"),
        ("tặng Băng khen cho 12 tập thể", "tặng Bằng khen cho 12 tập thể", "bang-khen"),
        ("BĂNG KHEN CỦA CHỦ TỊCH", "BẰNG KHEN CỦA CHỦ TỊCH", "bang-khen-upper"),
        ("Giây khen của Giám đốc Sở", "Giấy khen của Giám đốc Sở", "giay-khen"),
        ("GIÂY KHEN", "GIẤY KHEN", "giay-khen-upper"),
        ("xã hội.\n1:3. Đề nghị Mặt trận", "xã hội.\n1.3. Đề nghị Mặt trận", "item-number-colon"),
        ("Hội.\nb, Đối tượng: Toàn thể", "Hội.\nb. Đối tượng: Toàn thể", "item-letter-comma"),
        ("UBND TỈNH\n. KẾ HOẠCH\nPhát động", "UBND TỈNH\nKẾ HOẠCH\nPhát động", "line-start-speck"),
        (
            "năm 2025.\n' Cuối năm, trên cơ sở",
            "năm 2025.\nCuối năm, trên cơ sở",
            "line-start-speck",
        ),
        ("sau:\n„1, Tiếp tục quán triệt", "sau:\n1, Tiếp tục quán triệt", "line-start-speck"),
        ("- UBND các xã;\n~-Lưu: VT, NC.", "- UBND các xã;\n-Lưu: VT, NC.", "dash-tilde"),
        ("- VPUB: HCTC;\n- Lưu: VT, NC.„", "- VPUB: HCTC;\n- Lưu: VT, NC.", "low-quote-speck"),
        ("- UBND các xã;\n-~ Lưu: VT, NC.", "- UBND các xã;\n- Lưu: VT, NC.", "dash-tilde"),
        (
            "Ninh Bình, ngày 15 tháng 3 nắm 2024",
            "Ninh Bình, ngày 15 tháng 3 năm 2024",
            "nam-in-date",
        ),
        (
            "TM. ỦY BAN NHÂN DÂN\nKT CHỦ TỊCH",
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
            "signer-authority-dot",
        ),
        # "Q." (quyền) is one of the dotted marks of form_words.yaml too
        ("Q GIÁM ĐỐC\nNguyễn Văn An", "Q. GIÁM ĐỐC\nNguyễn Văn An", "signer-authority-dot"),
    ],
)
def test_repair_ocr_fixes_and_logs(ocr: str, repaired: str, rule: str) -> None:
    text, log = repair_ocr(ocr)
    assert text == repaired
    assert any(line.startswith(f"OCR repair {rule}:") for line in log)


@pytest.mark.parametrize(
    "text",
    [
        "Số: 15/KH-UBND",  # already right: nothing logged
        "kinh tế - xã hội năm 2021 - 2025",  # a range, not a document number
        "chỉ tiêu thi đua",  # "chỉ tiêu" is a real word
        "thị xã Tân Châu",  # "thị" alone is right
        "- Lưu: VT, VP.",
        "IMF và Ngân hàng Thế giới",
        "Ưu tiên UBND các huyện",
        "Luu ý: hồ sơ gửi trước ngày 20/11",  # not before the archive's colon
        "Lưu trữ hồ sơ: 05 năm",
        "KT. CHỦ TỊCH",
        "TMĐT và KTXH của tỉnh",  # no signer's title after the letters
        "tích cực thi đua",
        "băng rôn, khẩu hiệu khen ngợi",  # "băng" before another word
        "nắm chắc tình hình năm 2024",  # "nắm" (to grasp) outside a date
        "mỗi giây khi",  # "giây" not before "khen"
        "khai mạc vào lúc\n14:00. Các đại biểu",  # a time at the head of a line
        "gồm các mục a, b, c, Điều 5",  # letters inside a line
        "các nội dung sau:\n...và các nhiệm vụ khác",  # an ellipsis heads a line
        "đợt 1:\n- Lưu: VT, NC.",  # a list's dash is no speck
        "theo Kế hoạch 12/KH-UBND 'về việc'",  # a quote after the code, not inside it
        "tình hình thực tế, các tập thể, cá nhân",  # no tone slip, no speck
    ],
)
def test_repair_ocr_leaves_correct_text_alone(text: str) -> None:
    assert repair_ocr(text) == (text, [])
