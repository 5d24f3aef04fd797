"""Cited documents: type, normalised number, date and issuer.

"Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ",
"Nghị định số 91/2017/NĐ-CP", party documents ("Chỉ thị số 34-CT/TW",
"Hướng dẫn số 05-HD/BTGTU"), HĐND resolutions ("Nghị quyết số
05/2023/NQ-HĐND"), several documents in one phrase ("Quyết định số
12/QĐ-UBND ngày … và số 13/QĐ-UBND ngày … của UBND tỉnh": the issuer named
once is the issuer of each), numbers spaced or wrapped ("1497/QĐ - TTg") and
laws cited by name and date ("Luật Thi đua, khen thưởng ngày 15 tháng 6 năm
2022"; in the preamble also without a date). Citations in the title and the
preamble are the plan's ``legal_basis``; the others are ``references``, each
cited document once (its first citation, completed by later ones). A document of the
basis cited again in a decision's or regulation's article ("Điều 3. … theo Nghị định số
98/2023/NĐ-CP …") is a reference as well.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractors.model import Citation, Document, Span
from extractors.parts import citation_damaged as damaged
from extractors.parts import header
from extractors.parts.citation_basis import basis_lines, basis_sections, basis_spans, in_basis
from extractors.parts.citation_rules import GAP, NUMBER, known_law_dates, law_key, load_rules
from extractors.segment.passages import in_article
from extractors.toolbox.data_files import load_known_issuers
from extractors.toolbox.dates import find_dates, partial_year
from extractors.toolbox.doc_numbers import squeeze
from extractors.toolbox.names import body_case, squash

RULE_NUMBERED = "citation.numbered"
RULE_NAMED_LAW = "citation.named_law"
# a law dated by its year from known_laws.yaml; a law of the same name cited by its date only
RULE_LAW_BY_YEAR = "citation.named_law:by_year"
RULE_LAW_AGAIN = "citation.named_law:law_again"

# --- named patterns ------------------------------------------------------------------------

# what joins a second number to the first: ", số 13/QĐ-UBND", " và số 13/QĐ-UBND"
_CONTINUATION = re.compile(rf"(?:[ ]*[,;][ ]*|[ ]+và[ ]+)(?:các[ ]+)?(?:số[ ]*)?(?P<num>{NUMBER})")
# the longest issuer read up to a stop word
_ISSUER_MAX = 120
_DATE_LEAD = re.compile(rf"[ ,]*\n?[ ]*(?:ban hành{GAP})?ngày{GAP}", re.IGNORECASE)
_OF = re.compile(rf"[ ,]*\n?[ ]*của{GAP}", re.IGNORECASE)
# "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số …": the proposer
# (or in brackets after the proposer: "đề nghị của X (Tờ trình số …) và Y (Tờ trình số …)")
_PROPOSER = re.compile(
    r"(?:đề nghị của|\)[ ]+và)[ ]+(?P<who>[^\n,;()]{3,80}?)(?:[ ]+tại[ ]+(?:các[ ]+)?|[ ]*\([ ]*)$",
    re.IGNORECASE,
)
# a law's name that holds its number or date is cited by number, or was read with its date
_DATED_OR_NUMBERED = re.compile(r"\b(?:số[ ]*:?[ ]*\d|ngày[ ]+\d)")
# --- context words -------------------------------------------------------------------------


def _read_issuer(text: str, pos: int) -> tuple[str, int] | None:
    """The issuer named at ``pos`` (after "của") and where it ends; joint issuers
    ("Bộ Nội vụ và Bộ Tài chính") read together."""
    first = _read_one_issuer(text, pos)
    if first is None:
        return None
    joint = load_rules().joint.match(text, first[1])
    second = _read_one_issuer(text, joint.end()) if joint else None
    if second is None:
        return first
    return squash(text[pos : second[1]]), second[1]


def _read_one_issuer(text: str, pos: int) -> tuple[str, int] | None:
    """One issuer at ``pos``: a known issuer read whole ("Bộ Giáo dục và Đào tạo"),
    or a head and a field of the State ("Sở Giáo dục và Đào tạo tỉnh Thanh Hóa"),
    whichever is longer; else the words up to a stop word."""
    rules = load_rules()
    window_end = min(len(text), pos + _ISSUER_MAX)
    stop = rules.issuer_stop.search(text, pos, window_end)
    best = stop.start() if stop else (len(text) if window_end == len(text) else pos)
    for pattern in (rules.known_issuer, rules.issuer_field):
        m = pattern.match(text, pos)
        if m and m.end() > best:
            best = m.end()
    issuer = squash(text[pos:best])
    return (issuer, best) if len(issuer) >= 2 else None


def _read_date(text: str, pos: int) -> tuple[str | None, int]:
    """A date introduced by "ngày" right at ``pos``: its ISO form and its end."""
    lead = _DATE_LEAD.match(text, pos)
    if not lead:
        return None, pos
    found = next(find_dates(text, lead.end(), min(len(text), lead.end() + 60)), None)
    if found is None or found.start != lead.end() or found.iso is None:
        return None, pos
    return found.iso, found.end


def _proposer(text: str, start: int) -> tuple[str, int] | None:
    """Before a Tờ trình: the proposer named in "đề nghị của … tại", and where it starts."""
    window_start = max(0, start - 120)
    m = _PROPOSER.search(text[window_start:start])
    if m is None:
        return None
    return squash(m.group("who")), window_start + m.start()


def _complete_issuer(issuer: str) -> str:
    """Complete an issuer cut short ("Thủ tướng Chính" → "Thủ tướng Chính phủ")."""
    words = issuer.split()
    candidates = [
        known
        for known in load_known_issuers()
        if known.lower() != issuer.lower()
        and known.lower().startswith(issuer.lower())
        and len(known.split()) <= len(words) + 1
    ]
    return candidates[0] if len(candidates) == 1 else issuer


# --- normalise() ---------------------------------------------------------------------------


def normalise_number(raw: str) -> str:
    """Number as printed without spaces: "01 /KH-UBND" → "01/KH-UBND"; the
    look-alike "Ð" (U+00D0) some converters type for "Đ" written as "Đ", an en dash
    typed by autocorrect as the hyphen; the hyphen a PDF text layer lost between a type
    code and an issuer code put back ("91/2017/NĐCP" → "91/2017/NĐ-CP")."""
    return load_rules().lost_hyphen.sub(r"/\g<code>-\g<issuer>", squeeze(raw))


def normalise_issuer(doc: Document, number: str, issuer: str | None) -> str | None:
    """The issuer completed when a break cut it short, or named for the signer's code
    ("…/QĐ-TTg" is the Prime Minister's, "của Chính phủ" though it says); logged."""
    if not issuer:
        return None
    completed = _complete_issuer(body_case(issuer))  # an upper-case title's "CỦA ỦY BAN …"
    code = re.split(r"[-/]", number)[-1]
    completed = load_rules().issuer_of_code.get((code, completed.lower()), completed)
    if completed != issuer:
        doc.repairs.append(f"citation {number}: issuer {issuer!r} completed to {completed!r}")
    return completed


# --- validate() ----------------------------------------------------------------------------


def validate(citation: Citation) -> bool:
    """A citation names a document: by a number with a slash, or a law by its name."""
    if citation.number:
        return "/" in citation.number
    return citation.title is not None and len(citation.title.split()) >= 2


# --- entry points --------------------------------------------------------------------------


@dataclass
class _Found:
    doc_type: str
    number: str
    start: int
    end: int
    date: str | None = None
    issuer: str | None = None


def _tail(text: str, item: _Found) -> None:
    """Read the date and the issuer that follow ``item``'s number (either order)."""
    item.date, item.end = _read_date(text, item.end)
    of = _OF.match(text, item.end)
    if of:
        read = _read_issuer(text, of.end())
        if read:
            item.issuer, item.end = read
            if item.date is None:
                item.date, item.end = _read_date(text, item.end)


def _group(text: str, m: re.Match[str]) -> list[_Found]:
    """One citation and the numbers joined to it ("… và số 13/QĐ-UBND …")."""
    doc_type = load_rules().types[squash(m.group("type")).lower()]
    group = [_Found(doc_type, normalise_number(m.group("num")), m.start(), m.end())]
    _tail(text, group[0])
    while True:
        more = _CONTINUATION.match(text, group[-1].end)
        if not more:
            break
        item = _Found(doc_type, normalise_number(more.group("num")), more.start("num"), more.end())
        _tail(text, item)
        group.append(item)
    shared = group[-1].issuer or (squash(m.group("who")) if m.group("who") else None)
    for item in group:
        item.issuer = item.issuer or shared
    return group


def _numbered(doc: Document) -> list[Citation]:
    out = []
    pos = 0
    pattern = load_rules().numbered
    while (m := pattern.search(doc.text, pos)) is not None:
        group = _group(doc.text, m)
        pos = group[-1].end
        for item in group:
            start, issuer = item.start, item.issuer
            if issuer is None:
                proposer = _proposer(doc.text, item.start)
                if proposer:
                    issuer, start = proposer
            out.append(
                Citation(
                    doc_type=item.doc_type,
                    number=item.number,
                    date=item.date,
                    issuer=normalise_issuer(doc, item.number, issuer),
                    title=None,
                    evidence=doc.evidence(start, item.end, RULE_NUMBERED),
                )
            )
    return out


def _named(doc: Document, lines: list[Span]) -> list[Citation]:
    """Laws cited by name: with a date anywhere, without one in the basis (preamble, a
    basis section, basis lines; one law a bullet)."""
    rules = load_rules()
    out = []
    for m in rules.named.finditer(doc.text):
        date, end = _read_date(doc.text, m.end("num") if m.group("num") else m.end("title"))
        title = m.group("title")
        if _DATED_OR_NUMBERED.search(title) or rules.not_law.search(title):
            continue
        if date is not None:
            out.append(law := _law(doc, m, date, m.start("type"), end))
            out.extend(_laws_again(doc, law, end))
        elif (partial := _partial_law(doc, m)) is not None:
            out.append(partial)
    blocks = (doc.blocks.preamble, *basis_sections(doc), *lines)
    spans = [s for s in blocks if s is not None]
    seen: set[int] = set()
    for span in spans:
        for m in rules.named_undated.finditer(doc.text, span.start, span.end):
            if m.start("type") in seen:
                continue
            seen.add(m.start("type"))
            if not _DATED_OR_NUMBERED.search(m.group("title")):
                end = m.end("num") if m.group("num") else m.end("title")
                out.extend(_by_year(doc, _law(doc, m, None, m.start("type"), end), m))
    return out


def _by_year(doc: Document, law: Citation, m: re.Match[str]) -> list[Citation]:
    """A law cited by its year only ("Luật Thi đua, khen thưởng năm 2022") dated from the
    catalogue of laws (data/known_laws.yaml), the year quoted and said in the notes; the
    years of amending laws named once ("… năm 2005, 2013") are one law each."""
    years = list(re.finditer(r"\d{4}", m.group("year") or ""))
    dates = [known_law_dates().get((law_key(law.title or ""), y.group(0))) for y in years]
    if not years or None in dates:
        return [law]
    out = []
    for i, (year, date) in enumerate(zip(years, dates, strict=True)):
        doc.notes.append(f"legal basis: {law.title} năm {year.group(0)} dated {date} (known_laws)")
        start = law.evidence.start if i == 0 else m.start("year") + year.start()
        end = m.end("year") if i == len(years) - 1 else m.start("year") + year.end()
        evidence = doc.evidence(start, end, RULE_LAW_BY_YEAR)
        out.append(replace(law, date=date, evidence=evidence))
    return out


def _partial_law(doc: Document, m: re.Match[str]) -> Citation | None:
    """A law whose date lost its day or month ("Luật Thi đua, khen thưởng ngày 15 tháng năm
    2022", a preview that dropped the one-digit month): dated from the catalogue of laws by
    its name and year, or not read; the date is never made up from the text's pieces."""
    lead = _DATE_LEAD.match(doc.text, m.end("num") if m.group("num") else m.end("title"))
    found = partial_year(doc.text, lead.end()) if lead else None
    if found is None:
        return None
    year, end = found
    law = _law(doc, m, None, m.start("type"), end)
    date = known_law_dates().get((law_key(law.title or ""), str(year)))
    if date is None:
        return None
    doc.notes.append(
        f"legal basis: {law.title}, a date without its day or month, dated {date} "
        "by its year (known_laws)"
    )
    return replace(law, date=date, evidence=doc.evidence(m.start("type"), end, RULE_LAW_BY_YEAR))


def _laws_again(doc: Document, law: Citation, end: int) -> list[Citation]:
    """The laws of the same name cited by their dates only after ``law``: "Luật sửa đổi …
    ngày 14/6/2005 và ngày 16/11/2013" is two amending laws."""
    out = []
    while (again := load_rules().law_again.match(doc.text, end)) is not None:
        at = again.start() + again.group(0).index("ngày")
        date, date_end = _read_date(doc.text, at)
        if date is None:
            break
        evidence = doc.evidence(at, date_end, RULE_LAW_AGAIN)
        out.append(replace(law, date=date, evidence=evidence))
        end = date_end
    return out


def _law(doc: Document, m: re.Match[str], date: str | None, start: int, end: int) -> Citation:
    rules = load_rules()
    return Citation(
        doc_type=rules.named_types[m.group("type").lower()],
        number=normalise_number(m.group("num")) if m.group("num") else None,
        date=date,
        issuer=None,
        title=squash(f"{m.group('type')} {rules.law_tail.split(m.group('title'))[0]}"),
        evidence=doc.evidence(start, end, RULE_NAMED_LAW),
    )


def _all(doc: Document, lines: list[Span]) -> list[Citation]:
    """Every citation in the text, in order of appearance (``lines``: the basis lines)."""
    found = [c for c in _numbered(doc) + _named(doc, lines) if validate(c)]
    starts = {c.evidence.start for c in found}
    found += [c for c in damaged.citations(doc) if c.evidence.start not in starts]
    found.sort(key=lambda c: c.evidence.start)
    return found


def _key(c: Citation) -> str:
    if c.number:
        return c.number.upper()
    return f"{c.doc_type}|{(c.title or '').lower()}|{c.date}"


def _merge(first: Citation, later: Citation) -> Citation:
    """Fill what the first citation of a document lacks from a later one."""
    return replace(first, date=first.date or later.date, issuer=first.issuer or later.issuer)


def _skipped(doc: Document) -> list[Span]:
    """Where a citation is not one: the header, the "Nơi nhận" list, the "Lưu" line."""
    blocks = doc.blocks
    return [s for s in (blocks.header, blocks.recipients, blocks.archive) if s is not None]


def extract(doc: Document) -> tuple[list[Citation], list[Citation]]:
    """``(legal_basis, references)``: each cited document once, the document itself
    (an attached plan's "Ban hành kèm theo Quyết định số …") not among them."""
    basis: dict[str, Citation] = {}
    refs: dict[str, Citation] = {}
    skipped = _skipped(doc)
    own, _ = header.number(doc)
    dated = header.place_date(doc)
    own_date = dated.date if dated else None
    lines = basis_lines(doc)
    spans = basis_spans(doc, lines)
    for c in _all(doc, lines):
        at = c.evidence.start
        if any(s.start <= at < s.end for s in skipped) and not any(
            s.start <= at < s.end for s in lines
        ):
            continue  # a header run on into the basis (one-line text) keeps the basis
        key = _key(c)
        if own is not None and key == own.upper() and c.date in (None, own_date):
            continue  # the document itself; the same number of another year is not
        if in_basis(doc, c.evidence.start, spans):
            basis[key] = _merge(basis[key], c) if key in basis else c
            refs.pop(key, None)
        elif key in basis and not in_article(doc, at):
            basis[key] = _merge(basis[key], c)
        else:  # a document of the basis cited again in an article is a reference there too
            refs[key] = _merge(refs[key], c) if key in refs else c
    return list(basis.values()), list(refs.values())
