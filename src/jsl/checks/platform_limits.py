"""5.13: a post over its platform's limits (length, hashtags) breaks that platform's terms and is cut off.

Limits, as the platforms state them (checked 2026-11):
- X: weighted length 280; CJK and emoji count 2, every URL 23 (twitter-text, the library X publishes).
- Instagram: a caption of at most 2,200 characters and 30 hashtags (Instagram Help Center).
- Facebook: a post of at most 63,206 characters.
- LINE: a text message of a LINE official account is at most 500 characters per speech balloon, every
  character (kana, kanji, ASCII, emoji, line break) counting 1. This is the input limit of LINE Official
  Account Manager, as described e.g. in qiita.com/frozencatpisces/items/f5c6a4852831468181fe and
  ligla.jp/blog/delivery/word-count. LINE VOOM posts allow more; raise line_max_chars for VOOM drafts.
A post whose platform is unknown is not measured.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {
    "x_max_weighted": (int, 280),
    "instagram_max_chars": (int, 2200),
    "instagram_max_hashtags": (int, 30),
    "facebook_max_chars": (int, 63206),
    "line_max_chars": (int, 500),
}

HASHTAG = re.compile(r"[#＃][^\s#＃、。,!?！？]+")
SPACES = re.compile(r"[ \t\u3000]{2,}")


def check(doc, options) -> Iterator[Hit]:
    platform = doc.platform
    if platform not in ("x", "instagram", "facebook", "line"):
        return
    text, where = posted_text(doc.post)
    if not text:
        return
    body = doc.post.body
    if platform == "x":
        over = _x_overflow(text, options["x_max_weighted"])
        if over is not None:
            yield _hit(body, where, over, len(text), "x", {"limit": str(options["x_max_weighted"]), "length": str(over[1])})
        return
    limit = options[f"{platform}_max_chars"]
    if len(text) > limit:
        yield _hit(body, where, (limit, len(text)), len(text), "chars", {"limit": f"{limit:,}", "length": f"{len(text):,}"})
    if platform == "instagram":
        tags = hashtags(text)
        most = options["instagram_max_hashtags"]
        if len(tags) > most:
            first = tags[most]
            yield _hit(body, where, (first.start(), 0), tags[-1].end(), "hashtags", {"limit": str(most), "length": str(len(tags))})


def posted_text(post) -> tuple[str, list[int]]:
    """The post's body as the platform would receive it, and each kept character's offset in the body."""
    return _posted_text(post.body.value, _image_spans(post))


def x_weighted_length(text: str) -> int:
    """X's weighted length of a text (over a limit of -1 every text overflows, so its length is reported)."""
    over = _x_overflow(text, -1)
    return over[1] if over else 0


def hashtags(text: str) -> list:
    """Hashtags: "#a #b" and "#a#b" are two each; "C#" and "&#" are none."""
    tags = []
    for m in HASHTAG.finditer(text):
        glued = m.start() > 0 and (text[m.start() - 1].isascii() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "&"))
        if not glued or (tags and tags[-1].end() == m.start()):
            tags.append(m)
    return tags


def _image_spans(post) -> list[tuple[int, int]]:
    """Body offsets of inline images (![alt](src)): their alt text is not part of the posted text."""
    spans = []
    for image in post.images:
        if image.inline:
            inside = [i for i in range(len(post.body.value)) if image.start <= post.body.to_source(i, i + 1)[0] < image.end]
            if inside:
                spans.append((inside[0], inside[-1] + 1))
    return spans


def _posted_text(body: str, skip: list[tuple[int, int]] = ()) -> tuple[str, list[int]]:
    """The body as it would be posted (outer blanks stripped, inline image markup left out, runs of
    blanks left by masked markup folded to one) and, for each character kept, its offset in the body."""
    keep = []
    for i, ch in enumerate(body):
        if any(s <= i < e for s, e in skip) or (ch == "\r" and body.startswith("\n", i + 1)):
            continue  # CRLF is one line break on every platform
        if ch in " \t\u3000" and keep and body[keep[-1]] in " \t\u3000":
            continue
        keep.append(i)
    text = "".join(body[i] for i in keep)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    return stripped, keep[lead : lead + len(stripped)]


