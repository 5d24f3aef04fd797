"""Who signs: name, title, authority (TM./KT./TL./TUQ./Q.) and on behalf of whom.

The signature block sits at the end (flattened from the right column of the
closing, after "Nơi nhận" and "Lưu"): zero or more authority lines
("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), the signer's title ("PHÓ CHỦ TỊCH"),
then the name. With several authority lines the last one is the signer's own
("TM. UBND / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" → KT., on behalf of the Chủ tịch);
with several title lines the first is the signer's title (a second one,
"CHỦ TỊCH UBND TỈNH" under a council's "CHỦ TỊCH", is a concurrent office).
(A closing kept as two tab-separated columns is put in order by
:mod:`extractors.text.closing`.)
Noise ("(Đã ký)"), ranks before the name ("Đại tá …") and a title run into
the name on one line ("PHÓ BÍ THƯ Lâm Thị Ngọc Hân") are rules in
``data/signer_rules.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.model import Document, Line, Signer, Span
from extractors.toolbox.form_words import form_words
from extractors.toolbox.names import (
    body_case,
    continues,
    expand_abbreviations,
    is_upper,
    person_case,
)
from extractors.toolbox.signer_rules import load_rules

RULE = "signer.signature_block"

# "KT. CHỦ TỊCH", "KT.CHỦ TỊCH", "T/M BAN THƯỜNG VỤ": the mark, then an upper-case word
AUTHORITY = re.compile(rf"^(?P<auth>{form_words().authority})(?:\.[ ]?|[ ]+)(?P<rest>[A-ZĐÀ-Ỹ].*)$")
_WORD = r"[A-ZĐÀ-Ỹ][\wÀ-ỹ'’]*"
# a person's name: 2 to 6 capitalised words ("Siu H'Mai" keeps its apostrophe)
NAME = re.compile(rf"^{_WORD}(?:\s+{_WORD}){{1,5}}$")


@dataclass
class _Block:
    authority: str | None = None
    on_behalf_of: str | None = None
    title: str | None = None
    name: Line | None = None
    first: Line | None = None
    # the body's name and the upper-case text read last, as printed
    behalf_raw: str = ""
    last: str = ""
    last_was_title: bool = False
    # the title was taken from a line that is no office title ("LIÊN ĐOÀN LAO ĐỘNG
    # TỈNH" under "TM. BAN CHẤP HÀNH"): a further title line makes it the body's
    tentative: bool = False


def _split_title(rest: str) -> tuple[str, str | None]:
    """ "CHỦ TỊCH PHÓ CHỦ TỊCH" → ("CHỦ TỊCH", "PHÓ CHỦ TỊCH"); else (rest, None)."""
    for title in load_rules().titles:
        if rest.endswith(" " + title) and rest[: -len(title)].strip():
            return rest[: -len(title)].strip(), title
    return rest, None


def _is_title(text: str) -> bool:
    """Whether upper-case ``text`` starts with an office title ("PHÓ CHỦ TỊCH …")."""
    return any(text == t or text.startswith(t + " ") for t in load_rules().titles)


def _authority_line(block: _Block, m: re.Match[str]) -> None:
    block.authority = m.group("auth").replace("/", "") + "."
    on_behalf, own = _split_title(m.group("rest"))
    block.on_behalf_of = body_case(expand_abbreviations(on_behalf))
    block.behalf_raw = block.last = on_behalf
    block.last_was_title = False
    if block.tentative:
        block.title, block.tentative = None, False
    if own is not None:
        block.title, block.last, block.last_was_title = body_case(own), own, True


def _title_line(block: _Block, text: str) -> None:
    """A title line; or the rest of the name on the line before it (a body name
    wrapped over two lines); or, after an authority line, a line of its body's name."""
    if block.last and not _is_title(text) and continues(block.last, text):
        joined = f"{block.last} {text}"
        if block.last_was_title:
            block.title = body_case(expand_abbreviations(joined))
        else:
            block.behalf_raw = joined
            block.on_behalf_of = body_case(expand_abbreviations(joined))
        block.last = joined
        return
    if block.tentative:
        block.behalf_raw = f"{block.behalf_raw} {block.last}"
        block.on_behalf_of = body_case(expand_abbreviations(block.behalf_raw))
        block.title, block.tentative = None, False
    if block.title is None:
        block.title = body_case(expand_abbreviations(text))
        block.tentative = block.authority is not None and not _is_title(text)
        block.last, block.last_was_title = text, True


# a second mark inside an authority line: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" (one cell)
_INNER_MARK = re.compile(rf"[ ](?={form_words().authority}(?:\.[ ]?|[ ]+)[A-ZĐÀ-Ỹ])")


def _upper_line(block: _Block, line: Line, text: str) -> None:
    """An authority line (each of its marks in turn: the chain "TM. … KT. …" printed in
    one cell ends with the signer's own mark) or a title line."""
    if AUTHORITY.match(text):
        for piece in _INNER_MARK.split(text):
            m = AUTHORITY.match(piece)
            if m:
                _authority_line(block, m)
            else:
                _title_line(block, piece)
    else:
        _title_line(block, text)
    block.first = block.first or line


def _not_name(text: str) -> bool:
    return bool(load_rules().not_name.search(text))


def _name_prefix(text: str) -> bool:
    return any(p.match(text) for p in load_rules().name_prefixes)


