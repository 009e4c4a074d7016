"""The four match kinds: words (lemmas from a list), sequence (token constraints), regex, fuzzy."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from jsl.dictionaries import Elem, Entry, WordList
from jsl.findings import Hit
from jsl.lexicon import LEXICON, per_post

MASKS = "○●×＊*〇◯□■"
# NFKC turns the full-width ～ into an ASCII ~, so both mark a lengthened sound (ゴ～ミ, し～ね)
ELONGATION = "ーあいうえおぁぃぅぇぉっ〜～~"
# a robust (reading) match must not run on into the next word; these may follow a word
MAY_FOLLOW = set("よなぞねわかさっ!?！？。、 　\n」』)）…")


def elem_matches(elem: Elem, token) -> bool:
    if elem.exact:
        if token.surface != elem.key or (elem.cform and token.cform != elem.cform):
            return False
    elif token.lemma != elem.key and token.surface != elem.key:
        return False
    return all(p in token.pos for p in elem.pos) if elem.pos else True


def find_words(doc, words: WordList) -> list[tuple[int, int, Entry]]:
    """Matches on token boundaries, by lemma (so 殺す finds 殺せ), in normalized-text offsets.

    Memoized per post and list: several rules and context flags ask for the same list.
    """
    key = ("find_words", id(words))
    cached = doc.cache.get(key)
    if cached is None or cached[0] is not words:
        cached = (words, _find_words(doc, words))
        doc.cache[key] = cached
    return cached[1]


def _token_keys(doc) -> list[tuple[str, ...]]:
    """Each token's lemma, and its surface when that differs; once per post."""
    keys = doc.cache.get("token_keys")
    if keys is None:
        keys = doc.cache["token_keys"] = [(t.lemma,) if t.surface == t.lemma else (t.lemma, t.surface) for t in doc.tokens]
    return keys


def _key_positions(doc) -> dict[str, list[int]]:
    """Token indices by lemma and by surface, built once per post."""
    positions = doc.cache.get("key_positions")
    if positions is None:
        positions = {}
        for i, mine in enumerate(_token_keys(doc)):
            for k in mine:
                positions.setdefault(k, []).append(i)
        doc.cache["key_positions"] = positions
    return positions


def _find_words(doc, words: WordList) -> list[tuple[int, int, Entry]]:
    tokens = doc.tokens
    hits = sorted(per_post(doc, "lexicon_lemmas", words, _lemma_hits), key=lambda h: (h[0], h[1]))
    found = [(tokens[i].start, tokens[i + n - 1].end, entry) for i, n, entry in hits]
    robust = words.robust_entries
    if robust:
        spans = {(start, end) for start, end, _ in found}
        for start, end, entry in _find_readings(doc, robust):
            # a plainly written word is found by both paths; report it once
            if (start, end) not in spans:
                spans.add((start, end))
                found.append((start, end, entry))
    return found


def _lemma_hits(doc) -> dict[int, list[tuple[int, int, Entry]]]:
    """Every list's entries matched by lemma, per list: (token index, token count, entry)."""
    tokens = doc.tokens
    by_key = LEXICON.by_key
    hits: dict[int, list[tuple[int, int, Entry]]] = {}

    def attempt(i: int, bucket) -> None:
        for slot, entry in bucket:
            n = len(entry.pattern)
            if i + n <= len(tokens) and all(elem_matches(e, t) for e, t in zip(entry.pattern, tokens[i : i + n])):
                hits.setdefault(slot, []).append((i, n, entry))

    # one-word entries: only the words that occur in the post are looked at (a C-level set intersection)
    positions = _key_positions(doc)
    for key in positions.keys() & by_key.keys():
        for i in positions[key]:
            attempt(i, by_key[key])
    # phrases, by their first two words, where a token is the first word of some phrase
    keys, firsts = _token_keys(doc), LEXICON.firsts
    for i in range(len(keys) - 1):
        for k in keys[i]:
            if k in firsts:
                for k2 in keys[i + 1]:
                    bucket = by_key.get((k, k2))
                    if bucket:
                        attempt(i, bucket)
    return hits


def _find_readings(doc, entries: list[Entry]) -> Iterator[tuple[int, int, Entry]]:
    """Robust matches on the reading string: spaced, 伏せ字, elongated and kana-script variants."""
    reading = doc.reading
    text = reading.value
    plain = _without_masks(doc, text)
    for entry in entries:
        # without 伏せ字 a match needs the entry's letters in a row once lengthening marks are gone
        if plain is not None and _unlengthened(entry.reading) not in plain:
            continue
        for m in _reading_regex(entry.reading).finditer(text):
            if sum(ch in MASKS for ch in m.group()) * 2 > len(entry.reading):
                continue
            if m.end() < len(text) and text[m.end()] not in MAY_FOLLOW:
                continue
            if not _starts_a_word(doc, m.start()):
                continue
            src = reading.to_source(m.start(), m.end())
            # report in normalized-text offsets like the lemma path does
            start, end = _source_to_text(doc, *src)
            yield start, end, entry


_LENGTHENING = str.maketrans("", "", "ー〜～~")


@cache
def _unlengthened(reading: str) -> str:
    return reading.translate(_LENGTHENING)


# a match that begins with a particle or an auxiliary glued to the word before it continues that word
# (ますしね is not しね), while one after a space or a comma stands alone (、し ね)
FUNCTION_WORDS = ("助詞", "助動詞")
STANDALONE_AFTER = ("補助記号", "空白")


