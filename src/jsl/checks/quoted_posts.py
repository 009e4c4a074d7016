"""6.3: quoting or reposting another user's post (RT @user:, 引用リポスト) vouches for it."""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl import handles
from jsl.findings import Hit

OPTIONS = {
    "brand": (str, "josokoiki"),  # reposting the body's own accounts is not quoting another user
    "similarity": (float, 80.0),
}

# "RT @user:" / "QT @user" at the head of a repost; never excused by context (the quoted text may warn)
REPOST = re.compile(r"(?<![A-Za-z])(?:RT|QT|RP)\s*:?\s*(@[A-Za-z0-9_.\-]+)")
# "@user さんの投稿を引用" / "@user さんのポストより" / "引用元: @user" / "引用リポスト": the act, unless the sentence warns about it
QUOTE_ACT = re.compile(
    r"(@[A-Za-z0-9_.\-]+)\s*(?:さん|様|氏)?の(?:投稿|ポスト|ツイート|つぶやき)(?:を?(?:引用|リポスト|リツイート|転載|シェア)|より|から)"
    r"|(?:さん|様|氏)の(?:投稿|ポスト|ツイート|つぶやき)を?(?:引用|リポスト|リツイート|転載|シェア)"
    r"|引用元?\s*[:：]?\s*(@[A-Za-z0-9_.\-]+)"
    r"|引用\s*(?:RT|リツイート|リポスト|ポスト|ツイート)"
)
EXCUSED = {"warning", "negated", "quoted"}


def check(doc, options) -> Iterator[Hit]:
    text = doc.text.value
    for pattern, excusable in ((REPOST, False), (QUOTE_ACT, True)):
        for m in pattern.finditer(text):
            handle = next((g for g in m.groups() if g), "")
            if handle and handles.is_own(handle, options["brand"], frozenset(handles.DEPARTMENTS), options["similarity"]):
                continue
            hit = doc.hit(m.start(), m.end(), "default", {"handle": handle or ""})
            if excusable and EXCUSED & doc.flags_at(hit.start, hit.end):
                continue
            yield hit
