"""Tokenize normalized text with MeCab (fugashi + unidic-lite) into tokens with offsets."""
from __future__ import annotations

from typing import NamedTuple
from functools import cache


class Token(NamedTuple):
    """One morpheme (a NamedTuple: hundreds of thousands are made per run, so creation must be cheap)."""

    surface: str
    lemma: str  # UniDic 語彙素 with any "-english" suffix stripped; the surface when unknown
    base: str  # 書字形基本形 (orthBase): the dictionary form as usually written
    pos: tuple[str, str, str, str]
    cform: str  # 活用形, e.g. 命令形; "*" when none
    reading: str  # katakana reading; the surface for unknown words
    start: int  # offsets in the normalized text
    end: int


@cache
def tagger():
    import fugashi  # heavy: imported only when a rule needs tokens

    return fugashi.Tagger()


_FEATURES: dict[str, tuple] = {}


def _features(node) -> tuple:
    """(lemma, base, pos, cform, reading) for a node; parsed once per distinct feature string."""
    raw = node.feature_raw
    found = _FEATURES.get(raw)
    if found is None:
        f = node.feature
        surface = node.surface
        lemma = getattr(f, "lemma", None) or ""
        if "-" in lemma and not lemma.startswith("-"):
            lemma = lemma.split("-", 1)[0]
        found = (
            lemma,
            getattr(f, "orthBase", None) or "",
            (f.pos1 or "*", f.pos2 or "*", f.pos3 or "*", f.pos4 or "*"),
            getattr(f, "cForm", None) or "*",
            getattr(f, "kana", None) or "",
        )
        if len(_FEATURES) < 200_000:
            _FEATURES[raw] = found
        if not found[0]:
            # unknown words: the surface stands in for lemma, base and reading (not cached by surface)
            return (surface, surface, found[2], found[3], surface)
    elif not found[0]:
        surface = node.surface
        return (surface, surface, found[2], found[3], surface)
    return found


def tokenize(text: str) -> tuple[Token, ...]:
    tokens = []
    pos = 0
    find = text.find
    for node in tagger()(text):
        surface = node.surface
        start = find(surface, pos)
        if start < 0:
            continue
        end = start + len(surface)
        pos = end
        lemma, base, pos4, cform, reading = _features(node)
        tokens.append(Token(surface, lemma, base, pos4, cform, reading, start, end))
    return tuple(tokens)