def _starts_a_word(doc, offset: int) -> bool:
    from jsl.context import word_start

    i = word_start(doc, offset)
    if i is None:
        return False
    token = doc.tokens[i]
    if token.pos[0] not in FUNCTION_WORDS or i == 0:
        return True
    before = doc.tokens[i - 1]
    return before.end < token.start or before.pos[0] in STANDALONE_AFTER


def _without_masks(doc, text: str) -> str | None:
    """The reading without lengthening marks, or None when it holds a mask (then every entry is tried)."""
    key = "reading_without_lengthening"
    if key not in doc.cache:
        doc.cache[key] = None if any(ch in MASKS for ch in text) else text.translate(_LENGTHENING)
    return doc.cache[key]


_REGEX_CACHE: dict[str, re.Pattern] = {}


def _reading_regex(reading: str) -> re.Pattern:
    pattern = _REGEX_CACHE.get(reading)
    if pattern is None:
        parts = [f"[{re.escape(ch)}{re.escape(MASKS)}]" for ch in reading]
        pattern = re.compile("[ー〜～~]*".join(parts) + f"[{ELONGATION}]*")
        _REGEX_CACHE[reading] = pattern
    return pattern


def _source_to_text(doc, src_start: int, src_end: int) -> tuple[int, int]:
    """Normalized-text offsets for a source span (tokens are aligned to both)."""
    start = end = None
    for token in doc.tokens:
        s, e = doc.text.to_source(token.start, token.end)
        if start is None and e > src_start:
            start = token.start
        if s < src_end:
            end = token.end
    return (start or 0), (end if end is not None else start or 0)


@dataclass(frozen=True)
class Regex:
    pattern: str
    ignore_case: bool = False
    linear_only: bool = False  # from a user rule file: RE2 only

    def compiled(self):
        return compile_regex(self.pattern, self.ignore_case, self.linear_only)

    def find(self, doc) -> Iterator[Hit]:
        """The whole match, or group 1 when the pattern has groups (context outside, the span inside)."""
        for m in self.compiled().finditer(doc.text.value):
            group = 1 if m.re.groups else 0
            start, end = m.span(group)
            if end > start:
                yield doc.hit(start, end)


@cache
def compile_regex(pattern: str, ignore_case: bool = False, linear_only: bool = False):
    """A linear-time RE2 pattern where RE2 can take it; a user pattern can never hang the run.

    Built-in patterns with look-around or back-references (which RE2 lacks) run on Python's engine
    unless they plainly nest quantifiers; `linear_only` patterns (user rule files) must be RE2.
    """
    import re2

    options = re2.Options()
    options.case_sensitive = not ignore_case
    options.log_errors = False
    try:
        return re2.compile(pattern, options)
    except re2.error as e:
        problem = e.args[0].decode("utf-8", "replace") if e.args and isinstance(e.args[0], bytes) else str(e)
        if linear_only and _python_syntax(pattern):
            problem += "; user rules use RE2 syntax, which has no look-around or back-references"
        if linear_only or _backtracking_risk(pattern):
            raise re2.error(problem) from None
        return re.compile(pattern, re.IGNORECASE if ignore_case else 0)


def _python_syntax(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _backtracking_risk(pattern: str) -> bool:
    """Nested quantifiers such as (a+)+ are refused outside RE2."""
    return bool(re.search(r"\([^()]*[+*][^()]*\)[+*{]", pattern))


@dataclass(frozen=True)
class Words:
    words: WordList

    def find(self, doc) -> Iterator[Hit]:
        for start, end, entry in find_words(doc, self.words):
            fields = {"suggest": entry.suggest or "", "entry": entry.phrase}
            if entry.message:
                fields["entry_message"] = entry.message
            yield doc.hit(start, end, "default", fields)


@dataclass(frozen=True)
class Step:
    lemma: frozenset[str] = frozenset()
    surface: re.Pattern | None = None
    pos: tuple[str, ...] = ()
    optional: bool = False

    def matches(self, token) -> bool:
        if self.lemma and token.lemma not in self.lemma and token.surface not in self.lemma:
            return False
        if self.surface is not None and not self.surface.fullmatch(token.surface):
            return False
        return all(p in token.pos for p in self.pos)


@dataclass(frozen=True)
class Sequence:
    steps: tuple[Step, ...]

    def find(self, doc) -> Iterator[Hit]:
        tokens = doc.tokens
        for i in range(len(tokens)):
            end = self._match(tokens, i, 0)
            if end is not None and end > i:
                yield doc.hit(tokens[i].start, tokens[end - 1].end)

    def _match(self, tokens, i: int, k: int) -> int | None:
        if k == len(self.steps):
            return i
        step = self.steps[k]
        if i < len(tokens) and step.matches(tokens[i]):
            found = self._match(tokens, i + 1, k + 1)
            if found is not None:
                return found
        if step.optional:
            return self._match(tokens, i, k + 1)
        return None


@dataclass(frozen=True)
class Fuzzy:
    """Deliberate misspellings: rapidfuzz over readings, for entries of at least min_length kana."""

    words: WordList
    threshold: float = 85.0
    min_length: int = 4

    def find(self, doc) -> Iterator[Hit]:
        from rapidfuzz import fuzz

        reading = doc.reading
        text = reading.value
        for entry in self.words.entries:
            target = entry.reading or entry.phrase
            if len(target) < self.min_length or len(text) < len(target) - 1:
                continue
            found = fuzz.partial_ratio_alignment(target, text, score_cutoff=self.threshold)
            if found is None or found.dest_end <= found.dest_start:
                continue
            start, end = reading.to_source(found.dest_start, found.dest_end)
            yield Hit(start, end, "default", {"suggest": entry.suggest or "", "entry": entry.phrase})
