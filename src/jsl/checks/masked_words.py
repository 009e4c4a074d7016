"""伏せ字: list entries written with some letters masked (お○ぱい, ド〇えもん, 同○地区).

Robust list entries are already matched on the reading string, but a mask the
tokenizer reads as a word (○ as 丸 in お○ぱい) drops out of that string. This
check compares the entry's own letters with the text, kana folded, a mask
standing for any one letter: at least one mask, fewer than half of the
letters, and never the first (○○地区 is a placeholder, not 同和地区).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from jsl.findings import Hit
from jsl.matchers import MASKS, find_words
from jsl.normalize import hiragana

OPTIONS = {"words": ("wordlist", ""), "min_length": (int, 3)}


def check(doc, options) -> Iterator[Hit]:
    words = options["words"]
    if words is None:
        return
    text = hiragana(doc.text.value)
    if not any(mask in text for mask in MASKS):
        return
    known = [(s, e) for s, e, _ in find_words(doc, words)]
    for entry in words.entries:
        letters = hiragana(entry.phrase)
        if not entry.robust or len(letters) < options["min_length"]:
            continue
        for m in _pattern(letters).finditer(text):
            masked = sum(ch in MASKS for ch in m.group())
            if masked == 0 or masked * 2 >= len(letters) or m.group()[0] in MASKS:
                continue
            if any(s < m.end() and m.start() < e for s, e in known):
                continue
            yield doc.hit(m.start(), m.end(), "default", {"suggest": entry.suggest or "", "entry": entry.phrase})


@cache
def _pattern(letters: str) -> re.Pattern:
    mask = re.escape(MASKS)
    return re.compile("".join(f"[{re.escape(ch)}{mask}]" for ch in letters))
