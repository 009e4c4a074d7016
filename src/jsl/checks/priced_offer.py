"""A product offered for sale: its price per month or "from", a call to sign up, and a product word.

「『あんしん住まいプラン』なら掛け金は月500円から。資料請求は担当まで」 advertises an insurance
product, while 「粗大ごみ処理券は1枚300円から。お申し込みは受付センターへ」 sells the body's own
service. The difference is the product: a `goods` word (保険, 共済, プラン, レンタル) or a name in
「」『』 next to a `goods` word. So a `price` match is reported when a `calls` word (資料請求,
お申し込み, ご加入) and a `goods` word stand within `window` sentences of it. Sentences with an
`unless_sentence` word (勧誘, 詐欺: a warning against such offers) are not counted.
A `strong_calls` word (資料請求, お見積もり) needs no price: next to a goods word it is reported itself
(「『すまいるガード』で家財も安心。資料請求は下記へ」), when no price was.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from jsl.checks.listed_words import find
from jsl.findings import Hit
from jsl.matchers import compile_regex

OPTIONS = {
    "price": ("regex", ""),  # a price that sells (月500円, 500円から); group 1, when present, is the reported span
    "calls": ("wordlist", ""),
    "strong_calls": ("wordlist", ""),
    "goods": ("wordlist", ""),
    "unless_sentence": ("wordlist", ""),
    "window": (int, 2),  # sentences before or after the price where the call and the goods word may stand
}


def check(doc, options) -> Iterator[Hit]:
    if not options["price"] or options["calls"] is None or options["goods"] is None:
        return
    prices = list(compile_regex(options["price"]).finditer(doc.text.value))
    strong = find(doc, options["strong_calls"]) if options["strong_calls"] is not None else []
    if not prices and not strong:
        return
    starts = [s.start for s in doc.sentences]
    spoiled = _sentences(doc, options["unless_sentence"], starts)
    goods = _sentences(doc, options["goods"], starts) - spoiled
    if not goods:
        return
    calls = _sentences(doc, options["calls"], starts) - spoiled
    spans = [m.span(1 if m.re.groups else 0) for m in prices]
    found = list(_offered(spans, starts, spoiled, calls, goods, options["window"]))
    if not found:
        calls = {_index(starts, start) for start, _end, _entry in strong} - spoiled
        found = list(_offered([(s, e) for s, e, _ in strong], starts, spoiled, calls, goods, options["window"]))
    for start, end in found:
        yield doc.hit(start, end)


def _offered(spans, starts, spoiled, calls, goods, window) -> Iterator[tuple[int, int]]:
    """The spans with a call and a goods word within `window` sentences."""
    for start, end in spans:
        index = _index(starts, start)
        if index in spoiled:
            continue
        near = set(range(index - window, index + window + 1))
        if near & calls and near & goods:
            yield start, end


def _sentences(doc, words, starts) -> set[int]:
    if words is None:
        return set()
    return {_index(starts, start) for start, _end, _entry in find(doc, words)}


def _index(starts: list[int], offset: int) -> int:
    return max(bisect_right(starts, offset) - 1, 0)
