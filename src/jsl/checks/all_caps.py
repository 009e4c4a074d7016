"""4.3: English written in capitals reads as shouting: several capital words (STOP THE FIRE) or one
shouted with an exclamation mark (DANGER!). Acronyms (AED, NHK), labels and greetings (EVENT INFO, THANK YOU!)
and a romanized name (名義 TARO YAMADA, HANAKO SUZUKI 様) do not: names are 5.1's business."""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {
    "min_letters": (int, 4),  # a capital word this long is shouting unless it is a known acronym
    "acronyms": ("wordlist", "acronyms"),
    "headings": ("wordlist", "caps-headings"),  # labels and greetings (EVENT INFO, HAPPY NEW YEAR!)
    # a name label just before the run, or an honorific just after it, makes it a name
    "name_before": ("list", ["名義", "氏名", "名前", "Name", "NAME", "ローマ字", "署名", "表記", "宛名"]),
    "name_after": ("list", ["様", "さん", "氏", "殿", "くん", "君"]),
}

# capital words separated by spaces; not inside a hashtag, mention, URL or mixed-case word
RUN = re.compile(r"(?<![A-Za-z0-9_#@/.\-])[A-Z]{2,}(?:[ ]+[A-Z]{2,})*(?![A-Za-z0-9_])")
VOWELS = set("AEIOU")
# a word spelled with Hepburn syllables only (YAMADA, SHOUTA, HATTORI, OHNO): a Japanese name, not English
ROMAJI = re.compile(r"(?:(?:KK|SS|TT|PP|T(?=CH))?(?:KY|GY|SH|CH|NY|HY|MY|RY|BY|PY|TS|[KGSZTDNHBPMRWJ])?[AIUEO]H?|FU|YA|YU|YO|N(?![AIUEO]))+")
BRACKETS = {"【": "】", "[": "]", "［": "］", "<": ">", "〔": "〕", "(": ")"}


def check(doc, options) -> Iterator[Hit]:
    text = doc.text.value
    acronyms = options["acronyms"].phrases if options["acronyms"] else frozenset()
    for m in RUN.finditer(text):
        words = [w for w in m.group().split() if w not in acronyms]
        # a word that could be pronounced (has a vowel) and is long enough is an English word in capitals
        shouted = [w for w in words if len(w) >= options["min_letters"] and VOWELS & set(w)]
        exclaimed = text[m.end() : m.end() + 1] in ("!", "！")
        if not shouted or not (len(m.group().split()) > 1 or exclaimed):
            continue
        if options["headings"] and all(w in options["headings"].phrases for w in words):
            continue
        if _heading(text, m.start(), m.end()) or _name(text, m, options):
            continue
        yield doc.hit(m.start(), m.end())


def _heading(text: str, start: int, end: int) -> bool:
    """The run is the whole of a bracketed label: 【EVENT INFO】, [NEW ARRIVAL]."""
    before, after = text[start - 1 : start].strip() if start else "", text[end : end + 1]
    return bool(before) and BRACKETS.get(before) == after


def _name(text: str, m: re.Match, options) -> bool:
    words = m.group().split()
    if any(text[m.end() :].lstrip().startswith(h) for h in options["name_after"]):
        return True
    label = text[max(0, m.start() - 8) : m.start()]
    if any(word in label for word in options["name_before"]):
        return True
    # two or three capital words that are all romanized Japanese (KENJI SATO) read as a name
    return 2 <= len(words) <= 3 and all(len(w) >= 3 and ROMAJI.fullmatch(w) for w in words)
