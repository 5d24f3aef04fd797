"""Who issues the document: name, kind and the body above it.

From the header's left column (the parent body on the first line(s), the
issuing body on the last), or — when the header is missing — from the
sentence saying who issues ("Ủy ban nhân dân tỉnh ban hành Kế hoạch…",
"Chủ tịch UBND tỉnh ban hành…", "Liên hiệp các hội KH&KT tỉnh Bình Phước
(LHH) xây dựng Kế hoạch…"). That sentence is found with a token-level rule
over underthesea's words (see :mod:`extractors.toolbox.nlp`).
"""

from __future__ import annotations

import re
from functools import cache

from extractors.layout.cells import bodies as layout_bodies
from extractors.layout.rules import load_layout_rules
from extractors.model import Document, Issuer, Province, Span
from extractors.parts import signer
from extractors.parts.issuer_signed import signed_body
from extractors.toolbox.data_files import load_issuer_kinds, load_provinces
from extractors.toolbox.names import (
    body_case,
    expand_abbreviations,
    is_upper,
    split_person,
    squash,
)
from extractors.toolbox.nlp import find_rule_spans

RULE_HEADER = "issuer.header_left_column"
RULE_SENTENCE = "issuer.issuing_sentence"
RULE_IN_PERSON = "issuer.authority_line"
RULE_NOTE = "issuer.attached_note"
RULE_SIGNATURE = "issuer.signature_block"

_HAS_PLACE = re.compile(
    r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã(?!\s+hội)|phường|đặc khu|Trung ương)\b", re.I
)
# a board under a party committee is named after it: "Ban Tuyên giáo và Dân vận Tỉnh ủy …"
_PARTY_COMMITTEE = re.compile(r"(?:Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy)\s+\S")
_BARE_UNIT = re.compile(r"\b(?:tỉnh|thành phố)$", re.I)
# a provincial committee named without its place: "Ban Thường vụ Tỉnh đoàn", "… Tỉnh ủy"
_COMMITTEE_END = re.compile(r"\b(?:Tỉnh|Thành) (?:đoàn|ủy|uỷ)$")
_LOCAL_PLACE = re.compile(r"\b(?:huyện|quận|thị xã|thị trấn|xã|phường)\s+\S.*$", re.I)
_PROVINCIAL = re.compile(r"\b(?:tỉnh|thành phố)\b", re.I)
# an office of a district or commune, named after it (a school's name is its own)
_LOCAL_OFFICE = re.compile(r"(?:Phòng|Ban|Văn phòng|Trung tâm|Hội đồng)\s")
# what may stand before the body: spaces, quotes, a news agency's tag "DNHN - "
_LEAD = re.compile(r"[\s\"“(]*(?:[A-ZĐ]{2,8}\s*[-–]\s*)?")
# an association's executive committee names the association: "BAN CHẤP HÀNH HỘI LHPN TỈNH …"
_ORGAN = re.compile(r"^Ban Chấp hành\s+(?=(?:Hội|Liên đoàn|Liên hiệp|Công đoàn)\b)")
_ACRONYM = re.compile(r"\s*\([A-ZĐ&]{2,10}\)\s*$")
# the body named just before the issuing verb
_BODY_HEAD = re.compile(
    r"(?:(?:Phó\s+)?Chủ tịch\s+)?"
    r"(?:Ủy ban nhân dân|UBND|Hội đồng|Sở|Ban|Liên hiệp|Liên đoàn|Hội|Ủy ban|"
    r"Tỉnh đoàn|Thành đoàn|Huyện đoàn|Quận đoàn|Thị đoàn|Đoàn|Mặt trận|Tỉnh ủy|Thành ủy|"
    r"Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Chi bộ|Công đoàn|Liên đội|Bộ|Trường|Bệnh viện|Công an)\b"
)


def kind_of(name: str) -> str:
    """The kind of the body ``name`` names, read on its written-out form (a press page's
    "Ủy ban MTTQ Việt Nam tỉnh …" is the Front's committee)."""
    full = expand_abbreviations(name)
    for rule in load_issuer_kinds():
        if rule.pattern.match(full):
            return rule.kind
    return "other"


@cache
def _whole_word(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)")


def _names_a_province(name: str) -> bool:
    """Whether ``name`` already says where it is ("Thành đoàn Hải Phòng")."""
    return any(_whole_word(p.name).search(name) for p in load_provinces())


