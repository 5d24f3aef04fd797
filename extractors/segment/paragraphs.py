"""The paragraphs between a document's type line and its body.

Where a paragraph opens (the basis, a heading, the addressees, an authority line,
a rule line), where the trích yếu ends (its first paragraph and what a page break
cut off, never the text's first sentence) and which paragraphs make the basis run
("Căn cứ / Thực hiện / Theo …"). :mod:`extractors.segment.structure` lays the
blocks out from these.
"""

from __future__ import annotations

import re
from itertools import pairwise

from extractors.layout.rules import load_layout_rules
from extractors.layout.subject import ADDRESSEE
from extractors.model import Span
from extractors.segment.outline import ROMAN
from extractors.toolbox.names import is_upper

_TITLE_TAIL = 300  # longer than any piece of a title a page break cut off
_SENTENCE_WORDS = 12  # a paragraph this long ending with a full stop is a sentence


PREAMBLE_START = re.compile(
    r"^(?:[-–+][ ]?)?(?:Căn cứ|Thực hiện|Theo|Xét|Trên cơ sở|Triển khai thực hiện)\b"
)
BODY_HEADING = re.compile(
    rf"(?:(?:PHẦN|Phần|CHƯƠNG|Chương)\s+(?:{ROMAN}|\d{{1,2}}|THỨ|thứ)\b|{ROMAN}[.)]\s|\d{{1,2}}[.)]\s"
    r"|Điều\s+1\.|[A-E]\.\s+[A-ZĐÀ-Ỹ]{2})"
)
_CAPS_LINE = re.compile(r"[A-ZĐÀ-Ỹ ,:]{6,}$")
# the note under an attached document's title: "(Ban hành kèm theo Quyết định số …)"
ATTACHED_NOTE = re.compile(r"^\((?:Ban hành\s+)?[Kk]èm theo\b")
# a rule drawn under a title or a header column: "-----", "___", "* * *"
RULE_LINE = re.compile(r"(?m)^[ \t]*[-_=*.·–][-_=*.·– ]{1,40}$")


def _opens_paragraph(line: str, previous: str) -> bool:
    """Whether ``line`` starts a paragraph of its own after ``previous``: the basis, the
    body, the addressees, or an upper-case line after a mixed-case one (the authority
    line under a Quyết định's title, upper case or not)."""
    return bool(
        PREAMBLE_START.match(line)
        or BODY_HEADING.match(line)
        or ADDRESSEE.match(line)
        or (_CAPS_LINE.match(line) and is_upper(line) and not is_upper(previous))
        or _authority_line(line, previous)
        or RULE_LINE.fullmatch(line)
        or RULE_LINE.fullmatch(previous)
        or _sentence_after_caps(line, previous)
        or ATTACHED_NOTE.match(line)
        or load_layout_rules().text_opening.match(line)
    )


# a sentence's first word: a capital, then small letters ("Trước", "Năm 2020,"); not the
# trích yếu's own opener ("Về việc …" under a type word an OCR copy left unread)
_SENTENCE_START = re.compile(r"(?!Về\b)[A-ZĐÀ-Ỹ][a-zđà-ỹ]+\b")
_CAPS_TITLE_WORDS = 3  # a line of a title in capitals; fewer is a type word ("QUYẾT ĐỊNH")


def _sentence_after_caps(line: str, previous: str) -> bool:
    """A mixed-case line under an upper-case one: the first paragraph under a title in
    capitals that a copy without blank lines runs into it ("… NĂM 2024" / "Trước yêu cầu
    …"); never what goes on in capitals or opens with a mark ("(Kèm theo …)", "“…”")."""
    return (
        is_upper(previous)
        and len(previous.split()) >= _CAPS_TITLE_WORDS
        and not is_upper(line)
        and _SENTENCE_START.match(line) is not None
    )


def _authority_line(line: str, previous: str) -> bool:
    """The authority line under an upper-case title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH")."""
    rules = load_layout_rules()
    words = previous.split()
    return bool(
        rules.authority_line.match(line)
        and is_upper(line)
        and words
        and words[-1] not in rules.authority_not_after
    )


