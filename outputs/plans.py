"""What the outputs read: stored plans, failures and every value's evidence.

The tables, the workbook and the report are pure functions of an iterable of
:class:`Plan`-like objects (the store's ``StoredRecord`` has the same
attributes) and of failures ``(path, sha256, status, reason, hint)``, so they
can be built from the store, from ``thidua extract`` JSON files or from records
a test writes by hand.

:func:`evidence_items` walks one record and gives every extracted value an
evidence id (``<plan>-<part>-<n>``) — the id the tables carry, the workbook
links and the review page anchors — with a check of its evidence.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, Protocol

from extractors.model import Quota
from extractors.registry import RECORD_PARTS
from outputs.columns import Lang, label, labels
from outputs.errors import CorpusError
from pipeline.ingest.discover import source_root


class PlanLike(Protocol):
    doc_id: Any
    source_path: str
    sha256: str
    format: Any
    status: str
    warnings: list[str]
    record: dict[str, Any]
    duplicate_of: Any


@dataclass
class Plan:
    """One stored document as the outputs see it (same fields as the store's)."""

    doc_id: Any
    source_path: str
    sha256: str
    format: str | None
    status: str
    warnings: list[str]
    record: dict[str, Any]
    duplicate_of: Any = None


class Failure(NamedTuple):
    path: str
    sha256: str | None
    status: str
    reason: str
    hint: str | None = None


def notes_of(plan: PlanLike) -> list[str]:
    """How values were read (``source.notes``): information, never a reason for ``partial``."""
    return [str(n) for n in ((plan.record or {}).get("source") or {}).get("notes") or []]


def plan_from_record(doc_id: Any, record: dict[str, Any], status: str | None = None) -> Plan:
    """A :class:`Plan` for a bare plan record (``thidua extract`` output)."""
    source = record.get("source") or {}
    warnings = list(source.get("warnings") or [])
    return Plan(
        doc_id=doc_id,
        source_path=str(source.get("path", "")),
        sha256=str(source.get("sha256", "")),
        format=source.get("format"),
        status=status or ("partial" if warnings else "ok"),
        warnings=warnings,
        record=record,
    )


@dataclass
class CorpusInfo:
    """Where the plans came from, for the workbook's cover and the report."""

    corpus: str
    extractor_versions: list[str] = dataclasses.field(default_factory=list)
    generated_at: dt.datetime = dataclasses.field(default_factory=lambda: dt.datetime.now(dt.UTC))
    documents: int = 0
    counted: int = 0
    failures: int = 0
    partial: int = 0  # stored with warnings: a value may be wrong or a part failed


@dataclass
class Corpus:
    """Everything the outputs are built from."""

    plans: list[PlanLike]
    failures: list[Failure]
    info: CorpusInfo


def relative_paths(plans: list[PlanLike], failures: list[Failure]) -> list[Failure]:
    """Show every source path relative to the ingest root (the folder all the files are
    under), never as one machine's absolute path; the plans are changed in place."""
    root = source_root([p.source_path for p in plans] + [f.path for f in failures])
    if root is None:
        return failures

    def rel(path: str) -> str:
        return os.path.relpath(path, root) if os.path.isabs(path) else path

    for plan in plans:
        plan.source_path = rel(plan.source_path)
    return [f._replace(path=rel(f.path)) for f in failures]


def _corpus(
    name: str, plans: list[PlanLike], failures: list[Failure], versions: list[str]
) -> Corpus:
    failures = relative_paths(plans, failures)
    info = CorpusInfo(
        corpus=name,
        extractor_versions=versions,
        documents=len(plans),
        counted=sum(1 for p in plans if p.duplicate_of is None),
        failures=len(failures),
        partial=sum(1 for p in plans if p.status == "partial"),
    )
    return Corpus(plans, failures, info)


def from_store(db_path: str | Path) -> Corpus:
    """Every stored document (linked duplicates included) and every failure."""
    from pipeline.store import open_store

    path = Path(db_path)
    if not path.is_file():
        raise CorpusError(
            f"{path}: no corpus store here — run `thidua ingest FOLDER --db {path}` first"
        )
    store = open_store(path)
    try:
        plans: list[PlanLike] = list(store.iter_records(include_linked_duplicates=True))
        failures = list(iter_failures(store.iter_failures()))
        versions = store.extractor_versions()
    finally:
        store.close()
    return _corpus(str(path), plans, failures, versions)


def from_records_dir(folder: str | Path) -> Corpus:
    """Plans from ``thidua extract --out DIR`` JSON files (no store needed)."""
    path = Path(folder)
    if not path.is_dir():
        raise CorpusError(f"{path}: not a folder of plan records (thidua extract --out DIR)")
    plans: list[PlanLike] = list(plans_from_json_dir(path))
    return _corpus(str(path), plans, [], [])


def plans_from_json_dir(folder: Path) -> list[Plan]:
    """Plans from the ``<stem>.json`` files ``thidua extract --out DIR`` writes."""
    files = sorted(Path(folder).glob("*.json"))
    return [
        plan_from_record(i, json.loads(f.read_text(encoding="utf-8")))
        for i, f in enumerate(files, start=1)
    ]


_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.]")


