"""The named patterns of :mod:`extractors.parts.quotas` and of its table cells
(:mod:`extractors.parts.quota_tables`), both read from one load of
``data/quota_rules.yaml``: count phrases, verbs, selecting bodies, unit words, and the
words that tell a count of awards already given from a quota."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from extractors.model import Document, Span
from extractors.segment.passages import ancestors, clause_start
from extractors.text.fold import fold
from extractors.toolbox.award_catalogue import find_mentions
from extractors.toolbox.data_files import DataFileError, compile_pattern, read_yaml
from extractors.toolbox.numbers import count_pattern

# --- named patterns ------------------------------------------------------------------------


@dataclass(frozen=True)
class QuotaRules:
    count: re.Pattern[str]
    unlimited: re.Pattern[str]
    verb: re.Pattern[str]
    selecting_body: re.Pattern[str]
    per_marker: re.Pattern[str]
    per_unit: re.Pattern[str]
    subject_stop: re.Pattern[str]
    kinds: dict[str, str]
    member_kinds: frozenset[str]
    upper: re.Pattern[str]
    not_after_word_number: frozenset[str]
    for_kind: re.Pattern[str]
    for_kinds: dict[str, str]
    unit_label: re.Pattern[str]
    kind_word: re.Pattern[str]
    per_word: re.Pattern[str]
    result_verb: re.Pattern[str]
    result_has: re.Pattern[str]
    received: re.Pattern[str]
    conferred: re.Pattern[str]
    conferred_to: re.Pattern[str]
    registered: re.Pattern[str]
    registration_section: re.Pattern[str]
    per_not_units: re.Pattern[str]


_NAME = "quota_rules.yaml"


@cache
def _read() -> dict[str, Any]:
    data: dict[str, Any] = read_yaml(_NAME)
    return data


@cache
def load_rules() -> QuotaRules:
    name, r = _NAME, _read()
    members = {k.lower(): v for k, v in r["member_kinds"].items()}
    kinds = {k.lower(): v for k, v in r["kinds"].items()}
    if set(members) & set(kinds) or set(members.values()) - {"tap_the", "ca_nhan"}:
        raise DataFileError(f"{name}: member_kinds repeats a kind or names an unknown one")
    kinds.update(members)
    kind = "|".join(map(re.escape, sorted(kinds, key=len, reverse=True)))
    for_kinds = {k.lower(): v for k, v in r["for_kinds"].items()}
    for_kind = "|".join(map(re.escape, sorted(for_kinds, key=len, reverse=True)))
    c = count_pattern()
    count = (
        rf"(?:(?P<bound>{r['upper_bound']}|{r['lower_bound']})\s*)?(?:từ\s+)?"
        rf"(?P<a>{c})(?:\s*(?:-|–|đến)\s*(?P<b>{c}))?\s+(?P<k1>{kind})"
        # a pair may lose its "và" in a preview stripped of stop words: "01 tập thể 02 cá nhân"
        rf"(?:(?:\s*(?P<conj>và|hoặc|,)\s*|[ ](?=\d))(?:(?:từ\s+)?(?P<c>{c})"
        rf"(?:\s*(?:-|–|đến)\s*(?P<d>{c}))?\s+)?(?P<k2>{kind}))?"
    )
    return QuotaRules(
        count=compile_pattern(name, "count", count, re.I),
        unlimited=compile_pattern(name, "unlimited", r["unlimited"], re.I),
        verb=compile_pattern(name, "verbs", rf"\b{r['verbs']}\b", re.I),
        selecting_body=compile_pattern(name, "selecting_body", r["selecting_body"]),
        per_marker=compile_pattern(name, "per_markers", rf"(?s).*\b(?P<m>{r['per_markers']})\s+"),
        per_unit=compile_pattern(name, "units", rf"(?s).*\b(?P<m>[Cc]ác)\s+(?={r['units']})"),
        subject_stop=compile_pattern(name, "subject_stops", r["subject_stops"]),
        kinds=kinds,
        member_kinds=frozenset(members),
        upper=compile_pattern(name, "upper_bound", r["upper_bound"], re.I),
        not_after_word_number=frozenset(w.lower() for w in r["not_after_word_number"]),
        for_kind=compile_pattern(
            name,
            "for_kinds",
            rf"\bcho\s+(?:các\s+)?(?P<k1>{for_kind})\b"
            rf"(?:\s*(?P<conj>,|và|hoặc)\s*(?P<k2>{for_kind})\b)?",
            re.I,
        ),
        for_kinds=for_kinds,
        unit_label=compile_pattern(name, "units", rf"(?:{r['units']})", re.I),
        kind_word=compile_pattern(name, "kinds", kind, re.I),
        per_word=compile_pattern(name, "per_markers", rf"\b{r['per_markers']}\b"),
        **{
            key: compile_pattern(name, key, r[key])
            for key in ("result_verb", "result_has", "received", "conferred", "conferred_to")
        },
        registered=compile_pattern(name, "registered", r["registered"], re.I),
        registration_section=compile_pattern(
            name, "registration_section", r["registration_section"], re.I
        ),
        per_not_units=compile_pattern(name, "per_not_units", r["per_not_units"], re.I),
    )


def confers(text: str, offset: int) -> bool:
    """The count at ``offset`` is in an article that confers awards on the recipients it
    names ("Điều 1. Tặng Bằng khen … cho 06 tập thể (có danh sách kèm theo) đã có …")."""
    rules = load_rules()
    line = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    folded = fold(text[line : len(text) if end < 0 else end])
    return bool(
        rules.conferred.match(folded, 0, offset - line) and rules.conferred_to.search(folded)
    )


def verb_chain_start(region: str) -> int | None:
    """Start of the run of verbs closest before the count ("xét và đề nghị khen
    thưởng từ 15-25" → at "xét"), or None when no verb introduces it."""
    matches = list(load_rules().verb.finditer(region))
    if not matches:
        return None
    start = matches[-1].start()
    for m in reversed(matches[:-1]):
        if region[m.end() : start].strip() not in ("", "và", ","):
            break
        start = m.start()
    return start


def registered(doc: Document, m: re.Match[str], sentence: Span, award: str) -> bool:
    """A count a unit registers for or aims at, not a quota: "05 đồng chí đăng ký danh hiệu
    CSTĐCS", "04 đồng chí đạt danh hiệu Chiến sĩ thi đua cơ sở" (the title it aims at is the
    count's award) with no selecting or giving verb before it in its clause, or any count of
    a section titled "Đăng ký danh hiệu thi đua". A count that meets a title to receive
    another award ("- Bằng khen …: 02 tập thể đạt danh hiệu …") stays a quota."""
    rules = load_rules()
    if any(rules.registration_section.match(s.title) for s in ancestors(doc, m.start())):
        return True
    word = rules.registered.match(doc.text, m.end())
    before = doc.text[clause_start(doc, m.start(), sentence) : m.start()]
    if word is None or verb_chain_start(before) is not None:
        return False
    if word.group("w").lower() == "đăng ký":
        return True
    aimed = find_mentions(doc.text, word.end(), min(len(doc.text), word.end() + 80))[:1]
    if not aimed or aimed[0].start != word.end() or aimed[0].form is None:
        return False
    label = doc.text[sentence.start : m.start()].rstrip()  # "- Bằng khen …: 02 tập thể đạt …"
    return aimed[0].form == award or not (label.endswith(":") and find_mentions(label))


def count_rule(match: re.Match[str]) -> str:
    """The rule id of a count phrase: ``quota.count:`` and the branches of the count
    pattern that read it — ``upper_bound`` / ``lower_bound`` (the YAML rules), ``range``
    ("từ 5-10"), then ``pair`` ("03 tập thể và 05 cá nhân"), ``either`` ("01 tập thể hoặc
    01 cá nhân") or ``joint`` ("05 tập thể, cá nhân"); ``single`` when none."""
    names = []
    if match.group("bound"):
        upper = load_rules().upper.fullmatch(match.group("bound"))
        names.append("upper_bound" if upper else "lower_bound")
    if match.group("b"):
        names.append("range")
    if match.group("k2"):
        conj = (match.group("conj") or "").lower()
        names.append("either" if conj == "hoặc" else "pair" if match.group("c") else "joint")
    return "quota.count:" + ("+".join(names) or "single")


@dataclass(frozen=True)
class CellRules:
    count: re.Pattern[str]
    unlimited: re.Pattern[str]
    collapsed_row: re.Pattern[str]
    upper: re.Pattern[str]
    per_marker: re.Pattern[str]


@cache
def cell_rules() -> CellRules:
    """The patterns of a table cell (:mod:`extractors.parts.quota_tables`), from the same
    rules as the sentence reader."""
    name, r = _NAME, _read()
    c = count_pattern()
    count = (
        rf"^(?:(?P<bound>{r['upper_bound']})\s*)?(?:từ\s+)?(?P<a>{c})"
        rf"(?:\s*(?:-|–|đến)\s*(?P<b>{c}))?$"
    )
    return CellRules(
        count=compile_pattern(name, "table count", count, re.I),
        unlimited=compile_pattern(name, "unlimited", rf"^{r['unlimited']}$", re.I),
        # "label N M", "label Không quy định số lượng …", then a note when the table has one
        collapsed_row=compile_pattern(
            name,
            "table row",
            rf"(?P<l>\S.*?\S)\s+(?P<a>\d{{1,4}}|-|{r['unlimited']})\s+"
            rf"(?P<b>\d{{1,4}}|-|{r['unlimited']})(?:\s+(?P<n>[^\d\s].*))?\s*$",
            re.I,
        ),
        upper=compile_pattern(name, "upper_bound", r["upper_bound"], re.I),
        per_marker=compile_pattern(name, "per_markers", rf"^{r['per_markers']}\s+"),
    )
