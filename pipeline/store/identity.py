"""When two stored documents are the same plan.

Identity rule (documented in docs/store.md):

* Two files with the same bytes (same sha256) are one document: one record,
  several ``sources`` rows.
* Two different files are the same plan when their ``document`` has the same
  **number** (spaces removed, upper-cased), the same **issue date**, and the
  same **scope**: the province code when both know it, otherwise the issuer's
  name (NFC, case-folded, spaces collapsed). A press article describes the
  plan it reports, so it joins the plan's group the same way.
  Without a number and a date there is no key and the document is never
  linked: a wrong link would hide a plan from the comparisons, a missed one
  only counts it twice, which the review report shows.
* In a group, one document is canonical (``duplicate_of`` NULL) and the
  others point at it. The canonical one is chosen by content, not by the
  order of ingestion, so a parallel or resumed run links exactly like a
  clean one: not a press article first, then not OCR'd, then the fewest
  warnings, then the smallest sha256.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

_SPACE = re.compile(r"\s+")


def _norm_name(name: str) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", name)).strip().casefold()


def identity_key(record: dict[str, Any]) -> str | None:
    """The key shared by records of the same plan, or ``None`` when unknown."""
    doc = record.get("document") or {}
    number = doc.get("number")
    date = doc.get("issue_date")
    if not number or not date:
        return None
    number = _SPACE.sub("", unicodedata.normalize("NFC", number)).upper()
    province = doc.get("province") or {}
    issuer = doc.get("issuer") or {}
    if province.get("code"):
        scope = f"province:{province['code']}"
    elif issuer.get("name"):
        scope = f"issuer:{_norm_name(issuer['name'])}"
    else:
        return None
    return f"{number}|{date}|{scope}"


def canonical_rank(record: dict[str, Any], sha256: str) -> tuple[Any, ...]:
    """Sort key: the smallest is the canonical member of an identity group."""
    doc = record.get("document") or {}
    source = record.get("source") or {}
    return (
        doc.get("doc_type") == "news",
        bool(source.get("ocr")),
        len(source.get("warnings") or []),
        sha256,
    )