def _with_place(name: str, province: Province | None, parent: str | None) -> str:
    """Name the province where a name leaves it out.

    "Ủy ban nhân dân tỉnh" → "Ủy ban nhân dân tỉnh Bình Thuận"; a council
    under a provincial committee, "Hội đồng Thi đua - Khen thưởng" →
    "… tỉnh Quảng Ngãi"; a board under a party committee, "Ban Tuyên giáo và Dân
    vận" → "… Tỉnh ủy Lâm Đồng". A name that already says where it is stays.
    ``parent`` is the nearest body above that names a place (the Ban Thi
    đua - Khen thưởng under the Sở Nội vụ under the UBND tỉnh is provincial).
    """
    local = _LOCAL_PLACE.search(parent or "")
    office = kind_of(name) == "hdtdkt" or _LOCAL_OFFICE.match(name)
    if local and office and not _HAS_PLACE.search(name):
        # a council or an office named after its commune or district: "Phòng Giáo dục và
        # Đào tạo" under "UBND HUYỆN TAM NÔNG" is the district's
        return f"{name} {local.group(0)}"
    if province is None or kind_of(name) == "central" or _names_a_province(name):
        return name
    if _BARE_UNIT.search(name) or _COMMITTEE_END.search(name):
        return f"{name} {province.name}"
    if _HAS_PLACE.search(name):
        return name
    if parent is not None and _PARTY_COMMITTEE.match(parent):
        return f"{name} {parent}"
    if parent is not None and not _PROVINCIAL.search(parent):
        return name
    unit = "thành phố" if parent and re.search(r"\bthành phố\b", parent, re.I) else "tỉnh"
    return f"{name} {unit} {province.name}"


def named(
    doc: Document, span: Span, province: Province | None, rule: str, text: str | None = None
) -> Issuer:
    """The body named at ``span`` ("UBND tỉnh", "Ban Thường vụ LĐLĐ tỉnh"), written out
    and placed in ``province`` where its name leaves the place out; ``text``: the name
    as read at ``span`` when it differs from the slice (an acronym in brackets left out)."""
    raw = doc.slice(span) if text is None else text
    name = _with_place(expand_abbreviations(squash(raw)), province, None)
    return Issuer(
        name=name,
        kind=kind_of(name),
        parent=None,
        evidence=doc.evidence(span.start, span.end, rule),
    )


def _from_header(doc: Document, province: Province | None) -> Issuer | None:
    cell = doc.header_cells.issuer
    if cell is None:
        return None
    if doc.header_cells.source != "header":
        return _from_note(doc, cell, province)
    bodies = layout_bodies(doc.lines(cell))
    if not bodies:
        return None
    text, span = bodies[-1]
    parent = None
    if len(bodies) > 1:
        parent = body_case(expand_abbreviations(bodies[-2][0]))
    name = _ORGAN.sub("", body_case(expand_abbreviations(text)))
    above = [body_case(expand_abbreviations(b)) for b, _ in reversed(bodies[:-1])]
    placed = next((b for b in above if _HAS_PLACE.search(b)), parent)
    name = _with_place(name, province, placed)
    in_person = _in_person(doc, province)
    if in_person is not None:
        return in_person
    found = Issuer(
        name=name,
        kind=kind_of(name),
        parent=parent,
        evidence=doc.evidence(bodies[0][1].start, span.end, RULE_HEADER),
    )
    return _chairman_says(doc, province, found) or found


def _chairman_says(doc: Document, province: Province | None, found: Issuer) -> Issuer | None:
    """The chairman of the People's Committee in the header, when the text says he issues
    or directs ("…, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", "Chủ tịch UBND tỉnh ban
    hành …") and signs as himself ("CHỦ TỊCH", not "TM. ỦY BAN NHÂN DÂN"): a chỉ thị or
    plan of the chairman has no authority line under its title."""
    if found.kind != "ubnd":
        return None
    signed = signer.extract(doc)
    on_behalf = signed.on_behalf_of if signed is not None else None
    if signed is not None and signed.authority == "TM." and kind_of(on_behalf or "") == "ubnd":
        return None
    said = _from_sentence(doc, province)
    if said is None or said.kind != "chu_tich_ubnd":
        return None
    return said if said.name.casefold().endswith(found.name.casefold()) else None


def _from_note(doc: Document, cell: Span, province: Province | None) -> Issuer:
    """The body named in an attached regulation's opening note ("… của Ủy ban nhân dân tỉnh …")."""
    name = _with_place(expand_abbreviations(squash(doc.slice(cell))), province, None)
    return Issuer(
        name=name,
        kind=kind_of(name),
        parent=None,
        evidence=doc.evidence(cell.start, cell.end, RULE_NOTE),
    )


