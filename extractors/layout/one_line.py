"""A whole document on one line, put back on lines (a layout-stage repair pass).

Document-sharing sites, forum copies and old ``.doc`` files read as text deliver a
document as one long line, often under a few lines of site chrome: header cells,
"V/v …", "Kính gửi: …", each "Căn cứ …", the articles or numbered items, "Nơi
nhận: - …; - Lưu: …", the signature block and the name, even a document attached
after it, all run together, sometimes glued without a space ("QUYẾT ĐỊNHVề việc",
"TỈNH ĐOÀNBÍ THƯ"). :func:`split_one_line` finds that line and breaks it where a
printed document breaks its lines, so that the header, body, closing and
attachment passes and the segmenter read it as they read any document. Every
break is a space (or nothing, for a glued boundary) turned into a line break:
the offset map keeps evidence on the stored text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from extractors.layout.cells import place_date_pattern
from extractors.layout.rules import load_layout_rules
from extractors.layout.text import TEASER
from extractors.segment.genre import type_words
from extractors.text.offsets import Builder, Mapped
from extractors.toolbox.data_files import read_yaml
from extractors.toolbox.form_words import compose
from extractors.toolbox.signer_rules import load_rules as load_signer_rules

_MIN_LINE = 400  # shorter lines are lines of a document, not a document
_SHORT_MIN = 200  # … unless the header, its number and the type word all run on in one
_HEAD = 600  # the quốc hiệu or tiêu ngữ stands this near the line's start
_SEARCH = 4000  # the document line starts this near the text's start (site chrome above)
_BASIS_REACH = 3000  # the basis clauses stand this near the type word


@cache
def _breaks() -> dict[str, re.Pattern[str]]:
    """The named break points of ``data/one_line.yaml``, compiled once."""
    name = "one_line.yaml"
    breaks = read_yaml(name)["breaks"]
    types = "|".join(re.escape(w.upper()) for w in sorted(type_words(), key=len, reverse=True))
    return {
        key: re.compile(compose(name, pattern.replace("{type_words}", types)))
        for key, pattern in breaks.items()
    }


# a line that opens with the số ký hiệu ("Số: 82 /KH-LHH Bình Phước, ngày …")
_NUMBER_FIRST = re.compile(r"[ \t]*Số[ \t]*:?[ \t]*[\d.…_ ]{0,12}/[ \t]*[A-ZĐ]")


def _document_line(text: str) -> tuple[int, int] | None:
    """The first long line near the start whose head holds the quốc hiệu or tiêu ngữ, or
    that opens with the type word (a copy without its header); or
    a shorter one that runs the header on into the type word and the title ("… Số: 08/KH-UBND
    … KẾ HOẠCH Tổ chức …", an OCR or preview line whose body has lines of its own)."""
    rules = load_layout_rules()
    for m in re.finditer(r"[^\n]+", text):
        if m.start() > _SEARCH:
            return None
        if TEASER.fullmatch(m.group(0)):
            continue  # a preview's teaser: the document follows
        head = m.group(0)[:_HEAD]
        length = m.end() - m.start()
        if length >= _MIN_LINE and rules.type_heading.match(head):
            return m.start(), m.end()  # a print view without header: the type word opens it
        if length >= _MIN_LINE and _NUMBER_FIRST.match(head) and rules.type_word.search(head):
            return m.start(), m.end()  # a header of only the số and the place and date
        if not (rules.national.search(head) or rules.motto.search(head)):
            continue
        runs_on = bool(
            rules.type_word.search(head) and re.search(rf"\b{rules.number_label}\b", head)
        )
        if length >= _MIN_LINE or (length >= _SHORT_MIN and runs_on):
            return m.start(), m.end()
    return None


def _first(pattern: re.Pattern[str], text: str, start: int, end: int) -> int | None:
    m = pattern.search(text, start, end)
    return m.start() if m else None


def _all(pattern: re.Pattern[str], text: str, start: int, end: int) -> Iterator[int]:
    return (m.start() for m in pattern.finditer(text, start, end) if m.start() > start)


def _name(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The signer's name after ``start``: the first run of two to six capitalised words
    in mixed case ("Vũ Thị Hải Yến"), after the upper-case title lines."""
    run: list[re.Match[str]] = []
    after = ""
    prev: re.Match[str] | None = None
    for m in re.finditer(r"\S+", text[start:end]):
        word = m.group(0)
        if word[0].isupper() and any(c.islower() for c in word) and word.isalpha():
            if not run and prev and len(prev.group(0)) == 1 and prev.group(0).isupper():
                run.append(prev)  # the one-letter first word of an Ê-đê name: "Y Khuê Niê"
            run.append(m)
            if len(run) == 6:
                break
            continue
        if len(run) >= 2:
            after = word
            break
        run = []
        prev = m
    if after[:1].islower() and len(run) > 2:
        run.pop()  # "… Đỗ Văn Minh Tài liệu liên quan": site chrome after the name
    if len(run) < 2:
        return None
    return start + run[0].start(), start + run[-1].end()


def signature_cuts(text: str, start: int, end: int) -> list[int]:
    """Breaks inside a signature run into one line: before a title glued to the body it
    signs for ("TỈNH ĐOÀNBÍ THƯ"), before "(đã ký)", before and after the name."""
    titles = "|".join(re.escape(t) for t in load_signer_rules().titles)
    glued = re.compile(rf"(?<=[A-ZĐÀ-Ỹ])(?=(?:{titles})\b)")
    name = _name(text, start, end)
    stop = name[0] if name else end
    cuts = [m.start() for m in glued.finditer(text, start, stop)]
    cuts += list(_all(_breaks()["signed"], text, start, stop))
    cuts += list(_all(_breaks()["inner_authority"], text, start, stop))
    return cuts + (list(name) if name else [])


def _signature(text: str, closing: int, end: int) -> int | None:
    """Where the signature starts after the recipients: its authority mark, or an
    office title alone after the last recipient ("- Lưu: VT. HIỆU TRƯỞNG …")."""
    found = _first(_breaks()["authority"], text, closing, end)
    if found is not None:
        return found
    titles = "|".join(re.escape(t) for t in load_signer_rules().titles)
    title = re.compile(rf"(?<=[.;][ ])(?:{titles})(?=[ ])")
    archive = re.search(r"Lưu\b", text[closing:end])
    return _first(title, text, closing + archive.start(), end) if archive else None


def _header_pieces(text: str, start: int, end: int) -> list[int]:
    """The quốc hiệu, tiêu ngữ and place-and-date of a header after ``start``."""
    rules = load_layout_rules()
    patterns = (rules.national, rules.motto, place_date_pattern(in_run=True))
    spans = sorted(m.span() for p in patterns for m in p.finditer(text, start, end))
    cuts, reached = [], start
    for begin, stop in spans:  # a place-and-date match may begin inside the quốc hiệu
        begin = max(begin, reached)
        while begin < stop and text[begin] == " ":
            begin += 1
        if begin < stop and begin > start:
            cuts.append(begin)
        reached = max(reached, stop)
    return cuts


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Where the document line at ``text[start:end]`` breaks."""
    rules = load_layout_rules()
    breaks = _breaks()
    cuts: list[int] = []
    head_end = min(end, start + _HEAD)
    words = [rules.type_word.search(text, start, head_end)]
    glued = breaks["glued_type"].search(text, start, head_end)
    words.append(glued)
    word = min((w for w in words if w), key=lambda w: w.start(), default=None)
    begin = word.start() if word else start
    cuts += [begin] if word else []
    # a rule drawn under a header cell ("… TỈNH HÒA BÌNH ------- CỘNG HÒA …"): its own line,
    # never the end of the issuer's name
    cuts += [at for m in breaks["rule"].finditer(text, start, begin) for at in m.span()]
    cuts += [glued.end()] if glued else []
    cuts += list(_all(breaks["glued_number"], text, start, head_end))
    # the quốc hiệu and tiêu ngữ run into a cell: their own lines, so that a place the
    # place-and-date pattern cannot read in a run (a damaged "Ti n L , ngày …") opens its line
    motto = rules.motto.search(text, start, head_end)
    if motto is not None:
        national = rules.national.search(text, start, motto.start())
        cuts += [motto.start(), motto.end()] + ([national.start()] if national else [])
    subject = _first(breaks["subject"], text, start, head_end)
    cuts += [subject] if subject is not None else []
    addressee = _first(breaks["addressee"], text, start, min(end, start + 2 * _HEAD))
    cuts += [addressee] if addressee is not None else []
    for m in rules.basis_word.finditer(text, begin, min(end, begin + _BASIS_REACH)):
        at = m.start()
        cuts.append(at - 2 if text[at - 2 : at] == "- " else at)
    opening = _opening(text, begin, end) if word else None
    cuts += [opening] if opening is not None else []
    closing = _first(breaks["closing"], text, begin, end)
    body_end = end if closing is None else closing
    for key in ("formula", "item", "rule", "attached_note"):
        cuts += list(_all(breaks[key], text, begin, body_end))
    cuts += [m.end() for m in breaks["formula"].finditer(text, begin, body_end)]
    cuts += [m.end() for m in breaks["rule"].finditer(text, begin, end)]
    if closing is not None:
        cuts.append(closing)
        signature = _signature(text, closing, end)
        list_end = end if signature is None else signature
        cuts += list(_all(breaks["recipient"], text, closing, list_end))
        if signature is not None:
            cuts.append(signature)
            signed = signature_cuts(text, signature, end)
            cuts += signed
            # a document attached after the signature: its header, type word and note
            tail = max(signed, default=signature)
            cuts += _header_pieces(text, tail, end)
            for key in ("glued_type", "attached_note", "item", "rule"):
                cuts += list(_all(breaks[key], text, tail, end))
            for key in ("glued_type", "attached_note", "rule"):
                cuts += [m.end() for m in breaks[key].finditer(text, tail, end)]
    return sorted({c for c in cuts if start < c < end})


def _opening(text: str, begin: int, end: int) -> int | None:
    """Where the text of a document without basis starts after its title ("… NĂM 2024
    Năm 2023, phong trào …", "… Trong những năm qua, …"): an opening word after a word
    that ends no sentence, before the first basis clause."""
    rules = load_layout_rules()
    basis = _first(rules.basis_word, text, begin, min(end, begin + _BASIS_REACH))
    stop = min(end, begin + _BASIS_REACH) if basis is None else basis
    for m in rules.text_opening.finditer(text, begin, stop):
        if m.start() > begin and text[m.start() - 1] == " " and text[m.start() - 2].isalnum():
            return m.start()
    return None


def _paragraph_starts(text: str, start: int, end: int) -> set[int]:
    """The breaks a printed document marks with a blank line: before the addressees,
    the first basis clause or the first words of a text without basis, and "Nơi nhận"
    (the title ends there)."""
    breaks = _breaks()
    begin = _first(load_layout_rules().type_word, text, start, min(end, start + _HEAD))
    found = [
        _first(breaks["addressee"], text, start, end),
        _first(load_layout_rules().basis_word, text, start, end),
        None if begin is None else _opening(text, begin, end),
        _first(breaks["closing"], text, start, end),
    ]
    out = {at for at in found if at is not None}
    return out | {at - 2 for at in out if text[at - 2 : at] == "- "}


def split_one_line(text: str) -> tuple[Mapped, list[str]]:
    """A document whose header, body and closing came as one line: put back on lines."""
    found = _document_line(text)
    if found is None:
        return Mapped.identity(text), []
    cuts = _cuts(text, *found)
    if not cuts:
        return Mapped.identity(text), []
    paragraphs = _paragraph_starts(text, *found)
    builder = Builder(text)
    pos = 0
    for at in cuts:
        if at - 1 >= pos and text[at - 1] == " ":
            builder.copy(pos, at - 1)
            builder.replace(at - 1, at, "\n\n" if at in paragraphs else "\n")
            pos = at
        elif text[at] == " ":  # a break after a word: the space that follows it
            builder.copy(pos, at)
            builder.replace(at, at + 1, "\n")
            pos = at + 1
        else:  # a glued boundary: a line break inserted
            builder.copy(pos, at)
            builder.insert("\n", at)
            pos = at
    builder.copy(pos, len(text))
    return builder.build(), [f"layout: one-line document: {len(cuts)} line(s) put back"]
