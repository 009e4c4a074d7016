"""5.2: a password or other secret written out in a post that talks about passwords.

A string mixing three of upper case, lower case, digits and symbols (Jsk_Koho#0401)
is reported when the post mentions a password word (パスワード, ぱすわーど, PW, 暗証番号).
Quoted strings (「123456」 as a bad example) and URLs, mail addresses and hashtags are skipped.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {
    "min_length": (int, 6),
    "mentions": ("list", ["パスワード", "ぱすわーど", "パスワ-ド", "PW", "PASS", "Pass", "pass", "暗証番号", "ログインID", "パス:"]),
}

CANDIDATE = re.compile(r"(?<![A-Za-z0-9_#@/.%+\-])[A-Za-z0-9_#!$%&*+=?@.\-]+(?![A-Za-z0-9_#!$%&*+=?@\-])")
CLASSES = (re.compile(r"[a-z]"), re.compile(r"[A-Z]"), re.compile(r"[0-9]"), re.compile(r"[_#!$%&*+=?@.\-]"))
NOT_SECRET = re.compile(r"^(?:https?|www\.)|@.+\.|\.(?:jpe?g|png|pdf|html?)$", re.IGNORECASE)


def check(doc, options) -> Iterator[Hit]:
    text = doc.text.value
    if not any(word in text for word in options["mentions"]):
        return
    for m in CANDIDATE.finditer(text):
        secret = m.group().rstrip(".")
        if len(secret) < options["min_length"] or NOT_SECRET.search(secret):
            continue
        kinds = sum(1 for pattern in CLASSES if pattern.search(secret))
        if kinds >= 3 and re.search(r"[0-9]", secret):
            yield doc.hit(m.start(), m.start() + len(secret))
