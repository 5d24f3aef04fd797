"""Award forms: the titles and forms of commendation a plan offers.

Read from the plan's "Hình thức" section when it has one, read whole: the
award each item opens with (label as written), the awards its running text
names, and those of the items it groups ("1. Khen thưởng cấp Nhà nước" over
"a) Huân chương …"); otherwise from the award sentences of its award sections,
or of the whole body for a press article ("đề nghị Chủ tịch Liên hiệp hội
tặng Giấy khen, Chủ tịch UBND tỉnh tặng Bằng khen", "bình xét danh hiệu “Lao
động tiên tiến”"). The awards a document's other sentences give are added (a
chỉ thị's or guidance letter's "đề nghị Chính phủ tặng Cờ thi đua, Thủ tướng
Chính phủ tặng Bằng khen", with the titles joined to one given). An award
received before ("các tập thể đã được tặng …") or merely named in passing
elsewhere is not a form the plan offers. ``conferrer`` comes from the
label ("của Thủ tướng Chính phủ") or from a sentence saying who confers it
("đề nghị Chủ tịch Nước tặng Huân chương"); ``standard`` from the
"Tiêu chuẩn" item of the same award.
"""

from __future__ import annotations

import re

from extractors.model import AwardForm, Document, Section, Span
from extractors.parts import award_damaged
from extractors.parts.news_page import tells_past_awards
from extractors.parts.quota_rules import load_rules as quota_words
from extractors.segment.passages import (
    articles,
    body_span,
    children,
    item_body,
    load_section_titles,
    sentence_at,
    titled,
)
from extractors.toolbox.award_catalogue import Mention, find_mentions, form_by, giver_before
from extractors.toolbox.names import body_case

# --- named patterns ------------------------------------------------------------------------

# given by the text: "… tặng", a decision's "Tặng thưởng", "trao tặng", "Công nhận danh hiệu"
_GIVEN = re.compile(
    r"\b(?:tặng(?:\s+thưởng)?|trao\s+tặng|truy\s+tặng|công\s+nhận(?:\s+danh\s+hiệu)?"
    r"|(?:đề\s+nghị\s+)?khen\s+thưởng|đề\s+nghị)\s+$",
    re.IGNORECASE,
)
_GIVEN_REACH = 30
# a title a document's unit aims at, named right after "đạt" ("05 đồng chí đạt Chiến sĩ thi
# đua cơ sở"): offered like one given (a press report's "đạt" tells what was reached)
_AIMED = re.compile(r"\bđạt\s+[\"“]?$", re.IGNORECASE)
# … said as a target: its clause counts who aims ("02 tổ", "100% giáo viên", "04 đồng chí")
# or says it aims ("phấn đấu", "đăng ký", "chỉ tiêu"); "Nhiều tập thể đạt …" tells a result
_TARGET_CUE = re.compile(
    r"(?:phấn đấu|đăng ký|chỉ tiêu|giữ vững|(?<![\d/.,])\d{1,3}(?:[.,]\d+)?\s*(?:%|[^\W\d_]))"
    r"[^.;:\n]*$",
    re.IGNORECASE,
)
_CUE_REACH = 80
# the articles of a decision: the forms it grants are read from them when nothing else names one
_ARTICLE = re.compile(r"(?m)^[ \t]*Điều[ ]+1[.:]?[ ]")
# an emulation title offered by name: "bình xét danh hiệu “Lao động tiên tiến”",
# or quoted after another quoted title ("danh hiệu “Lao động tiên tiến”, “Chiến sĩ …”")
_TITLE = re.compile(
    r"(?:\bdanh hi[ệe]u\s*|[\"”],?\s*(?:(?:v[àa]|ho[ặa]c)\s+)?)[\"“]?$", re.IGNORECASE
)
# an award received before ("đã được Chính phủ tặng Cờ thi đua") is not one offered; one
# that "sẽ được" given is; a title a document's unit aims at ("02 tổ đạt danh hiệu Tập thể
# lao động tiên tiến", "phấn đấu đạt danh hiệu …") is offered, one a press report says was
# reached ("có 20 tập thể đạt danh hiệu …") is not
_RECEIVED = re.compile(
    r"\b(?:(?<!sẽ )được(?!\s+(?:đề nghị|xét|xem xét))|đã|(?P<reached>đạt)|(?<!công )nhận)\s+"
    r"(?:[^\s,.;:]+\s+){0,4}?(?:tặng\s+)?[\"“]?$",
    re.I,
)
# the award of a cited document: "Quyết định số 15/QĐ-UBND về việc tặng Bằng khen …"
_CITED = re.compile(r"\b(?:về việc|V/v)\b[^.;:\n]{0,40}$", re.IGNORECASE)
# what may stand before the award an item opens with: a dash, a quote, "Danh hiệu",
# or "(Đề nghị) Thủ tướng Chính phủ tặng"
_LEAD = re.compile(
    r"^[\s\-+•*\"“]*(?:(?:danh hiệu|tặng|hình thức)\s*[\"“]?\s*)?$"
    r"|^[\s\-+•*]*(?:đề nghị\s+)?[^:;.\n]{0,60}\btặng\s+$",
    re.IGNORECASE,
)
# where the label of a listed award ends
_LABEL_CUT = re.compile(r"[:;\"”\n]|\s\(|\s(?:tặng|cho|để|đối với|do|xét)\s")
_GROUP_REACH = 60  # "a) Khen thưởng cấp Nhà nước:" before the awards it groups
# (also as a copy without diacritics writes them: "va", "hoac")
_JOINED = re.compile(r"^[\s,;\"“”]*(?:v[àa]|ho[ặa]c)?[\s\"“”]*$")
_GIVES = re.compile(r"\stặng\s")
_LABEL_TRIM = re.compile(r"(?:[\s.;,\"”]|\svà)+$")

