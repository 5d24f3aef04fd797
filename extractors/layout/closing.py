"""The closing of a document: "Nơi nhận", the archive line and the signature block.

Found once the text is in reading order (:mod:`extractors.text.closing` puts a
closing flattened from two columns back in order): the last "Nơi nhận" opens
it, "Lưu" ends the recipients, and the signature follows — or stands before
"Nơi nhận" when a flattened copy put it there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from extractors.layout.rules import load_layout_rules
from extractors.model import Span
from extractors.toolbox.form_words import form_words
from extractors.toolbox.signer_rules import load_rules as load_signer_rules

_WORDS = form_words()

# "Nơi nhận:", "Nơi nhận :", "NƠI NHẬN:", or the words alone on their line
_CLOSING_START = re.compile(rf"(?m)^[ \t]*(?:[-–]\s*)?{_WORDS.recipients}\s*:?")
# "- Lưu: VT." on its line, or closing a "Nơi nhận" list written on one line ("…; - Lưu: VT.")
_ARCHIVE = re.compile(
    rf"(?m)^(?:[-–*+]\s*)*{_WORDS.archive}\s*:?"
    rf"|(?:(?<=[;,][ \t])|(?<=[;,]))(?=[-–][ \t]*{_WORDS.archive}\b)"
)
_AUTHORITY = re.compile(rf"(?m)^{_WORDS.authority}(?:\.[ ]?|[ ]+)[A-ZĐÀ-Ỹ]")


def signer_titles() -> tuple[str, ...]:
    """Office titles a signature block prints alone on a line ("PHÓ GIÁM ĐỐC")."""
    return load_signer_rules().titles


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    last = None
    for last in matches:  # noqa: B007 - we want the last one
        pass
    return last


def closing_start(text: str, after: int = 0) -> int | None:
    """Where the last "Nơi nhận" after ``after`` starts, if any."""
    m = _last(_CLOSING_START.finditer(text, after))
    return m.start() if m else None


def _signature_before(text: str, body_start: int, end: int) -> int | None:
    """Where a signature block flattened before "Nơi nhận" starts: its last authority
    line, or a title line alone among the last lines ("CHỦ TỊCH" / name / "Nơi nhận")."""
    auth = _last(_AUTHORITY.finditer(text, body_start, end))
    if auth is not None:
        return auth.start()
    tail = list(re.finditer(r"(?m)^[^\n]+$", text[body_start:end]))[-4:]
    for line in tail:
        if line.group(0).strip() in signer_titles():
            return body_start + line.start()
    return None


def closing_blocks(
    text: str, body_start: int
) -> tuple[Span | None, Span | None, Span | None, Span | None]:
    """Closing, recipients, archive and signature spans."""
    n = len(text)
    m = _last(_CLOSING_START.finditer(text, body_start))
    archive = None
    recipients = None
    signature = None
    if m is not None:
        closing = Span(m.start(), n)
        arch = _ARCHIVE.search(text, m.end())
        if arch:
            line_end = text.find("\n", arch.start())
            archive = Span(arch.start(), n if line_end < 0 else line_end)
            recipients = Span(m.end(), arch.start())
        else:
            recipients = Span(m.end(), n)
        sig_from = archive.end if archive else recipients.end
        if text[sig_from:].strip():
            signature = Span(sig_from, n)
        # a signature block flattened before "Nơi nhận"
        before = _signature_before(text, body_start, m.start())
        if signature is None and before is not None:
            signature = Span(before, m.start())
            closing = Span(before, n)
        return closing, recipients, archive, signature
    # no "Nơi nhận": a signature is the trailing upper-case title and a name
    tail = list(re.finditer(r"(?m)^[^\n]+$", text[body_start:]))[-4:]
    for line in tail:
        words = line.group(0).strip()
        if _AUTHORITY.match(words) or words in signer_titles():
            start = body_start + line.start()
            return Span(start, n), None, None, Span(start, n)
    # …or an authority line with a document attached after it (the segmenter clips there)
    rules = load_layout_rules()
    for auth in _AUTHORITY.finditer(text, body_start):
        if any(p.search(text, auth.end()) for p in (rules.type_heading, rules.appendix)):
            return Span(auth.start(), n), None, None, Span(auth.start(), n)
    return None, None, None, None
