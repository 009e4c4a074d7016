"""5.1 helpers shared by the personal-data checks: a digit view of the text, named persons, sentences.

Not a check itself: phone_numbers, my_number, card_number, email_addresses,
street_addresses and named_persons use it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

KANJI_DIGITS = str.maketrans("〇一二三四五六七八九", "0123456789")
# a separator between two digits that phonenumbers and the ID patterns should read as a hyphen
DIGIT_SEPARATOR = re.compile(r"(?<=\d)[・･\u30fc\uff70\u2010-\u2015\u2212\uff0d](?=\d)")

HONORIFICS = frozenset({"さん", "様", "さま", "君", "くん", "ちゃん", "氏"})
BARE_AGE = re.compile(r"\s?\(\d{1,3}(?:歳|才)?\)")
NAME_GAP_MAX = 5
KANJI_KANA = "\u4e00-\u9fff々ヶ\u30a1-\u30fa\u30fc"
SPACED_NAME = re.compile(
    rf"(?<![{KANJI_KANA}])([{KANJI_KANA}]{{1,4}}) ([{KANJI_KANA}\u3041-\u3096]{{1,4}})"
    r"(?:さん|様|さま|くん|君|ちゃん|氏|(?=\s?\(\d{1,3}(?:歳|才)?\)))"
)
PLACE_OR_OFFICE_END = "市町村区郡県都府署課局"  # 「守谷市 ゆめさん」 is a town, not a family name
NOT_GIVEN_NAMES = frozenset({"みな", "皆", "みんな", "皆様", "お客", "客"})  # tokens walked back from an honorific while looking for the name


@dataclass(frozen=True, slots=True)
class Person:
    """A private person written by name: 「佐藤 花子さん」, 「高橋様」, or a bare name with an age 「田中一郎(45)」."""

    start: int  # normalized-text offsets: the name ...
    end: int  # ... through its honorific


def digit_view(doc) -> str:
    """doc.text.value with kanji digits as ASCII and 「・」「ー」 between digits as '-': same length, same offsets."""
    view = doc.cache.get("digit_view")
    if view is None:
        view = DIGIT_SEPARATOR.sub("-", doc.text.value.translate(KANJI_DIGITS))
        doc.cache["digit_view"] = view
    return view


def digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isascii() and ch.isdigit())


def sentence_span(doc, offset: int, around: int = 0) -> tuple[int, int]:
    """The normalized-text span of the sentence holding `offset`, widened by `around` sentences each side."""
    sentences = [s for s in doc.sentences if s.end > s.start and doc.text.value[s.start : s.end].strip()]
    if not sentences:
        return 0, len(doc.text.value)
    i = max(bisect_right([s.start for s in sentences], offset) - 1, 0)
    return sentences[max(i - around, 0)].start, sentences[min(i + around, len(sentences) - 1)].end


def persons(doc) -> tuple[Person, ...]:
    cached = doc.cache.get("persons")
    if cached is None:
        by_end: dict[int, Person] = {}
        for person in [*_persons(doc.tokens, doc.text.value), *_spaced_names(doc.tokens, doc.text.value)]:
            if person.end not in by_end or person.start < by_end[person.end].start:
                by_end[person.end] = person
        cached = tuple(sorted(by_end.values(), key=lambda p: p.start))
        doc.cache["persons"] = cached
    return cached


def _spaced_names(tokens, text: str):
    """「松本 蒼さん」「山崎 朝陽(8)」: family and given name written apart, the family name a proper noun.

    The dictionary often knows the family name (as 人名 or, like 松本, as 地名) but not a modern given name.
    """
    for m in SPACED_NAME.finditer(text):
        if m.group(2) in NOT_GIVEN_NAMES or m.group(1)[-1] in PLACE_OR_OFFICE_END:
            continue
        proper = [t for t in tokens if m.start(1) <= t.start < m.end(1) and t.pos[1] == "固有名詞"]
        if proper:
            yield Person(proper[0].start, m.end())


def _persons(tokens, text: str):
    for i, token in enumerate(tokens):
        if token.surface in HONORIFICS or (token.lemma in HONORIFICS and token.pos[0] == "接尾辞"):
            first = _name_start(tokens, i)
            if first is not None:
                yield Person(tokens[first].start, token.end)
        elif (_is_name(token) or _is_name_part(token)) and BARE_AGE.match(text, token.end):
            # a bare name directly followed by an age in brackets, news style: 田中一郎(45), 小林 陽向(14)
            first = _name_start(tokens, i + 1)
            if first is not None:
                yield Person(tokens[first].start, token.end)


def _name_start(tokens, honorific: int) -> int | None:
    """Index of the first token of the name before tokens[honorific], if that name has a 人名 token."""
    first = None
    j = honorific - 1
    steps = 0
    while j >= 0 and steps < NAME_GAP_MAX:
        token = tokens[j]
        if _is_name(token):
            first = j
        elif not (token.pos[0] == "空白" or token.surface.isspace() or _is_name_part(token)):
            break
        j -= 1
        steps += 1
    return first


def _is_name(token) -> bool:
    return token.pos[2] == "人名"


def _is_name_part(token) -> bool:
    """A short noun or suffix that the dictionary split off a given name (陽 + 向 for 陽向)."""
    return token.pos[0] in ("名詞", "接尾辞") and token.pos[1] not in ("数詞", "代名詞") and len(token.surface) == 1


def word_spans(doc, words) -> tuple[tuple[int, int], ...]:
    """Normalized-text spans where entries of the word list match (by lemma, on token boundaries)."""
    if not words:
        return ()
    key = ("word_spans", words.name, id(words))
    cached = doc.cache.get(key)
    if cached is None:
        from jsl.matchers import find_words

        cached = tuple(sorted((start, end) for start, end, _ in find_words(doc, words)))
        doc.cache[key] = cached
    return cached


def any_within(spans, start: int, end: int) -> bool:
    return any(start <= s and e <= end for s, e in spans)