def plan_key(plan: PlanLike) -> str:
    """The plan's id as used in evidence ids, file names and anchors."""
    return _ID_UNSAFE.sub("_", str(plan.doc_id))


def evidence_id(plan: PlanLike, part: str, index: int | None = None) -> str:
    key = f"{plan_key(plan)}-{part}"
    return key if index is None else f"{key}-{index}"


@dataclass
class EvidenceItem:
    """One extracted value, its evidence and how that evidence checks out."""

    id: str
    part: str
    index: int | None
    field: str
    value: str
    evidence: dict[str, Any] | None
    check: str  # ok | missing | mismatch | located | warning
    warnings: list[str] = dataclasses.field(default_factory=list)

    @property
    def start(self) -> int | None:
        return self.evidence.get("start") if self.evidence else None

    @property
    def end(self) -> int | None:
        return self.evidence.get("end") if self.evidence else None

    @property
    def highlightable(self) -> bool:
        return self.check in ("ok", "located", "warning")


def quantity_text(quota: Mapping[str, Any] | Quota, lang: Lang) -> str:
    """ "03", "5–10" or "không quy định số lượng" — never a number it is not."""
    if isinstance(quota, Mapping):
        unlimited, lo, hi = quota.get("unlimited"), quota.get("min"), quota.get("max")
    else:
        unlimited, lo, hi = quota.unlimited, quota.min, quota.max
    if unlimited:
        return label("words", "unlimited", lang) or ""
    if lo is None and hi is None:
        return "?"
    if lo is None or hi is None or lo == hi:
        return str(lo if lo is not None else hi)
    return f"{lo}–{hi}"


def vn_date(value: Any) -> str:
    """An ISO date as the tables show it (dd/mm/yyyy); anything else as it is."""
    text = "" if value is None else str(value)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        year, month, day = text.split("-")
        return f"{day}/{month}/{year}"
    return text


def field_label(fld: str, lang: Lang) -> str:
    """The label of a value's field (``document.issue_date`` → "Ngày ban hành")."""
    known = labels()["field"]
    for key in (fld, fld.removeprefix("document.")):
        if key in known:
            return known[key][lang]
    return fld


def _summary(part: str, item: dict[str, Any], lang: Lang) -> str:
    if part in ("legal_basis", "references"):
        return str(item.get("number") or item.get("title") or "")
    if part == "award_forms":
        return f"{label('award', item.get('form'), lang)}: {item.get('label') or ''}"
    if part == "quotas":
        kind = label("recipient_kind", item.get("recipient_kind"), lang)
        per = item.get("per")
        tail = f" / {per}" if per else ""
        return (
            f"{label('award', item.get('award'), lang)}: {quantity_text(item, lang)} {kind}{tail}"
        )
    if part == "thresholds":
        amount = item.get("amount_vnd")
        amount_s = f"{amount:,}".replace(",", ".") if isinstance(amount, int) else "?"
        return f"{label('award', item.get('award'), lang)}: {amount_s} đ"
    if part == "deadlines":
        return f"{vn_date(item.get('date'))}: {label('action_kind', item.get('action_kind'), lang)}"
    if part in ("criteria", "recipients"):
        return str(item.get("text") or "")
    return str(item.get("name") or item.get("text") or "")


