"""6.3: a link to a page the body does not run (any domain but the allowed ones, *.lg.jp and *.go.jp)."""
from __future__ import annotations

from collections.abc import Iterator

from jsl import urls
from jsl.findings import Hit

OPTIONS = {"allowed": ("wordlist", "allowed-domains")}


def check(doc, options) -> Iterator[Hit]:
    allowed = frozenset(p.lower() for p in options["allowed"].phrases) if options["allowed"] else frozenset()
    body = doc.post.body
    for url in urls.links(doc):
        if not urls.mixed_script(url.host) and not url.ip and urls.suffix_matches(url.host, allowed):
            continue
        start, end = body.to_source(url.start, url.end)
        key = "ip" if url.ip else "default"
        yield Hit(start, end, key, {"url": url.text, "host": url.host, "domain": url.registrable})
