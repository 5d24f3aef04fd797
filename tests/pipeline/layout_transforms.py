"""Real-world layout transforms of a document's text, for the perturbation harness.

Each transform renders a document the way researchers actually receive it
(legal portals, aggregator sites, PDF text layers, print views): the words are
kept, only the layout changes. The header is split into its two columns here
by plain rules of the Nghị định 30 layout (the right column is the quốc hiệu,
the tiêu ngữ and the place-and-date line), independently of the extractors.

The lossy transforms (diacritics stripped, non-ASCII dropped) live elsewhere.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

from extractors.toolbox.data_files import load_doc_types

_RIGHT = re.compile(
    r"^(?:C[ỘO]NG H[ÒO]A X[ÃA] H[ỘO]I|Độc lập|ĐỘC LẬP|ĐẢNG C[ỘO]NG S[ẢA]N VI[ỆE]T NAM"
    r"|ĐOÀN TNCS HỒ CHÍ MINH"
    r"|[^\n,]{1,40},[ ]*ngày\b)"
)
_RULE = re.compile(r"^[-_=*.·– ]+$")
_NUMBER = re.compile(r"^Số\b")
# where a line holding both columns is cut: a tab, or before the right column's words
_MID_CELL = re.compile(
    r"\t|[ ]{2,}|[ ](?=C[ỘO]NG H[ÒO]A X[ÃA] H[ỘO]I\b|Độc lập\b)"
    r"|(?<=[\dA-ZĐ])[ ](?=[A-ZĐÀ-Ỹ][\w ]{1,30},[ ]*ngày\b)"
)


@dataclass(frozen=True)
class Header:
    """The header lines of a document split into its two columns."""

    left: list[str]  # issuing bodies, top to bottom
    number: str | None  # the "Số: …" line
    right: list[str]  # quốc hiệu, tiêu ngữ
    place_date: str | None
    rest: str  # the text from the document-type line on


def _type_words() -> tuple[str, ...]:
    return tuple(n.upper() for t in load_doc_types() if t.heading for n in t.names)


def split_header(text: str) -> Header | None:
    """The header above the document-type line, or ``None`` (news, no header)."""
    lines = text.split("\n")
    words = _type_words()
    joint = tuple(w + " LIÊN TỊCH" for w in words)
    typed = (
        i
        for i, line in enumerate(lines[:40])
        if line.strip().rstrip(":") in words or line.strip().startswith(joint)
    )
    i = next(typed, None)
    if i is None:
        return None
    left: list[str] = []
    right: list[str] = []
    number = place_date = None
    for raw in lines[:i]:
        for cell in _MID_CELL.split(raw):
            line = cell.strip()
            if not line or _RULE.match(line):
                continue
            if _NUMBER.match(line):
                number = line
            elif _RIGHT.match(line):
                if "ngày" in line and not line.isupper():
                    place_date = line
                else:
                    right.append(line)
            else:
                left.append(line)
    if not left and number is None:
        return None
    return Header(left, number, right, place_date, "\n".join(lines[i:]))


def _cells(header: Header) -> tuple[str, str, str, str]:
    return (
        " ".join(header.left),
        " ".join(header.right),
        header.number or "",
        header.place_date or "",
    )


def pipe_rows(text: str) -> str:
    """The legal-portal table form: ``LEFT | RIGHT |`` / ``Số: … | Place, ngày … |``."""
    header = split_header(text)
    if header is None:
        return text
    issuer, motto, number, place_date = _cells(header)
    return f"{issuer} | {motto} |\n{number} | {place_date} |\n{header.rest}"


def pipe_rows_untyped(text: str) -> str:
    """Pipe rows and no type line: the title straight after the header (the type is
    then only in the số ký hiệu, "…/QĐ-UBND")."""
    header = split_header(text)
    if header is None:
        return text
    rest = header.rest.split("\n", 1)[1] if "\n" in header.rest else ""
    issuer, motto, number, place_date = _cells(header)
    return f"{issuer} | {motto} |\n{number} | {place_date} |\n{rest.lstrip()}"


def _break_first(line: str) -> str:
    """A cell's first word left alone on its line, as a narrow table cell wraps it."""
    head, _, tail = line.partition(" ")
    return f"{head}\n{tail}" if tail else line