def _check(text: str, evidence: Any, item_warnings: list[str]) -> str:
    if not isinstance(evidence, dict) or not evidence.get("quote"):
        return "missing"
    start, end = evidence.get("start"), evidence.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end:
        return "mismatch"
    if text[start:end] != evidence["quote"]:
        return "mismatch"
    return "warning" if item_warnings else "ok"


def _item(
    plan: PlanLike, part: str, index: int | None, fld: str, item: dict[str, Any], lang: Lang
) -> EvidenceItem:
    text = plan.record.get("text") or ""
    warns = [str(w) for w in item.get("warnings") or []]
    evidence = item.get("evidence")
    return EvidenceItem(
        id=evidence_id(plan, part, index),
        part=part,
        index=index,
        field=fld,
        value=_summary(part, item, lang),
        evidence=evidence if isinstance(evidence, dict) else None,
        check=_check(text, evidence, warns),
        warnings=warns,
    )


_LIST_PARTS = tuple(p.key for p in RECORD_PARTS if p.many)


def _participants_item(plan: PlanLike, lang: Lang) -> EvidenceItem | None:
    record = plan.record
    participants = record.get("participants")
    if not participants:
        return None
    evidence = record.get("participants_evidence")
    item = EvidenceItem(
        id=evidence_id(plan, "participants"),
        part="participants",
        index=None,
        field="participants",
        value=str(participants),
        evidence=evidence if isinstance(evidence, dict) else None,
        check=_check(record.get("text") or "", evidence, []),
    )
    if item.check == "missing":
        # The schema gives participants no evidence; find the words in the text.
        start = (record.get("text") or "").find(participants)
        if start >= 0:
            item.evidence = {
                "quote": participants,
                "start": start,
                "end": start + len(participants),
            }
            item.check = "located"
    return item


def _field_evidence_items(plan: PlanLike, doc: dict[str, Any], lang: Lang) -> list[EvidenceItem]:
    """Evidence of the document's scalars (number, date, title…), when given."""
    out: list[EvidenceItem] = []
    seen: dict[str, int] = {}
    for entry in doc.get("field_evidence") or []:
        if not isinstance(entry, dict) or not entry.get("field"):
            continue
        name = str(entry["field"])
        seen[name] = seen.get(name, 0) + 1
        value = doc.get(name)
        if isinstance(value, list):
            value = value[seen[name] - 1] if seen[name] <= len(value) else None
        item = _item(plan, f"doc_{name}", None, f"document.{name}", {}, lang)
        if seen[name] > 1:
            item.id = f"{item.id}-{seen[name]}"
        if name == "doc_type":
            value = label("doc_type", value, lang)
        elif name.endswith("_date"):
            value = vn_date(value)
        item.value = "" if value is None else str(value)
        ev = entry.get("evidence")
        item.evidence = ev if isinstance(ev, dict) else None
        item.check = _check(plan.record.get("text") or "", ev, [])
        out.append(item)
    return out


def evidence_items(plan: PlanLike, lang: Lang = "vi") -> list[EvidenceItem]:
    """Every extracted value of ``plan`` with its evidence id and check."""
    record = plan.record or {}
    doc = record.get("document") or {}
    out: list[EvidenceItem] = []
    for fld in ("province", "issuer", "signer"):
        value = doc.get(fld)
        if isinstance(value, dict):
            out.append(_item(plan, fld, None, f"document.{fld}", value, lang))
    for part in _LIST_PARTS:
        for i, item in enumerate(record.get(part) or [], start=1):
            if isinstance(item, dict):
                out.append(_item(plan, part, i, part, item, lang))
    out.extend(_field_evidence_items(plan, doc, lang))
    participants = _participants_item(plan, lang)
    if participants is not None:
        out.append(participants)
    return out


def iter_failures(failures: Iterable[Any]) -> Iterator[Failure]:
    """Normalise the store's failure rows (tuples or objects) to :class:`Failure`."""
    for f in failures:
        if isinstance(f, tuple):
            yield Failure(*f)
        else:
            yield Failure(f.path, f.sha256, f.status, f.reason, getattr(f, "hint", None))
