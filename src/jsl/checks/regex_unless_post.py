"""A regular expression that does not apply to a whole kind of post.

Some text is a secret in one post and public in another: a 予定価格 with its amount leaks a
bid before the opening, but is published in an 開札結果 post. `unless_post` names a word list;
when any of its words is anywhere in the post, the pattern is not reported there.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.findings import Hit
from jsl.matchers import Regex, find_words

OPTIONS = {
    "pattern": (str, ""),  # group 1, when present, is the reported span
    "unless_post": ("wordlist", ""),
}


def check(doc, options) -> Iterator[Hit]:
    if not options["pattern"]:
        return
    if options["unless_post"] is not None and next(iter(find_words(doc, options["unless_post"])), None):
        return
    yield from Regex(options["pattern"]).find(doc)
