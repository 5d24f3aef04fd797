"""Which award a count or an amount belongs to.

Resolved from the structure first — an enclosing item or heading that names
the award ("- Bằng khen của Chủ tịch UBND tỉnh:", "2. Số lượng Bằng khen …")
— and only then by nearness: the clause, the sentence, the sentences before it
in its paragraph. A phrase that applies to its own clause ("…; các trường hợp
khác …, không hạn chế số lượng") looks no further than that clause and the
label it follows. Used by the quota and threshold extractors.
"""

from __future__ import annotations

import re

from extractors.model import Document, Span
from extractors.segment.passages import (
    ancestors,
    body_span,
    clause_start,
    in_article,
    paragraph_at,
    sentence_at,
)
from extractors.toolbox.award_catalogue import Mention, find_mentions

_REACH = 600  # how far around a count its award is looked for, in characters
_LABEL_REACH = 200  # an item naming its award does so at its start
_OWN_LEAD = 6  # "02 (hai) tập thể": where the count at the offset ends its number
_OWN_REACH = 160  # "02 tập thể có thành tích … đề nghị … tặng Bằng khen"
# a clause that makes an exception to what was said before it
_EXCEPTION = re.compile(r"(?:riêng|ngoài ra,?|trừ)\s", re.I)
_PROPOSED = re.compile(r"\b(?:đề nghị|tặng)\b", re.I)
# another count between a count and the award after it: that award is the other's
_COUNT = re.compile(r"\d\s+(?:tập thể|cá nhân|đơn vị)|\d\s*(?:triệu|tỷ|nghìn)?\s*đồng", re.I)
# an award given to the count right after it: "Bằng khen (của …) cho không quá 05 …"
_GIVEN_TO = re.compile(
    r"(?:\s+của\s[^,;.\n]{1,80}?)?\s+cho\s+(?:(?:các|không quá|tối đa|từ|ít nhất)\s+)?$", re.I
)
# the other half of a count phrase right after its first: "… tập thể và 02 cá nhân"
_PAIRED = re.compile(r"\s*(?:và|hoặc|,)\s*\d+\s+(?:tập thể|cá nhân|đơn vị)", re.I)
_LABEL_LEAD = re.compile(r"^[\s.)]*(?:(?:số lượng|danh hiệu|hình thức)\s*)?[\"“]?\s*$", re.I)
# what may follow the award an item is labelled with: nothing, its colon, or an
# abbreviation before the colon ("Tập thể lao động xuất sắc" (TTLĐXS): …)
_LABEL_REST = re.compile(r"^(?:\([^()\n]{1,20}\)\s*)?(?::|$)")


def _labelled_award(doc: Document, offset: int) -> str | None:
    """The award of an enclosing item or heading that names it: "- Bằng khen …: …",
    "2. Số lượng Bằng khen của Chủ tịch UBND tỉnh"."""
    for section in ancestors(doc, offset):
        head = section.heading
        if in_article(doc, offset, head.end):
            continue  # an item the outline ran on past the next article labels nothing there
        label_end = min(head.end, head.start + len(section.marker) + _LABEL_REACH)
        for m in find_mentions(doc.text, head.start, label_end):
            lead = doc.text[head.start + len(section.marker) : m.start]
            rest = doc.text[m.end : head.end].strip(' "”.')
            if m.form and _LABEL_LEAD.match(lead) and _LABEL_REST.match(rest):
                return m.form
            break
    return None


def _nearest(text: str, mentions: list[Mention], offset: int) -> str | None:
    """The award named before ``offset``, unless the count goes on to name its own:
    "… 01 tập thể đề nghị UBND tỉnh tặng Cờ thi đua và 02 tập thể đề nghị Chủ tịch
    UBND tỉnh tặng Bằng khen" — the second count is for the Bằng khen."""
    before = [m for m in mentions if m.form and m.start < offset]
    after = [m for m in mentions if m.form and m.start >= offset]
    if before and _GIVEN_TO.match(text, before[-1].end, offset):
        return before[-1].form  # "tặng Giấy khen cho 05 tập thể …": the count is its object
    if after and before:
        between = text[offset : after[0].start]
        own = _COUNT.search(between)  # the count at the offset itself
        between = between[own.end() :] if own and own.start() <= _OWN_LEAD else between
        pair = _PAIRED.match(between)  # "01 tập thể và 02 cá nhân": one count phrase
        between = between[pair.end() :] if pair else between
        if len(between) <= _OWN_REACH and _PROPOSED.search(between) and not _COUNT.search(between):
            return after[0].form
    if before:
        return before[-1].form
    return after[0].form if after else None


def award_at(doc: Document, offset: int) -> str | None:
    """The award a count or amount at ``offset`` belongs to: from the structure,
    then its clause, its sentence, and earlier sentences of its paragraph."""
    labelled = _labelled_award(doc, offset)
    if labelled:
        return labelled
    sentence = sentence_at(doc, offset, body_span(doc))
    lo = max(sentence.start, offset - _REACH)
    hi = min(sentence.end, offset + _REACH)
    start = max(lo, clause_start(doc, offset, Span(lo, hi)))
    end = doc.text.find(";", offset, hi)
    for a, b in ((start, hi if end < 0 else end), (lo, hi)):
        found = _nearest(doc.text, find_mentions(doc.text, a, b), offset)
        if found:
            return found
    para = paragraph_at(doc, offset)
    before = max(para.start, lo - 2 * _REACH)
    earlier = [m for m in find_mentions(doc.text, before, lo) if m.form]
    return earlier[-1].form if earlier else None


def award_in_clause(doc: Document, offset: int) -> str | None:
    """The award of a phrase that applies to its own clause only ("…; các trường hợp
    khác khen thưởng theo thẩm quyền, không hạn chế số lượng"): from the structure,
    then the clause, then the label its clause follows ("Danh hiệu …: xét tặng …")."""
    labelled = _labelled_award(doc, offset)
    if labelled:
        return labelled
    sentence = sentence_at(doc, offset, body_span(doc))
    start = clause_start(doc, offset, sentence)
    end = doc.text.find(";", offset, sentence.end)
    found = _nearest(
        doc.text, find_mentions(doc.text, start, sentence.end if end < 0 else end), offset
    )
    if found is None and _EXCEPTION.match(doc.text, start):
        # "… tặng Bằng khen …; mỗi huyện … Riêng các doanh nghiệp không quy định số
        # lượng": an exception to the sentence before, in its paragraph
        para = paragraph_at(doc, offset)
        earlier = find_mentions(doc.text, max(para.start, start - _REACH), start)
        return next((m.form for m in reversed(earlier) if m.form), None)
    if found or doc.text[max(sentence.start, start - 2) : start].strip() != ":":
        return found
    return _nearest(doc.text, find_mentions(doc.text, sentence.start, start), offset)