# Text made only of these letters holds no emoji, so its weighted length is the plain sum of twitter-text's
# weights (1 up to U+10FF, 2 for kana, kanji and full-width forms) and 23 for each URL: worked out here, with
# the library asked only for the URLs in the runs of letters that hold a dot. That gives the
# library's answer (tests/test_platform_limits.py compares them) at a fraction of the cost of parse_tweet,
# which scans the whole text for URLs and emoji. 〰 〽 ㊗ ㊙ © ® are emoji and excluded.
_PLAIN = re.compile("[\x00-\x7f\u00a0-\u00a8\u00aa-\u00ad\u00af-\u10ff\u3000-\u302f\u3031-\u303c\u303e-\u3296\u3298\u329a-\u9fff\uff01-\uffef]*")
# A URL holds a dot and no white space; what precedes it in the same run of letters decides whether
# twitter-text takes it (＃a.jp is a URL, #＃a.jp is not), so the library reads each whole run, blank before included.
_STRETCH = re.compile(r"\s?[^\s.]*\.\S*")
# Before its first dot, a run can be cut at the last character no URL's domain holds (ASCII punctuation
# but - and _): no URL can begin before it, as its domain would need a dot there. When that character
# ends an http:// or https://, the cut moves to just before the protocol. The character at the cut stays,
# as what precedes the first URL; the long Japanese text before a URL is then not scanned.
_HARD = re.compile(r"[\s!-,/:-@\[-^`{-~]")
_PROTOCOL_END = re.compile(r"https?://$", re.IGNORECASE)
URL_WEIGHT = 23


def _x_overflow(text: str, limit: int) -> tuple[int, int] | None:
    """(offset where the text passes the limit, weighted length), or None when it fits."""
    if not (_PLAIN.fullmatch(text) and unicodedata.is_normalized("NFC", text)):
        return _library_overflow(text, limit)
    urls = _urls(text)
    weighted, last_fit, i = 0, 0, 0
    while i < len(text):
        end = urls.get(i)
        if end is None:
            weighted += 1 if text[i] <= "\u10ff" else 2
            end = i + 1
        else:
            weighted += URL_WEIGHT
        if weighted <= limit:
            last_fit = end - 1
        i = end
    return None if weighted <= limit else (last_fit + 1, weighted)


def _urls(text: str) -> dict[int, int]:
    """Start → end of each URL twitter-text finds; a URL holds a dot and no white space."""
    from twitter_text.extract_urls import extract_urls_with_indices

    urls = {}
    for stretch in _STRETCH.finditer(text):
        run = stretch.group()
        cut = _cut(run)
        for url in extract_urls_with_indices(run[cut:]):
            start, end = url["indices"]
            urls[stretch.start() + cut + start] = stretch.start() + cut + end
    return urls


def _cut(run: str) -> int:
    """Where the library may start reading a run (see _HARD)."""
    dot = run.index(".")
    last = None
    for last in _HARD.finditer(run, 0, dot):
        pass
    if last is None:
        return 0
    at = last.start()
    protocol = _PROTOCOL_END.search(run, 0, at + 1)
    if protocol:
        at = protocol.start() - 1
    return max(at, 0)


def _library_overflow(text: str, limit: int) -> tuple[int, int] | None:
    from twitter_text import parse_tweet
    from twitter_text.config import config

    result = parse_tweet(text, {**config["defaults"], "max_weighted_tweet_length": limit})
    if result.weightedLength <= limit:
        return None
    return _from_utf16(text, result.validRangeEnd + 1), result.weightedLength


def _from_utf16(text: str, units: int) -> int:
    """twitter-text counts UTF-16 code units; convert such an offset to a Python index."""
    count = 0
    for i, ch in enumerate(text):
        if count >= units:
            return i
        count += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def _hit(body, where: list[int], over: tuple[int, int], end: int, key: str, fields: dict) -> Hit:
    start = where[min(over[0], len(where) - 1)]
    stop = where[end - 1] + 1
    src_start, src_end = body.to_source(start, stop)
    return Hit(src_start, src_end, key, fields)
