"""5.10: らしい after a verb or a clause (燃やしてよくなったらしい) passes on hearsay.

After a noun, らしい means "typical of" (春らしい, 消防士らしい) and is not reported.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {
    "after": ("list", ["動詞", "助動詞", "形容詞"]),  # part of speech of the word before らしい
}


def check(doc, options) -> Iterator[Hit]:
    tokens = doc.tokens
    after = set(options["after"])
    for i, token in enumerate(tokens):
        if i == 0 or token.lemma != "らしい" or token.pos[0] != "助動詞":
            continue
        before = tokens[i - 1]
        if before.pos[0] in after and before.end == token.start:
            yield doc.hit(before.start, token.end)
