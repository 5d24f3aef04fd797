"""Who signs: name, title, authority (TM./KT./TL./TUQ./Q.) and on behalf of whom.

The signature block sits at the end (flattened from the right column of the
closing, after "Nơi nhận" and "Lưu"): zero or more authority lines
("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's title ("PHÓ CHỦ TỊCH"),
then the name. With several authority lines the last one is the signer's own
("TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" → KT., on behalf of the Chủ tịch).
"""

from __future__ import annotations

import re

from extractors.model import Document, Signer
from extractors.names import body_case, expand_abbreviations, is_upper, person_case

RULE = "signer.signature_block"

AUTHORITY = re.compile(r"^(?P<auth>TM|KT|TL|TUQ|Q|T/M|K/T|T/L|T/UQ)\.?\s+(?P<rest>.+)$")
# a person's name: 2 to 6 capitalised words
NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){1,5}$")
_NOT_NAME = re.compile(r"\b(?:CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG|PHÓ|BÍ THƯ|CHÁNH|ỦY BAN|HỘI ĐỒNG)\b")


def extract(doc: Document) -> Signer | None:
    """The signer, when the signature block names one."""
    block = doc.blocks.signature
    if block is None:
        return None
    lines = doc.lines(block)
    authority = on_behalf_of = title = None
    name_line = None
    first = None
    for line in lines:
        m = AUTHORITY.match(line.text)
        if m:
            authority = m.group("auth").replace("/", "") + "."
            on_behalf_of = body_case(expand_abbreviations(m.group("rest")))
            first = first or line
            continue
        if is_upper(line.text) and not _NOT_NAME.search(line.text) and NAME.match(line.text):
            name_line = line
        elif is_upper(line.text):
            title = body_case(line.text)
            first = first or line
        elif NAME.match(line.text):
            name_line = line
    if name_line is None:
        return None
    if title is None and authority is not None and on_behalf_of is not None:
        title = on_behalf_of
    start = (first or name_line).span.start
    return Signer(
        name=person_case(name_line.text),
        title=title,
        authority=authority,
        on_behalf_of=on_behalf_of,
        evidence=doc.evidence(start, name_line.span.end, RULE),
    )
