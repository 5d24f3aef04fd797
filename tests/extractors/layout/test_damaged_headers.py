"""Damaged copies keep their header: OCR without diacritics whose digits became letters,
a header run on into the title on one line, a closing run into one line with "(Da ky)",
a PDF page label glued to the issuer. Each text is made up (names, numbers) in a layout
met on document-sharing sites and scanned copies; the clean text beside it must give
the same fields, and texts without the damage must not change."""

from __future__ import annotations

import pytest

from extractors.layout.columns import header_repairs
from extractors.model import Document
from extractors.parts import citations, header, recipients, signer
from extractors.segment.structure import parse
from extractors.text.repair import repair


def _doc(text: str) -> Document:
    repaired = repair(text)
    doc = parse(repaired.text, repaired.page_starts)
    doc.repairs[:0] = repaired.log
    return doc


def _fields(text: str) -> tuple[str | None, ...]:
    found = header.extract(_doc(text))
    return found.doc_type, found.number, found.issue_date


_OCR_DECISION = (
    "UY BAN NHAN DAN CONG HOA XA HOI CHU NGHIA VIET NAM\n"
    "HUYEN VAN LAM Doc Iap - Tu do - Hanh phuc\n"
    "So: l42 /QD-UBND Van Lam, ngay 1O thang O5 nam 2O21\n"
    "QUYET DINH\n"
    "Ve viec tang Giay khen cho cac tap the co thanh tich xuat sac nam 2021\n"
    "CHU TICH UY BAN NHAN DAN HUYEN VAN LAM\n"
    "Can cu Nghi dinh so 9l/2017/ND-CP ngay 3l/7/2017 cua Chinh phu;\n"
    "QUYET DINH:\n"
    "Dieu 1. Tang Giay khen cua Chu tich UBND huyen cho 05 tap the.\n"
    "Noi nhan:\n- Nhu Dieu 1;\n- Luu: VT, NV.(Da ky)\n"
    "KT. CHU TICH\nPHO CHU TICH\nTran Van Binh\n"
)


def test_ocr_decision_reads_number_date_basis_and_archive() -> None:
    doc = _doc(_OCR_DECISION)
    assert _fields(_OCR_DECISION) == ("quyet_dinh", "142/QĐ-UBND", "2021-05-10")
    assert recipients.extract_archive(doc) == "VT, NV."
    found = signer.extract(doc)
    assert found is not None and (found.title, found.authority) == ("Phó Chủ tịch", "KT.")
    assert any("look-alike(s) OCR read" in line for line in doc.repairs)
    # evidence quotes the stored text, whose digits were repaired
    cited = {f.field: f.evidence for f in header.extract(doc).field_evidence}
    number = cited["number"]
    assert doc.text[number.start : number.end] == number.quote and "142" in number.quote


_ONE_LINE_PLAN = (
    "CONG HOA XA HOI CHU NGHIA VIET NAM UY BAN NHAN DAN Doc lap - Tu do - Hanh phuc "
    "XA AN BINH So: O7/KH-UBND An Binh, ngay l2 thang 3 nam 2O24 KE HOACH To chuc phong "
    'trao thi dua "An Binh doi moi" nam 2024 Thuc hien Ke hoach so 15/KH-UBND ngay '
    "20/O2/2024 cua UBND huyen, UBND xa xay dung Ke hoach nhu sau:\n"
    "I. MUC DICH\nKhoi day tinh than thi dua cua can bo.\n"
    "Noi nhan: - UBND huyen (b/c); - Cac thon; - Luu: VT. TM. UY BAN NHAN DAN CHU TICH "
    "(Da ky) Ha Van Son\n"
)


def test_header_run_into_the_title_on_one_line() -> None:
    assert _fields(_ONE_LINE_PLAN) == ("ke_hoach", "07/KH-UBND", "2024-03-12")
    doc = _doc(_ONE_LINE_PLAN)
    found = signer.extract(doc)
    assert found is not None and (found.title, found.authority) == ("Chủ tịch", "TM.")
    assert recipients.extract_archive(doc) == "VT."


def test_closing_run_into_one_line_with_the_signed_note() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 07/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nAn Bình, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\n"
        "Tổ chức phong trào thi đua năm 2024\nI. MỤC ĐÍCH\nKhơi dậy tinh thần thi đua.\n"
        "Nơi nhận: - UBND huyện (b/c); - Các thôn; - Lưu: VT. TM. ỦY BAN NHÂN DÂN CHỦ TỊCH "
        "(Đã ký) Hà Văn Sơn\n"
    )
    doc = _doc(text)
    found = signer.extract(doc)
    assert found is not None
    assert (found.name, found.title, found.authority) == ("Hà Văn Sơn", "Chủ tịch", "TM.")
    assert recipients.extract_archive(doc) == "VT."
    assert [r.text for r in recipients.extract(doc)] == ["UBND huyện (b/c)", "Các thôn"]


