"""The award catalogue (``data/awards.yaml``) and the award mentions of a text.

A mention is an award named in the text with its canonical id: a title that
names itself ("Huân chương Lao động hạng Ba", "BKTTCP"), or a head noun whose
id depends on who confers it — "Bằng khen của Chủ tịch UBND tỉnh", "Chủ tịch
UBND tỉnh tặng Bằng khen", "Giấy khen của Giám đốc Sở Y tế". Used by the
award-form, quota and threshold extractors.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from extractors.toolbox.data_files import DataFileError, compile_pattern, read_yaml, unique

LEVELS = ("state", "government", "central", "province", "local")

# --- named patterns ------------------------------------------------------------------------


@dataclass(frozen=True)
class Named:
    id: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Generic:
    head: str
    by_level: dict[str, str]


@dataclass(frozen=True)
class Conferrer:
    name: str | None
    level: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Catalogue:
    ids: frozenset[str]
    named: tuple[Named, ...]
    generic: tuple[Generic, ...]
    conferrers: tuple[Conferrer, ...]
    named_any: re.Pattern[str]
    head_any: re.Pattern[str]
    kind_of: dict[str, str]
    qualifier: re.Pattern[str]


@cache
def load_catalogue() -> Catalogue:
    """The catalogue, validated: known ids, compiled patterns, no alias twice."""
    name = "awards.yaml"
    data = read_yaml(name)
    ids = frozenset(data["schema_ids"])
    named: list[Named] = []
    for row in data["named"]:
        if row["id"] not in ids:
            raise DataFileError(f"{name}: unknown award id {row['id']!r}")
        for pattern in row["patterns"]:
            named.append(Named(row["id"], compile_pattern(name, row["id"], pattern, re.I)))
    unique(name, [n.pattern.pattern.lower() for n in named], "pattern")
    generic = tuple(Generic(g["head"], dict(g["by_level"])) for g in data["generic"])
    unique(name, [g.head.lower() for g in generic], "head")
    for g in generic:
        bad = {k for k in g.by_level if k not in (*LEVELS, "any")}
        bad |= {v for v in g.by_level.values() if v not in ids}
        if bad:
            raise DataFileError(f"{name}: head {g.head!r}: unknown level or id {sorted(bad)}")
    conferrers = []
    for i, row in enumerate(data["conferrers"]):
        if row["level"] not in LEVELS:
            raise DataFileError(f"{name}: conferrer {i}: unknown level {row['level']!r}")
        pattern = compile_pattern(name, f"conferrer {i}", row["pattern"])
        conferrers.append(Conferrer(row.get("name"), row["level"], pattern))
    alternatives = "|".join(f"(?P<n{i}>{n.pattern.pattern})" for i, n in enumerate(named))
    # whole words only: "LĐTT" is not the tail of "TTLĐTT"; a letter no award opens
    # with fails at once (one class instead of every alternative at every word)
    opening = _openings([n.pattern.pattern for n in named])
    named_any = re.compile(rf"(?<![\w]){opening}(?:{alternatives})(?![\w])", re.I)
    head_any = re.compile(
        r"(?<![\wÀ-ỹ])(?:" + "|".join(re.escape(g.head) for g in generic) + r")(?![\wÀ-ỹ])", re.I
    )
    kind_of = {form: kind for kind, forms in data["recipient_kinds"].items() for form in forms}
    unique(name, [f for forms in data["recipient_kinds"].values() for f in forms], "kind of id")
    if set(kind_of) - ids or set(kind_of.values()) - {"tap_the", "ca_nhan"}:
        raise DataFileError(f"{name}: recipient_kinds names an unknown id or kind")
    unique(name, [q.lower() for q in data["head_qualifiers"]], "head qualifier")
    words = "|".join(re.escape(q) for q in data["head_qualifiers"])
    qualifier = compile_pattern(name, "head_qualifiers", rf"\s+(?:{words})(?=\s+của\s)", re.I)
    return Catalogue(
        ids, tuple(named), generic, tuple(conferrers), named_any, head_any, kind_of, qualifier
    )


def _openings(patterns: list[str]) -> str:
    """A lookahead for the first letters (up to three) the patterns open with
    ("Huân chương …" → "huâ", "(?:Nhà giáo|Thầy thuốc) ưu tú" → "nhà", "thầ"), or
    nothing when one opens otherwise: most words then fail at once instead of
    trying every alternative."""
    prefixes: set[str] = set()
    for pattern in patterns:
        heads = [pattern]
        if pattern.startswith("(?:"):
            close = pattern.find(")")
            inner = pattern[3:close]
            heads = inner.split("|") if close > 0 and "(" not in inner else [""]
        for head in heads:
            letters = _LEADING_LETTERS.match(head)
            if letters is None:
                return ""
            prefixes.add(letters.group(0).lower())
    return "(?=" + "|".join(re.escape(p) for p in sorted(prefixes)) + ")"


_LEADING_LETTERS = re.compile(r"[^\W\d_]{1,3}")


def recipient_kind_of(form: str) -> str | None:
    """``tap_the`` for a title only collectives receive, ``ca_nhan`` for one only
    individuals receive, None for the others."""
    return load_catalogue().kind_of.get(form)


# --- context words -------------------------------------------------------------------------

_OF = re.compile(r"\s+của\s+")
_SPACE = re.compile(r"[ \t]+")
_UBND = re.compile(r"\bỦy ban nhân dân\b")
_OPEN_ENDED = re.compile(r"\bcủa Bộ(?: trưởng)?$", re.IGNORECASE)
_TRAILING_JOIN = re.compile(r"(?:\s+(?:và|hoặc)|[\s,;])*$")
# the counts of a table row that follow the conferrer's words ("… Sở Y tế 10 15")
_TRAILING_COUNTS = re.compile(r"(?:\s+(?:\d{1,4}|-)){2,}$")
# several conferrers: "sở, ban, ngành tỉnh và địa phương", "… và Chủ tịch UBND các xã"
_LIST = re.compile(r",|\svà\s+(?:các\s|địa phương|Chủ tịch|Giám đốc|Thủ trưởng|Trưởng)")
_CONFERRER_END = re.compile(r"[.;:()\n]|\s(?:cho|đối với|để|tặng|có|về|theo|hoặc)\s|$")
_GIVES = re.compile(r"\s+tặng\s+$")
# a giver's words hold no count ("05 tập thể được tặng"); a number in a name may ("Quân khu 5")
_PASSIVE = re.compile(r"\b(?:được|đã|đạt)\b|\d+\s+(?:tập thể|cá nhân|đơn vị|hộ|người|lượt)")
_GIVER_MAX_WORDS = 12
# lower-case words before the giver's name: "hằng năm", "cuối năm", "định kỳ"
_LOWER_LEAD = re.compile(r"\s*(?:[a-zà-ỹđ]+\s+){1,3}(?=[A-ZÀ-ỸĐ])")
# words between the giver and "tặng": "Chủ tịch UBND tỉnh sẽ tặng", "… quyết định trao tặng"
_GIVER_TRAIL = re.compile(r"(?:\s+(?:sẽ|cũng|tiếp tục|quyết định|xem xét|trao))+$", re.IGNORECASE)
_GIVER_AFTER = re.compile(
    r"\s*[:(]?\s*do\s+(?P<w>[^.;:()\n]{3,80}?)\s+(?:trao tặng|tặng|khen thưởng|quyết định)\b",
    re.IGNORECASE,
)
# what stands before the giver's words (a line break too: a heading above a sentence that
# opens with its giver; "đề nghị"/"trình" X tặng: proposed to X); "được X tặng" names X as
# the giver of an award to
# come ("các tập thể dẫn đầu được Chủ tịch UBND tỉnh tặng Bằng khen"), "đã được" one received
_GIVER_LEADS = r"[,;(\n]|[.:]\s|\bđề nghị\b|\btrình\b|\bđể\b|\bdo\b|\bcủa\b|(?<!đã )\bđược\b"
_BEFORE_GIVER = re.compile(rf"(?s).*(?:{_GIVER_LEADS}|\bvà\b)\s*", re.IGNORECASE)
# … the same without "và", which may join the words of one name ("Bộ Giáo dục và Đào tạo")
_BEFORE_GIVER_IN_NAME = re.compile(rf"(?s).*(?:{_GIVER_LEADS})\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """An award named in the text: ``form`` is None for a head whose id is unknown
    ("tặng Huân chương" without its name)."""

    form: str | None
    head: str | None
    start: int
    end: int
    conferrer: str | None
    conferrer_level: str | None
    named: bool


def normalise_conferrer(words: str) -> tuple[str | None, str | None]:
    """(conferrer, level) for the words naming who confers; a list of bodies
    ("sở, ban, ngành tỉnh và địa phương") names no single conferrer."""
    words = _TRAILING_COUNTS.sub("", " ".join(words.split())).strip(" ,")
    if not words:
        return None, None
    for rule in load_catalogue().conferrers:
        if rule.pattern.match(words):
            if _LIST.search(words):
                return None, rule.level
            return rule.name or _UBND.sub("UBND", words), rule.level
    return None, None


def _head_of(label: str) -> str | None:
    for g in load_catalogue().generic:
        if label.lower().startswith(g.head.lower()):
            return g.head
    return None


def _conferrer_after(text: str, end: int, limit: int) -> tuple[str | None, str | None, int]:
    """The words after "của" that follow a head, or a conferrer named right after it
    ("Bằng khen Chủ tịch UBND tỉnh"), also past a word of its kind ("Bằng khen toàn diện
    của …", "Cờ thi đua xuất sắc của …"): (conferrer, level, end of the words)."""
    kind = load_catalogue().qualifier.match(text, end, limit)
    end = kind.end() if kind else end
    m = _OF.match(text, end, limit) or _SPACE.match(text, end, limit)
    if not m:
        return None, None, end
    if "của" not in m.group(0) and not any(
        r.pattern.match(text, m.end()) for r in load_catalogue().conferrers
    ):
        return None, None, end
    stop = _CONFERRER_END.search(text, m.end(), min(limit, m.end() + 160))
    words_end = stop.start() if stop else min(limit, m.end() + 160)
    conferrer, level = normalise_conferrer(text[m.end() : words_end])
    return conferrer, level, words_end


def giver_before(text: str, start: int, floor: int) -> tuple[str | None, str | None]:
    """(conferrer, level) named by "X tặng " right before ``start``."""
    lo = max(floor, start - 120)
    window = text[lo:start]
    if not _GIVES.search(window):
        return None, None
    window = _GIVER_TRAIL.sub("", _GIVES.sub("", window))
    begin = _BEFORE_GIVER.match(window)
    words = window[begin.end() if begin else 0 :]
    if _PASSIVE.search(words) or len(words.split()) > _GIVER_MAX_WORDS:
        return None, None  # "… được tặng Cờ thi đua": received, not conferred
    found = normalise_conferrer(words)
    if found[1] is None and begin and window[: begin.end()].rstrip().endswith("và"):
        # "Bộ trưởng Bộ Giáo dục và Đào tạo tặng …": the "và" is inside the giver's name
        wide = _BEFORE_GIVER_IN_NAME.match(window)
        named = window[wide.end() if wide else 0 :]
        if not _PASSIVE.search(named) and len(named.split()) <= _GIVER_MAX_WORDS:
            found = normalise_conferrer(named)
    lead = _LOWER_LEAD.match(words)  # "hằng năm Chủ tịch UBND tỉnh tặng …"
    if found[1] is None and lead and lead.end() < len(words):
        return normalise_conferrer(words[lead.end() :])
    return found


def giver_after(text: str, end: int, limit: int) -> tuple[str | None, str | None]:
    """(conferrer, level) named by "do X tặng" right after a head: "- Bằng khen: do Chủ
    tịch UBND tỉnh tặng cho …"."""
    m = _GIVER_AFTER.match(text, end, min(limit, end + 120))
    return normalise_conferrer(m.group("w")) if m else (None, None)


def _named_end(text: str, m: re.Match[str], limit: int) -> int:
    """End of a named award's words: "Bằng khen của Bộ trưởng" runs on through the
    minister's ministry ("… Bộ trưởng Bộ Giáo dục và Đào tạo")."""
    if not _OPEN_ENDED.search(m.group(0)):
        return m.end()
    stop = _CONFERRER_END.search(text, m.end(), min(limit, m.end() + 80))
    words_end = stop.start() if stop else min(limit, m.end() + 80)
    head = load_catalogue().head_any.search(text, m.end(), words_end)
    if head:
        words_end = head.start()
    words = text[m.end() : words_end]
    return m.end() + len(_TRAILING_JOIN.sub("", words))


def _generic(head: str) -> Generic:
    return next(g for g in load_catalogue().generic if g.head.lower() == head.lower())


def form_by(head: str, words: str) -> tuple[str | None, str | None]:
    """(form, conferrer) of a generic ``head`` ("Cờ thi đua") conferred by the body named
    by ``words`` ("Ủy ban nhân dân tỉnh Bình Thuận")."""
    conferrer, level = normalise_conferrer(words)
    return _form_for(_generic(head).head, level), conferrer


def _form_for(head: str, level: str | None) -> str | None:
    by_level = _generic(head).by_level
    return by_level.get(level or "") or by_level.get("any")


_SCANNED_MIN = 2000  # texts this long are scanned once, whole, and the scan kept
_scanned: dict[str, tuple[str, list[re.Match[str]], list[int]]] = {}


def _word_cut(text: str, at: int) -> bool:
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


def _matches(
    key: str, pattern: re.Pattern[str], text: str, start: int, end: int
) -> list[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, from one scan of the whole text kept per
    pattern (the extractors ask for many spans of one plan). The same matches: a match
    of the whole text that crosses ``start`` or ``end``, or an ``end`` inside a word,
    could differ from those of the span, and the span is then scanned itself."""
    if len(text) < _SCANNED_MIN:
        return list(pattern.finditer(text, start, end))
    kept = _scanned.get(key)
    if kept is None or kept[0] is not text:
        found = list(pattern.finditer(text))
        kept = (text, found, [m.start() for m in found])
        _scanned[key] = kept
    _, found, starts = kept
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end)
    crossing = (i > 0 and found[i - 1].end() > start) or (j > i and found[j - 1].end() > end)
    if crossing or _word_cut(text, end):
        return list(pattern.finditer(text, start, end))
    return found[i:j]


def find_mentions(text: str, start: int = 0, end: int | None = None) -> list[Mention]:
    """Every award named in ``text[start:end]``, in text order."""
    cat = load_catalogue()
    end = len(text) if end is None else end
    out: list[Mention] = []
    covered: list[tuple[int, int]] = []
    for m in _matches("named", cat.named_any, text, start, end):
        index = int(next(k for k, v in m.groupdict().items() if v is not None)[1:])
        label_end = _named_end(text, m, end)
        label = text[m.start() : label_end]
        conferrer, level = None, None
        of = _OF.search(label)
        if of:
            conferrer, level = normalise_conferrer(label[of.end() :])
        elif _head_of(label):
            conferrer, level = giver_before(text, m.start(), start)
        out.append(
            Mention(
                cat.named[index].id, _head_of(label), m.start(), label_end, conferrer, level, True
            )
        )
        covered.append((m.start(), label_end))
    starts = [a for a, _ in covered]
    for m in _matches("head", cat.head_any, text, start, end):
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.start() < covered[i][1]:
            continue
        head = _generic(m.group(0)).head
        conferrer, level, label_end = _conferrer_after(text, m.end(), end)
        if level is None:
            conferrer, level = giver_before(text, m.start(), start)
            label_end = m.end()
        if level is None:
            conferrer, level = giver_after(text, m.end(), end)
        form = _form_for(head, level)
        out.append(Mention(form, head, m.start(), label_end, conferrer, level, False))
    return sorted(out, key=lambda x: x.start)
