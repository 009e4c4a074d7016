"""Doc: one post made ready for rules (normalized text, tokens, sentences with context flags)."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Mapping

from jsl.findings import Fix, Hit
from jsl.normalize import normalize
from jsl.posts import Post
from jsl.text import Text


@dataclass(eq=False)
class Doc:
    post: Post
    lists: Mapping = field(default_factory=dict)  # name -> dictionaries.WordList, after config add/remove
    platform: str | None = None  # the post's platform, else the configured default
    cache: dict = field(default_factory=dict)  # per-post memo for context and checks

    @cached_property
    def text(self) -> Text:
        return normalize(self.post.body)

    @cached_property
    def tokens(self):
        from jsl.tokenize import tokenize

        return tokenize(self.text.value)

    @cached_property
    def sentences(self):
        from jsl.context import sentences

        return sentences(self)

    @cached_property
    def reading(self):
        from jsl.context import reading

        return reading(self)

    def flags_at(self, start: int, end: int) -> frozenset[str]:
        """Context flags around the source span [start, end): negated, warning, reported, quoting, quoted."""
        from jsl.context import flags_at

        return flags_at(self, start, end)

    def __getstate__(self) -> dict:
        """Pickled (to and from workers, into the results cache) without word lists and memos."""
        state = dict(self.__dict__)
        state["lists"] = {}
        state["cache"] = {}
        return state

    def release(self) -> None:
        """Drop tokens, sentences, readings and memos once the post's own rules have run."""
        self.cache.clear()
        for name in ("tokens", "sentences", "reading"):
            self.__dict__.pop(name, None)

    def hit(self, start: int, end: int, key: str = "default", fields: Mapping[str, str] | None = None, fix: Fix | None = None) -> Hit:
        """A Hit for normalized-text offsets, converted to offsets in the source file."""
        src_start, src_end = self.text.to_source(start, end)
        return Hit(src_start, src_end, key, dict(fields or {}), fix)
