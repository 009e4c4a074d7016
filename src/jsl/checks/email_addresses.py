"""5.1: a personal e-mail address: any address outside the body's own and government domains."""
from __future__ import annotations

import re
from collections.abc import Iterator

OPTIONS = {
    "own_domains": ("wordlist", "own-domains"),  # the body's mail domains; jsl.toml [lists] can add more
    "public_suffixes": ("list", ["lg.jp", "go.jp"]),  # local and national government domains
}

# also the spam-proofed forms name[at]example.com and name (at) example.com; NFKC has made ＠ '@'
EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])([A-Za-z0-9][A-Za-z0-9._%+-]*)(?:@|\s?(?:\[at\]|\(at\))\s?)"
    r"((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})",
    re.IGNORECASE,
)


def check(doc, options) -> Iterator:
    text = doc.text.value
    allowed = _allowed(options)
    for m in EMAIL.finditer(text):
        domain = m.group(2).lower()
        if _url_before(text, m.start()):
            continue
        if not any(domain == d or domain.endswith("." + d) for d in allowed):
            yield doc.hit(m.start(), m.end(), "default", {"domain": domain})


def _allowed(options) -> tuple[str, ...]:
    own = tuple(p.lower() for p in options["own_domains"].phrases) if options["own_domains"] else ()
    return own + tuple(s.lower() for s in options["public_suffixes"])


def _url_before(text: str, start: int) -> bool:
    """user@host inside a URL (https://user@host/) is a login, not an address written for readers."""
    head = text[max(0, start - 200) : start]
    token = re.split(r"\s", head)[-1] if head else ""
    return "://" in token
