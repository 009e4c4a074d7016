"""Links in a post: URLs with a scheme and bare domains, split into host, registrable domain and path."""
from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

# A bare domain written without a scheme (www.example.com, bit.ly/abc): ASCII labels, a known TLD.
# The look-behind keeps e-mail addresses (name@example.com) and handles (@josokoiki.fire) out.
BARE = re.compile(
    r"(?<![A-Za-z0-9_@＠.\-/:%+])((?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9\-]+)\.?)"
    r"(:\d{1,5})?(/[!#$%&'*+,\-./0-9:;=?@A-Z_a-z~]*)?",
    re.IGNORECASE,
)
TRAILING = ".,;:!?"
JAPANESE = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
# TLDs read as a domain even without www. or a path; others (.zip, .fire, .sh as in setup.sh) need one,
# unless the public suffix has two labels (example.or.jp)
COMMON_TLDS = frozenset({"jp", "com", "net", "org", "info", "biz", "io", "app", "dev", "link", "site", "online"})


@dataclass(frozen=True, slots=True)
class Url:
    text: str  # as written
    start: int  # offsets in the string searched
    end: int
    scheme: str  # "" for a bare domain
    host: str  # lower-case, no port
    path: str
    query: str = ""

    @property
    def ip(self) -> bool:
        return is_ip(self.host)

    @property
    def registrable(self) -> str:
        return registrable(self.host)


def is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


@cache
def _psl(accept_unknown: bool):
    from publicsuffixlist import PublicSuffixList  # ships its list; nothing is fetched

    return PublicSuffixList(accept_unknown=accept_unknown)


def registrable(host: str) -> str:
    """The registrable domain (josokoiki.lg.jp for www.josokoiki.lg.jp); the host itself for an IP."""
    if is_ip(host):
        return host
    return _psl(True).privatesuffix(host) or host


def public_suffix(host: str) -> str:
    return _psl(True).publicsuffix(host) or ""


def known_tld(host: str) -> bool:
    return _psl(False).publicsuffix(host) is not None


def parse(text: str, start: int = 0, end: int | None = None) -> Url | None:
    """A Url for one link as written (with or without a scheme), cut where Japanese text runs on
    (https://www.josokoiki.lg.jpをご覧ください)."""
    cut = JAPANESE.search(text)
    if cut:
        text = text[: cut.start()].rstrip(TRAILING)
    end = start + len(text)
    written = text if "://" in text else "http://" + text
    try:
        parts = urlsplit(written)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return None
    if not host:
        return None
    scheme = parts.scheme.lower() if "://" in text else ""
    return Url(text, start, end, scheme, unicodedata.normalize("NFKC", host).lower(), parts.path, parts.query)


def bare_domains(value: str, skip: list[tuple[int, int]] = ()) -> list[Url]:
    """Domains written without a scheme, outside the spans in `skip` (the links with a scheme)."""
    found = []
    for m in BARE.finditer(value):
        if any(s <= m.start() < e for s, e in skip):
            continue
        host = m.group(1).rstrip(".").lower()
        if not _looks_like_domain(host, bool(m.group(3) and len(m.group(3)) > 1)):
            continue
        written = m.group().rstrip(TRAILING)
        url = parse(written, m.start(), m.start() + len(written))
        if url is not None:
            found.append(url)
    return found


def _looks_like_domain(host: str, has_path: bool) -> bool:
    """A file name (report.zip) or a handle-like word (a.fire) is not taken for a domain on its own."""
    if host.startswith("www."):
        return True
    if not known_tld(host):
        return False
    tld = host.rsplit(".", 1)[-1]
    return has_path or tld in COMMON_TLDS or "." in public_suffix(host)


def links(doc) -> list[Url]:
    """Every link of the post in body offsets: the parser's links with a scheme, then bare domains."""
    cached = doc.cache.get("urls")
    if cached is not None:
        return cached
    found = []
    for link in doc.post.links:
        url = parse(link.url, link.start, link.end)
        if url is not None:
            found.append(url)
    spans = [(link.start, link.end) for link in doc.post.links]
    found += bare_domains(doc.post.body.value, spans)
    doc.cache["urls"] = found
    return found


def suffix_matches(host: str, domains) -> bool:
    """host is one of `domains` or a subdomain of one (lg.jp covers www.city.joso.lg.jp)."""
    return any(host == d or host.endswith("." + d) for d in domains)


def extensions(path: str, query: str = "") -> list[str]:
    """File extensions of a URL path's last segment and of its query values (get.php?file=a.zip),
    lower-case, without the dot."""
    found = []
    for part in [path.rstrip("/").rsplit("/", 1)[-1]] + [v.rsplit("=", 1)[-1] for v in query.split("&") if v]:
        if "." in part:
            found.append(part.rsplit(".", 1)[-1].lower())
    return found


def mixed_script(host: str) -> bool:
    """A host with letters outside ASCII (a Cyrillic о in jоsokoiki) or a punycode label."""
    return any(label.startswith("xn--") for label in host.split(".")) or any(ord(ch) > 0x7F for ch in host)
