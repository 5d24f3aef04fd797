"""The Vietnamese NLP layer: spaCy documents over underthesea's words.

underthesea segments Vietnamese into words of one or more syllables
("Ủy ban nhân dân", "ban hành", "Kế hoạch"); spaCy gives token-level rule
engines (Matcher, PhraseMatcher, SpanRuler) over them. :func:`tokens` builds a
spaCy ``Doc`` whose character offsets are those of the document text, so a
token-level match is a span of the record's text like any regex match.

Segmentation costs ~13 ms per KB here, so it runs on the small spans where a
token rule earns its place (the preamble's issuing sentence), not on whole
documents. Rules live as JSON lines under ``data/patterns/``.
"""

from __future__ import annotations

import json
import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc
from underthesea import sent_tokenize, word_tokenize

from extractors.model import Document, Span
from extractors.toolbox.data_files import DataFileError, data_path


@cache
def _nlp() -> Language:
    # a blank multi-language pipeline: its vocab and rule engines, no tokenizer
    # of its own is used (spaCy's "vi" tokenizer needs pyvi).
    return spacy.blank("xx")


def _align(text: str, words: list[str], offset: int) -> list[tuple[int, int]]:
    """Character spans of ``words`` in ``text``; words not found are skipped."""
    spans = []
    pos = 0
    for word in words:
        parts = [re.escape(p) for p in word.split()]
        if not parts:
            continue
        m = re.compile(r"\s+".join(parts)).search(text, pos)
        if m is None:
            continue
        spans.append((offset + m.start(), offset + m.end()))
        pos = m.end()
    return spans


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """underthesea words of ``text[start:end]`` as spans of ``text``.

    Lines are split into sentences before segmentation (underthesea's word
    segmentation degrades on long inputs).
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    line_start = start
    for line in text[start:end].split("\n"):
        pos = line_start
        for sentence in sent_tokenize(line) if line.strip() else []:
            at = text.find(sentence, pos, line_start + len(line))
            if at < 0:
                continue
            words = word_tokenize(sentence, use_token_normalize=False)
            spans.extend(_align(sentence, words, at))
            pos = at + len(sentence)
        line_start += len(line) + 1
    return spans


def tokens(text: str, start: int = 0, end: int | None = None) -> tuple[Doc, int]:
    """A spaCy Doc of ``text[start:end]`` tokenised by underthesea.

    Returns the Doc and the offset to add to a token's ``idx`` to get its
    position in ``text``: ``doc.text == text[start:end]`` exactly, with the
    whitespace between words kept as spaces or whitespace tokens.
    """
    end = len(text) if end is None else end
    words: list[str] = []
    spaces: list[bool] = []
    pos = start
    for s, e in word_spans(text, start, end):
        if s > pos:
            _gap(text[pos:s], words, spaces)
        words.append(text[s:e])
        spaces.append(False)
        pos = e
    if pos < end:
        _gap(text[pos:end], words, spaces)
    return Doc(_nlp().vocab, words=words, spaces=spaces), start


def _gap(gap: str, words: list[str], spaces: list[bool]) -> None:
    """Put the text between two words into the Doc: a space or a whitespace token."""
    if gap == " " and words:
        spaces[-1] = True
        return
    words.append(gap)
    spaces.append(False)


@cache
def load_rules(name: str) -> SpanRuler:
    """A SpanRuler with the patterns of ``data/patterns/<name>``."""
    path = data_path(f"patterns/{name}")
    patterns = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataFileError(f"patterns/{name}:{n}: {exc}") from exc
            patterns.append({"label": row["label"], "pattern": row["pattern"], "id": row["id"]})
    ruler = SpanRuler(_nlp(), name=f"rules_{name}", spans_key=None, annotate_ents=False)
    ruler.add_patterns(patterns)
    return ruler


def find_rule_spans(doc: Document, scope: Span, rules: str) -> list[Span]:
    """Matches of the token rules in ``rules`` inside ``scope``, as text spans."""
    spacy_doc, offset = tokens(doc.text, scope.start, scope.end)
    ruler = load_rules(rules)
    return [
        Span(offset + span.start_char, offset + span.end_char) for span in ruler.match(spacy_doc)
    ]


def regex_span(spacy_doc: Doc, offset: int, start: int, end: int) -> spacy.tokens.Span | None:
    """The token span covering the text span ``[start, end)`` (expanded to whole words)."""
    return spacy_doc.char_span(start - offset, end - offset, alignment_mode="expand")