def _name_text(text: str) -> str:
    """A name line without the rank before it and the noise after it."""
    for prefix in load_rules().name_prefixes:
        text = prefix.sub("", text, count=1) if prefix.match(text) else text
    for suffix in load_rules().name_suffixes:
        text = suffix.sub("", text, count=1)
    return text


def _run_together(line: Line) -> tuple[str, Line] | None:
    """An upper-case title run into a mixed-case name: "PHÓ BÍ THƯ Lâm Thị Ngọc Hân"."""
    words = line.text.split()
    cut = next((i for i, w in enumerate(words) if any(c.islower() for c in w)), 0)
    while cut and len(words[cut - 1]) == 1:  # "Y Ngông Niê Kdăm": the "Y" is the name's
        cut -= 1
    upper, name = " ".join(words[:cut]), " ".join(words[cut:])
    if cut < 2 or not is_upper(upper) or not NAME.match(name) or name not in line.text:
        return None
    at = line.span.start + line.text.rindex(name)
    return upper, Line(name, Span(at, at + len(name)))


_NAME_WORD = re.compile(rf"^{_WORD}$")


def _ends_title(text: str) -> bool:
    """Whether upper-case ``text`` ends with an office title ("KT. CHỦ TỊCH")."""
    return any(text == t or text.endswith(" " + t) for t in load_rules().titles)


def _broken(prev: str, text: str) -> bool:
    """Whether ``text`` ends a title or a name a narrow cell broke after ``prev``: "CHỦ" /
    "TỊCH", "KT. PHÓ CHỦ" / "TỊCH" (the join ends with an office title, neither part
    does), a mark alone on its line ("KT." / "CHÁNH ÁN"), "Nguyễn" / "Văn Hùng" or
    "Nguyễn Thị" / "Thu Hằng" (the first words of a name, then the rest of it)."""
    if is_upper(prev) and is_upper(text):
        if _MARK_ALONE.fullmatch(prev.strip()):
            return not AUTHORITY.match(text)
        if AUTHORITY.match(text):  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH": two lines
            return False
        joined = f"{prev} {text}"
        return _ends_title(joined) and not _ends_title(prev) and not _is_title(text)
    return _name_broken(prev.strip(), text.strip())


_MARK_ALONE = re.compile(rf"{form_words().authority}\.?")


def _name_broken(prev: str, text: str) -> bool:
    """A name's first words, then its last ones: "Nguyễn" / "Văn Hùng", "Lê Văn" /
    "Thành", never two names ("Nguyễn Văn An" / "Trần Thị Bình": the second opens with a
    family name) nor a name and a word after it."""
    head, tail = prev.split(), text.split()
    if not head or not tail or is_upper(prev) or is_upper(text):
        return False
    if not all(_NAME_WORD.match(w) for w in [*head, *tail]):
        return False
    if len(head) == 1:
        return bool(NAME.match(f"{prev} {text}"))
    # two or three words above: the name goes on only when what follows is short and
    # opens with no family name, and the whole stays a name's length
    return (
        len(head) <= 3
        and len(tail) <= 2
        and len(head) + len(tail) <= 5
        and tail[0] not in load_rules().surnames
    )


def _rejoined(lines: list[Line]) -> list[Line]:
    """The block's lines with titles and names broken over two lines joined again."""
    out: list[Line] = []
    for line in lines:
        if out and _broken(out[-1].text, line.text):
            prev = out.pop()
            line = Line(f"{prev.text} {line.text}", Span(prev.span.start, line.span.end))
        out.append(line)
    return out


def _read(lines: list[Line], first_name: bool = False) -> _Block:
    """The block's parts; the last name wins (a scanned signature above the printed
    name can read as a name too), or the first with ``first_name``."""
    block = _Block()
    for line in _rejoined(lines):
        if first_name and block.name is not None:
            break
        if any(p.fullmatch(line.text) for p in load_rules().noise):
            continue
        together = _run_together(line)
        if together is not None and not _name_prefix(together[0] + " "):
            _upper_line(block, line, together[0])
            block.name = together[1]
        elif AUTHORITY.match(line.text):
            _upper_line(block, line, line.text)
        elif (
            is_upper(line.text)
            and not _not_name(line.text)
            and not _is_title(line.text)
            and NAME.match(line.text)
        ):
            block.name = line
        elif is_upper(line.text):
            _upper_line(block, line, line.text)
        elif NAME.match(_name_text(line.text)) and not load_rules().not_name_start.match(line.text):
            name = _name_text(line.text)
            at = line.span.start + line.text.index(name)
            block.name = Line(name, Span(at, at + len(name)))
    return block


def name_line(lines: list[Line]) -> Line | None:
    """The first name among ``lines`` that follow a signature's start, if one is printed."""
    return _read(lines, first_name=True).name


def extract(doc: Document) -> Signer | None:
    """The signer, when the signature block names one."""
    if doc.blocks.signature is None:
        return None
    block = _read(doc.lines(doc.blocks.signature))
    if block.name is None:
        return None
    title = block.title
    if title is None and block.authority is not None and block.on_behalf_of is not None:
        title = block.on_behalf_of
    start = (block.first or block.name).span.start
    return Signer(
        name=person_case(block.name.text),
        title=title,
        authority=block.authority,
        on_behalf_of=block.on_behalf_of,
        evidence=doc.evidence(start, block.name.span.end, RULE),
    )
