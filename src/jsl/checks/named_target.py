"""5.4: a named paper, shop or person, and a verdict or a call to shun it, in one sentence or the next.

「〇〇新報は読む価値もない」「□□商店では買わないほうがいい」 run down one named party;
the same words without a name (「不確かな記事は信じないで」) are a warning to everyone.
A name is a run of 伏せ字 (〇〇, ××), a proper noun (常総), a word in katakana or Latin
letters, or a pointing word (あの, あそこの, 例の, あんな), right before a word of
`suffixes` (新聞, 商店, ホテル, さん, 氏). A `near` word may stand in that sentence or in
the next `window` sentences; a `near` word inside 「」 is someone else's words and does not count.
Sentences holding a word of `unless_sentence` (注意, 名乗る, 詐欺) are skipped.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from jsl.checks.cooccurrence import _by_sentence, _closest
from jsl.checks.listed_words import find
from jsl.checks.qualified_pair import _quoted
from jsl.findings import Hit
from jsl.matchers import MASKS

OPTIONS = {
    "suffixes": ("wordlist", ""),
    "near": ("wordlist", ""),
    "unless_sentence": ("wordlist", ""),
    "window": (int, 0),
}

NAME_MASKS = set(MASKS) | set("△▲◇◆")
POINTING = {"彼の", "彼処", "例", "彼んな", "此んな", "あの", "あそこ", "あんな", "こんな"}


def check(doc, options) -> Iterator[Hit]:
    if options["suffixes"] is None or options["near"] is None:
        return
    starts = [s.start for s in doc.sentences]
    names: dict[int, list[tuple[int, int]]] = {}
    for start, end in _named(doc, options["suffixes"]):
        names.setdefault(max(bisect_right(starts, start) - 1, 0), []).append((start, end))
    if not names:
        return
    verdicts = _by_sentence(doc, options["near"], starts)
    spoiled = _by_sentence(doc, options["unless_sentence"], starts) if options["unless_sentence"] else {}
    for index, found in sorted(names.items()):
        if index in spoiled:
            continue
        near = [span for i in range(index, index + options["window"] + 1) if i not in spoiled
                for span in verdicts.get(i, ()) if not _quoted(doc, span)]
        pair = _closest(found, near, 0) if near else None
        if pair is not None:
            yield doc.hit(*pair)


def _named(doc, suffixes) -> Iterator[tuple[int, int]]:
    """Spans of name + suffix: 〇〇新報, 常総新聞, ABCストア, あの店, 例の新聞."""
    tokens = doc.tokens
    index = {t.start: i for i, t in enumerate(tokens)}
    for start, end, _entry in find(doc, suffixes):
        i = index.get(start)
        if i is None or i == 0:
            continue
        first = _name_start(tokens, i - 1)
        if first is not None:
            yield tokens[first].start, end


def _name_start(tokens, last: int) -> int | None:
    pointed = _pointing_start(tokens, last)
    for skip in (1, 2):  # あの地方紙, あの元議員さん: a pointing word, then a noun or two
        if pointed is None and last - skip >= 0 and all(t.pos[0] == "名詞" for t in tokens[last - skip + 1 : last + 1]):
            pointed = _pointing_start(tokens, last - skip)
    if pointed is not None:
        return pointed
    first = None
    while last >= 0 and _name_part(tokens[last]):
        first = last
        last -= 1
    return first


def _pointing_start(tokens, last: int) -> int | None:
    token = tokens[last]
    if token.surface == "の" and last > 0 and tokens[last - 1].lemma in POINTING | {"例"}:
        return last - 1
    if token.lemma in POINTING or token.surface in POINTING:
        return last
    return None


def _name_part(token) -> bool:
    surface = token.surface
    if surface and all(ch in NAME_MASKS for ch in surface):
        return True
    if token.pos[0] != "名詞":
        return False
    return token.pos[1] == "固有名詞" or all("ァ" <= ch <= "ヺ" or ch == "ー" or ch.isascii() and ch.isalpha() for ch in surface)
