"""Recipients ("Nơi nhận") and the archive line ("Lưu: VT, KGVXNV. Bích.").

Each recipient line as written, without its leading dash and trailing ";",
``expanded`` with the abbreviations of ``data/abbreviations.csv`` written out
(an unknown one is left as it is, never guessed), and a ``level`` from
``data/recipient_levels.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors import provinces
from extractors.data_files import DataFileError, compile_pattern, read_csv, read_yaml, unique
from extractors.model import Document, Recipient

# --- named patterns ------------------------------------------------------------------------

_LEAD = re.compile(r"^[\s\-–+•*·]+")
_TRAIL = re.compile(r"[\s;]+$")
_HEADING = re.compile(r"^(?:[-–*+•]\s*)*Nơi\s+nhận\s*:?\s*$", re.IGNORECASE)
_ARCHIVE = re.compile(r"^(?:[-–*+•]\s*)*Lưu\s*:?\s*(?P<content>.*?)\s*$")
_LEVELS = ("central", "province", "district", "internal", "other")


@dataclass(frozen=True)
class Vocabulary:
    abbreviations: dict[str, str]
    pattern: re.Pattern[str]
    levels: tuple[tuple[str, re.Pattern[str]], ...]
    city_province: re.Pattern[str]
    below_city: re.Pattern[str]


@cache
def load_vocabulary() -> Vocabulary:
    csv_name, yaml_name = "abbreviations.csv", "recipient_levels.yaml"
    rows = [r for r in read_csv(csv_name) if r["abbreviation"].strip()]
    unique(csv_name, [r["abbreviation"] for r in rows], "abbreviation")
    abbreviations = {r["abbreviation"]: r["expansion"] for r in rows}
    ordered = sorted(abbreviations, key=len, reverse=True)
    alternation = "|".join(re.escape(a) for a in ordered)
    pattern = re.compile(rf"(?<![\w&.\-])(?:{alternation})(?![\w&\-])")
    data = read_yaml(yaml_name)
    levels = []
    for i, rule in enumerate(data["rules"]):
        if rule["level"] not in _LEVELS:
            raise DataFileError(f"{yaml_name}: rule {i}: unknown level {rule['level']!r}")
        levels.append((rule["level"], compile_pattern(yaml_name, str(i), rule["pattern"])))
    return Vocabulary(
        abbreviations,
        pattern,
        tuple(levels),
        compile_pattern(yaml_name, "city_province", data["city_province"]),
        compile_pattern(yaml_name, "below_city", data["below_city"]),
    )


# --- context words -------------------------------------------------------------------------


def expand(text: str) -> str:
    """``text`` with every known abbreviation written out."""
    vocab = load_vocabulary()
    return vocab.pattern.sub(lambda m: vocab.abbreviations[m.group(0)], text)


def level(expanded: str, city: bool = False) -> str:
    """The level of a recipient line; ``city``: the document is of a centrally-run
    city, whose "thành phố" is the province."""
    vocab = load_vocabulary()
    for name, pattern in vocab.levels:
        in_city = city and vocab.city_province.search(expanded)
        if name == "district" and in_city and not vocab.below_city.search(expanded):
            return "province"
        if pattern.search(expanded):
            return name
    return "other"


def _is_city(doc: Document) -> bool:
    found = provinces.extract(doc)
    row = provinces.lookup(found.name) if found else None
    return row is not None and row.kind == "thành phố"


# --- normalise() ---------------------------------------------------------------------------


def normalise(line: str) -> tuple[int, int]:
    """Offsets of the line's content inside ``line``: no leading dash, no trailing ";"."""
    lead = _LEAD.match(line)
    start = lead.end() if lead else 0
    trail = _TRAIL.search(line, start)
    return start, trail.start() if trail else len(line)


# --- validate() ----------------------------------------------------------------------------


def validate(recipient: Recipient) -> bool:
    return bool(recipient.text) and not _HEADING.match(recipient.text)


# --- entry points --------------------------------------------------------------------------


def extract(doc: Document) -> list[Recipient]:
    """The "Nơi nhận" lines, in order."""
    span = doc.blocks.recipients
    if span is None:
        return []
    out = []
    city = _is_city(doc)
    for line in doc.lines(span):
        if _ARCHIVE.match(line.text):
            break
        start, end = normalise(line.text)
        text = line.text[start:end]
        expanded = expand(text)
        evidence = doc.evidence(line.span.start + start, line.span.start + end, "recipients.line")
        recipient = Recipient(text, expanded, level(expanded, city), evidence)
        if validate(recipient):
            out.append(recipient)
    return out


def extract_archive(doc: Document) -> str | None:
    """The content of the "Lưu:" line ("VT, KGVXNV. Bích."), also after stray marks."""
    span = doc.blocks.archive
    if span is None and doc.blocks.closing is not None:
        span = next(
            (ln.span for ln in doc.lines(doc.blocks.closing) if _ARCHIVE.match(ln.text)), None
        )
    if span is None:
        return None
    m = _ARCHIVE.match(doc.text[span.start : span.end].strip())
    content = m.group("content").strip() if m else ""
    return content or None
