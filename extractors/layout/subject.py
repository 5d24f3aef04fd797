"""A công văn's header and trích yếu: no document-type word, "V/v …" under the số.

Also the addressees ("Kính gửi: …") that stand between a công văn's trích yếu
and its body.
"""

from __future__ import annotations

import re

from extractors.model import Span

_HEADER_WINDOW = 2500

# lines of the header of a document attached after the signature
ATTACHED_HEAD = re.compile(
    r"^(?:C[ỘO]NG H[ÒO]A|Độc lập|ĐỘC LẬP|Số\b|[^\n,]{1,40},\s*ngày\b|[-_=*.·– ]+$)"
)
LINE = re.compile(r"(?m)^[ \t]*(\S[^\n]*?)[ \t]*$")

# a công văn has no document-type word: its trích yếu follows the số as "V/v …"
_SUBJECT = re.compile(r"(?m)^[ \t]*(V/[vV]|Về việc)[ \t]*[.:]?[ \t]+(?=\S)")
_NUMBER_LINE = re.compile(r"(?m)^[ \t]*Số[ \t]*:?[ \t]*\d")
SUBJECT_DOC_TYPE = "cong_van"


def is_subject_mark(word: str) -> bool:
    """Whether ``word`` is the "V/v" mark that opens a công văn's trích yếu."""
    return bool(_SUBJECT.match(word + " x"))


def subject(text: str) -> tuple[Span, Span, Span] | None:
    """Header, "V/v" mark and trích yếu of a công văn, or ``None``.

    The trích yếu runs to a blank line or to the right column of the header
    (quốc hiệu, tiêu ngữ, place and date), which a flattened layout puts
    after it; the header ends with that column.
    """
    window = min(len(text), _HEADER_WINDOW)
    m = _SUBJECT.search(text, 0, window)
    if m is None or not _NUMBER_LINE.search(text, 0, m.start()):
        return None
    title_end = header_end = m.end()
    in_title = True
    for line in LINE.finditer(text, m.end(), window):
        gap = text.count("\n", header_end, line.start(1)) >= 2
        head = bool(ATTACHED_HEAD.match(line.group(1)))
        if in_title and not gap and not head:
            title_end = header_end = line.end(1)
            continue
        in_title = False
        if not head:
            break
        header_end = line.end(1)
    title_end = max(title_end, text.find("\n", m.end()) if "\n" in text[m.end() :] else len(text))
    # a copy that lost its line breaks runs the addressees and the basis into the line
    run_on = _RUN_ON.search(text, m.end(), title_end)
    title_end = run_on.start() if run_on else title_end
    return (
        Span(0, max(header_end, title_end)),
        Span(m.start(1), m.end(1)),
        Span(m.start(1), title_end),
    )


ADDRESSEE = re.compile(r"^Kính\s+gửi\b")
_RUN_ON = re.compile(r"[ ](?=Kính\s+gửi\b|Căn cứ\b)")


def after_addressees(text: str, paras: list[Span]) -> list[Span]:
    """``paras`` without a leading "Kính gửi: …" list (a công văn's addressees)."""
    i = 0
    if paras and ADDRESSEE.match(text[paras[0].start : paras[0].end]):
        i = 1
        while i < len(paras) and text[paras[i].start] in "-–+•":
            i += 1
    return paras[i:]
