"""Tokenize normalized text with MeCab (fugashi + unidic-lite) into tokens with offsets."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Token:
    surface: str
    lemma: str  # UniDic 語彙素 with any "-english" suffix stripped; the surface when unknown
    base: str  # 書字形基本形 (orthBase): the dictionary form as usually written
    pos: tuple[str, str, str, str]
    cform: str  # 活用形, e.g. 命令形; "*" when none
    reading: str  # katakana reading; the surface for unknown words
    start: int  # offsets in the normalized text
    end: int

    @property
    def key(self) -> str:
        return self.lemma


@cache
def tagger():
    import fugashi  # heavy: imported only when a rule needs tokens

    return fugashi.Tagger()


def tokenize(text: str) -> tuple[Token, ...]:
    tokens = []
    pos = 0
    for node in tagger()(text):
        surface = node.surface
        start = text.find(surface, pos)
        if start < 0:
            continue
        end = start + len(surface)
        pos = end
        f = node.feature
        lemma = getattr(f, "lemma", None) or surface
        if "-" in lemma and not lemma.startswith("-"):
            lemma = lemma.split("-", 1)[0]
        base = getattr(f, "orthBase", None) or surface
        reading = getattr(f, "kana", None) or surface
        pos4 = (f.pos1 or "*", f.pos2 or "*", f.pos3 or "*", f.pos4 or "*")
        tokens.append(Token(surface, lemma, base, pos4, getattr(f, "cForm", None) or "*", reading, start, end))
    return tuple(tokens)
