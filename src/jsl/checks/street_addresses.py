"""5.1: a private street address written down to 番地 or 号.

An address is private when the text says it is someone's home (〜のお宅,
〜さん方, 〜様宅), or, outside a facility or event context, when a named
person is in the same sentence, or an incident (出火, 事故, 火災がありました)
in the same or a neighbouring sentence.
A facility's address in a notice (所在地:…(消防本部), 会場:…) passes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.checks.personal_data import HONORIFICS, any_within, digit_view, persons, sentence_span, word_spans

OPTIONS = {
    "dwellings": ("wordlist", "private-dwellings"),  # お宅, 自宅, 民家 … right after the address
    "facilities": ("wordlist", "public-facilities"),  # 消防署, 所在地, 会場 … near the address
    "incidents": ("wordlist", "incident-words"),  # 出火, 事故, 火災がある … in the same sentence
    "window": (int, 20),  # characters around the address searched for facility words
}

# in the digit view (kanji digits already ASCII; 十 stays, as in 十一番地)
NUM = r"[\d十]+"
# every number alternative starts where a run of digits starts: otherwise a long run of digits
# is rescanned from each of its positions (quadratic time on hostile input)
ADDRESS = re.compile(
    rf"(?<![\d十]){NUM}\s?丁目\s?\d+\s?番地?(?:\s?の?\s?\d+\s?号?)?"  # 二丁目11番地の7, 3丁目8番地5, 3丁目8番5号
    rf"|(?<![\d十]){NUM}\s?丁目\s?\d+(?:\s?[-の]\s?\d+){{1,2}}"  # 3丁目8-5
    r"|(?<![\d十])\d+\s?番地(?:\s?の?\s?\d+(?:\s?号)?)?"  # 2400番地, 11番地の7
    r"|(?<![\d十])\d+\s?番\s?\d+\s?号"  # 8番5号
    r"|(?<=[^\W\d_])[1-9]\d{0,3}-[1-9]\d{0,3}-[1-9]\d{0,3}(?![\d-])"  # 井野台1-2-3 (after a place name)
)
NOT_TOWN = ("助詞", "助動詞", "補助記号", "記号", "空白", "感動詞", "接続詞")
TOWN_MAX = 24  # characters of town name reported before the numbers
PLACE_END = re.compile(r"[市町村区郡台丘]$")


def addresses(doc) -> tuple[tuple[int, int], ...]:
    """Every street address down to 番地 or 号, as normalized-text spans that include the town name."""
    cached = doc.cache.get("addresses")
    if cached is None:
        cached = tuple(_addresses(doc))
        doc.cache["addresses"] = cached
    return cached


def _addresses(doc):
    view = digit_view(doc)
    for m in ADDRESS.finditer(view):
        start = _town_start(doc, m.start())
        if m.group().count("-") == 2 and not PLACE_END.search(view[start : m.start()]) and not _place_token(doc, start, m.start()):
            continue
        yield start, m.end()


def _town_start(doc, start: int) -> int:
    """Extend the span back over the town name written right before the numbers (取手市井野台, 新石下, ゆめみ野)."""
    at = start
    for token in reversed([t for t in doc.tokens if t.end <= start]):
        if token.end != at or start - token.start > TOWN_MAX:
            break
        if token.pos[0] in NOT_TOWN and token.surface not in ("ヶ", "ケ") or token.pos[1] == "数詞":
            break
        at = token.start
    return at


def _place_token(doc, start: int, end: int) -> bool:
    return any(t.pos[2] == "地名" for t in doc.tokens if start <= t.start and t.end <= end)


def check(doc, options) -> Iterator:
    found = addresses(doc)
    if not found:
        return
    for start, end in found:
        if private(doc, start, end, options):
            yield doc.hit(start, end, "default", {})


def private(doc, start: int, end: int, options) -> bool:
    s_start, s_end = sentence_span(doc, start)
    if _house_of(doc, end, s_end) or _dwelling_after(doc, end, s_end, options):
        return True
    window = options["window"]
    if any_within(word_spans(doc, options["facilities"]), max(s_start, start - window), min(s_end, end + window)):
        return False
    if any(s_start <= p.start < s_end for p in persons(doc)):
        return True
    n_start, n_end = sentence_span(doc, start, around=1)
    return any(n_start <= s < n_end and not _warning(doc, s) for s, _ in word_spans(doc, options["incidents"]))


def _warning(doc, offset: int) -> bool:
    """「事故防止のため」「事故にご注意」: an incident word in a warning is not a report of one."""
    return any(s.start <= offset < s.end and "warning" in s.flags for s in doc.sentences)


def _house_of(doc, end: int, s_end: int) -> bool:
    """〜さん方, 佐藤方: 方 after a name or honorific within a few characters after the address."""
    previous = None
    for token in doc.tokens:
        if token.start < end:
            continue
        if token.start >= min(s_end, end + 16) or token.pos[1] in ("括弧開", "括弧閉", "句点"):
            break
        if token.surface == "方" and previous is not None and (previous.surface in HONORIFICS or previous.pos[2] == "人名"):
            return True
        previous = token
    return False


def _dwelling_after(doc, end: int, s_end: int, options) -> bool:
    """お宅, ご自宅, 民家 … within a few characters after the address, with no bracket between."""
    for s, _e in word_spans(doc, options["dwellings"]):
        if end <= s < s_end and s - end <= 12 and not re.search(r"[()「」]", doc.text.value[end:s]):
            return True
    return False
