"""6.4: a handle of the official form that is not an official account but looks like one (@josokoiki.fires).

A handle of the wrong form is 3.3 (account-id); this check only looks at handles that pass it.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl import handles
from jsl.findings import Hit

OPTIONS = {
    "accounts": ("wordlist", "official-accounts"),
    "similarity": (float, 80.0),  # rapidfuzz ratio of the department parts
    "pattern": ("regex", r"^@josokoiki\.[a-z]+$"),  # keep equal to account-id's pattern
}


def check(doc, options) -> Iterator[Hit]:
    from rapidfuzz import fuzz, process

    found = handles.in_doc(doc)
    if not found or not options["accounts"]:
        return
    official = {a.lower(): a for a in options["accounts"].phrases}
    parts = {_department(a): a for a in official}
    pattern = handles.form(options["pattern"])
    body = doc.post.body
    for handle in found:
        text = "@" + handle.text[1:]
        if not pattern.search(text) or text.lower() in official:
            continue
        best = process.extractOne(_department(text), list(parts), scorer=fuzz.ratio, score_cutoff=options["similarity"])
        if best:
            start, end = body.to_source(handle.start, handle.end)
            yield Hit(start, end, "default", {"handle": handle.text, "official": official[parts[best[0]]]})


def _department(handle: str) -> str:
    return handle.rsplit(".", 1)[-1].lower()
