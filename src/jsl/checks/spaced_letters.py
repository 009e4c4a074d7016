"""4.6: text spaced out letter by letter (お 知 ら せ), which screen readers read one character at a time.

Four or more single kana or kanji, each set apart by one or two spaces, with no
letter touching the run. Digits and Latin letters are not counted (lists of
numbers, A E D), nor a run made only of weekday names (月 水 金).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {"min_letters": (int, 4)}

LETTER = r"[\u3041-\u3096\u309d\u309e\u30a1-\u30fa\u30fc-\u30fe\u3005\u4e00-\u9fff]"
WEEKDAY_NAMES = set("月火水木金土日祝")


def check(doc, options) -> Iterator[Hit]:
    more = max(options["min_letters"] - 1, 1)
    pattern = re.compile(rf"(?<!\w){LETTER}(?:[ \u3000]{{1,2}}{LETTER}){{{more},}}(?!\w)")
    for m in pattern.finditer(doc.text.value):
        letters = set(m.group().replace(" ", "").replace("\u3000", ""))
        if letters <= WEEKDAY_NAMES:
            continue
        yield doc.hit(m.start(), m.end(), "default", {"joined": "".join(m.group().split())})
