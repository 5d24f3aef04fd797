"""Vietnamese numerals and money as plans write them.

Counts come as digits ("03", "20") or words ("mười lăm", "hai mươi mốt"),
bounded ("không quá hai", "tối đa 05") or as ranges ("từ 5-10", "từ 20 đến
35"); amounts as "75 triệu đồng", "1,5 tỷ đồng", "500.000.000 đồng". The
word vocabulary lives in ``data/number_words.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors.toolbox.data_files import DataFileError, read_yaml, unique


@dataclass(frozen=True)
class NumberWords:
    units: dict[str, int]
    tens_word: str
    tens_variants: dict[str, int]
    scales: dict[str, int]
    hundreds_word: str
    zero_tens: frozenset[str]


@cache
def load_number_words() -> NumberWords:
    name = "number_words.yaml"
    data = read_yaml(name)
    units = {str(k): int(v) for k, v in data["units"].items()}
    variants = {str(k): int(v) for k, v in data["unit_variants_after_tens"].items()}
    scales = {str(k).lower(): int(v) for k, v in data["money_scales"].items()}
    zero_tens = frozenset(str(w) for w in data["zero_tens_words"])
    unique(name, [*units, data["tens_word"], data["hundreds_word"], *zero_tens], "word")
    if any(not 0 <= v <= 10 for v in units.values()):
        raise DataFileError(f"{name}: units must be 0..10")
    return NumberWords(
        units, str(data["tens_word"]), variants, scales, str(data["hundreds_word"]), zero_tens
    )


@cache
def number_words() -> frozenset[str]:
    """Every word a count in words is made of ("hai", "mươi", "lăm", "trăm", "linh")."""
    nw = load_number_words()
    return frozenset([*nw.units, nw.tens_word, *nw.tens_variants, nw.hundreds_word, *nw.zero_tens])


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def count_pattern() -> str:
    """A regex fragment for one count: digits or up to five number words
    ("hai trăm năm mươi lăm"), either followed by the other in brackets."""
    nw = load_number_words()
    word = _alternation(
        [*nw.units, nw.tens_word, *nw.tens_variants, nw.hundreds_word, *nw.zero_tens]
    )
    words = rf"(?:{word})(?:\s+(?:{word})){{0,4}}"
    # "02 (hai)", "hai (02)": a count repeated in the other writing; "1.152", "2,087":
    # thousands grouped by a dot or a comma, never read from their last group ("152")
    digits = r"(?<![\d.,])(?:\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d{1,4})"
    return rf"(?:{digits}(?:\s*\({words}\))?|{words}(?:\s*\(\d{{1,4}}\))?)(?![\wÀ-ỹ])"


def words_to_int(text: str) -> int | None:
    """``"mười lăm"`` → 15, ``"hai mươi mốt"`` → 21, ``"một trăm linh năm"`` → 105;
    None if not a number."""
    nw = load_number_words()
    tokens = text.lower().split()
    if nw.hundreds_word in tokens[1:2]:
        hundreds = nw.units.get(tokens[0])
        rest = tokens[2:]
        if hundreds is None or hundreds >= 10:
            return None
        if len(rest) == 2 and rest[0] in nw.zero_tens:  # "một trăm linh năm"
            unit = nw.units.get(rest[1])
            return hundreds * 100 + unit if unit and unit < 10 else None
        below = _below_hundred(rest, nw) if rest else 0
        return None if below is None or (rest and below < 10) else hundreds * 100 + below
    return _below_hundred(tokens, nw)


def _below_hundred(tokens: list[str], nw: NumberWords) -> int | None:
    if not tokens:
        return None
    if len(tokens) == 1:
        return nw.units.get(tokens[0])
    head, *rest = tokens
    if head == "mười":
        tens = 10
    elif head in nw.units and rest and rest[0] == nw.tens_word:
        tens = nw.units[head] * 10
        rest = rest[1:]
    else:
        return None
    if not rest:
        return tens
    if len(rest) != 1:
        return None
    unit = nw.tens_variants.get(rest[0], nw.units.get(rest[0]))
    if unit is None or unit >= 10 or unit == 0:
        return None
    return tens + unit


_THOUSANDS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")


def parse_count(text: str) -> int | None:
    """A count written in digits or words, or both ("02 (hai)"); digits may group
    thousands with a dot or a comma ("1.152", "2,087")."""
    text = text.split("(", 1)[0].strip()
    if _THOUSANDS.fullmatch(text):
        text = text.replace(".", "").replace(",", "")
    if text.isdigit():
        return int(text)
    return words_to_int(text)


@dataclass(frozen=True)
class Amount:
    vnd: int
    start: int
    end: int


@dataclass(frozen=True)
class AmountPatterns:
    end: re.Pattern[str]  # a currency word, or a large scale that ends the phrase
    whole: re.Pattern[str]  # an amount up to its currency word
    bare: re.Pattern[str]  # an amount up to its large scale ("1,2 tỷ trở lên")
    part: re.Pattern[str]  # one number and its scale


@cache
def _amount_patterns() -> AmountPatterns:
    """An amount is groups of falling scale ("1 tỷ 500 triệu", "một trăm triệu")
    and an optional bare number, then the currency; numbers in digits ("1,5",
    "1.500.000.000") or words. Without the currency, only an amount whose last scale
    is a million or more and ends the phrase ("đóng góp từ 1,2 tỷ trở lên")."""
    nw = load_number_words()
    word = _alternation(
        [*nw.units, nw.tens_word, *nw.tens_variants, nw.hundreds_word, *nw.zero_tens]
    )
    words = rf"(?<![\wÀ-ỹ])(?:{word})(?:\s+(?:{word})){{0,5}}"
    digits = r"(?<![\d.,])(?:\d{1,3}(?:[.]\d{3})+|\d{1,3}(?:,\d{3}){2,}|\d+(?:,\d+)?)"
    number = rf"(?:{digits}|{words})"
    scale = rf"(?:{_alternation(list(nw.scales))})(?![\wÀ-ỹ])"
    group = rf"{number}\s*{scale}"
    # matched backwards from its currency word, which ends the window (see find_amounts)
    whole = rf"(?:{group}\s+)*(?:{group}|{digits})\s*{_CURRENCY}\Z"
    bare = rf"(?:{group}\s+)*{group}\Z"
    part = rf"(?P<num>{number})(?:\s*(?P<scale>{scale}))?"
    large = _alternation([w for w, v in nw.scales.items() if v >= 10**6])
    end = (
        rf"(?<![^\W\d])(?:{_CURRENCY}(?![\wÀ-ỹ])"
        rf"|(?P<bare>{large})(?=\s*(?:trở lên|đến|[-–,.;)\n]|$)))"
    )
    flags = re.IGNORECASE
    return AmountPatterns(*(re.compile(p, flags) for p in (end, whole, bare, part)))


# not the tail of a word ("cộng đồng"), but right after digits ("500.000đ")
_CURRENCY = r"(?:đồng|VNĐ|VND|đ)"
_AMOUNT_REACH = 160  # an amount's words before its currency word, at most


def find_amounts(text: str, start: int = 0, end: int | None = None) -> list[Amount]:
    """Every money amount in ``text[start:end]`` in đồng ("1 tỷ 500 triệu đồng" →
    1_500_000_000, "năm trăm triệu đồng" → 500_000_000). An amount whose parts do
    not read as one number (scales not falling, words not a number) is left out:
    a wrong amount is worse than none."""
    patterns = _amount_patterns()
    out: list[Amount] = []
    floor = start
    for last in patterns.end.finditer(text, start, len(text) if end is None else end):
        # only the text before a currency word is tried: cheap where there is none
        if not _after_number(text, floor, last.start()):  # "đồng thời", "đồng chí"
            continue
        lo = max(floor, last.start() - _AMOUNT_REACH)
        whole = patterns.bare if last.group("bare") else patterns.whole
        m = whole.search(text, lo, last.end())
        if m is None:
            continue
        floor = m.end()
        found = _amount_at(text, m.start(), m.end(), patterns.part)
        if found is None:
            continue
        if out and _repeated(text, out[-1], found):  # "200 triệu đồng (hai trăm triệu đồng)"
            out[-1] = Amount(found.vnd, out[-1].start, found.end + 1)
        else:
            out.append(found)
    return out


def _repeated(text: str, first: Amount, second: Amount) -> bool:
    """``second`` repeats ``first`` in brackets right after it."""
    between = text[first.end : second.start]
    return (
        first.vnd == second.vnd
        and between.strip() == "("
        and text[second.end : second.end + 1] == ")"
    )


def _after_number(text: str, floor: int, at: int) -> bool:
    """The word before ``at`` can end an amount: digits, a number or a scale word."""
    end = at
    while end > floor and text[end - 1].isspace():
        end -= 1
    if end > floor and text[end - 1].isdigit():
        return True
    begin = end
    while begin > floor and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:end].lower()
    return word in number_words() or word in load_number_words().scales


def _amount_at(text: str, start: int, end: int, part: re.Pattern[str]) -> Amount | None:
    scales = load_number_words().scales
    parts = list(part.finditer(text, start, end))
    first = parts[0]
    lead = first.group("num")
    if lead[0].isalpha() and words_to_int(lead) is None:
        # "mỗi năm một trăm triệu đồng": drop words before the number
        tokens = lead.split()
        for i in range(1, len(tokens)):
            if words_to_int(" ".join(tokens[i:])) is not None:
                skip = lead.index(" ".join(tokens[i:]))
                return _amount_at(text, first.start() + skip, end, part)
        return None
    total, last_scale = 0, None
    for p in parts:
        scale = scales[p.group("scale").lower()] if p.group("scale") else 1
        if last_scale is not None and scale >= last_scale:
            return None
        num = p.group("num")
        value = amount_value(num, scale) if num[0].isdigit() else _word_value(num, scale)
        if value is None:
            return None
        total, last_scale = total + value, scale
    return Amount(total, start, end)


def _word_value(number: str, scale: int) -> int | None:
    value = words_to_int(number)
    return None if value is None else value * scale


def amount_value(number: str, scale: int) -> int | None:
    """``("1,5", 10**9)`` → 1_500_000_000; ``("500.000.000", 1)`` → 500_000_000."""
    if "." in number:
        digits = number.replace(".", "")
        return int(digits) * scale if digits.isdigit() else None
    if number.count(",") > 1:  # "1,500,000,000": thousands with commas
        return int(number.replace(",", "")) * scale
    if "," in number and scale == 1:  # "12,345 đồng": no fractions of a đồng
        return None
    if "," in number:
        whole, frac = number.split(",", 1)
        return (int(whole) * 10 ** len(frac) + int(frac)) * scale // 10 ** len(frac)
    return int(number) * scale
