"""4.3: English written in capitals reads as shouting: several capital words (STOP THE FIRE) or one
shouted with an exclamation mark (DANGER!). Acronyms (AED, NHK) and a lone heading word (INFO) do not."""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {
    "min_letters": (int, 4),  # a capital word this long is shouting unless it is a known acronym
    "acronyms": ("wordlist", "acronyms"),
}

# capital words separated by spaces; not inside a hashtag, mention, URL or mixed-case word
RUN = re.compile(r"(?<![A-Za-z0-9_#@/.\-])[A-Z]{2,}(?:[ ]+[A-Z]{2,})*(?![A-Za-z0-9_])")
VOWELS = set("AEIOU")


def check(doc, options) -> Iterator[Hit]:
    acronyms = options["acronyms"].phrases if options["acronyms"] else frozenset()
    for m in RUN.finditer(doc.text.value):
        words = [w for w in m.group().split() if w not in acronyms]
        # a word that could be pronounced (has a vowel) and is long enough is an English word in capitals
        shouted = [w for w in words if len(w) >= options["min_letters"] and VOWELS & set(w)]
        exclaimed = doc.text.value[m.end() : m.end() + 1] in ("!", "！")
        if shouted and (len(m.group().split()) > 1 or exclaimed):
            yield doc.hit(m.start(), m.end())
