"""The fixed words of a document's form, typed once in ``data/form_words.yaml``.

Signing-authority marks ("TM.", "KT.", "TL.", "TUQ.", "Q.", "T/M"), the
recipients heading ("Nơi nhận") and the archive item ("Lưu") are read by the
readers (a two-column closing), the repair passes, the segmenter and the
signer and recipient extractors. Each composes its own pattern from the pieces
here, so a mark added to the data file reaches all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.toolbox.data_files import DataFileError, read_yaml, unique

_NAME = "form_words.yaml"
_TOKEN = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class FormWords:
    """Regex pieces (non-capturing groups, no flags outside them)."""

    authority: str  # every mark, dotted and slashed: "(?:TUQ|TM|KT|…|T/UQ)"
    authority_dotted: str  # the marks written with a full stop only
    recipients: str  # "Nơi nhận" in any case, its words one to three spaces apart
    archive: str  # "Lưu"


def _alternation(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _phrase(words: str) -> str:
    return "(?i:" + r"\s{1,3}".join(re.escape(w) for w in words.split()) + ")"


@cache
def form_words() -> FormWords:
    data = read_yaml(_NAME)
    dotted = [str(w) for w in data["authority_marks"]]
    slashed = [str(w) for w in data["authority_marks_slashed"]]
    unique(_NAME, dotted + slashed, "authority mark")
    if not dotted or any("/" not in w for w in slashed):
        raise DataFileError(f"{_NAME}: authority marks: dotted ones, and slashed ones with a '/'")
    return FormWords(
        authority=_alternation(dotted + slashed),
        authority_dotted=_alternation(dotted),
        recipients=_phrase(str(data["recipients_heading"])),
        archive=re.escape(str(data["archive_heading"])),
    )


def compose(name: str, pattern: str) -> str:
    """``pattern`` (of data file ``name``) with its ``{authority}``, ``{recipients}`` …
    written out; an unknown ``{word}`` is an error (a regex count is ``{1,3}``, digits)."""
    words = form_words()

    def piece(m: re.Match[str]) -> str:
        value = getattr(words, m.group(1), None)
        if not isinstance(value, str):
            raise DataFileError(f"{name}: unknown form word {{{m.group(1)}}} in {pattern!r}")
        return value

    return _TOKEN.sub(piece, pattern)