def cell_per_line(text: str) -> str:
    """One cell per line, ``|`` lines between cells and words broken across lines."""
    header = split_header(text)
    if header is None:
        return text
    left = [_break_first(header.left[0]), *header.left[1:]] if header.left else []
    right = [_break_first(header.right[0]), *header.right[1:]] if header.right else []
    parts = ["\n".join(left), "-------", "|", "\n".join(right), "---------------", "|"]
    if header.number:
        label, _, value = header.number.partition(":")
        parts += [f"{label}:\n{value.strip()}" if value else header.number, "|"]
    if header.place_date:
        place, _, date = header.place_date.partition(" tháng ")
        parts += [f"{place}\ntháng {date}" if date else header.place_date, "|"]
    return "\n".join([*parts, header.rest])


_MARK_LINE = re.compile(r"^((?:TM|KT|TL|TUQ|Q|T/M)\.?)[ ]+(\S.*)$")
_PERSON = re.compile(r"^[A-ZĐÀ-Ỹ][\wÀ-ỹ']*(?:[ ][A-ZĐÀ-Ỹ][\wÀ-ỹ']*){2,4}$")
_ARCHIVE = re.compile(r"^[-–*+ ]*Lưu\b")


def _cut_signature(lines: list[str]) -> list[str]:
    """The signature cell as a narrow column prints it: a "|" line before it, each mark
    alone on its line ("KT." / "CHỦ TỊCH"), the name broken after its second word."""
    at = next((i for i, line in enumerate(lines) if _ARCHIVE.match(line)), None)
    if at is None:
        return lines
    out, named = [*lines[: at + 1], "|"], False
    for line in lines[at + 1 :]:
        mark = _MARK_LINE.match(line.strip())
        if not named and mark and line.isupper():
            out += [mark.group(1), mark.group(2)]
        elif not named and _PERSON.match(line.strip()) and not line.isupper():
            words = line.split()
            out += [" ".join(words[:2]), " ".join(words[2:])]
            named = True
        else:
            out.append(line)
    return out


def portal_cells(text: str) -> str:
    """A legal portal's page of one cell per line: the header as :func:`cell_per_line`
    gives it, no blank line anywhere (each paragraph one line, the title's lines run into
    the first paragraph), the signature as a narrow cell prints it."""
    if split_header(text) is None:
        return text
    lines = [line for line in cell_per_line(text).split("\n") if line.strip()]
    return "\n".join(_cut_signature(lines)) + "\n"


def _unhyphen(line: str) -> str:
    """Hyphens lost by a PDF text layer: "Độc lập Tự do Hạnh phúc", "QĐUBND"."""
    if _NUMBER.match(line):  # the hyphen after the type code: "04/2018/QĐUBND"
        return re.sub(r"/([A-ZĐ]{1,3})-", r"/\1", line)
    return re.sub(r"[ ]*[-–][ ]*", " ", line)


def one_line(text: str) -> str:
    """The two header columns interleaved on one line, hyphens lost (a PDF text layer)."""
    header = split_header(text)
    if header is None:
        return text
    left, right = list(header.left), list(header.right)
    words: list[str] = []
    while left or right:
        if left:
            words.append(left.pop(0))
        if right:
            words.append(right.pop(0))
    words += [w for w in (header.number, header.place_date) if w]
    return " ".join(_unhyphen(w) for w in words) + "\n" + header.rest


def stacked(text: str) -> str:
    """The left column whole, its ``Số`` line included, then the right one (class F)."""
    header = split_header(text)
    if header is None:
        return text
    lines = [*header.left, *([header.number] if header.number else [])]
    lines += [*header.right, *([header.place_date] if header.place_date else [])]
    return "\n".join([*lines, header.rest])


