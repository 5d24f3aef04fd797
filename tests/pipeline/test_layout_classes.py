"""Every layout class of ``docs/real-layouts.md`` has fixtures and harness transforms.

Issue 10's done-when line: each class of the catalogue (its ``### A.`` … headings, the
``| G. …`` rows of its damage table, ``## L.`` for press pages) is named by at least one
fixture row of ``corpora/real-layouts/README.md`` (a row's class column opens with the ids
it shows: ``C, K one cell per line …``), and stands for transforms of the perturbation
harnesses (``layout_transforms.TRANSFORMS``, ``lossy_transforms.LOSSY``), which
``test_layout_perturbations.py`` and ``test_lossy_perturbations.py`` run over every
document. A class added to the catalogue without a fixture or a transform fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from layout_transforms import TRANSFORMS
from lossy_transforms import LOSSY
from test_layout_perturbations import KNOWN_FAILURES

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "docs" / "real-layouts.md"
FIXTURES = ROOT / "corpora" / "real-layouts"

# class -> the harness transforms that render a document in it
CLASS_TRANSFORMS: dict[str, tuple[str, ...]] = {
    # one cell per line with rules is the corpora's own header form; chrome goes around it,
    # a portal post's title, date line and repeated basis above it
    "A": ("portal_chrome", "post_lead_in"),
    "B": ("pipe_rows", "pipe_rows_untyped"),
    # the header's cells per line; the whole page so (no blank line, the title run into
    # the text, the signature cell with its mark and the name broken)
    "C": ("cell_per_line", "portal_cells"),
    # D6 / D5 interleaved, D3 space-padded, D4 glued, D1 the whole document on one line
    "D": ("one_line", "space_padded", "glued", "whole_line"),
    "E": ("no_header",),
    "F": ("stacked",),
    "G": ("non_ascii_dropped", "extended_dropped", "non_ascii_spaced"),
    "H": ("no_diacritics",),
    "I": ("font_u_horn",),
    "J": ("joined_without_spaces",),
    "K": ("wrap_45", "wrap_90"),
    "L": ("press_furniture", "portal_chrome"),
    "M": ("markup_residue",),
    "N": ("stop_words_stripped",),
}

_CLASS_HEAD = re.compile(r"(?m)^(?:#{2,3} |\| )([A-Z])\. ")
_ROW = re.compile(r"(?m)^\| `([^`]+\.txt)` \| ([^|\n]+)")
_ID = re.compile(r"([A-Z])\d?(?=[ ,(:]|$)")


def catalogue_ids(text: str) -> set[str]:
    """The class ids a catalogue defines: ``### A. …``, ``## L. …``, ``| G. … |``."""
    return set(_CLASS_HEAD.findall(text))


def row_ids(cls: str) -> set[str]:
    """The class ids a fixture row's class column opens with (``C, K one cell …``)."""
    ids: set[str] = set()
    pos = 0
    while m := _ID.match(cls, pos):
        ids.add(m.group(1))
        pos = m.end()
        sep = re.match(r",?[ ]", cls[pos:])
        if not sep:
            break
        pos += sep.end()
    return ids


def fixture_rows(text: str) -> dict[str, set[str]]:
    """File name -> class ids, from the fixture table of the README."""
    return {name: row_ids(cls.strip()) for name, cls in _ROW.findall(text)}


@pytest.mark.parametrize(
    ("cls", "ids"),
    [
        ("B pipe-row header, no type line", {"B"}),
        ("D6 one-line PDF text", {"D"}),
        ("C, K one cell per line with lone pipes", {"C", "K"}),
        ("H OCR without diacritics", {"H"}),  # "OCR" is a word, not class O
        ("I PDF font damage", {"I"}),
        ("A (2026-12-05, documents) aggregator intro", {"A"}),
        ("L, M press: no headline", {"L", "M"}),
        ("N, D1 (2026-12-05, class N) preview", {"N", "D"}),
        ("E print view of an award decision", {"E"}),
        ("press page, no class", set()),
        ("Số: 27/KH-UBND", set()),
    ],
)
def test_layout_classes_row_ids(cls: str, ids: set[str]) -> None:
    assert row_ids(cls) == ids


def test_layout_classes_catalogue_ids_of_a_made_up_catalogue() -> None:
    text = (
        "### A. Header one cell per line\n\n### B. Pipe rows\n"
        "| class | pages |\n|---|---|\n| G. letters dropped | 3 |\n| markup residue | 7 |\n"
        "## L. Press pages\n### Press: a second reading\n"
    )
    assert catalogue_ids(text) == {"A", "B", "G", "L"}


def test_layout_classes_every_catalogue_class_has_transforms() -> None:
    ids = catalogue_ids(CATALOGUE.read_text(encoding="utf-8"))
    assert ids == set(CLASS_TRANSFORMS), "a class of the catalogue has no transform here"
    known = set(TRANSFORMS) | set(LOSSY)
    missing = {c: [t for t in ts if t not in known] for c, ts in CLASS_TRANSFORMS.items()}
    assert not {c: ts for c, ts in missing.items() if ts}
    assert set(KNOWN_FAILURES) <= set(TRANSFORMS)


def test_layout_classes_every_catalogue_class_has_a_fixture() -> None:
    rows = fixture_rows((FIXTURES / "README.md").read_text(encoding="utf-8"))
    ids = catalogue_ids(CATALOGUE.read_text(encoding="utf-8"))
    named = {i for row in rows.values() for i in row}
    assert ids <= named, f"classes without a fixture row: {sorted(ids - named)}"
    assert all((FIXTURES / name).is_file() for name in rows), "a row names no fixture"
    assert all(rows.values()), [n for n, r in rows.items() if not r]
