"""The issuer of a document printed without its header, read from its signature block.

A print view or a copy that starts at the type word ("CHỈ THỊ", "KẾ HOẠCH") keeps the
signature: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" / name. The block names the body but not
its level or place; the document names itself in its running text by body and level
without a name ("Ủy ban nhân dân tỉnh yêu cầu …", "báo cáo UBND tỉnh trước …"), and
names its place elsewhere (the province in the body or closing, "… Nhân dân tỉnh Kon
Tum"; a district or commune after its unit word). Issuer = body + level + that place.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from extractors.layout.rules import load_layout_rules
from extractors.model import Document, Province, Signer, Span
from extractors.toolbox.data_files import load_body_names
from extractors.toolbox.provinces import first_locality

# the levels of the units a body is named after ("tỉnh", "huyện", "xã" …)
_PROVINCIAL = ("tỉnh", "thành phố")


@cache
def _levels() -> tuple[str, ...]:
    units = (u.lower().rstrip(".") for u in load_layout_rules().place_units)
    return tuple(u for u in units if u != "tp")


def _spellings(body: str) -> list[str]:
    """``body`` as the text may write it: in full or by its short form ("UBND")."""
    short = [k for k, v in load_body_names().abbreviations.items() if v.lower() == body.lower()]
    return [body, *short]


def _self_level(doc: Document, body: str) -> str | None:
    """The level the text names ``body`` at most often without a place name after it:
    how a document names itself ("Ủy ban nhân dân tỉnh yêu cầu", "UBND xã")."""
    names = "|".join(re.escape(s) for s in _spellings(body))
    levels = "|".join(re.escape(u) for u in sorted(_levels(), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<!\w)(?i:{names})[ ]+(?P<level>{levels})(?=[ ]+[a-zđà-ỹ]|[ ]*[,.;:)/]|[ ]*$)",
        re.MULTILINE,
    )
    counts = Counter(m.group("level") for m in pattern.finditer(doc.text))
    return counts.most_common(1)[0][0] if counts else None


def signed_body(
    doc: Document, province: Province | None, signer: Signer | None
) -> tuple[str, Span] | None:
    """The body the signer acts for ("TM. ỦY BAN NHÂN DÂN"), at the level the text names
    itself by and in the place it names, with the signature's span; ``None`` when the
    block names no body or the text says neither level nor place."""
    if signer is None or signer.on_behalf_of is None or signer.evidence is None:
        return None
    body = signer.on_behalf_of
    committee = _committee_named(doc, body, province)
    if committee is not None:
        return committee, Span(signer.evidence.start, signer.evidence.end)
    if _levels_named(body):
        return None
    level = _self_level(doc, body)
    if level is None:
        return None
    if level in _PROVINCIAL:
        place = province.name if province is not None else None
    else:
        place = first_locality(doc.text, level)
    if place is None:
        return None
    return f"{body} {level} {place}", Span(signer.evidence.start, signer.evidence.end)


# a union's or party's committee named with its unit but not its place ("Ban Thường vụ
# Huyện đoàn tặng Giấy khen …", "Ban Chấp hành Tỉnh đoàn"): the unit word gives the level
_COMMITTEE_UNIT = re.compile(
    r"(?P<unit>(?P<level>Tỉnh|Thành|Huyện|Quận|Thị) (?:đoàn|ủy|uỷ))(?![ ]+[A-ZĐÀ-Ỹ])"
)
_UNIT_LEVEL = {
    "Tỉnh": "tỉnh",
    "Thành": "thành phố",
    "Huyện": "huyện",
    "Quận": "quận",
    "Thị": "thị xã",
}


def _committee_named(doc: Document, body: str, province: Province | None) -> str | None:
    """A print view signed for a committee ("TM. BAN THƯỜNG VỤ", "TM. BAN CHẤP HÀNH")
    whose text names it with its unit ("Ban Thường vụ Huyện đoàn …"): the committee of
    that unit, placed where the text names a place of the unit's level."""
    named = re.compile(rf"(?<!\w)(?i:{re.escape(body)})[ ]+{_COMMITTEE_UNIT.pattern}")
    # the unit it names itself by most often (a district's text also names its province's)
    counts = Counter((m["unit"], m["level"]) for m in named.finditer(doc.text))
    if not counts:
        return None
    (unit, word), _ = counts.most_common(1)[0]
    level = _UNIT_LEVEL[word]
    if level in _PROVINCIAL:
        place = province.name if province is not None else None
    else:
        place = first_locality(doc.text, level)
    return None if place is None else f"{body} {unit} {place}"


def _levels_named(body: str) -> bool:
    """Whether the body's name already says its level ("Ủy ban nhân dân tỉnh …")."""
    return any(re.search(rf"(?<!\w){re.escape(u)}(?!\w)", body, re.I) for u in _levels())
