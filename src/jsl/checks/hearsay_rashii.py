"""5.10: らしい or みたい after a verb or a clause (燃やしてよくなったらしい, 中止になったみたい) passes on hearsay.

After a noun they mean "typical of" or "like" (春らしい, 子どもみたいに) and are not reported.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {
    "endings": ("list", ["らしい", "みたい"]),  # lemmas of the hearsay ending
    "after": ("list", ["動詞", "助動詞", "形容詞"]),  # part of speech of the word before らしい
}


def check(doc, options) -> Iterator[Hit]:
    tokens = doc.tokens
    after = set(options["after"])
    endings = set(options["endings"])
    for i, token in enumerate(tokens):
        if i == 0 or token.lemma not in endings or token.pos[0] not in ("助動詞", "形状詞"):
            continue
        before = tokens[i - 1]
        if before.pos[0] in after and before.end == token.start:
            yield doc.hit(before.start, token.end)
