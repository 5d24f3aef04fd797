"""Names of bodies, titles and people: casing and abbreviations.

Headers and signature blocks print names in upper case ("HỘI ĐỒNG THI ĐUA -
KHEN THƯỞNG", "PHÓ CHỦ TỊCH"); records hold them as documents write them in
running text ("Hội đồng Thi đua - Khen thưởng", "Phó Chủ tịch").
"""

from __future__ import annotations

import re
from functools import cache

from extractors.toolbox.data_files import load_body_names, load_provinces, read_yaml

_SPACES = re.compile(r"\s+")
# both cases spelled out: under IGNORECASE "S" would match "ſ" (U+017F) of the range
_VOWEL = re.compile(r"[AĂÂEÊIOÔƠUƯYaăâeêioôơuưyÀ-ỹ]")
_ROMAN = re.compile(r"[IVXL]{1,6}[.,;:)]?$")


def squash(text: str) -> str:
    """Collapse whitespace (newlines included) to single spaces."""
    return _SPACES.sub(" ", text).strip()


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def expand_abbreviations(name: str) -> str:
    """Write out the short forms of body names (UBND, KH&KT, BCH …)."""
    abbreviations = load_body_names().abbreviations
    keys = sorted(abbreviations, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w&])(" + "|".join(map(re.escape, keys)) + r")(?![\w&])")
    upper = is_upper(name)
    return pattern.sub(
        lambda m: abbreviations[m.group(1)].upper() if upper else abbreviations[m.group(1)], name
    )


_UNIT = r"tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu"
# the place after a unit word: not another unit word ("hợp tác xã tỉnh") nor the
# "hội" of "xã hội" ("Bảo hiểm xã hội tỉnh")
_PLACE_AFTER_UNIT = re.compile(
    rf"(?<!\w)({_UNIT})\s+(?!(?:{_UNIT}|hội)(?!\w))([^\W\d][\w ]*?)(?=\s*$|\s*[-,(])"
)


# a body name printed over two lines: the second starts with a joining word, or the
# first ends with one or with a unit word ("SỞ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH")
# a line that goes on with the name above: a joining word, or the rank of a central body
# alone on its line ("TÒA ÁN NHÂN DÂN" / "TỐI CAO", "BAN THI ĐUA - KHEN THƯỞNG" / "TRUNG ƯƠNG")
_CONTINUATION_START = re.compile(r"^(?:(?:VÀ|CỦA|VỀ|&|-|–)\s|(?:TỐI CAO|TRUNG ƯƠNG)$)")
_CONTINUATION_END = re.compile(
    r"(?:,|\bVÀ|\bCỦA|&|-|–|\bTỈNH|\bTHÀNH PHỐ|\bHUYỆN|\bQUẬN|\bTHỊ XÃ|\bXÃ|\bPHƯỜNG|\bĐẶC KHU)$"
)


def continues(previous: str, line: str) -> bool:
    """Whether upper-case ``line`` is the rest of the name on the line before it."""
    return bool(_CONTINUATION_START.match(line) or _CONTINUATION_END.search(previous))


def _whole(phrase: str) -> re.Pattern[str]:
    """``phrase`` as whole words, any case ("Huế" is not the end of "thuế")."""
    return re.compile(rf"(?<!\w){re.escape(phrase)}(?!\w)", re.IGNORECASE)


def _proper_places(text: str) -> str:
    """Proper case for province names and for the place after a unit word."""
    for province in load_provinces():
        text = _whole(province.name).sub(province.name, text)
    return _PLACE_AFTER_UNIT.sub(
        lambda m: f"{m.group(1)} {' '.join(w[:1].upper() + w[1:] for w in m.group(2).split())}",
        text,
    )


@cache
def _proper_after() -> re.Pattern[str]:
    """The school kinds after which the rest of a name is proper (body_names.yaml)."""
    data = read_yaml("body_names.yaml")
    markers = "|".join(
        re.escape(m).replace(r"\ ", r"\s+")
        for m in sorted(data["proper_after"], key=len, reverse=True)
    )
    keep = "|".join(map(re.escape, data["proper_keep_lower"]))
    return re.compile(
        rf"(?<![\w&])(?:{markers})(?:\s+(?:{keep}))?\s+(?!(?:{_UNIT})(?!\w))"
        r"(?P<name>[^\W\d][^,()\-–]*?)(?=\s*$|\s*[,(\-–])",
        re.IGNORECASE,
    )


def _proper_names(text: str) -> str:
    """Each syllable of the proper name after a school kind capitalised."""

    def capitalise(m: re.Match[str]) -> str:
        words = " ".join(w[:1].upper() + w[1:] for w in m.group("name").split())
        return text[m.start() : m.start("name")] + words

    return _proper_after().sub(capitalise, text)


def body_case(name: str) -> str:
    """Upper-case body name or title → the casing of running text.

    Known phrases (data/body_names.yaml) get their canonical casing, province
    names their proper casing, the rest is lower case; the first letter is
    upper case. A name already in mixed case is returned as it is.
    """
    name = squash(name)
    if not is_upper(name):
        return name
    # words without a vowel are acronyms (LHPN, HĐND), and Roman numerals ("KHU VỰC IX"):
    # they keep their case
    out = " ".join(
        w if not _VOWEL.search(w) or _ROMAN.match(w) else w.lower() for w in name.split(" ")
    )
    for phrase in load_body_names().phrases:
        out = _whole(phrase).sub(phrase.replace("\\", r"\\"), out)
    out = _proper_names(_proper_places(out))
    return out[:1].upper() + out[1:]


def person_case(name: str) -> str:
    """ "NGUYỄN VĂN A" → "Nguyễn Văn A"; a mixed-case name is kept."""
    name = squash(name)
    if not is_upper(name):
        return name
    return " ".join(w[:1].upper() + w[1:].lower() for w in name.split())


_MAX_NAME_WORDS = 6


def split_person(words: str) -> tuple[str, str | None, str]:
    """``words`` that end in a person's name → (what stands before the name, a province
    name run into its front or None, the name): "Chủ tịch UBND tỉnh Bình Định Phạm Anh
    Tuấn" → ("Chủ tịch UBND tỉnh", "Bình Định", "Phạm Anh Tuấn"). The name is the run of
    at most six capitalised words that ends ``words``; it may be empty."""
    parts = words.split()
    run = 0
    for word in reversed(parts):
        capitalised = word[0].isupper() and word[1:].islower() and "," not in word
        if not capitalised or run == _MAX_NAME_WORDS:
            break
        run += 1
    head, name = parts[: len(parts) - run], parts[len(parts) - run :]
    for row in load_provinces():
        place = row.name.split()
        if name[: len(place)] == place:
            return " ".join(head), row.name, " ".join(name[len(place) :])
    return " ".join(head), None, " ".join(name)