def paragraphs(text: str, start: int, end: int) -> list[Span]:
    """Paragraphs between blank lines; a line opening the basis ("Căn cứ …") or
    the body ("I. …", "1. …", "Điều 1.") starts one too (a copy without blank
    lines has one paragraph per line)."""
    out = []
    for m in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text[start:end]):
        chunk = m.group(0)
        if not chunk.strip():
            continue
        lines = list(re.finditer(r"[ \t]*\S[^\n]*", chunk))
        cuts = [0] + [
            line.start()
            for prev, line in pairwise(lines)
            if _opens_paragraph(line.group(0).lstrip(), prev.group(0))
        ]
        for a, b in zip(cuts, [*cuts[1:], len(chunk)], strict=True):
            piece = chunk[a:b]
            if not piece.strip():
                continue
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            out.append(Span(start + m.start() + a + lead, start + m.start() + b - trail))
    return out


def trim_rules(text: str, span: Span) -> Span:
    """``span`` without the rule lines ("-----") and blanks at its end."""
    end = span.end
    while True:
        chunk = text[span.start : end].rstrip()
        last = chunk.rfind("\n")
        if last < 0 or not RULE_LINE.fullmatch(chunk[last + 1 :]):
            return Span(span.start, span.start + len(chunk))
        end = span.start + last


def _opens_text(chunk: str) -> bool:
    """A paragraph that opens the text rather than ending a cut title: long, the
    sentence announcing what follows ("Để cụ thể hóa …, kế hoạch như sau:"), a sentence
    ending with its full stop, or the first words of a text without basis ("Năm 2024, …",
    "Trong những năm qua, …", "Nhằm …": header_layout.yaml, text_opening)."""
    end = chunk.rstrip()
    return (
        len(chunk) > _TITLE_TAIL
        or end.endswith(":")
        or (end.endswith(".") and len(end.split()) >= _SENTENCE_WORDS)
        or load_layout_rules().text_opening.match(chunk) is not None
    )


def title_end(text: str, paras: list[Span]) -> int:
    """Where the trích yếu ends: its first paragraph and the pieces a page break cut off."""
    title_end = paras[0].end
    for para in paras[1:]:
        chunk = text[para.start : para.end]
        if (
            PREAMBLE_START.match(chunk)
            or BODY_HEADING.match(chunk)
            or _CAPS_LINE.match(chunk)
            or _authority_line(chunk.split("\n", 1)[0], text[paras[0].start : para.start])
            or ATTACHED_NOTE.match(chunk)
            or _opens_text(chunk)
            or RULE_LINE.fullmatch(chunk)
            or _sentence_after_caps(chunk, text[paras[0].start : para.start].rstrip())
        ):
            break
        title_end = para.end
    return title_end


def preamble(text: str, paras: list[Span]) -> list[Span]:
    """The basis paragraphs between the title and the body.

    Everything before the first heading of the body; a plan without headings
    has as preamble its run of "Căn cứ / Thực hiện / Theo" paragraphs and the
    paragraph that closes them ("… như sau:").
    """
    for i, para in enumerate(paras):
        if BODY_HEADING.match(text[para.start : para.end]):
            return paras[:i]
    out: list[Span] = []
    for para in paras:
        chunk = text[para.start : para.end]
        # a decision's authority line opens its basis ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …")
        authority = not out and is_authority(chunk)
        if not out and not PREAMBLE_START.match(chunk) and not authority:
            break
        out.append(para)
        if authority:
            continue
        if not PREAMBLE_START.match(chunk) or chunk.rstrip().endswith("như sau:"):
            break
    return out


def is_authority(chunk: str) -> bool:
    """Whether a paragraph is an authority line alone (upper case, one line)."""
    return (
        "\n" not in chunk.strip()
        and is_upper(chunk)
        and bool(load_layout_rules().authority_line.match(chunk.strip()))
    )
