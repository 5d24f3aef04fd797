"""Recipients ("Nơi nhận") and the archive line ("Lưu: VT, KGVXNV. Bích.").

Each recipient as written, without its leading dash and trailing ";" or ",",
``expanded`` with the abbreviations of ``data/abbreviations.csv`` written out
(an unknown one is left as it is, never guessed), and a ``level`` from
``data/recipient_levels.yaml``. The list comes in many shapes: one recipient
a line ending ";", "," or nothing, a line wrapped in two, the whole list
flattened onto one line ("- A; - B; - Lưu: VT."), or run into the signature
column of a flattened two-column layout; ``data/closing_lines.yaml`` tells
those pieces and the "Lưu" item apart.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from extractors.model import Document, Recipient, Span
from extractors.toolbox import provinces
from extractors.toolbox.data_files import (
    DataFileError,
    compile_pattern,
    load_provinces,
    read_csv,
    read_yaml,
    unique,
)
from extractors.toolbox.form_words import compose, form_words
from extractors.toolbox.names import squash

# --- named patterns ------------------------------------------------------------------------

_LEAD = re.compile(r"^[\s\-–+•*·]+")
_TRAIL = re.compile(r"[\s;,:]+$|(?<![A-ZĐ])[.]\s*$")
_HEADING = re.compile(rf"^(?:[-–*+•]\s*)*{form_words().recipients}\s*:?\s*$")
_DASHED = re.compile(r"^[-–+•*]\s*")
# where a line flattened from a list starts its next item: "…(b/c); - TT Tỉnh ủy …"
_ITEM_BREAK = re.compile(r"(?<=[;,.])[ \t]*(?=[-–+•][ ])")
_ENDS_ITEM = re.compile(r"[;,.]\s*$")
_LOWER = "".join(c for c in map(chr, range(0xE0, 0x1EFA)) if c.islower() and c.isalpha())
_STARTS_LOWER = re.compile(rf"[a-z{_LOWER}]")
_LEVELS = ("central", "province", "district", "internal", "other")


@dataclass(frozen=True)
class Vocabulary:
    abbreviations: dict[str, str]
    in_city: dict[str, str]
    by_header: tuple[tuple[str, re.Pattern[str], str], ...]
    pattern: re.Pattern[str]
    levels: tuple[tuple[str, str, re.Pattern[str]], ...]  # (rule id, level, pattern)
    city_province: re.Pattern[str]
    below_city: re.Pattern[str]
    province_name: re.Pattern[str]
    signature_line: re.Pattern[str]
    signature_tail: re.Pattern[str]
    archive: re.Pattern[str]


def _by_header(known: set[str]) -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """(abbreviation, header pattern, expansion) of ``abbreviation_contexts.yaml``."""
    name = "abbreviation_contexts.yaml"
    out = []
    for entry in read_yaml(name):
        short = entry["abbreviation"]
        if short not in known:
            raise DataFileError(f"{name}: {short!r} is not in abbreviations.csv")
        for i, rule in enumerate(entry["rules"]):
            pattern = compile_pattern(name, f"{short}.{i}", rule["header"])
            out.append((short, pattern, rule["expansion"]))
    return tuple(out)


def _province_names() -> re.Pattern[str]:
    names = sorted((p.name for p in load_provinces()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def _closing_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Signature pieces (as a whole line, as a line's tail) and the archive item."""
    name = "closing_lines.yaml"
    data = read_yaml(name)
    unique(name, data["surnames"], "surname")
    piece = compose(name, data["signature_piece"])
    surnames = "|".join(re.escape(s) for s in sorted(data["surnames"], key=len, reverse=True))
    not_person = "|".join(re.escape(s) for s in data["not_persons"])
    word = r"(?:[ ][A-ZĐÀ-Ỹ][a-zà-ỹđ]*)"
    # a name alone on its line has two words or more; run into a recipient, three or more
    alone = rf"(?!(?:{not_person})$)(?:{surnames}){word}{{1,4}}"
    run_in = rf"(?!(?:{not_person})$)(?:{surnames}){word}{{2,4}}"
    return (
        compile_pattern(name, "signature_line", rf"^(?:{piece}|{alone})$"),
        compile_pattern(
            name,
            "signature_tail",
            rf"\t.*$|(?<=[;,.])[ ]*(?:{piece}|{run_in})$|(?<=[ ])(?:{piece})$",
        ),
        compile_pattern(name, "archive", compose(name, data["archive"])),
    )


