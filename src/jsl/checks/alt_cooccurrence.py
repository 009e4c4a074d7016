"""Two word lists in one sentence of an image's alternative text: what the picture shows.

The body text of a post can be harmless while its photo shows a secret: 「広報のデスクです」
with the alt 「モニターにアカウントのIDとパスワードを書いた付箋が貼ってある」. Each image's alt
is read as a small post of its own and searched like `cooccurrence` (a `words` entry and a
`near` entry in one sentence). A sentence of the alt with one of `unless_context`'s flags
(「パスワードを付箋に書いて貼らないように」: negated, warning) does not count.
The hit is the image (its front-matter entry or its ![alt](src)).
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.checks import cooccurrence
from jsl.findings import Hit

OPTIONS = {
    **cooccurrence.OPTIONS,
    "unless_context": ("list", ["negated", "warning", "quoting"]),
}


def check(doc, options) -> Iterator[Hit]:
    if options["words"] is None or options["near"] is None:
        return
    for image in doc.post.images:
        alt = (image.alt or "").strip()
        if not alt:
            continue
        shown = _shown(doc, alt, options)
        if shown:
            yield Hit(image.start, image.end, "default", {"alt": alt, "shown": shown, "src": image.src})


def _shown(doc, alt: str, options) -> str:
    """The words of the alt that pair up, or "" when none do outside a negated or warning sentence."""
    from jsl.engine import make_doc
    from jsl.posts import plain
    from jsl.text import Source

    alt_doc = make_doc(plain(Source.of(doc.post.source.path, alt)), doc.lists, doc.platform)
    skip = frozenset(options["unless_context"])
    for hit in cooccurrence.check(alt_doc, options):
        if not skip & alt_doc.flags_at(hit.start, hit.end):
            return alt[hit.start : hit.end]
    return ""
