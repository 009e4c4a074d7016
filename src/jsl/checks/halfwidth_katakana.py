"""4.6: half-width katakana (ｶﾀｶﾅ), which some devices garble and screen readers read oddly.

Looks at the original body, not the NFKC text (which has already widened them).
A run of half-width katakana and half-width Japanese punctuation (｡｢｣､･ｰﾞﾟ) is one
finding whose safe fix is the run in full width (NFKC joins ｶﾞ into ガ).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from jsl.findings import Fix, Hit

OPTIONS: dict = {}

RUN = re.compile(r"[\uff61-\uff9f]+")
KANA = re.compile(r"[\uff66-\uff9d]")  # ｦ..ﾝ: a run of only ｰ or ｡ is punctuation, not a word


def check(doc, options) -> Iterator[Hit]:
    body = doc.post.body
    for m in RUN.finditer(body.value):
        if not KANA.search(m.group()):
            continue
        wide = unicodedata.normalize("NFKC", m.group())
        start, end = body.to_source(m.start(), m.end())
        yield Hit(start, end, "default", {"plain": wide}, Fix(wide, safe=True))
