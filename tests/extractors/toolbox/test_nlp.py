from __future__ import annotations

import re

import pytest

from extractors.model import Document, Span
from extractors.toolbox.nlp import find_rule_spans, regex_span, tokens

TEXT = "Thực hiện Quyết định số 1497/QĐ-TTg.\n\nỦy ban nhân dân tỉnh ban hành Kế hoạch  triển khai như sau:"


def test_tokens_keep_the_text_and_offsets() -> None:
    start = TEXT.index("Quyết")
    doc, offset = tokens(TEXT, start)
    assert doc.text == TEXT[start:]
    for token in doc:
        assert TEXT[offset + token.idx : offset + token.idx + len(token.text)] == token.text


def test_tokens_are_multi_syllable_words() -> None:
    doc, _ = tokens(TEXT)
    words = [t.text for t in doc if not t.is_space]
    assert "ban hành" in words
    assert "Kế hoạch" in words


def test_token_rule_and_regex_agree_on_char_spans() -> None:
    document = Document(text=TEXT)
    found = find_rule_spans(document, Span(0, len(TEXT)), "issuing_verbs.jsonl")
    by_regex = [Span(m.start(), m.end()) for m in re.finditer(r"ban hành Kế hoạch", TEXT)]
    assert found == by_regex
    doc, offset = tokens(TEXT)
    span = regex_span(doc, offset, by_regex[0].start, by_regex[0].end)
    assert span is not None
    assert (offset + span.start_char, offset + span.end_char) == (
        by_regex[0].start,
        by_regex[0].end,
    )
    assert [t.text for t in span] == ["ban hành", "Kế hoạch"]


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Kế hoạch số 278/KH-UBND của UBND tỉnh về phát động phong trào.",
        "Các đơn vị xây dựng báo cáo gửi về Sở Nội vụ.",
    ],
)
def test_token_rule_ignores_sentences_that_issue_nothing(text: str) -> None:
    assert find_rule_spans(Document(text=text), Span(0, len(text)), "issuing_verbs.jsonl") == []
