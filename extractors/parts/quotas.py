"""Quotas: how many of an award, for whom, per what, selected by whom.

"03 tập thể và 03 cá nhân" gives two quotas; "01 tập thể hoặc 01 cá nhân"
one ``tap_the_hoac_ca_nhan``; "từ 5-10 tập thể, cá nhân" one
``tap_the_ca_nhan`` range; "(không quy định số lượng)" an unlimited one;
tables are read by :mod:`extractors.parts.quota_tables`. The award comes from
:func:`extractors.toolbox.award_context.award_at` (the enclosing "- Bằng khen của Chủ
tịch UBND tỉnh:" item first, then the clause, the sentence, the paragraph).
Counts that are conditions of a standard ("có từ 05 cá nhân trở lên") are not
quotas. The subject before the verb tells a per-unit count
("Mỗi huyện, thị xã, thành phố lựa chọn …") from a total selected by a body
("Hội đồng … xét chọn 20 tập thể …"). Rules: ``data/quota_rules.yaml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.model import Document, Quota, Span
from extractors.parts.news_page import tells_past_awards
from extractors.parts.quota_rules import (
    confers,
    count_rule,
    load_rules,
    registered,
    verb_chain_start,
)
from extractors.parts.quota_tables import table_quotas
from extractors.segment.passages import (
    ancestors,
    body_span,
    clause_start,
    load_section_titles,
    sentence_at,
)
from extractors.toolbox import occasions
from extractors.toolbox.award_catalogue import find_mentions
from extractors.toolbox.award_context import award_at, award_in_clause
from extractors.toolbox.numbers import number_words, parse_count

# --- context words -------------------------------------------------------------------------

Subject = tuple[str | None, str | None, int]

_OTHER_PARTS = re.compile(r"hình thức|số lượng|danh hiệu", re.I)
_LAST_LETTERS = re.compile(r"(?<![^\W\d_])[^\W\d_]+$")
_COUNT_REACH = 160  # a count's words before its kind noun, at most
_THE = re.compile(r"^(?:các|những)\s+", re.I)
_AT_LEAST = re.compile(r"\s*trở lên\b", re.I)
_BREAKDOWN_REACH = 120
_YEAR = re.compile(r"(?:19|20)\d\d$")
_EXAMPLES = re.compile(r"\snhư\s|\.\.\.|…")
_LABEL_MAX = 80  # "Cụm thi đua số 1: 02 tập thể" — a unit's label is short
# "05 cá nhân/01 đơn vị", "01 tập thể dẫn đầu mỗi Khối thi đua", "… của mỗi xã"
_PER_AFTER = re.compile(
    r"(?:\s*/\s*(?:0?1\s+|mỗi\s+)?|\s+(?:[^\W\d]+\s+){0,4}?(?:mỗi|từng)\s+)"
    r"(?P<u>[^\W\d][^,.;:()\n/]{0,40}?)"
    r"(?=\s*(?:[,.;:()\n]|$)|\s(?:và|hoặc|có|được|để|đề nghị)\s)"
)


def _per(subject: str) -> tuple[str | None, int] | None:
    """The unit in a subject ("Mỗi huyện, thị xã, thành phố", "các đơn vị tuyến đầu
    tham gia …") and where its marker starts, if it names one."""
    rules = load_rules()
    for pattern in (rules.per_marker, rules.per_unit):
        m = pattern.match(subject)
        if m and not rules.per_not_units.match(subject, m.end()):  # not "Mỗi năm Công ty …"
            per = subject[m.end() :]
            stop = rules.subject_stop.search(per) or rules.verb.search(per)
            per = " ".join((per[: stop.start()] if stop else per).split()).strip(" ,:")
            return per or None, m.start("m")
    return None


def _unit_label(before: str) -> tuple[str | None, int] | None:
    """A label that names one unit: "Cụm thi đua số 1:", "Ngành Y tế:"."""
    rules = load_rules()
    label = before[:-1].strip()
    if not before.endswith(":") or len(label) > _LABEL_MAX or rules.selecting_body.match(label):
        return None
    if not rules.unit_label.match(label) or find_mentions(label):
        return None
    return " ".join(label.split()), 0


def _proposer(subject: str) -> str | None:
    """The body that selects and proposes when another confers: "X (xem xét,) đề nghị
    <conferrer> tặng …" — the conferrer itself is never the selector."""
    inner = verb_chain_start(subject)
    if inner is None:
        return None
    before = subject[:inner]
    last = before[before.rfind(",") + 1 :].strip()
    return " ".join(last.split()) if load_rules().selecting_body.match(last) else None


def _subject(doc: Document, sentence: Span, start: int, count_start: int) -> Subject:
    """(per, selected_by, start of the subject) from the words before the count."""
    rules = load_rules()
    region = doc.text[start:count_start]
    verb_at = verb_chain_start(region)
    if verb_at is None:
        # "a) Mỗi huyện, thành phố: 02 tập thể và 03 cá nhân", "… mỗi huyện 02 tập thể"
        before = doc.text[sentence.start : start].rstrip()
        found = _per(before[:-1]) if before.endswith(":") and not region.strip() else None
        if found is None and not region.strip():
            found = _unit_label(before)
        if found:
            return found[0], None, sentence.start + found[1]
        found = _per(region) if region.strip() else None
        if found:
            return found[0], None, start + found[1]
        return None, None, count_start
    subject = region[:verb_at]
    cut = subject.rfind(",") + 1
    last = subject[cut:].strip()
    confers = region[verb_at:].lower().startswith("tặng")  # "Chủ tịch UBND tỉnh tặng …"
    examples = _EXAMPLES.search(subject)  # "các đơn vị như Sở Y tế, Công an tỉnh…"
    tail = rules.per_marker.match(region, verb_at)  # "… tặng Bằng khen cho mỗi huyện 02 …"
    per = (" ".join(region[tail.end() :].split()).strip(" ,:") or None) if tail else None
    if rules.selecting_body.match(last) and not confers and not examples:
        return per, " ".join(last.split()), start + cut
    proposer = _proposer(subject) if confers and not examples else None
    if proposer:  # "Ủy ban nhân dân tỉnh xem xét, đề nghị Thủ tướng Chính phủ tặng …"
        return per, proposer, start
    if per:
        return per, None, start
    found = _per(subject)
    if found:
        return found[0], None, start + found[1]
    return None, None, start


# --- normalise() ---------------------------------------------------------------------------


def normalise(match: re.Match[str]) -> list[tuple[str, int | None, int | None]]:
    """(recipient_kind, min, max) for each quota a count phrase states."""
    rules = load_rules()
    a = parse_count(match.group("a"))
    if a is None:  # number words that make no number ("trăm tập thể")
        return []
    b = parse_count(match.group("b")) if match.group("b") else a
    k1 = rules.kinds[match.group("k1").lower()]
    lo: int | None = a
    hi: int | None = b
    if match.group("bound"):
        lo, hi = (None, hi) if rules.upper.fullmatch(match.group("bound")) else (lo, None)
    k2 = rules.kinds[match.group("k2").lower()] if match.group("k2") else None
    conj = (match.group("conj") or "").lower()
    c = parse_count(match.group("c")) if match.group("c") else None
    d = parse_count(match.group("d")) if match.group("d") else c
    if k2 == k1 and c is not None and conj != "hoặc":  # "03 tập thể và 05 tập thể khác"
        return [(k1, lo, hi), (k1, None if lo is None else c, d)]
    if k2 is None or k2 == k1:
        return [(k1, lo, hi)]
    if conj == "hoặc":
        both = [x for x in (a, c) if x is not None]
        return [("tap_the_hoac_ca_nhan", min(both) if lo is not None else None, max(both))]
    if c is None:
        return [("tap_the_ca_nhan", lo, hi)]
    if match.group("bound") and lo is None:
        return [(k1, None, hi), (k2, None, d)]
    return [(k1, lo, hi), (k2, c, d)]


def _per_after(doc: Document, end: int) -> re.Match[str] | None:
    """The unit a count is per when written after it: "05 cá nhân/01 đơn vị", "01
    tập thể dẫn đầu mỗi Khối thi đua"."""
    m = _PER_AFTER.match(doc.text, end)
    return m if m and load_rules().unit_label.match(m.group("u")) else None


def _breakdown(doc: Document, offset: int) -> bool:
    """A count in brackets after a total: the "01 doanh nghiệp" of "03 tập thể (01 sở,
    ngành; 01 quận, huyện; 01 doanh nghiệp)"."""
    window = doc.text[max(0, offset - _BREAKDOWN_REACH) : offset]
    bracket = window.rfind("(")
    if bracket < 0 or ")" in window[bracket:] or "\n" in window[bracket:]:
        return False
    kinds = load_rules().kinds
    return window[:bracket].rstrip().lower().endswith(tuple(kinds))


def _not_a_count(doc: Document, m: re.Match[str]) -> bool:
    """A number word that is part of a phrase: "hằng năm tập thể", "của một cá nhân";
    the "01 đơn vị" of "05 cá nhân/01 đơn vị"; a year; a number in another cell; the
    breakdown of a total."""
    if doc.text[max(0, m.start() - 3) : m.start()].rstrip().endswith("/"):
        return True
    if _YEAR.match(m.group("a")):  # "tổng kết năm 2025 tập thể, cá nhân"
        return True
    if re.search(r"[\t\n]", doc.text[m.end("a") : m.start("k1")]):  # "1\tCờ thi đua …"
        return True  # a row number and the next cell
    if _breakdown(doc, m.start()):
        return True
    if m.group("a")[:1].isdigit() or m.group("bound"):
        return False
    before = doc.text[max(0, m.start() - 12) : m.start()].split()
    return bool(before) and before[-1].lower() in load_rules().not_after_word_number


def _is_condition(doc: Document, m: re.Match[str]) -> bool:
    """A count that is a condition of a standard, not a quota: "có từ 03 cá nhân trở
    lên đạt …", or any count of a section that is only "Tiêu chuẩn" (not "Tiêu chuẩn
    và hình thức", "Tiêu chuẩn, số lượng")."""
    if _AT_LEAST.match(doc.text, m.end()):
        return True
    standards = load_section_titles()["standards"]
    return any(
        standards.match(s.title) and not _OTHER_PARTS.search(s.title)
        for s in ancestors(doc, m.start())
    )


def _award_of(doc: Document, m: re.Match[str]) -> str | None:
    """The award a count is for: the one it names ("01 Cờ thi đua của UBND tỉnh"), else its
    context's; a count of members ("20 hội viên", "05 chi hội") only an award of its own
    clause or item — a target of the same words names none."""
    named = find_mentions(doc.text, m.start("k1"), m.start("k1") + 80)[:1]
    if named and named[0].start == m.start("k1"):
        return named[0].form
    members = load_rules().member_kinds
    if m.group("k1").lower() in members or (m.group("k2") or "").lower() in members:
        return award_in_clause(doc, m.start("a"))
    return award_at(doc, m.start("a"))


def _is_result(doc: Document, m: re.Match[str], sentence: Span, results: set[int]) -> bool:
    """A count of awards already given, not a quota: a review's or a report's totals
    ("các huyện đã khen thưởng 1.215 tập thể", "có 1.120 tập thể … được … tặng Bằng khen",
    a press report's "Dịp này, … tặng Bằng khen cho 15 tập thể" or "Năm 2023, …" in an
    article of 2024), the awards a decision's article confers ("Điều 1. Tặng Bằng khen …
    cho 06 tập thể và 14 cá nhân"), and the counts after one in the same sentence
    (``results``: the starts of sentences that gave one). A bounded count ("không quá
    02") or one per unit ("mỗi xã có 01 …") is an offer."""
    rules = load_rules()
    if m.group("bound"):
        return False
    before = doc.text[clause_start(doc, m.start(), sentence) : m.start()]
    if rules.per_word.search(before):
        return False
    if sentence.start in results or rules.result_verb.search(before):
        return True
    if not doc.is_news and confers(doc.text, m.start()):
        return True  # "Điều 1. Tặng Giấy khen … cho 04 tập thể …": an award decision confers
    if doc.is_news and tells_past_awards(doc, sentence, m.start()):
        return True
    received = rules.received.match(doc.text, m.end(), sentence.end)
    return received is not None and rules.result_has.search(before) is not None


def _unlimited_per(doc: Document, sentence: Span, offset: int) -> str | None:
    """The unit of "c) Doanh nghiệp: không quy định số lượng"."""
    start = clause_start(doc, offset, sentence)
    before = doc.text[sentence.start : start].rstrip()
    subject = doc.text[start:offset]
    if subject.strip(" (") and (found := _per(subject)):  # "Riêng các doanh nghiệp …"
        return _THE.sub("", found[0]) if found[0] else None
    if subject.strip(" (") or not before.endswith(":") or len(before) > 80:
        return None
    if find_mentions(doc.text, sentence.start, start):
        return None
    found = _per(before[:-1])
    return found[0] if found else (before[:-1].strip() or None)


def _unlimited_kind(doc: Document, sentence: Span) -> str:
    rules = load_rules()
    m = rules.for_kind.search(doc.text, sentence.start, sentence.end)
    if not m:
        return "tap_the_ca_nhan"
    k1 = rules.for_kinds[m.group("k1").lower()]
    k2 = rules.for_kinds[m.group("k2").lower()] if m.group("k2") else k1
    if k1 == k2:
        return k1
    return "tap_the_hoac_ca_nhan" if m.group("conj") == "hoặc" else "tap_the_ca_nhan"


# --- validate() ----------------------------------------------------------------------------


def validate(quota: Quota) -> bool:
    """A quota needs an award and coherent counts."""
    if quota.unlimited:
        return quota.min is None and quota.max is None
    if quota.min is None and quota.max is None:
        return False
    return quota.min is None or quota.max is None or 0 < quota.min <= quota.max <= 10000


# --- entry point ---------------------------------------------------------------------------


def _in_tables(tables: list[Quota], offset: int) -> bool:
    return any(q.evidence.start <= offset < q.evidence.end for q in tables)


def _counts(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``count.finditer(text, start, end)``, tried only just before a kind noun: a
    count phrase ends its first part with one ("… 03 tập thể"), and its words before
    it are short, so where no kind noun follows nothing is tried."""
    rules = load_rules()
    pos = start
    while True:
        kind = rules.kind_word.search(text, pos, end)
        if kind is None:
            return
        m = None
        if _counted(text, pos, kind.start()):
            m = rules.count.search(text, max(pos, kind.start() - _COUNT_REACH), kind.end())
        if m is None:
            pos = kind.start() + 1
            continue
        m = rules.count.match(text, m.start(), end)  # the whole phrase, "… và 05 cá nhân"
        if m is None:  # cannot happen: the shorter phrase matched there
            return
        yield m
        pos = m.end()


def _counted(text: str, floor: int, at: int) -> bool:
    """The word before ``at`` (past the spaces) can end a count: digits, a bracket
    ("02 (hai)"), a number word."""
    end = at
    while end > floor and text[end - 1].isspace():
        end -= 1
    if end == at:
        return False
    begin = end
    while begin > floor and not text[begin - 1].isspace():
        begin -= 1
    word = text[begin:end].lower()
    if word[-1:].isdigit() or word.endswith(")"):
        return True
    letters = _LAST_LETTERS.search(word)  # "“hai": a quote before the word
    return letters is not None and letters.group(0) in number_words()


def _count_quotas(doc: Document, body: Span, tables: list[Quota]) -> list[Quota]:
    out: list[Quota] = []
    results: set[int] = set()
    for m in _counts(doc.text, body.start, body.end):
        if _not_a_count(doc, m) or _is_condition(doc, m) or _in_tables(tables, m.start()):
            continue
        sentence = sentence_at(doc, m.start(), body)
        if _is_result(doc, m, sentence, results):
            results.add(sentence.start)
            continue
        award = _award_of(doc, m)
        if award is None or registered(doc, m, sentence, award):
            continue
        start = clause_start(doc, m.start(), sentence)
        per, selected_by, subject_start = _subject(doc, sentence, start, m.start())
        end = m.end()
        after = _per_after(doc, end)  # "05 cá nhân/01 đơn vị"
        if after:
            per, end = per or doc.text[after.start("u") : after.end("u")], after.end()
        evidence = doc.evidence(min(subject_start, m.start()), end, count_rule(m))
        for kind, lo, hi in normalise(m):
            quota = Quota(award, kind, lo, hi, False, per, selected_by, evidence)
            if validate(quota):
                out.append(quota)
    return out


def _unlimited_quotas(doc: Document, body: Span, tables: list[Quota]) -> list[Quota]:
    rules = load_rules()
    out: list[Quota] = []
    for m in rules.unlimited.finditer(doc.text, body.start, body.end):
        award = award_in_clause(doc, m.start())
        if award is None or _in_tables(tables, m.start()):
            continue
        sentence = sentence_at(doc, m.start(), body)
        per = _unlimited_per(doc, sentence, m.start())
        evidence = doc.evidence(m.start(), m.end(), "quota.unlimited")
        quota = Quota(award, _unlimited_kind(doc, sentence), None, None, True, per, None, evidence)
        if validate(quota):
            out.append(quota)
    return out


def extract(doc: Document) -> list[Quota]:
    """Every quota the plan states, in text order."""
    body = body_span(doc)
    tables = table_quotas(doc, body)
    out = [*_count_quotas(doc, body, tables), *_unlimited_quotas(doc, body, tables), *tables]
    for quota in out:
        quota.occasion = occasions.at(doc, quota.evidence.start, quota.evidence.end)
    return sorted(out, key=lambda q: q.evidence.start)
