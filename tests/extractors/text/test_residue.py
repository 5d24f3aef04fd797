"""The binary residue of a .doc read as text is dropped; the document's words are not."""

from __future__ import annotations

from extractors.parts import header, signer
from extractors.segment.structure import parse
from extractors.text.repair import repair
from extractors.text.residue import drop_residue

# a made-up plan in the damage seen on .doc files served as text: the compound-file
# residue before it (several hundred characters), every non-ASCII letter dropped, the
# document on one line, the style tables after the signer's name
_HEAD = (
    "ࡱ> 5 bjbjqPqP 8::g?DVV ޯ$O " + "JJ=||| ]JJ ???? )?)? " * 30 + "Root Entry Fd\\Data 1Table] : "
)
_DOC = (
    "UBND HUYN TN K HI NG THI UA - KHEN THNG CNG HA X HI CH NGH(A VIT NAM c lp - T do "
    "- Hnh phc S: 09/KH-HTKT Tn K, ngy 14 thng 3 nm 2022 K HOCH T chc phong tro thi ua "
    "nm 2022 Cn c Ngh nh s 91/2017/N-CP ngy 31/7/2017 ca Chnh ph; Hi ng Thi ua - Khen "
    "thng huyn xy dng K hoch nh sau: I. MC CH Khi dy tinh thn thi ua ca cn b, cng "
    "chc. II. KHEN THNG Ch tch UBND huyn tng Giy khen cho khng qu 05 tp th. Ni nhn: "
    "- UBND tnh (b/c); - Lu: VT, NV. TM. HI NG THI UA - KHEN THNG CH TCH Trn Vn Hai"
)
_TAIL = " Ԁ  $ a$gd 7 $a$gd $If gdV  kd $$If l 4 "


def test_drop_residue_before_and_after_the_document() -> None:
    mapped, log = drop_residue(_HEAD + _DOC + _TAIL)
    assert mapped.text.strip() == _DOC
    assert log and "binary residue" in log[0]


def test_document_behind_residue_keeps_its_header() -> None:
    repaired = repair(_HEAD + _DOC + _TAIL)
    doc = parse(repaired.text)
    fields = header.extract(doc)
    assert (fields.doc_type, fields.number, fields.issue_date) == (
        "ke_hoach",
        "09/KH-HĐTĐKT",
        "2022-03-14",
    )
    found = signer.extract(doc)
    assert found is not None and found.name == "Trn Vn Hai"


def test_drop_residue_leaves_texts_without_the_marks() -> None:
    text = "Giá trị $ 100 | tổng {2} — không có. " + _DOC
    assert drop_residue(text) == (drop_residue(text)[0], [])
    assert drop_residue(text)[0].text == text
    # a mark of the format with no residue around the words: nothing is dropped
    clean = "bjbj " + _DOC
    assert drop_residue(clean)[0].text == clean
