"""5.11: links that hide or endanger their target (shortener, executable, IP, look-alike domain, plain http)."""
from __future__ import annotations

from collections.abc import Iterator

from jsl import urls
from jsl.findings import Hit

REASONS = ("shortener", "executable", "ip", "lookalike", "http")
OPTIONS = {
    "reasons": ("list", list(REASONS)),  # which kinds of link this rule reports (one hit per link, first kind wins)
    "shorteners": ("wordlist", "url-shorteners"),
    "extensions": ("wordlist", "risky-extensions"),
    "own_domains": ("wordlist", "own-domains"),
    "similarity": (float, 80.0),  # rapidfuzz ratio of a domain's name part to one of the body's own
}


def check(doc, options) -> Iterator[Hit]:
    links = urls.links(doc)
    if not links:
        return
    lists = {name: _phrases(options[name]) for name in ("shorteners", "extensions", "own_domains")}
    body = doc.post.body
    for url in links:
        risky = [e for e in urls.extensions(url.path, url.query) if e in lists["extensions"]]
        reason = _reason(url, risky, lists, options)
        if reason is None:
            continue
        start, end = body.to_source(url.start, url.end)
        yield Hit(start, end, reason, {"url": url.text, "host": url.host, "ext": risky[0] if risky else ""})


def _reason(url: urls.Url, risky: list[str], lists: dict, options) -> str | None:
    tests = {
        "shortener": lambda: urls.suffix_matches(url.host, lists["shorteners"]),
        "executable": lambda: bool(risky),
        "ip": lambda: url.ip,
        "lookalike": lambda: urls.mixed_script(url.host) or lookalike(url.host, lists["own_domains"], options["similarity"]),
        "http": lambda: url.scheme == "http",
    }
    for reason in REASONS:
        if reason in options["reasons"] and tests[reason]():
            return reason
    return None


def _phrases(words) -> frozenset[str]:
    return frozenset(p.lower() for p in words.phrases) if words else frozenset()


def lookalike(host: str, own: frozenset[str], similarity: float) -> bool:
    """A domain made to look like one of the body's own: josokoiki-lg.jp, j0sokoiki.lg.jp, josokoiki.jp."""
    from rapidfuzz import fuzz

    if urls.is_ip(host) or urls.suffix_matches(host, own):
        return False
    name = _name(urls.registrable(host))
    labels = host.split(".")
    for domain in own:
        own_name = _name(domain)
        if domain in host or own_name in labels:  # www.josokoiki.lg.jp.example.com, josokoiki.example.io
            return True
        if own_name in name or fuzz.ratio(name, own_name) >= similarity:
            return True
        if fuzz.ratio(host.removeprefix("www."), domain) >= max(similarity, 90):
            return True
    return False


def _name(domain: str) -> str:
    """The part of a registrable domain before its public suffix (josokoiki for josokoiki.lg.jp)."""
    suffix = urls.public_suffix(domain)
    return domain[: -len(suffix) - 1] if suffix and domain.endswith("." + suffix) else domain