def test_page_label_glued_to_an_accented_issuer_line() -> None:
    text = (
        "Tặng Bằng khen cho các tập thể có thành tích trong phong trào thi đua, góp phần vào\n"
        "Trang 1ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nSố: 905/QĐ-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Yên Bái, ngày 9 tháng 6 năm 2023\nQUYẾT ĐỊNH\nVề việc tặng Bằng khen\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH YÊN BÁI\nCăn cứ Luật Thi đua, khen thưởng;\n"
    )
    doc = _doc(text)
    found = header.extract(doc)
    # the issuer cell is read whole, not from its second line; the authority line under
    # the title says the chairman decides
    assert found.issuer is not None
    assert found.issuer.name == "Chủ tịch Ủy ban nhân dân tỉnh Yên Bái"
    assert "Trang 1" not in doc.text[:200]


@pytest.mark.parametrize(
    "text",
    [
        # a clean header line of both columns, no type word run on: left as it is
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN VĂN LÂM Độc lập - Tự do - "
        "Hạnh phúc\nSố: 142/QĐ-UBND Văn Lâm, ngày 10 tháng 5 năm 2021\nQUYẾT ĐỊNH\n"
        "Về việc tặng Giấy khen\n",
        # a page that quotes numbers with look-alike letters outside any slot
        "Kết quả: lớp 1O đạt 2O điểm, mã lớp l27.\n",
    ],
    ids=["clean-header", "no-slot"],
)
def test_clean_text_is_not_changed_by_the_damage_passes(text: str) -> None:
    repaired = repair(text)
    assert not any("look-alike(s) OCR" in line or "one-line" in line for line in repaired.log)
    assert not any("closing:" in line for line in repaired.log)


@pytest.mark.parametrize(
    ("district", "province"),
    [
        ("HUYEN LUONG TAI", "Bắc Ninh"),  # one district of that name without its marks
        ("HUYEN CHAU THANH", None),  # ten provinces have a Châu Thành: none is guessed
    ],
)
def test_district_without_diacritics_gives_its_province_only_when_unique(
    district: str, province: str | None
) -> None:
    text = (
        f"UY BAN NHAN DAN\n{district}\nSo: 15/KH-UBND\nCONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "Doc lap - Tu do - Hanh phuc\nngay 02 thang 3 nam 2023\nKE HOACH\n"
        "To chuc phong trao thi dua nam 2023\nCan cu Luat Thi dua, khen thuong;\n"
        "I. MUC DICH\nDong vien can bo, cong chuc thi dua hoan thanh nhiem vu.\n"
    )
    found = header.extract(_doc(text)).province
    assert (found.name if found else None) == province


def test_print_view_on_one_line_keeps_its_basis() -> None:
    # a copy without its header, the whole plan on one line (a .doc read as text)
    text = (
        "KẾ HOẠCH Triển khai phong trào thi đua năm 2023 Căn cứ Nghị định số 98/2023/NĐ-CP "
        "ngày 31/12/2023 của Chính phủ; Thực hiện Kế hoạch số 45/KH-UBND ngày 12/01/2024 của "
        "UBND tỉnh, Chủ tịch UBND huyện ban hành Kế hoạch như sau: I. MỤC ĐÍCH, YÊU CẦU 1. "
        "Mục đích Động viên cán bộ, công chức thi đua hoàn thành nhiệm vụ năm 2024. 2. Yêu cầu "
        "Bình xét công khai, đúng người, đúng thành tích. II. KHEN THƯỞNG Chủ tịch UBND huyện "
        "tặng Giấy khen cho không quá 05 tập thể và 10 cá nhân có thành tích xuất sắc. Nơi "
        "nhận: - UBND tỉnh (b/c); - Lưu: VT. KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Nam\n"
    )
    doc = _doc(text)
    assert any("one-line document" in line for line in doc.repairs)
    assert header.extract(doc).doc_type == "ke_hoach"
    basis = [c.number for c in citations.extract(doc)[0] if c.number]
    assert basis == ["98/2023/NĐ-CP", "45/KH-UBND"]


def test_locality_without_diacritics_in_a_copy_without_header() -> None:
    text = (
        "KE HOACH\nTo chuc phong trao thi dua nam 2023\n"
        "Thuc hien chi dao cua UBND huyen Luong Tai ve cong tac thi dua, khen thuong nam 2023, "
        "Phong Giao duc va Dao tao xay dung Ke hoach nhu sau:\n"
        "I. MUC DICH\nDong vien can bo, giao vien thi dua day tot, hoc tot.\n"
    )
    found = header.extract(_doc(text)).province
    assert found is not None and found.name == "Bắc Ninh"


@pytest.mark.parametrize(
    ("line", "unit"),
    [("XA AN BINH", "xã"), ("PHUONG AN LAC", "phường")],
)
def test_commune_unit_of_an_ocr_header_is_read(line: str, unit: str) -> None:
    text = (
        f"UY BAN NHAN DAN\n{line}\nSo: 07/KH-UBND\nCONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "Doc lap - Tu do - Hanh phuc\nngay 12 thang 3 nam 2024\nKE HOACH\n"
        "To chuc phong trao thi dua nam 2024\nI. MUC DICH\nKhoi day tinh than thi dua.\n"
    )
    found = header.extract(_doc(text)).issuer
    assert found is not None and found.kind == "ubnd"
    assert found.name.lower().startswith(f"ủy ban nhân dân {unit} ")


def test_unit_rule_fires_only_on_a_capital_header_line() -> None:
    for text in ("Xa trung tam huyen\n", "ỦY BAN NHÂN DÂN XA AN BINH\n", "XA 12 thon\n"):
        assert header_repairs(text)[1] == []  # mixed case, inside a line, no name after
