"""A regular expression that applies only to some kinds of post.

Some text is a secret in one post and public in another: a 予定価格 with its amount leaks a
bid before the opening, but is published in an 開札結果 post. `unless_post` names a word list;
when any of its words is anywhere in the post, the pattern is not reported there.
`only_if_post` is the converse: the pattern counts only in a post holding one of its words
(「組合の見解とします」 is a staff member's own view made official only when a 私 speaks).
`yield_to` lists sections whose finding in the same sentence takes the match's place
(a laugh that ends an obscene anecdote is 5.12 alone: see checks/specific.py).
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.checks.specific import give_way
from jsl.findings import Hit
from jsl.matchers import Regex, find_words

OPTIONS = {
    "pattern": ("regex", ""),  # group 1, when present, is the reported span
    "unless_post": ("wordlist", ""),
    "only_if_post": ("wordlist", ""),
    "yield_to": ("list", []),
}


def check(doc, options) -> Iterator[Hit]:
    if not options["pattern"]:
        return
    if options["unless_post"] is not None and _any(doc, options["unless_post"]):
        return
    if options["only_if_post"] is not None and not _any(doc, options["only_if_post"]):
        return
    yield from give_way(doc, Regex(options["pattern"]).find(doc), options["yield_to"])


def _any(doc, words) -> bool:
    return next(iter(find_words(doc, words)), None) is not None
