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
    written = _written(doc).get(id(words))
    if written is None and id(words) not in NEEDLES.slot:
        NEEDLES.add(words)
        written = _written(doc).get(id(words))
    if not written:
        return found
    seen = [(start, end) for start, end, _ in found]
    for at, end, entry in written:
        if not any(s < end and at < e for s, e in seen):
            seen.append((at, end))
            found.append((at, end, entry))
    return found


class _Needles:
    """Every list's entries to look for as written, in one index, so one pass over a post serves all lists.

    Keyed by a needle's first two letters (one for a one-letter needle); lists join on first use.
    An entry with exact: or pos: is matched only as its list says, so it has no needle.
    """

    def __init__(self) -> None:
        self.slot: dict[int, object] = {}  # id(list) → the list (kept alive so ids stay unique)
        self.by_prefix: dict[str, list[tuple[str, int, int, Entry]]] = {}
        self.version = 0

    def add(self, words) -> None:
        self.slot[id(words)] = words
        for order, entry in enumerate(words.entries):
            if entry.phrase and not any(elem.exact or elem.pos for elem in entry.pattern):
                needle = hiragana(entry.phrase).casefold()
                if needle:
                    self.by_prefix.setdefault(needle[:2], []).append((needle, id(words), order, entry))
        self.version += 1


NEEDLES = _Needles()


def _written(doc) -> dict[int, list[tuple[int, int, Entry]]]:
    """Needles found in the post that begin and end on token boundaries, per list, in text order."""
    cached = doc.cache.get("listed_words_written")
    if cached is not None and cached[0] == NEEDLES.version:
        return cached[1]
    text, starts, ends, ordered = _folded(doc)
    by_prefix = NEEDLES.by_prefix
    hits: dict[int, list[tuple[int, int, int, Entry]]] = {}
    last = len(text) - 1
    for at in ordered:
        for key in (text[at : at + 2], text[at]) if at < last else (text[at],):
            for needle, slot, order, entry in by_prefix.get(key, ()):
                end = at + len(needle)
                if end in ends and text.startswith(needle, at):
                    hits.setdefault(slot, []).append((at, order, end, entry))
    found = {slot: [(at, end, entry) for at, _, end, entry in sorted(items, key=lambda h: h[:2])] for slot, items in hits.items()}
    doc.cache["listed_words_written"] = (NEEDLES.version, found)
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


def _hit(doc, start: int, end: int, entry) -> Hit:
    fields = {"suggest": entry.suggest or "", "entry": entry.phrase}
    if entry.message:
        fields["entry_message"] = entry.message
    return doc.hit(start, end, "default", fields)
