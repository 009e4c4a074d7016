"""A word list matched both ways: by lemma (inflections) and as written, on token boundaries.

Lists of names and coined words (ng-words from jsl.toml, character names, slang) hold
entries the tokenizer splits differently alone than in a sentence (もやすくん, ちいかわ).
Such an entry is also found as written (kana folded, letter case ignored) where it starts
and ends on token boundaries, so a short entry is not found inside a longer word. Entries
with exact: or pos: are matched only as the word list says.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.dictionaries import Entry
from jsl.findings import Hit
from jsl.matchers import find_words
from jsl.normalize import hiragana

OPTIONS = {"words": ("wordlist", "")}


def check(doc, options) -> Iterator[Hit]:
    words = options["words"]
    if words is None:
        return
    for start, end, entry in find(doc, words):
        yield _hit(doc, start, end, entry)


def find(doc, words) -> Iterator[tuple[int, int, Entry]]:
    """find_words' matches, then entries found as written; normalized-text offsets."""
    if not words.entries:
        return
    seen: list[tuple[int, int]] = []
    for start, end, entry in find_words(doc, words):
        seen.append((start, end))
        yield start, end, entry
    text = hiragana(doc.text.value).casefold()
    starts = {t.start for t in doc.tokens}
    ends = {t.end for t in doc.tokens}
    for entry in words.entries:
        if any(elem.exact or elem.pos for elem in entry.pattern):
            continue  # an entry that pins a form or a part of speech means only that
        needle = hiragana(entry.phrase).casefold()
        at = text.find(needle)
        while needle and at >= 0:
            end = at + len(needle)
            if at in starts and end in ends and not any(s < end and at < e for s, e in seen):
                seen.append((at, end))
                yield at, end, entry
            at = text.find(needle, at + 1)


def _hit(doc, start: int, end: int, entry) -> Hit:
    fields = {"suggest": entry.suggest or "", "entry": entry.phrase}
    if entry.message:
        fields["entry_message"] = entry.message
    return doc.hit(start, end, "default", fields)