_PAD = 56  # the right column's start on a space-padded line (school and party pages)


def space_padded(text: str) -> str:
    """Both columns on the same lines, padded apart by runs of spaces, a ``*`` under the
    issuer, the number and the place-and-date on one line (class D3)."""
    header = split_header(text)
    if header is None:
        return text
    left, right = list(header.left), list(header.right)
    rows = []
    for i in range(max(len(left), len(right))):
        cell = left[i] if i < len(left) else ""
        other = right[i] if i < len(right) else ""
        rows.append(f"{cell:<{_PAD}}{other}".rstrip() if len(cell) < _PAD else f"{cell}   {other}")
    rows.append(" " * 12 + "*")
    number, place_date = header.number or "", header.place_date or ""
    rows.append(f"{number:<{_PAD}}{place_date}".rstrip())
    return "\n".join([*rows, "", header.rest])


def glued(text: str) -> str:
    """The issuer cell run into the quốc hiệu without a space (a commune portal's copy,
    class D4): ``UBND XÃ HOẰNG LỘCCỘNG HÒA …``, the motto, number and date below."""
    header = split_header(text)
    if header is None or not header.left or not header.right:
        return text
    first = " ".join(header.left) + header.right[0]
    lines = [first, *header.right[1:], header.number or "", header.place_date or ""]
    return "\n".join([*(ln for ln in lines if ln), header.rest])


def no_header(text: str) -> str:
    """A print view that starts at the document-type line."""
    header = split_header(text)
    return text if header is None else header.rest


def hard_wrap(width: int) -> Callable[[str], str]:
    """Every line hard-wrapped at ``width`` columns (a PDF text layer)."""

    def wrap(text: str) -> str:
        out = []
        for line in text.split("\n"):
            if "\t" in line or line.startswith("|") or len(line) <= width:
                out.append(line)
            else:
                out.extend(textwrap.wrap(line, width, break_long_words=False))
        return "\n".join(out)

    return wrap


_CHROME_TOP = (
    "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ",
    "Trang chủ > Văn bản chỉ đạo điều hành > Thi đua - Khen thưởng",
    "Lượt xem: 1.208",
    "Tải về",
    "Bản in",
)
_CHROME_BOTTOM = (
    "Tải về",
    "Văn bản liên quan",
    "• Hướng dẫn công tác bình xét cuối năm của các khối thi đua",
    "• Thông báo lịch tiếp công dân tháng sau",
    "Chia sẻ: Facebook Zalo",
    "Bản quyền thuộc Cổng thông tin điện tử. Ghi rõ nguồn khi phát hành lại thông tin.",
)


def portal_chrome(text: str) -> str:
    """The text inside a portal page: menu, breadcrumbs, view count, links, footer."""
    return "\n".join([*_CHROME_TOP, "", text.strip(), "", *_CHROME_BOTTOM]) + "\n"


_BASIS = re.compile(r"(?m)^[ \t]*(?:Căn cứ|Thực hiện)\b[^\n]*")


def post_lead_in(text: str) -> str:
    """A commune, ward or school portal's post (class A): the post's title printed as the
    type word and the title on one line, its date line and a summary repeating the first
    basis clause, above the document's header."""
    header = split_header(text)
    if header is None:
        return text
    lines = [line.strip() for line in header.rest.split("\n") if line.strip()]
    if len(lines) < 2:
        return text
    basis = _BASIS.search(header.rest)
    lead = [f"{lines[0]} {lines[1]}", "Đăng ngày: 12/08/2024 | Lượt xem: 57"]
    if basis is not None:
        lead.append(basis.group(0).strip())
    return "\n".join([*lead, "", text])


def font_u_horn(text: str) -> str:
    """A PDF font that maps ``ư`` to ``ƣ`` (class I): every ``ư``/``Ư`` replaced."""
    return text.replace("ư", "ƣ").replace("Ư", "Ƣ")


