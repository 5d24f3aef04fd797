"""Movement names of a document (a press article's are read by :mod:`extractors.parts.header`).

The movements a document launches or carries on, by the names it gives them: quoted after
"phong trào (thi đua)" or "đợt thi đua" in its title (or the title of a plan it issues,
attached after its signature); else in the preamble's sentence saying what the plan does,
or every one the preamble says it implements; else those its body tells the reader to
carry on — a chỉ thị's "tiếp tục đẩy mạnh phong trào thi đua “…”", a guidance letter's
"các phong trào thi đua do Thủ tướng Chính phủ phát động: “…”, “…”", a name written without
quotes after "phong trào (thi đua)". A year's theme (chủ đề), a slogan, a campaign (cuộc vận
động), a contest or an award named in quotes is not a movement. Vocabulary in
``data/movements.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.model import Document, Evidence, Span
from extractors.segment.passages import body_span
from extractors.segment.structure import attachment_title
from extractors.toolbox.data_files import DataFileError, compile_pattern, read_yaml, unique
from extractors.toolbox.names import squash

RULE_TITLE = "header.movement_quoted"
RULE_IMPLEMENTED = "header.movement_implemented"
RULE_BODY = "header.movement_body"
RULE_BODY_UNQUOTED = "header.movement_body_unquoted"

_QUOTE_OPEN = '“"«'
_NAME = r"(?P<name>(?:[^”\"«»\n]|\n(?![ \t]*\n)){4,300})"
# a further name right after one: "… “A” và “B”", "… “A”, “B”", "“A”; “B”"
CHAINED = re.compile(r"[ ]*(?:,|;|và)[ ]*[“\"«](?P<name>[^”\"«»\n]{4,300})[”\"»]")


@dataclass(frozen=True)
class MovementRules:
    """The compiled rules of ``data/movements.yaml``."""

    quoted: re.Pattern[str]
    not_between: re.Pattern[str]
    unquoted: re.Pattern[str]
    unquoted_min_words: int
    not_a_name: re.Pattern[str]
    own_plan: re.Pattern[str]


# --- named patterns ------------------------------------------------------------------------


@cache
def load_rules() -> MovementRules:
    """The rules, validated: every entry compiles, none is given twice."""
    name = "movements.yaml"
    data = read_yaml(name)
    for key in ("heads", "not_between", "unquoted_ends", "not_a_name"):
        if not data.get(key):
            raise DataFileError(f"{name}: {key!r} is missing or empty")
        unique(name, [w.lower() for w in data[key]], key)
    heads = "|".join(f"(?:{h})" for h in data["heads"])
    compile_pattern(name, "heads", heads)
    # the head, a few words (the gap), then the quoted name, also over a line break
    gap = int(data["gap_words"])
    quoted = compile_pattern(
        name,
        "quoted",
        rf"(?<!\w)(?:{heads})(?P<gap>(?:[ ]+[\w/-]+){{0,{gap}}}?)[ :]*\n?[ ]*"
        rf"[{_QUOTE_OPEN}]{_NAME}[”\"»]",
        re.IGNORECASE,
    )
    words = "|".join(re.escape(w) for w in data["not_between"])
    not_between = compile_pattern(name, "not_between", rf"(?<!\w)(?:{words})(?!\w)", re.I)
    ends = "|".join(re.escape(w) for w in data["unquoted_ends"])
    unquoted = compile_pattern(
        name,
        "unquoted",
        r"[Pp]hong trào(?:[ ]+thi đua)?[ ]+(?P<name>[^\W\d_][^.;:“”\"«»()\n]{8,150}?)"
        rf"(?=[ ]+(?:{ends})\b|[ ]*[.;:(\n]|$)",
    )
    starts = "|".join(re.escape(w) for w in data["not_a_name"])
    not_a_name = compile_pattern(name, "not_a_name", rf"(?:{starts})(?!\w)")
    own_plan = compile_pattern(name, "own_plan", data["own_plan"], re.IGNORECASE)
    return MovementRules(
        quoted, not_between, unquoted, int(data["unquoted_min_words"]), not_a_name, own_plan
    )


# --- context words -------------------------------------------------------------------------


def _quoted(doc: Document, span: Span) -> list[re.Match[str]]:
    """Quoted names after a movement's head in ``span``, each with the names chained to it;
    a head whose gap names a theme, campaign or award ("phong trào thi đua năm 2024 với chủ
    đề “…”", "hưởng ứng cuộc vận động “…”") gives none."""
    found: list[re.Match[str]] = []
    for m in load_rules().quoted.finditer(doc.text, span.start, span.end):
        if names_other(m.group("gap")):
            continue
        found.append(m)
        chained = CHAINED.match(doc.text, m.end(), span.end)
        while chained is not None:
            found.append(chained)
            chained = CHAINED.match(doc.text, chained.end(), span.end)
    return found


def names_other(words: str) -> bool:
    """The words before a quoted name say it is no movement: a campaign ("Cuộc vận động
    “…”", "hưởng ứng cuộc vận động “…”"), a theme or slogan, a contest, an award, a programme
    (``not_between``). The one rule of documents and press articles
    (:func:`extractors.parts.header.movement_names`)."""
    return bool(load_rules().not_between.search(words))


def _unquoted(doc: Document, span: Span) -> list[re.Match[str]]:
    """Names written without quotes after "phong trào (thi đua)": capitalised, long enough,
    not the body that launched the movement or whose movements they are."""
    rules = load_rules()
    return [
        m
        for m in rules.unquoted.finditer(doc.text, span.start, span.end)
        if m.group("name")[0].isupper()
        and len(m.group("name").split()) >= rules.unquoted_min_words
        and not rules.not_a_name.match(m.group("name"))
    ]


def _named(doc: Document, matches: list[re.Match[str]], rule: str) -> list[tuple[str, Evidence]]:
    """One (name, evidence) per distinct name, in text order."""
    names: list[tuple[str, Evidence]] = []
    for m in sorted(matches, key=lambda m: m.start("name")):
        name = squash(m.group("name"))
        if name not in [n for n, _ in names]:
            names.append((name, doc.evidence(m.start("name"), m.end("name"), rule)))
    return names


# --- normalise() ---------------------------------------------------------------------------


def _in_title(doc: Document) -> list[tuple[str, Evidence]]:
    spans = [s for s in (doc.blocks.title, attachment_title(doc)) if s is not None]
    return _named(doc, [m for span in spans for m in _quoted(doc, span)], RULE_TITLE)


def _in_preamble(doc: Document) -> list[tuple[str, Evidence]]:
    """The movement of the preamble's own-plan sentence, else every quoted one."""
    pre = doc.blocks.preamble
    if pre is None:
        return []
    for own in load_rules().own_plan.finditer(doc.text, pre.start, pre.end):
        first = _quoted(doc, Span(own.end(), pre.end))[:1]
        if first:
            return _named(doc, first, RULE_TITLE)
    return _named(doc, _quoted(doc, pre), RULE_IMPLEMENTED)


def _in_body(doc: Document) -> list[tuple[str, Evidence]]:
    """The movements the body names, quoted or not, after the preamble."""
    body = body_span(doc)
    pre = doc.blocks.preamble
    span = Span(max(body.start, pre.end if pre else body.start), body.end)
    quoted = _named(doc, _quoted(doc, span), RULE_BODY)
    unquoted = [
        (n, ev)
        for n, ev in _named(doc, _unquoted(doc, span), RULE_BODY_UNQUOTED)
        if not any(ev.start < q.end and q.start < ev.end for _, q in quoted)
    ]
    merged = sorted([*quoted, *unquoted], key=lambda found: found[1].start)
    return _named_once(merged)


# --- validate() ----------------------------------------------------------------------------


def _named_once(found: list[tuple[str, Evidence]]) -> list[tuple[str, Evidence]]:
    out: list[tuple[str, Evidence]] = []
    for name, ev in found:
        if name.lower() not in [n.lower() for n, _ in out]:
            out.append((name, ev))
    return out


# --- entry point ---------------------------------------------------------------------------


def of_document(doc: Document) -> list[tuple[str, Evidence]]:
    """The movements a document launches or carries on: its title's, else its preamble's,
    else its body's."""
    return _in_title(doc) or _in_preamble(doc) or _in_body(doc)