@cache
def load_vocabulary() -> Vocabulary:
    csv_name, yaml_name = "abbreviations.csv", "recipient_levels.yaml"
    rows = [r for r in read_csv(csv_name) if r["abbreviation"].strip()]
    unique(csv_name, [r["abbreviation"] for r in rows], "abbreviation")
    abbreviations = {r["abbreviation"]: r["expansion"] for r in rows}
    in_city = {r["abbreviation"]: r["in_city"] for r in rows if (r.get("in_city") or "").strip()}
    ordered = sorted(abbreviations, key=len, reverse=True)
    alternation = "|".join(re.escape(a) for a in ordered)
    pattern = re.compile(rf"(?<![\w&.\-])(?:{alternation})(?![\w&\-])")
    data = read_yaml(yaml_name)
    levels = []
    for i, rule in enumerate(data["rules"]):
        if rule["level"] not in _LEVELS or not rule.get("id"):
            raise DataFileError(f"{yaml_name}: rule {i}: needs an id and a level of {_LEVELS}")
        found = compile_pattern(yaml_name, rule["id"], rule["pattern"])
        levels.append((rule["id"], rule["level"], found))
    unique(yaml_name, [rule_id for rule_id, _, _ in levels], "rule id")
    return Vocabulary(
        abbreviations,
        in_city,
        _by_header(set(abbreviations)),
        pattern,
        tuple(levels),
        compile_pattern(yaml_name, "city_province", data["city_province"]),
        compile_pattern(yaml_name, "below_city", data["below_city"]),
        _province_names(),
        *_closing_patterns(),
    )


# --- context words -------------------------------------------------------------------------


def expand(text: str, city: bool = False, own: dict[str, str] | None = None) -> str:
    """``text`` with every known abbreviation written out; ``city``: the document is
    of a centrally-run city ("TU" is its Thành ủy); ``own``: expansions that the
    issuing body fixes (see :func:`own_abbreviations`)."""
    vocab = load_vocabulary()
    fixed = {**(vocab.in_city if city else {}), **(own or {})}

    def written_out(m: re.Match[str]) -> str:
        short = m.group(0)
        return fixed.get(short, vocab.abbreviations[short])

    # the look-alike "Ð" (U+00D0) some converters type for "Đ", autocorrect's en dash
    return vocab.pattern.sub(written_out, text.replace("Ð", "Đ").replace("–", "-"))


def own_abbreviations(doc: Document) -> dict[str, str]:
    """Expansions the issuing body fixes, read from the header ("BCH" of a Bộ Chỉ huy)."""
    header = doc.slice(doc.blocks.header) if doc.blocks.header else ""
    out: dict[str, str] = {}
    for short, pattern, expansion in load_vocabulary().by_header:
        if short not in out and pattern.search(header):
            out[short] = expansion
    return out


def level(expanded: str, city: bool = False) -> str:
    """The level of a recipient line; ``city``: the document is of a centrally-run
    city, whose "thành phố" is the province."""
    return level_rule(expanded, city)[0]


def level_rule(expanded: str, city: bool = False) -> tuple[str, str]:
    """The level of a recipient line and the name of the rule that gave it: a rule id
    of ``recipient_levels.yaml``, ``city_province``, ``province_name`` or ``none``."""
    vocab = load_vocabulary()
    for rule_id, name, pattern in vocab.levels:
        in_city = city and vocab.city_province.search(expanded)
        if name == "district" and in_city and not vocab.below_city.search(expanded):
            return "province", "city_province"
        if pattern.search(expanded):
            return name, rule_id
    # a body named with its province and nothing else ("Ban TĐKT Hà Nội")
    if vocab.province_name.search(expanded):
        return "province", "province_name"
    return "other", "none"


def _is_city(doc: Document) -> bool:
    found = provinces.extract(doc)
    row = provinces.lookup(found.name) if found else None
    return row is not None and row.kind == "thành phố"


