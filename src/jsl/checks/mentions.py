"""5.13: a post that tags many other accounts reads as spam under the platforms' terms."""
from __future__ import annotations

from collections.abc import Iterator

from jsl import handles
from jsl.findings import Hit

OPTIONS = {
    "most": (int, 2),  # more mentions of other accounts than this are reported
    "brand": (str, "josokoiki"),  # the body's own handles (resembling this) are not counted
    "similarity": (float, 80.0),
}


def check(doc, options) -> Iterator[Hit]:
    others = []
    seen = set()
    for handle in handles.in_doc(doc):
        if handle.folded in seen or handles.is_own(handle.text, options["brand"], frozenset(handles.DEPARTMENTS), options["similarity"]):
            continue
        seen.add(handle.folded)
        others.append(handle)
    if len(others) > options["most"]:
        start, _ = doc.post.body.to_source(others[0].start, others[0].end)
        _, end = doc.post.body.to_source(others[-1].start, others[-1].end)
        yield Hit(start, end, "default", {"count": str(len(others)), "most": str(options["most"])})
