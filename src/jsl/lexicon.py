"""Every word list in use, in one index, so that one pass over a post serves all lists.

A post is looked at once per index, not once per list: its lemmas and surfaces are intersected with
the first words of every list's one-word entries, a phrase is looked up by its first two words where a
token begins some phrase, and the kana-folded text is scanned at token starts for every list's entries
as written (by the needle's first two letters). Results are
kept per post and handed out per list. Lists join on first use; a join invalidates the results of
the post being read (the first post of a run), so later posts take the single pass.
"""
from __future__ import annotations

from jsl.dictionaries import Entry, WordList
from jsl.normalize import hiragana


class Lexicon:
    def __init__(self) -> None:
        self.lists: dict[int, WordList] = {}  # id(list) → the list, kept alive so that ids stay unique
        # an entry's first word (lemma or surface), or its first two for a phrase: → (list, entry)
        self.by_key: dict[str | tuple[str, str], list[tuple[int, Entry]]] = {}
        self.firsts: set[str] = set()  # first words of the phrases in by_key
        self.by_prefix: dict[str, list[tuple[str, int, int, Entry]]] = {}  # needle's first letters → (needle, list, order, entry)
        self.version = 0

    def join(self, words: WordList) -> None:
        if id(words) in self.lists:
            return
        self.lists[id(words)] = words
        slot = id(words)
        for order, entry in enumerate(words.entries):
            self.by_key.setdefault(key(entry), []).append((slot, entry))
            if len(entry.pattern) > 1:
                self.firsts.add(entry.pattern[0].key)
            if entry.phrase and not any(elem.exact or elem.pos for elem in entry.pattern):
                needle = hiragana(entry.phrase).casefold()
                if needle:
                    self.by_prefix.setdefault(needle[:2], []).append((needle, slot, order, entry))
        self.version += 1


LEXICON = Lexicon()


def key(entry: Entry) -> str | tuple[str, str]:
    """What an entry is looked up by: its first two words when it has two (御 or の alone begin many phrases)."""
    pattern = entry.pattern
    return (pattern[0].key, pattern[1].key) if len(pattern) > 1 else pattern[0].key


def per_post(doc, name: str, words: WordList, build) -> list:
    """build(doc) → {id(list): results} once per post and lexicon version; this list's results."""
    if id(words) not in LEXICON.lists:
        LEXICON.join(words)
    cached = doc.cache.get(name)
    if cached is None or cached[0] != LEXICON.version:
        cached = doc.cache[name] = (LEXICON.version, build(doc))
    return cached[1].get(id(words), ())
