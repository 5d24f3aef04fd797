"""Central documents and how the provinces' plans take them up (sheet "Thực hiện VB
trung ương").

A citation is central when ``central.yaml`` says so (its type, number suffix or
issuer). The catalogue ``central_documents.yaml`` names the central documents on
emulation and commendation (number, date, issuer, title, scope): a citation that
matches an entry gets the entry's title and date, and the core ones are listed
for every province even when no plan cites them. A sector's document (a
Ministry of Health circular) is compared only among plans of that sector. The
table says whether a province's plans *cite* a document, never whether the
province "issued" anything: a plan in the store that does not cite it says
nothing about plans the store does not hold.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from outputs.columns import _load_yaml, central_rules
from outputs.errors import SpecError
from outputs.plans import PlanLike


@dataclass(frozen=True)
class CentralDocument:
    number: str
    doc_type: str
    date: str
    issuer: str
    title: str
    scope: str  # "national" or a sector id
    core: bool


@dataclass(frozen=True)
class Sector:
    id: str
    label: dict[str, str]
    central_issuers: tuple[str, ...]
    number_suffixes: frozenset[str]
    plan_issuers: tuple[str, ...]


@dataclass(frozen=True)
class Catalogue:
    documents: tuple[CentralDocument, ...]
    sectors: dict[str, Sector]

    def find(self, citation: dict[str, Any]) -> CentralDocument | None:
        """The entry a citation names: by number, else a law by type and date."""
        number = _norm_number(citation.get("number"))
        for doc in self.documents:
            if number and _norm_number(doc.number) == number:
                return doc
            if not number and (doc.doc_type, doc.date) == (
                citation.get("doc_type"),
                citation.get("date"),
            ):
                return doc
        return None


def _fold(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").casefold()


def _norm_number(number: str | None) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", number or "")).upper()


@cache
def catalogue() -> Catalogue:
    """``central_documents.yaml``, validated: ISO dates, known scopes, no number twice."""
    raw = _load_yaml("central_documents.yaml")
    sectors = {
        s["id"]: Sector(
            s["id"],
            dict(s["label"]),
            tuple(_fold(w) for w in s["central_issuers"]),
            frozenset(x.upper() for x in s["number_suffixes"]),
            tuple(_fold(w) for w in s["plan_issuers"]),
        )
        for s in raw["sectors"]
    }
    docs = tuple(CentralDocument(**{**d, "core": bool(d.get("core"))}) for d in raw["documents"])
    numbers = [_norm_number(d.number) for d in docs]
    if len(set(numbers)) != len(numbers):
        raise SpecError("central_documents.yaml: a number is listed twice")
    for d in docs:
        dt.date.fromisoformat(d.date)  # raises on a bad date
        if d.scope != "national" and d.scope not in sectors:
            raise SpecError(f"central_documents.yaml: {d.number}: unknown scope {d.scope!r}")
    return Catalogue(docs, sectors)


def is_central(citation: dict[str, Any]) -> bool:
    """A national document (law, decree, Prime Minister, central council…)."""
    if catalogue().find(citation):
        return True
    rules = central_rules()
    issuer = _fold(citation.get("issuer"))
    if rules.local_issuer.search(issuer):
        return False
    if citation.get("doc_type") in rules.doc_types:
        return True
    number = citation.get("number") or ""
    if number and re.split(r"[-/]", number.replace(" ", ""))[-1].upper() in rules.number_suffixes:
        return True
    return (
        any(w in issuer for w in rules.issuer_words) or sector_of_citation(citation) != "national"
    )


def sector_of_citation(citation: dict[str, Any]) -> str:
    """``national`` or the sector whose central body issued the cited document."""
    known = catalogue().find(citation)
    if known:
        return known.scope
    suffix = re.split(r"[-/]", (citation.get("number") or "").replace(" ", ""))[-1].upper()
    issuer = _fold(citation.get("issuer"))
    for sector in catalogue().sectors.values():
        if suffix in sector.number_suffixes or any(w in issuer for w in sector.central_issuers):
            return sector.id
    return "national"


def sector_of_plan(plan: PlanLike) -> str | None:
    """The sector of the plan's issuer (a Department of Health → ``y_te``), if any."""
    issuer = ((plan.record or {}).get("document") or {}).get("issuer") or {}
    words = _fold(f"{issuer.get('name') or ''} | {issuer.get('parent') or ''}")
    for sector in catalogue().sectors.values():
        if any(w in words for w in sector.plan_issuers):
            return sector.id
    return None


def citation_key(citation: dict[str, Any]) -> str:
    """Same cited document across plans: its number, else type, date and title."""
    known = catalogue().find(citation)
    number = known.number if known else citation.get("number")
    if number:
        return _norm_number(number)
    title = re.sub(r"\s+", " ", unicodedata.normalize("NFC", citation.get("title") or ""))
    return f"{citation.get('doc_type')}|{citation.get('date')}|{title.strip().casefold()}"
