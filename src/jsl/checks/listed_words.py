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


def find(doc, words) -> list[tuple[int, int, Entry]]:
    """find_words' matches, then entries found as written; normalized-text offsets (memoized per post)."""
    key = ("listed_words", id(words))
    found = doc.cache.get(key)
    if found is None:
        found = _find(doc, words) if words.entries else []
        doc.cache[key] = found
    return found


def _find(doc, words) -> list[tuple[int, int, Entry]]:
    found = list(find_words(doc, words))
    seen = [(start, end) for start, end, _ in found]
    text, starts, ends, ordered = _folded(doc)
    by_first = _needles(words)
    if not by_first:
        return found
    # a needle must begin where a token begins: look only there, and only at needles with that first letter
    for at in ordered:
        for needle, entry in by_first.get(text[at], ()):
            end = at + len(needle)
            if end in ends and text.startswith(needle, at) and not any(s < end and at < e for s, e in seen):
                seen.append((at, end))
                found.append((at, end, entry))
    return found


def _folded(doc):
    """The text kana-folded and case-folded (same length), with the token boundaries."""
    folded = doc.cache.get("listed_words_text")
    if folded is None:
        text = hiragana(doc.text.value)
        lowered = text.casefold()
        if len(lowered) != len(text):  # ß → ss and the like would shift the offsets
            lowered = text
        starts = {t.start for t in doc.tokens}
        folded = (lowered, starts, {t.end for t in doc.tokens}, sorted(starts))
        doc.cache["listed_words_text"] = folded
    return folded


_NEEDLES: dict[int, tuple] = {}


def _needles(words) -> dict[str, list[tuple[str, Entry]]]:
    """Entries to look for as written, by first letter; one with exact: or pos: means only what the list says."""
    cached = _NEEDLES.get(id(words))
    if cached is None or cached[0] is not words:
        needles: dict[str, list[tuple[str, Entry]]] = {}
        for entry in words.entries:
            if entry.phrase and not any(elem.exact or elem.pos for elem in entry.pattern):
                needle = hiragana(entry.phrase).casefold()
                if needle:
                    needles.setdefault(needle[0], []).append((needle, entry))
        cached = (words, needles)
        _NEEDLES[id(words)] = cached
    return cached[1]


def _hit(doc, start: int, end: int, entry) -> Hit:
    fields = {"suggest": entry.suggest or "", "entry": entry.phrase}
    if entry.message:
        fields["entry_message"] = entry.message
    return doc.hit(start, end, "default", fields)