def is_signature(text: str) -> bool:
    """Whether a line of the closing is a piece of the signature column."""
    return bool(load_vocabulary().signature_line.match(text.strip()))


# --- normalise() ---------------------------------------------------------------------------


def normalise(line: str) -> tuple[int, int]:
    """Offsets of an item's content inside ``line``: no leading dash, no trailing ";"
    or ",", no piece of the signature column run into its end."""
    lead = _LEAD.match(line)
    start = lead.end() if lead else 0
    end = len(line)
    tail = load_vocabulary().signature_tail.search(line, start)
    if tail and tail.start() > start:
        end = tail.start()
    trail = _TRAIL.search(line, start, end)
    return start, trail.start() if trail else end


# --- validate() ----------------------------------------------------------------------------


def validate(recipient: Recipient) -> bool:
    return bool(recipient.text) and not _HEADING.match(recipient.text)


# --- entry points --------------------------------------------------------------------------


class _Item(NamedTuple):
    span: Span
    shape: str  # how the list gave it: dashed, plain (a line each), flattened, wrapped


def _items(doc: Document, span: Span) -> Iterator[_Item]:
    """The list's items, up to the "Lưu" item.

    A flattened line is cut at each "; -"; lines of the signature column are
    left out.
    """
    vocab = load_vocabulary()
    pieces: list[_Item] = []
    for line in doc.lines(span):
        bounds = [0, *(m.end() for m in _ITEM_BREAK.finditer(line.text)), len(line.text)]
        for lo, hi in itertools.pairwise(bounds):
            raw = line.text[lo:hi]
            piece = raw.strip()
            if vocab.archive.match(piece):
                yield from _joined(doc, pieces)
                return
            if piece and not is_signature(piece):
                begin = line.span.start + lo + len(raw) - len(raw.lstrip())
                shape = "flattened" if len(bounds) > 2 else "plain"
                shape = "dashed" if shape == "plain" and _DASHED.match(piece) else shape
                pieces.append(_Item(Span(begin, begin + len(piece)), shape))
    yield from _joined(doc, pieces)


def _joined(doc: Document, pieces: list[_Item]) -> list[_Item]:
    """Pieces with a wrapped line joined to the item it continues: in a dashed list,
    a line without a dash that opens with a lower-case word or follows an item
    that did not end with ";", "," or "."."""
    dashed = sum(bool(_DASHED.match(doc.slice(p.span))) for p in pieces) > len(pieces) / 2
    merged: list[_Item] = []
    for p in pieces:
        text = doc.slice(p.span)
        previous = doc.slice(merged[-1].span) if merged else ""
        wrapped = not _ENDS_ITEM.search(previous) or _STARTS_LOWER.match(text)
        if dashed and merged and not _DASHED.match(text) and wrapped:
            merged[-1] = _Item(Span(merged[-1].span.start, p.span.end), "wrapped")
        else:
            merged.append(p)
    return merged


def extract(doc: Document) -> list[Recipient]:
    """The "Nơi nhận" items, in order."""
    span = doc.blocks.recipients
    if span is None:
        return []
    out = []
    city = _is_city(doc)
    own = own_abbreviations(doc)
    for item, shape in _items(doc, span):
        raw = doc.text[item.start : item.end]
        start, end = normalise(raw)
        text = squash(raw[start:end])
        expanded = expand(text, city, own)
        grade, rule = level_rule(expanded, city)
        evidence = doc.evidence(
            item.start + start, item.start + end, f"recipients.line:{shape}+{rule}"
        )
        recipient = Recipient(text, expanded, grade, evidence)
        if validate(recipient):
            out.append(recipient)
    return out


def extract_archive(doc: Document) -> str | None:
    """The content of the "Lưu" item ("VT, KGVXNV. Bích."), also after stray marks or
    at the end of the last recipient line."""
    vocab = load_vocabulary()
    spans = [s for s in (doc.blocks.archive, doc.blocks.recipients, doc.blocks.closing) if s]
    for span in spans:
        for line in doc.lines(span):
            for m in vocab.archive.finditer(line.text):
                content = m.group("content")
                tail = vocab.signature_tail.search(content)
                content = (content[: tail.start()] if tail else content).strip(" ;,")
                if content:
                    return content
    return None