def _in_person(doc: Document, province: Province | None, any_body: bool = False) -> Issuer | None:
    """The chairman issuing in person, named on the line above the preamble.

    A Quyết định states its authority under the title: "CHỦ TỊCH ỦY BAN NHÂN
    DÂN TỈNH …" (the chairman decides) rather than "ỦY BAN NHÂN DÂN TỈNH …".
    With ``any_body`` (a print view without its header) any authority line names
    the issuer ("ỦY BAN NHÂN DÂN TỈNH …").
    """
    span = doc.blocks.preamble
    lines = [ln for ln in doc.lines(span) if any(c.isalpha() for c in ln.text)] if span else []
    if not lines or not is_upper(lines[0].text):
        return None
    name = _with_place(body_case(expand_abbreviations(lines[0].text)), province, None)
    kind = kind_of(name)
    authority = load_layout_rules().authority_line.match(lines[0].text)
    if kind != "chu_tich_ubnd" and not (any_body and authority):
        return None
    return Issuer(
        name=name,
        kind=kind,
        parent=None,
        evidence=doc.evidence(lines[0].span.start, lines[0].span.end, RULE_IN_PERSON),
    )


def _subject_before(doc: Document, start: int, end: int) -> tuple[int, str] | None:
    """The body named as the subject of the verb at ``end`` (sentence from ``start``).

    The sentence itself, or its last clause: "Thực hiện Kế hoạch số … của UBND
    tỉnh, Chủ tịch UBND tỉnh ban hành …" names the issuer after the comma.
    """
    window = doc.text[start:end]
    cut = window.rfind(",") + 1
    for offset in (0, cut) if cut else (0,):
        part = window[offset:]
        lead = _LEAD.match(part)
        at = start + offset + (lead.end() if lead else 0)
        part = doc.text[at:end]
        head = _BODY_HEAD.match(part)
        if head is not None and len(part) <= 160:
            return at, part
    return None


# "Chủ tịch UBND tỉnh Phạm Anh Tuấn vừa ký (ban hành) …": the person signs for the body
_SIGNED_FOR = re.compile(r"^(?:Phó\s+)?Chủ tịch\s+(?P<rest>.+?)\s+(?:(?:vừa|đã|mới)\s+)?ký$")


def _signed_for(subject: str) -> str:
    """The body a named signer signs for, or ``subject`` unchanged."""
    m = _SIGNED_FOR.match(subject)
    if m is None:
        return subject
    body, province, name = split_person(m["rest"])
    if not body or len(name.split()) + len((province or "").split()) < 2:
        return subject
    # the province name run into the person's belongs to the body
    return f"{body} {province}" if province else body


def _from_sentence(doc: Document, province: Province | None) -> Issuer | None:
    scope = doc.blocks.preamble or doc.blocks.body
    if scope is None:
        return None
    scope = Span(scope.start, min(scope.end, scope.start + 3000))
    for trigger in find_rule_spans(doc, scope, "issuing_verbs.jsonl"):
        sentence_start = max(
            doc.text.rfind(sep, scope.start, trigger.start) for sep in (".", ";", ":", "\n")
        )
        found = _subject_before(doc, max(sentence_start + 1, scope.start), trigger.start)
        if found is None:
            continue
        start, window = found
        subject = re.sub(r"\s+(?:vừa|đã|sẽ)$", "", _ACRONYM.sub("", window).strip())
        raw = _signed_for(subject)
        name = _with_place(expand_abbreviations(squash(raw)), province, None)
        return Issuer(
            name=name,
            kind=kind_of(name),
            parent=None,
            evidence=doc.evidence(start, start + len(subject), RULE_SENTENCE),
        )
    return None


def _from_signature(doc: Document, province: Province | None) -> Issuer | None:
    """A print view's body, from its signature block ("TM. ỦY BAN NHÂN DÂN")."""
    found = signed_body(doc, province, signer.extract(doc))
    if found is None:
        return None
    name, span = found
    return Issuer(
        name=name,
        kind=kind_of(name),
        parent=None,
        evidence=doc.evidence(span.start, span.end, RULE_SIGNATURE),
    )


def extract(doc: Document, province: Province | None) -> Issuer | None:
    """The issuing body, from the header or else from the issuing sentence; a text
    printed without header, from its authority line, its issuing sentence or its
    signature block."""
    if doc.header_cells.issuer is None:
        return (
            _in_person(doc, province, any_body=True)
            or _from_sentence(doc, province)
            or _from_signature(doc, province)
        )
    return _from_header(doc, province) or _from_sentence(doc, province)
