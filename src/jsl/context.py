"""Sentence context: quoted, negated, warning and reported flags, from cue lists in dictionaries/."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from jsl.normalize import hiragana
from jsl.text import Text, TextBuilder

SENTENCE_END = re.compile(r"[。！？!?]+|\n")
QUOTES = {"「": "」", "『": "』", "“": "”", '"': '"', "《": "》", "〈": "〉"}
# flag name -> cue word list (dictionaries/context-<flag>.yaml)
FLAGS = ("negated", "warning", "reported", "quoting")


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    flags: frozenset[str]


def sentences(doc) -> tuple[Sentence, ...]:
    from jsl.matchers import find_words
    from jsl import dictionaries

    text = doc.text.value
    bounds = sentence_bounds(text)
    starts = [s for s, _ in bounds]
    flagged: dict[int, set[str]] = {}
    for flag in FLAGS:
        words = dictionaries.load(f"context-{flag}")
        for start, _end, _entry in find_words(doc, words):
            i = bisect_right(starts, start) - 1
            flagged.setdefault(i, set()).add(flag)
    return tuple(Sentence(s, e, frozenset(flagged.get(i, ()))) for i, (s, e) in enumerate(bounds))


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentences end at 。！？ or a line break, but not at 。！？ inside brackets (「…。…」 is one quote)."""
    inside = quoted_spans(text)
    bounds = []
    pos = 0
    for m in SENTENCE_END.finditer(text):
        if m.group() != "\n" and any(q_start < m.start() < q_end - 1 for q_start, q_end in inside):
            continue
        if m.end() > pos:
            bounds.append((pos, m.end()))
        pos = m.end()
    if pos < len(text):
        bounds.append((pos, len(text)))
    return bounds


def quoted_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(text):
        if stack and ch == QUOTES[stack[-1][0]] and not (ch == '"' and stack[-1][0] != '"'):
            opener, at = stack.pop()
            if not stack:
                spans.append((at, i + 1))
        elif ch in QUOTES and ch not in ('"',):
            stack.append((ch, i))
        elif ch == '"':
            stack.append((ch, i))
    return spans


def flags_at(doc, start: int, end: int) -> frozenset[str]:
    """Flags of the sentences overlapping the source span [start, end), plus 'quoted' inside brackets."""
    flags: set[str] = set()
    for s_start, s_end, s_flags in _source_sentences(doc):
        if s_start < end and start < s_end:
            flags |= s_flags
    for q_start, q_end in _source_quotes(doc):
        if q_start <= start and end <= q_end:
            flags.add("quoted")
    return frozenset(flags)


def _source_sentences(doc) -> list[tuple[int, int, frozenset[str]]]:
    cached = doc.cache.get("source_sentences")
    if cached is None:
        cached = [(*doc.text.to_source(s.start, s.end), s.flags) for s in doc.sentences if s.end > s.start]
        doc.cache["source_sentences"] = cached
    return cached


def _source_quotes(doc) -> list[tuple[int, int]]:
    cached = doc.cache.get("source_quotes")
    if cached is None:
        cached = [doc.text.to_source(s, e) for s, e in quoted_spans(doc.text.value)]
        doc.cache["source_quotes"] = cached
    return cached


def reading(doc) -> Text:
    """The body as hiragana readings, separators between letters dropped, mapped back to the source.

    Used by robust matching: し ね, 死.ね, シネ and しね all read しね.
    """
    builder = TextBuilder()
    starts: dict[int, int] = {}  # reading offset where a word begins -> index of its token
    for i, token in enumerate(doc.tokens):
        src_start, src_end = doc.text.to_source(token.start, token.end)
        if token.pos[0] in ("補助記号", "空白") and token.surface in SEPARATORS:
            builder.add("", src_start, src_end)
            continue
        value = token.reading if token.pos[1] != "数詞" and token.reading != "*" else token.surface
        if not _is_kana(value):
            value = token.surface
        starts.setdefault(builder.size, i)
        builder.add(hiragana(value), src_start, src_end)
    doc.cache["reading_starts"] = starts
    return builder.build()


def word_start(doc, offset: int) -> int | None:
    """The index of the token that begins at this offset of the reading string, or None inside a word."""
    doc.reading  # noqa: B018 - builds the reading and its word starts
    return doc.cache["reading_starts"].get(offset)


SEPARATORS = set(" 　.・_-/,，．‐*＊") - {"*", "＊"}


def _is_kana(s: str) -> bool:
    return bool(s) and all("\u3041" <= c <= "\u30ff" or c == "ー" for c in s)
