"""4.6: circled and enclosed characters, compatibility squares and other machine-dependent characters.

①, ⑴, ㈱, ㍻, ㌔, Ⅲ and the like are read out oddly or not at all by screen
readers and may not show on every device. Each is reported in the original body
with a safe fix: the rule's `readable` list (㈱ → 株式会社), else NFKC, with a
circled number or letter put in brackets (① → (1)).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from jsl.checks import fancy_letters
from jsl.findings import Fix, Hit

OPTIONS = {"readable": ("wordlist", "readable-characters")}

RANGES = (
    (0x2160, 0x2188),  # Roman numerals Ⅰ Ⅱ Ⅲ
    (0x2460, 0x24FF),  # enclosed alphanumerics ① ⑴ ⒈ Ⓐ
    (0x2776, 0x2793),  # dingbat circled digits ❶ ➀
    (0x3200, 0x32FF),  # enclosed CJK letters ㈱ ㊤ ㋐ ㋿
    (0x3300, 0x33FF),  # CJK compatibility squares ㍻ ㌔ ㎏
    (0x1F100, 0x1F1E5),  # enclosed alphanumeric supplement (not the flag letters)
    (0x1F200, 0x1F2FF),  # enclosed ideographic supplement 🈀
)
SINGLES = {"\u2116", "\u2121"}  # № ℡
# only these characters of a post are looked at one by one
CANDIDATES = re.compile("[" + "".join(f"{chr(low)}-{chr(high)}" for low, high in RANGES) + "".join(SINGLES) + "]")


def is_enclosed(ch: str) -> bool:
    return CANDIDATES.fullmatch(ch) is not None


def replacement(ch: str, readable: dict[str, str]) -> str:
    if ch in readable:
        return readable[ch]
    folded = unicodedata.normalize("NFKC", ch)
    if folded == ch:
        try:
            folded = str(int(unicodedata.numeric(ch)))
        except (TypeError, ValueError):
            return ch
    if "CIRCLED" in unicodedata.name(ch, "") and not folded.startswith("("):
        return f"({folded})"
    return folded


def check(doc, options) -> Iterator[Hit]:
    words = options["readable"]
    readable = {e.phrase: e.suggest for e in words.entries if e.suggest} if words else {}
    body = doc.post.body
    text = body.value
    for m in CANDIDATES.finditer(text):
        i, ch = m.start(), m.group()
        if fancy_letters.plain(ch):
            continue  # Ⓐ..ⓩ are letters: fancy-letters reports the whole word
        if text.startswith("\ufe0f", i + 1) or (ord(ch) >= 0x1F000 and fancy_letters.is_emoji(ch)):
            continue  # shown as an emoji (🅿️, 🈁): the emoji rule counts it
        plain = replacement(ch, readable)
        if plain == ch:
            continue
        start, end = body.to_source(i, i + 1)
        yield Hit(start, end, "default", {"plain": plain}, Fix(plain, safe=True))
