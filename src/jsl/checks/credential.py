"""5.2: a password or other secret written out in a post that talks about passwords.

A string mixing three of upper case, lower case, digits and symbols (Jsk_Koho#0401)
is reported when the post mentions a password word (パスワード, ぱすわーど, PW, 暗証番号),
and so is any value written right after one (パスワードは joso2027, PW:1234).
Quoted strings (「123456」 as a bad example) and URLs, mail addresses and hashtags are skipped.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {
    "min_length": (int, 6),
    "mentions": ("list", ["パスワード", "ぱすわーど", "パスワ-ド", "PW", "PASS", "Pass", "pass", "暗証番号", "ログインID", "パス:", "のパス", "Fiパス", "Fiキー", "のキー"]),
}

CANDIDATE = re.compile(r"(?<![A-Za-z0-9_#@/.%+\-])[A-Za-z0-9_#!$%&*+=?@.\-]+(?![A-Za-z0-9_#!$%&*+=?@\-])")
CLASSES = (re.compile(r"[a-z]"), re.compile(r"[A-Z]"), re.compile(r"[0-9]"), re.compile(r"[_#!$%&*+=?@.\-]"))
ASSIGN = re.compile(
    r"(?:パスワード|ぱすわーど|PW|暗証番号|パスコード|(?:Wi-?Fi|WiFi|無線LAN|ログイン|PC|パソコン|端末)の?パス|(?:Wi-?Fi|WiFi|無線LAN)の?(?:キー|暗号キー))\s*(?:は|:|=)\s*([A-Za-z0-9_#!$%&*+=?@.\-]{4,})(?![A-Za-z0-9_\-]|\s*(?:の|など|等|や|を))"
)
NOT_SECRET = re.compile(r"^(?:https?|www\.)|@.+\.|\.(?:jpe?g|png|pdf|html?)$", re.IGNORECASE)


def check(doc, options) -> Iterator[Hit]:
    text = doc.text.value
    if not any(word in text for word in options["mentions"]):
        return
    for m in ASSIGN.finditer(text):
        yield doc.hit(m.start(1), m.end(1))
    for m in CANDIDATE.finditer(text):
        secret = m.group().rstrip(".")
        if len(secret) < options["min_length"] or NOT_SECRET.search(secret):
            continue
        kinds = sum(1 for pattern in CLASSES if pattern.search(secret))
        if kinds >= 3 and re.search(r"[0-9]", secret) and not ASSIGN.search(text[max(0, m.start() - 12) : m.end()]):
            yield doc.hit(m.start(), m.start() + len(secret))