def whole_line(text: str) -> str:
    """The whole document on one line (a document preview or an old ``.doc`` read as text,
    class D1): every line break a space, blank lines gone. Documents with a header only:
    a press page on one line is not a layout met."""
    if split_header(text) is None:
        return text
    return " ".join(line.strip() for line in text.split("\n") if line.strip()) + "\n"


def joined_without_spaces(text: str) -> str:
    """Hard-wrapped lines joined back without the space at each break (class J): a PDF
    text layer whose line ends were dropped, ``Kế hoạchphát động``, ``TRONGCÔNG NHÂN``."""
    out = []
    for line in text.split("\n"):
        if "\t" in line or line.startswith("|") or len(line) <= 70:
            out.append(line)
        else:
            out.append("".join(textwrap.wrap(line, 70, break_long_words=False)))
    return "\n".join(out)


# stop words of a document-sharing site's preview (the basis loses its "cứ", the awards
# their "của" and "và"); one-digit numbers go with them
_STOP_WORDS = frozenset({"cứ", "của", "và", "các", "những", "được", "để", "thì", "là", "mà"})


def stop_words_stripped(text: str) -> str:
    """A document-sharing preview: stop words and one-digit numbers dropped from every
    line (``Căn Thông tư số …``, ``ngày 21 tháng năm 2018``)."""

    def keep(word: str) -> bool:
        return word not in _STOP_WORDS and not (len(word) == 1 and word.isdigit())

    return "\n".join(" ".join(w for w in line.split(" ") if keep(w)) for line in text.split("\n"))


_HEADING = re.compile(r"^(?=[IVX]{1,4}\.[ ])", re.M)


def markup_residue(text: str) -> str:
    """Conversion residue of a web copy: an image line and a markdown heading mark before
    each part heading, the type line in bold."""
    marked = _HEADING.sub("## ", text)
    for word in _type_words():
        marked = re.sub(rf"(?m)^{re.escape(word)}$", f"**{word}**", marked, count=1)
    return "![](/images/logo.png)\n" + marked


_PRESS_TOP = ("Trang chủ | Thời sự | Chính trị | Xã hội | Thi đua - Khen thưởng", "XÃ HỘI")
_PRESS_BOTTOM = (
    "MINH KHANG",
    "Tin liên quan",
    "• Tổng kết công tác thi đua của khối các cơ quan tỉnh",
    "• Hội nghị giao ban báo chí quý",
)


def press_furniture(text: str) -> str:
    """A press page as its site shows it (class L): a menu and a section kicker above the
    headline, a view counter under it, the byline in capitals and related links at the
    end. Press articles only: no header and no "Nơi nhận" of a document's closing."""
    if split_header(text) is not None or "Nơi nhận" in text:
        return text
    headline, _, body = text.strip().partition("\n")
    lines = [*_PRESS_TOP, headline, "Lượt xem: 2.315", body.strip(), "", *_PRESS_BOTTOM]
    return "\n".join(lines) + "\n"


# name -> (transform, whether it needs a header to mean anything)
TRANSFORMS: dict[str, tuple[Callable[[str], str], bool]] = {
    "pipe_rows": (pipe_rows, True),
    "pipe_rows_untyped": (pipe_rows_untyped, True),
    "cell_per_line": (cell_per_line, True),
    "portal_cells": (portal_cells, True),
    "one_line": (one_line, True),
    "no_header": (no_header, True),
    "stacked": (stacked, True),
    "space_padded": (space_padded, True),
    "glued": (glued, True),
    "whole_line": (whole_line, False),
    "font_u_horn": (font_u_horn, False),
    "joined_without_spaces": (joined_without_spaces, False),
    "stop_words_stripped": (stop_words_stripped, False),
    "markup_residue": (markup_residue, False),
    "press_furniture": (press_furniture, False),
    "wrap_45": (hard_wrap(45), False),
    "wrap_90": (hard_wrap(90), False),
    "portal_chrome": (portal_chrome, False),
    "post_lead_in": (post_lead_in, True),
}
