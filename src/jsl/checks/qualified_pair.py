"""A target and what is said of it in one sentence, where a weak claim needs a qualifier.

cooccurrence pairs two lists. Some claims are only harmful with a third word: 「トラブル」
next to 外国人 is news, but 「外国人はどうせトラブルを起こす」 is a stereotype, and
「そのまま使う」 next to ポスター is fine for the body's own poster, not for 他市のポスター.
So a sentence is reported when it holds a `words` entry and either a `near` entry (the
claim is enough) or a `weak` entry together with a `qualifier` entry.
`max_distance` keeps target and claim close (外国籍の方はご遠慮ください, not 外国籍の方も参加できますが、飲食はご遠慮ください).
`window: 1` lets the claim stand in the next sentence (「…のは、だいたいあの国の人たち。平気で嘘もつくし。」).
`unquoted: true` drops claims inside 「」 (「署長は『手抜きは命取り』と話した」 quotes someone's warning).
`people: true` also counts a country name or a 伏せ字 run followed by 人/系 (ベトナム人,
中東系, 〇〇人) as a `words` match, so nationalities need no list of every country.
`masked_qualifier: true` counts two or more 伏せ字 in a row as a qualifier: 「〇〇市消防本部のポスターを
そのまま使う」 names someone else's work (the body never masks its own name).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from jsl.checks.cooccurrence import _any, _by_sentence, _closest
from jsl.matchers import MASKS

OPTIONS = {
    "words": ("wordlist", ""),
    "near": ("wordlist", ""),
    "weak": ("wordlist", ""),
    "qualifier": ("wordlist", ""),
    "unless_sentence": ("wordlist", ""),
    "unless_post": ("wordlist", ""),
    "people": (bool, False),
    "unquoted": (bool, False),  # a claim inside 「」 is someone else's words
    "window": (int, 0),  # a claim in one of the next `window` sentences counts too (あの国の人たち。平気で嘘もつく)
    "masked_qualifier": (bool, False),  # two or more 伏せ字 in a row (〇〇市消防本部, △△社) count as a qualifier
    "max_distance": (int, 0),  # characters between target and claim; 0 = anywhere in the sentences
}

PEOPLE_SUFFIXES = {"人", "系"}
PEOPLE_NOUNS = {"人", "人間", "連中", "奴", "者"}
PLACE_SUFFIXES = {"市", "町", "村", "県", "国", "地区", "地域", "辺り", "あたり"}
NAME_MASKS = MASKS + "△▲◇◆"


def check(doc, options) -> Iterator:
    if options["words"] is None:
        return
    if options["unless_post"] is not None and _any(doc, options["unless_post"]):
        return
    starts = [s.start for s in doc.sentences]
    targets = _by_sentence(doc, options["words"], starts)
    if options["people"]:
        for start, end in _people(doc):
            targets.setdefault(_sentence(starts, start), []).append((start, end))
    if not targets:
        return
    claims = _claims(doc, options, starts)
    if options["unquoted"]:
        claims = {i: [span for span in spans if not _quoted(doc, span)] for i, spans in claims.items()}
    spoiled = _by_sentence(doc, options["unless_sentence"], starts) if options["unless_sentence"] else {}
    window = options["window"]
    for index, found in sorted(targets.items()):
        if index in spoiled:
            continue
        near = [span for i in range(index, index + window + 1) if i == index or i not in spoiled
                for span in claims.get(i, ())]
        pair = _closest(found, near, options["max_distance"]) if near else None
        if pair is not None:
            yield doc.hit(*pair)


def _claims(doc, options, starts) -> dict[int, list[tuple[int, int]]]:
    """Per sentence: the `near` matches, plus the `weak` ones where a qualifier is present."""
    claims = _by_sentence(doc, options["near"], starts) if options["near"] is not None else {}
    if options["weak"] is None or options["qualifier"] is None:
        return claims
    qualified = _by_sentence(doc, options["qualifier"], starts)
    if options["masked_qualifier"]:
        for start in _mask_runs(doc.text.value):
            qualified.setdefault(_sentence(starts, start), []).append((start, start))
    for index, found in _by_sentence(doc, options["weak"], starts).items():
        if index in qualified:
            claims.setdefault(index, []).extend(found)
    return claims


def _people(doc) -> Iterator[tuple[int, int]]:
    """ベトナム人, 中東系, 〇〇人: a country name or a run of masks, then 人 or 系; アジアの人, 〇〇市の連中."""
    tokens = doc.tokens
    for i in range(1, len(tokens)):
        first = None
        if tokens[i].surface in PEOPLE_SUFFIXES:
            first = _place_start(tokens, i - 1, countries_only=True)
        if first is None and tokens[i].lemma in PEOPLE_NOUNS and tokens[i - 1].surface == "の" and i >= 2:
            first = _place_start(tokens, i - 2, countries_only=False)
        if first is not None:
            yield tokens[first].start, tokens[i].end


def _place_start(tokens, last: int, countries_only: bool) -> int | None:
    """Where the place name ending at tokens[last] starts: a country (or any place) name, or a run of masks."""
    if not countries_only and tokens[last].surface in PLACE_SUFFIXES and last > 0:
        last -= 1
    token = tokens[last]
    if token.pos[2] == "地名" and (token.pos[3] == "国" or not countries_only):
        return last
    if not _masked(token):
        return None
    while last > 0 and _masked(tokens[last - 1]):
        last -= 1
    return last


def _mask_runs(text: str) -> Iterator[int]:
    """Where two or more 伏せ字 in a row stand for a name (〇〇市, △△消防本部, □□社)."""
    at = 0
    while at < len(text):
        if text[at] in NAME_MASKS and at + 1 < len(text) and text[at + 1] in NAME_MASKS:
            yield at
            while at < len(text) and text[at] in NAME_MASKS:
                at += 1
        at += 1


def _masked(token) -> bool:
    return bool(token.surface) and all(ch in MASKS for ch in token.surface)


def _sentence(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)


def _quoted(doc, span: tuple[int, int]) -> bool:
    start, end = doc.text.to_source(*span)
    return "quoted" in doc.flags_at(start, end)
