"""The one loader of ``data/signer_rules.yaml`` (noise around a signature, ranks and
suffixes around a name, the office titles, words that are no name): the signer part,
the closing of the text stage and the layout stage all read it through ``load_rules``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.toolbox.data_files import DataFileError, compile_pattern, read_yaml, unique


@dataclass(frozen=True)
class SignerRules:
    noise: tuple[re.Pattern[str], ...]
    name_prefixes: tuple[re.Pattern[str], ...]
    name_suffixes: tuple[re.Pattern[str], ...]
    titles: tuple[str, ...]  # upper case, longest first
    not_name: re.Pattern[str]
    not_name_start: re.Pattern[str]
    # family names (closing_lines.yaml): the second part of a name broken over two lines
    # never opens with one
    surnames: frozenset[str]


@cache
def load_rules() -> SignerRules:
    name = "signer_rules.yaml"
    data = read_yaml(name)
    unique(name, [t.lower() for t in data["titles"]], "title")
    return SignerRules(
        noise=tuple(
            compile_pattern(name, f"noise[{i}]", p, re.IGNORECASE)
            for i, p in enumerate(data["noise"])
        ),
        name_prefixes=tuple(
            compile_pattern(name, f"name_prefixes[{i}]", p)
            for i, p in enumerate(data["name_prefixes"])
        ),
        name_suffixes=tuple(
            compile_pattern(name, f"name_suffixes[{i}]", p, re.IGNORECASE)
            for i, p in enumerate(data["name_suffixes"])
        ),
        titles=tuple(sorted((t.upper() for t in data["titles"]), key=len, reverse=True)),
        not_name=_words(name, data["not_name_words"]),
        not_name_start=compile_pattern(name, "not_name_starts", data["not_name_starts"]),
        surnames=frozenset(read_yaml("closing_lines.yaml")["surnames"]),
    )


def _words(name: str, words: list[str]) -> re.Pattern[str]:
    unique(name, words, "not_name_word")
    if any(w != w.upper() for w in words):
        raise DataFileError(f"{name}: not_name_words must be upper case")
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")
