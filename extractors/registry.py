"""The record parts, declared once.

:data:`RECORD_PARTS` is the one registry of the parts of a plan record, in the
record's key order. Each :class:`RecordPart` says what the part is (its record
key, the dataclass of one value, one value or a list), which step of the
runner fills it, where it is stored (table and columns), how it is scored
against gold and what it is called (vi/en). The runner
(:mod:`extractors.runner`), the store's part tables (``pipeline.store.parts``),
the scoring (``outputs.scoring``), the labels (``outputs.columns.labels``) and
the evidence walk of the outputs (``outputs.plans``) are derived from it.

This module imports no extractor, so that the store, the outputs and the
command line read the declaration without loading spaCy and every rule file;
the runner binds each ``step`` name to the function that fills it.
"""

from __future__ import annotations

import dataclasses
import typing
from dataclasses import dataclass
from typing import Any, NamedTuple, TypeVar

from extractors.model import (
    AwardForm,
    Citation,
    Criterion,
    Deadline,
    DocumentFields,
    Evidence,
    Quota,
    Recipient,
    Threshold,
    to_json,
)

SCORING_KINDS = frozenset(
    {"citation", "criterion", "form_set", "quota", "threshold", "deadline", "texts"}
    | {"equal", "starts", "fields"}
)
"""How a part is scored against gold (``outputs.scoring`` maps each to its rule):
list kinds name the pair score; ``equal``/``starts`` compare one value;
``fields`` scores the part's fields one by one (the document)."""


class Label(NamedTuple):
    vi: str
    en: str


@dataclass(frozen=True)
class RecordPart:
    """One part of a plan record, declared once.

    ``item`` is the dataclass of one value (``None`` for plain text); ``many``
    says the part is a list of them. ``step`` names the runner step filling it
    (one step may fill several parts). ``stored`` names the item fields kept
    as columns of ``table`` (besides the evidence); parts sharing a table are
    told apart by a ``role`` column holding their key. ``label`` heads the
    part's group, ``item_label`` names one value of it.
    """

    key: str
    item: type[Any] | None
    many: bool
    step: str
    label: Label
    item_label: Label
    scoring: str
    table: str | None = None
    stored: tuple[str, ...] = ()

    def empty(self) -> Any:
        """The part's value when its step failed or found nothing."""
        if self.many:
            return []
        if self.item is DocumentFields:
            return to_json(DocumentFields())
        return None

    def column_types(self) -> dict[str, str]:
        """The SQL type of each stored column, from the item's annotations."""
        hints = typing.get_type_hints(self.item) if self.item else {}
        numeric = {int, bool, int | None, bool | None}
        return {c: "INTEGER" if hints.get(c) in numeric else "TEXT" for c in self.stored}


_CITED = ("doc_type", "number", "date", "issuer", "title")

RECORD_PARTS: tuple[RecordPart, ...] = (
    RecordPart(
        "document", DocumentFields, False, "document",
        Label("Thông tin văn bản", "Document"), Label("Văn bản", "Document"), "fields",
    ),
    RecordPart(
        "legal_basis", Citation, True, "citations",
        Label("Căn cứ pháp lý", "Legal basis"), Label("Căn cứ", "Legal basis"), "citation",
        table="citations", stored=_CITED,
    ),
    RecordPart(
        "references", Citation, True, "citations",
        Label("Văn bản viện dẫn khác", "Other references"),
        Label("Văn bản viện dẫn", "Reference"), "citation",
        table="citations", stored=_CITED,
    ),
    RecordPart(
        "participants", None, False, "participants",
        Label("Đối tượng thi đua", "Participants"),
        Label("Đối tượng thi đua", "Participants"), "starts",
    ),
    RecordPart(
        "criteria", Criterion, True, "criteria",
        Label("Tiêu chí thi đua", "Criteria"), Label("Tiêu chí", "Criterion"), "criterion",
        table="criteria", stored=("text", "target"),
    ),
    RecordPart(
        "award_forms", AwardForm, True, "award_forms",
        Label("Hình thức khen thưởng", "Award forms"),
        Label("Hình thức khen thưởng", "Award form"), "form_set",
        table="award_forms", stored=("form", "label", "conferrer", "standard"),
    ),
    RecordPart(
        "quotas", Quota, True, "quotas",
        Label("Chỉ tiêu khen thưởng", "Quotas"), Label("Chỉ tiêu khen thưởng", "Quota"), "quota",
        table="quotas",
        stored=("award", "recipient_kind", "min", "max", "unlimited", "per", "selected_by"),
    ),
    RecordPart(
        "thresholds", Threshold, True, "thresholds",
        Label("Mức đóng góp", "Money thresholds"), Label("Mức đóng góp", "Threshold"),
        "threshold",
        table="thresholds", stored=("award", "recipient_kind", "amount_vnd", "basis"),
    ),
    RecordPart(
        "deadlines", Deadline, True, "deadlines",
        Label("Thời hạn", "Deadlines"), Label("Thời hạn", "Deadline"), "deadline",
        table="deadlines", stored=("date", "action", "action_kind", "to"),
    ),
    RecordPart(
        "recipients", Recipient, True, "recipients",
        Label("Nơi nhận", "Recipients"), Label("Nơi nhận", "Recipient"), "texts",
        table="recipients", stored=("text", "expanded", "level"),
    ),
    RecordPart(
        "archive", None, False, "recipients",
        Label("Lưu trữ", "Archive"), Label("Lưu", "Archive"), "equal",
    ),
)  # fmt: skip


def _check(parts: tuple[RecordPart, ...]) -> dict[str, RecordPart]:
    """The parts by key, checked at import: unique keys, known scoring kinds, stored
    columns that are fields of the item."""
    by_key: dict[str, RecordPart] = {}
    for part in parts:
        if part.key in by_key:
            raise ValueError(f"record part {part.key!r} declared twice")
        if part.scoring not in SCORING_KINDS:
            raise ValueError(f"record part {part.key!r}: unknown scoring {part.scoring!r}")
        names = {f.name for f in dataclasses.fields(part.item)} if part.item else set()
        missing = [c for c in part.stored if c not in names]
        if missing or (part.stored and not part.table):
            raise ValueError(f"record part {part.key!r}: stored columns {part.stored} bad")
        by_key[part.key] = part
    return by_key


BY_KEY: dict[str, RecordPart] = _check(RECORD_PARTS)

T = TypeVar("T")


def from_json(cls: type[T], value: Any) -> T | None:
    """The record dataclass ``cls`` read back from its JSON shape (:func:`to_json`).

    Lenient, as stored records come from older versions and other hands: a
    field missing from ``value`` gets its default (``None`` when it has none),
    keys the class does not know are left out, and an ``evidence`` that is not
    a whole evidence object is ``None``. ``None`` when ``value`` is not a dict.
    """
    if not isinstance(value, dict):
        return None
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):  # type: ignore[arg-type]
        if f.name not in value:
            if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                kwargs[f.name] = None
            continue
        raw = value[f.name]
        if f.name == "evidence":
            raw = _evidence_from_json(raw)
        kwargs[f.name] = raw
    return cls(**kwargs)


def _evidence_from_json(value: Any) -> Evidence | None:
    if not isinstance(value, dict):
        return None
    quote, start, end = value.get("quote"), value.get("start"), value.get("end")
    if not (isinstance(quote, str) and isinstance(start, int) and isinstance(end, int)):
        return None
    return Evidence(quote, start, end, value.get("page"), value.get("section"), value.get("rule"))