# --- context words -------------------------------------------------------------------------


def _received(doc: Document, text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the words before an award (``text[start:end]``) say it was received before:
    "đạt" only in a press report or where no target is said."""
    m = _RECEIVED.search(text, start, len(text) if end is None else end)
    if m is None or m.group("reached") is None:
        return m is not None
    return doc.is_news or not _aims(text, m.start())


def _aims(text: str, at: int) -> bool:
    """Whether the clause before "đạt" at ``at`` says a unit aims at the title; not when it
    selects among those who reached it ("bình xét từ 5-10 cá nhân đạt danh hiệu …": a
    condition of another award)."""
    start = max(0, at - _CUE_REACH)
    start = max(start, *(text.rfind(stop, start, at) + 1 for stop in ".;:\n"))
    cue = _TARGET_CUE.search(text, start, at)
    return cue is not None and quota_words().verb.search(text, start, at) is None


def _first_line(doc: Document, span: Span) -> Span:
    end = doc.text.find("\n", span.start, span.end)
    return Span(span.start, span.end if end < 0 else end)


def _lead_mention(doc: Document, span: Span) -> Mention | None:
    """The award an item opens with, if any."""
    for m in find_mentions(doc.text, span.start, span.end):
        lead = doc.text[span.start : m.start]
        if m.form and _LEAD.match(lead) and not _received(doc, lead):  # "đã được tặng"
            return m
        break
    return None


def _label(doc: Document, m: Mention, limit: int) -> Span:
    """The award's words as the list writes them: up to a colon, a quote or "tặng …"."""
    cut = _LABEL_CUT.search(doc.text, m.end, limit)
    end = cut.start() if cut else limit
    trail = _LABEL_TRIM.search(doc.text, m.start, end)
    return Span(m.start, max(m.end, trail.start() if trail else end))


def _giver_in_item(doc: Document, colon: int, end: int) -> str | None:
    """Who confers, when the item says it after its colon ("…: đề nghị Chủ tịch nước
    tặng 01 tập thể")."""
    if colon < 0:
        return None
    gives = _GIVES.search(doc.text, colon, end)
    if gives is None:
        return None
    return giver_before(doc.text, gives.end(), colon + 1)[0]


def _lead_forms(doc: Document, span: Span) -> list[AwardForm]:
    """The awards an item of the list opens with: "- Huân chương Lao động hạng Ba;",
    "a) Cấp Nhà nước: Huân chương …, Bằng khen …", several joined by "," or "và"."""
    first = _lead_mention(doc, span)
    grouped = doc.text.find(":", span.start, min(span.end, span.start + _GROUP_REACH))
    if first is None and grouped >= 0:  # "a) Cấp Nhà nước: Huân chương …, Bằng khen …"
        span = Span(grouped + 1, span.end)
        first = _lead_mention(doc, span)
    if first is None:
        return []
    colon = doc.text.find(":", first.start, span.end)
    head_end = colon if colon >= 0 else span.end
    # "Bằng khen của Bộ trưởng … và Huân chương Lao động hạng Ba: …",
    # "Danh hiệu "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở" và …" name several
    named = [first]
    for m in find_mentions(doc.text, first.end, head_end):
        gap = doc.text[_label(doc, named[-1], m.start).end : m.start]
        if m.form is None or not _JOINED.match(gap):
            break
        named.append(m)
    forms = []
    for m, nxt in zip(named, [*named[1:], None], strict=True):
        label = _label(doc, m, nxt.start if nxt else span.end)
        conferrer = m.conferrer or _giver_in_item(doc, colon, span.end)
        evidence = doc.evidence(label.start, label.end, "award.list")
        forms.append(AwardForm(m.form or "", evidence.quote, conferrer, None, evidence))
    return forms


def _offered(doc: Document, span: Span) -> list[AwardForm]:
    """Every award the running text of a list item names, except those received
    before ("trong số các tập thể được tặng Cờ thi đua …")."""
    forms = []
    for m in find_mentions(doc.text, span.start, span.end):
        if m.form and not _received(doc, doc.text, max(0, m.start - 60), m.start):
            evidence = doc.evidence(m.start, m.end, "award.list_text")
            forms.append(AwardForm(m.form, evidence.quote, m.conferrer, None, evidence))
    return forms


def _listed(doc: Document, section: Section) -> list[AwardForm]:
    """The forms of a "Hình thức" section: the award each item opens with, the awards
    its own text names, and those of its sub-items ("1. Khen thưởng cấp Nhà nước"
    grouping "a) Huân chương …", "b) Cờ thi đua của Chính phủ …")."""
    items = children(doc, section)
    if not items:  # "Hình thức khen thưởng: Bằng khen …, Giấy khen …" on one line
        content = Span(section.heading.start + len(section.marker), section.span.end)
        spans = [Span(m.start, m.end) for m in find_mentions(doc.text, content.start, content.end)]
        return [f for span in spans for f in _lead_forms(doc, span)]
    forms = []
    for item in items:
        body = item_body(doc, item)
        below = children(doc, item)
        own = Span(body.start, max(body.start, below[0].span.start) if below else body.end)
        forms.extend(_lead_forms(doc, _first_line(doc, body)))
        forms.extend(_offered(doc, own))
        if below:
            forms.extend(_listed(doc, item))
    return forms


def _outside(spans: list[Span], holes: list[Section]) -> list[Span]:
    """The parts of ``spans`` no section of ``holes`` covers."""
    out = []
    for span in spans:
        start = span.start
        for hole in sorted((h.span for h in holes if span.contains(h.span)), key=lambda h: h.start):
            if hole.start > start:
                out.append(Span(start, hole.start))
            start = max(start, hole.end)
        if not any(h.span.contains(span) for h in holes) and start < span.end:
            out.append(Span(start, span.end))
    return out


def _item_leads(doc: Document, spans: list[Span]) -> list[AwardForm]:
    """The awards items of ``spans`` open with: "- Bằng khen của Chủ tịch UBND tỉnh:
    02 tập thể" in a "Số lượng" section beside the list."""
    items = [s for s in doc.sections if any(span.contains(s.span) for span in spans)]
    return [f for s in items for f in _lead_forms(doc, _first_line(doc, item_body(doc, s)))]


def _article_forms(doc: Document, content: Span) -> list[AwardForm]:
    """The forms a regulation's article lists ("Điều 6. Hình thức khen thưởng" over "1. Giấy
    khen của Tổng Giám đốc Công ty."): the award each of its items opens with (the outline
    runs an article's last item on to the next article's), else those its text names."""
    items = [s for s in doc.sections if content.start <= s.heading.start < content.end]
    if not items:
        return _in_prose(doc, [content])
    return [f for s in items for f in _lead_forms(doc, _first_line(doc, item_body(doc, s)))]


def _in_prose(doc: Document, spans: list[Span], given_only: bool = False) -> list[AwardForm]:
    """The awards the sentences of ``spans`` give ("Giám đốc Sở tặng Giấy khen",
    "danh hiệu “Lao động tiên tiến”"), or name with their conferrer unless
    ``given_only``."""
    forms = []
    for span in spans:
        last = -1  # end of the last award taken: "tặng Bằng khen và Kỷ niệm chương …",
        # "danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở, …" give each award they join
        for m in find_mentions(doc.text, span.start, span.end):
            given = bool(_GIVEN.search(doc.text, max(0, m.start - _GIVEN_REACH), m.start)) or (
                m.head is None and bool(_TITLE.search(doc.text, max(0, m.start - 14), m.start))
            )
            given = given or (last >= 0 and bool(_JOINED.match(doc.text[last : m.start])))
            aimed = _AIMED.search(doc.text, max(0, m.start - 12), m.start)
            given = given or (
                not doc.is_news and aimed is not None and _aims(doc.text, aimed.start())
            )
            received = _received(doc, doc.text, max(0, m.start - 60), m.start) or (
                _CITED.search(doc.text, max(0, m.start - 60), m.start)
            )
            if m.form is None or not (given or (m.conferrer and not given_only)) or received:
                continue
            if doc.is_news and tells_past_awards(doc, sentence_at(doc, m.start, span), m.start):
                continue  # handed out at the reported event, or in a past year
            label = doc.text[m.start : m.end]
            evidence = doc.evidence(m.start, m.end, "award.prose")
            forms.append(AwardForm(m.form, label, m.conferrer, None, evidence))
            last = m.end
    return forms


def _granted_by_issuer(doc: Document, span: Span) -> list[AwardForm]:
    """A generic award a decision's articles grant without naming who confers it ("Điều 1.
    Tặng Cờ thi đua cho 05 tập thể …"): the decision's title names it ("Về việc tặng Cờ
    thi đua của UBND tỉnh"), or the decision's issuer confers it."""
    title = doc.blocks.title
    named = find_mentions(doc.text, title.start, title.end) if title else []
    issuer = doc.header_cells.issuer
    words = body_case(" ".join(doc.text[issuer.start : issuer.end].split())) if issuer else ""
    forms = []
    for m in find_mentions(doc.text, span.start, span.end):
        before = doc.text[max(span.start, m.start - _GIVEN_REACH) : m.start]
        if m.form is not None or m.head is None or not _GIVEN.search(before):
            continue
        same = next((t for t in named if t.form and t.head == m.head), None)
        form, conferrer = (same.form, same.conferrer) if same else form_by(m.head, words)
        if form is not None:
            evidence = doc.evidence(m.start, m.end, "award.granted_by_issuer")
            forms.append(AwardForm(form, evidence.quote, conferrer, None, evidence))
    return forms


def _standards(doc: Document) -> dict[str, str]:
    """The "Tiêu chuẩn" text of each award that has an item of its own."""
    out: dict[str, str] = {}
    for section in titled(doc, "standards"):
        for item in children(doc, section):
            body = item_body(doc, item)
            m = _lead_mention(doc, body)
            if m is None or m.form is None:
                continue
            colon = doc.text.find(":", m.end, m.end + 3)
            if colon >= 0:
                out.setdefault(m.form, " ".join(doc.text[colon + 1 : body.end].split()))
    return out


def _stated_conferrers(doc: Document) -> list[Mention]:
    body = body_span(doc)
    return [m for m in find_mentions(doc.text, body.start, body.end) if m.conferrer]


def _outermost(doc: Document, kind: str = "forms") -> list[Section]:
    """The ``kind`` sections no other one holds: "IV. HÌNH THỨC, TIÊU CHUẨN …" is
    read whole, its "1. Hình thức khen thưởng" and "3. Danh hiệu thi đua" included;
    "III. KHEN THƯỞNG" whole, not only its "1. Danh hiệu …" item."""
    pattern = load_section_titles()[kind]
    found = [s for s in doc.sections if pattern.match(s.title)]
    return [s for s in found if not any(o is not s and o.span.contains(s.span) for o in found)]


# --- normalise() ---------------------------------------------------------------------------


def normalise(forms: list[AwardForm], doc: Document) -> list[AwardForm]:
    """One form per id (the first), with conferrers and standards filled in."""
    seen: dict[str, AwardForm] = {}
    for form in forms:
        seen.setdefault(form.form, form)
    stated = _stated_conferrers(doc)
    standards = _standards(doc)
    for form in seen.values():
        if form.conferrer is None:
            head = form.label.split()[:2]
            for m in stated:
                same_head = m.form is None and m.head and m.head.split() == head
                if m.form == form.form or same_head:
                    form.conferrer = m.conferrer
                    break
        form.standard = standards.get(form.form)
    return list(seen.values())


# --- validate() ----------------------------------------------------------------------------


def validate(form: AwardForm) -> bool:
    return bool(form.label) and form.evidence.quote == form.label


# --- entry point ---------------------------------------------------------------------------


def extract(doc: Document) -> list[AwardForm]:
    """The award forms the plan offers, in the order it lists them; read from a restored
    copy of a text that lost its diacritics."""
    if award_damaged.is_damaged(doc.text):
        return award_damaged.extract(doc, _read)
    return _read(doc)


def _read(doc: Document) -> list[AwardForm]:
    forms: list[AwardForm] = []
    listed = _outermost(doc)
    for section in listed:
        forms.extend(_listed(doc, section))
    for _, content in articles(doc, "forms"):  # a regulation's "Điều 6. Hình thức khen thưởng"
        forms.extend(_article_forms(doc, content))
    if forms:  # "2. Giám đốc Sở tặng Giấy khen cho 05 tập thể" beside the list
        outside = _outside([s.span for s in _outermost(doc, "awards")], listed)
        forms.extend(_in_prose(doc, outside, given_only=True))
        forms.extend(_item_leads(doc, outside))
    if not forms:
        spans = [s.span for s in _outermost(doc, "awards")] if doc.sections else []
        if doc.is_news or not doc.sections:
            spans = [body_span(doc)]
        forms = _in_prose(doc, spans)
    if not forms and doc.sections:  # no section titled for awards: items that open with one
        forms = _item_leads(doc, [body_span(doc)])
    body = body_span(doc)
    if not forms and not doc.is_news:
        # no award section: the awards the body gives — a decision's "Điều 1. Tặng thưởng Cờ
        # thi đua …", a chỉ thị's or letter's "đề nghị Chính phủ tặng Cờ thi đua, Thủ tướng
        # Chính phủ tặng Bằng khen"
        forms = _in_prose(doc, [body], given_only=True)
    if not forms and _ARTICLE.search(doc.text, body.start, body.end):
        forms = _granted_by_issuer(doc, body)
    elif forms and not doc.is_news:
        # and the awards given in the body's other sections ("IV. TỔ CHỨC THỰC HIỆN … đề
        # nghị Chủ tịch nước tặng Huân chương Lao động")
        read = [*listed, *_outermost(doc, "awards")]
        forms.extend(_in_prose(doc, _outside([body], read), given_only=True))
    header = doc.blocks.header
    if not forms and not doc.sections and header is not None:  # a one-line text read as header
        forms = _in_prose(doc, [Span(header.start, body_span(doc).end)])
    return [f for f in normalise(forms, doc) if validate(f)]
