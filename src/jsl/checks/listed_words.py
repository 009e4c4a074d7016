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
from jsl.lexicon import LEXICON, per_post
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
    written = per_post(doc, "listed_words_written", words, _written)
    if not written:
        return found
    seen = [(start, end) for start, end, _ in found]
    for at, end, entry in written:
        if not any(s < end and at < e for s, e in seen):
            seen.append((at, end))
            found.append((at, end, entry))
    return found


def _written(doc) -> dict[int, list[tuple[int, int, Entry]]]:
    """Every list's needles found in the post, beginning and ending on token boundaries, in text order."""
    text, ends, starts = _folded(doc)
    by_prefix = LEXICON.by_prefix
    hits: dict[int, list[tuple[int, int, int, Entry]]] = {}
    last = len(text) - 1
    for at in starts:
        for key in (text[at : at + 2], text[at]) if at < last else (text[at],):
            for needle, slot, order, entry in by_prefix.get(key, ()):
                end = at + len(needle)
                if end in ends and text.startswith(needle, at):
                    hits.setdefault(slot, []).append((at, order, end, entry))
    return {slot: [(at, end, entry) for at, _, end, entry in sorted(items, key=lambda h: h[:2])] for slot, items in hits.items()}


def _folded(doc):
    """The text kana-folded and case-folded (same length), the token ends, and the token starts in order."""
    folded = doc.cache.get("listed_words_text")
    if folded is None:
        text = hiragana(doc.text.value)
        lowered = text.casefold()
        if len(lowered) != len(text):  # ß → ss and the like would shift the offsets
            lowered = text
        folded = (lowered, {t.end for t in doc.tokens}, sorted({t.start for t in doc.tokens}))
        doc.cache["listed_words_text"] = folded
    return folded


def _hit(doc, start: int, end: int, entry) -> Hit:
    fields = {"suggest": entry.suggest or "", "entry": entry.phrase}
    if entry.message:
        fields["entry_message"] = entry.message
    return doc.hit(start, end, "default", fields)
