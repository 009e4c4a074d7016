"""5.10: a word list whose words are excused once the post names where the information came from.

「命に別状はないとのことです」 is hearsay alone, but not after 「警察によると、…。」 in the same
post: the source sentence covers what follows it. `sources` is a regular expression for a named
source; with `scope: before` it must come earlier in the post or in the same sentence, with
`scope: post` anywhere (「拡散希望。警察署からの依頼です」).
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.findings import Hit
from jsl.matchers import Words, compile_regex

OPTIONS = {
    "words": ("wordlist", ""),
    "sources": ("regex", ""),
    "scope": (str, "before"),  # before | post
}


def check(doc, options) -> Iterator[Hit]:
    if options["words"] is None:
        return
    hits = list(Words(options["words"]).find(doc))
    if not hits or not options["sources"]:
        yield from hits
        return
    found = next(compile_regex(options["sources"]).finditer(doc.text.value), None)
    if found is None:
        yield from hits
        return
    if options["scope"] == "post":
        return
    source = doc.text.to_source(found.start(), found.end())[0]
    for hit in hits:
        if source >= _sentence_end(doc, hit.start):
            yield hit


def _sentence_end(doc, offset: int) -> int:
    """Source offset where the sentence holding `offset` ends: a source inside it counts as before."""
    for sentence in doc.sentences:
        start, end = doc.text.to_source(sentence.start, sentence.end)
        if start <= offset < end:
            return end
    return offset + 1
