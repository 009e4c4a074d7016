"""4.6: decorative "fancy" letters (𝐁𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤, ℍ, ᴀʙᴄ, Ⓙⓞⓢⓞ) that screen readers spell out or skip.

Looks at the original body, not the NFKC text (which has already made them plain).
A run of such letters, with the spaces and ASCII punctuation between them, is one
finding whose safe fix is the same run in plain letters.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from jsl.findings import Fix, Hit

OPTIONS: dict = {}

# Ordinary in Japanese text (℃, ℓ for リットル), another rule's (№, ℡), or a symbol (ℹ)
ORDINARY = set("℃℉ℓ℮№℡™ℹ")
NAMED = re.compile(r"(?:LATIN LETTER SMALL CAPITAL|NEGATIVE (?:CIRCLED|SQUARED) LATIN CAPITAL LETTER) ([A-Z])$")
CIRCLED_LATIN = (0x24B6, 0x24E9)  # Ⓐ..ⓩ: fancy letters, not numbering (enclosed-characters skips them)
GAP = re.compile(r"[ \t!-/:-@\[-`{-~]*")
# The blocks that hold every letter plain() knows (tests/test_accessibility.py checks this against all of
# Unicode's first two planes): only these characters of a post are looked at one by one.
CANDIDATES = re.compile("[\u0250-\u02af\u1d00-\u1dff\u2070-\u214f\u24b6-\u24e9\ua720-\ua7ff\U0001d400-\U0001d7ff\U0001f130-\U0001f18f]")


def plain(ch: str) -> str | None:
    """The plain letter a fancy one stands for, or None when `ch` is not a fancy letter."""
    code = ord(ch)
    if ch in ORDINARY or code < 0x250:
        return None
    folded = unicodedata.normalize("NFKC", ch)
    if 0x1D400 <= code <= 0x1D7FF or 0x1F130 <= code <= 0x1F149 or CIRCLED_LATIN[0] <= code <= CIRCLED_LATIN[1]:
        return folded
    if 0x2100 <= code <= 0x214F or 0x1D2C <= code <= 0x1DBF or 0x2071 <= code <= 0x209C:  # letterlike, modifier letters
        return folded if len(folded) == 1 and folded.isalpha() and folded.isascii() else None
    named = NAMED.search(unicodedata.name(ch, ""))
    if named and not (0x1F170 <= code <= 0x1F189 and is_emoji(ch)):
        return named.group(1).lower() if "SMALL CAPITAL" in named.group(0) else named.group(1)
    return None


def is_emoji(ch: str) -> bool:
    import emoji

    return emoji.is_emoji(ch)


def check(doc, options) -> Iterator[Hit]:
    body = doc.post.body
    text = body.value
    for start, end in _runs(text):
        replacement = "".join(plain(ch) or ch for ch in text[start:end])
        src_start, src_end = body.to_source(start, end)
        yield Hit(src_start, src_end, "default", {"plain": replacement}, Fix(replacement, safe=True))


def _runs(text: str) -> Iterator[tuple[int, int]]:
    start = end = -1
    for m in CANDIDATES.finditer(text):
        i, ch = m.start(), m.group()
        if plain(ch) is None or text.startswith("\ufe0f", i + 1):
            continue  # followed by U+FE0F it is shown as an emoji (Ⓜ️)
        if start >= 0 and GAP.fullmatch(text, end, i):
            end = i + 1
            continue
        if start >= 0:
            yield start, end
        start, end = i, i + 1
    if start >= 0:
        yield start, end
