"""An act and a word that recommends it in one sentence, the act itself not negated.

「庭で燃やせば処分費がかからない」 recommends burning; 「庭で燃やさないでください」 forbids it.
Like cooccurrence, a target word (`words`) and a partner (`near`) must share a sentence,
but a match that is negated right where it stands (燃やさない, 捨てずに, 燃やすのはやめて,
再利用はできません) does not count, while a negation further on (捨てても誰にも分からない)
does. `also` names a third list that must be in the same sentence too (a place: 庭, 山林),
or anywhere in the post with `also_scope: post` (a religious word for an invitation).
`window: 1` lets the partner stand in the next or previous sentence (「野菜あります。DMで」).
Words of `unless_sentence` spoil their sentence as written, negated or not (絶対にやめてください).
`outside_quotes: true` passes over partners inside 「」: 「一杯なら大丈夫」が飲酒運転の始まり quotes the excuse.
`question_partners: false` passes over partners in a question (Q.停めてもいいですか?) while its words still
count, so with `window: 1` the answer's reassurance pairs with the question's act (A.問題ございません).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from jsl.checks.cooccurrence import _closest
from jsl.checks.listed_words import find
from jsl.findings import Hit

OPTIONS = {
    "words": ("wordlist", ""),
    "near": ("wordlist", ""),
    "also": ("wordlist", ""),
    "also_scope": (str, "sentence"),  # sentence | post
    "unless_sentence": ("wordlist", ""),
    "max_distance": (int, 0),
    "window": (int, 0),  # the partner may be this many sentences after or before the word
    "outside_quotes": (bool, False),  # partners inside brackets do not count
    "question_partners": (bool, True),  # false: partners in a sentence ending in ? do not count
}

# lemmas that, right after a word, negate or forbid it
NEGATING = frozenset({"ない", "ず", "ぬ", "無い", "止める", "控える", "禁止", "駄目", "厳禁", "不可", "違反"})
# what may stand between a word and its negation: particles, auxiliaries, て-form helpers
_PASSES = ("助詞", "助動詞", "接尾辞")
# words that may stand between a word and its negation too: 絶対にやめて, 再利用はできません
_BRIDGES = frozenset({"絶対", "決して", "必ず", "くれぐれも", "なるべく", "できる", "出来る"})


def check(doc, options) -> Iterator[Hit]:
    if options["words"] is None or options["near"] is None or not find(doc, options["words"]):
        return
    starts = [s.start for s in doc.sentences]
    found = {key: _by_sentence(doc, options[key], starts, key != "unless_sentence") if options[key] is not None else None
             for key in ("words", "near", "also", "unless_sentence")}
    targets, partners, needed, spoiled = found["words"], found["near"], found["also"], found["unless_sentence"] or {}
    if options["outside_quotes"] and partners:
        partners = _unquoted(doc, partners)
    if not options["question_partners"] and partners:
        partners = {i: spans for i, spans in partners.items() if not _question(doc, i)}
    if not targets or needed == {}:
        return
    window = options["window"]
    for index, spans in sorted(targets.items()):
        if index in spoiled or (needed is not None and options["also_scope"] != "post" and index not in needed):
            continue
        near = [span for i in range(index - window, index + window + 1) if i not in spoiled for span in partners.get(i, ())]
        pair = _closest(spans, near, options["max_distance"]) if near else None
        if pair is not None:
            yield doc.hit(*pair)


def _question(doc, index: int) -> bool:
    """The sentence ends in a question mark."""
    sentence = doc.sentences[index]
    return doc.text.value[sentence.start : sentence.end].rstrip().endswith(("?", "？"))


def _unquoted(doc, found: dict[int, list[tuple[int, int]]]) -> dict[int, list[tuple[int, int]]]:
    """The matches that do not stand inside brackets (「」『』…)."""
    from jsl.context import quoted_spans

    quotes = quoted_spans(doc.text.value)
    return {i: [(s, e) for s, e in spans if not any(q <= s and e <= r for q, r in quotes)] for i, spans in found.items()}


def _by_sentence(doc, words, starts, negatable: bool = True) -> dict[int, list[tuple[int, int]]]:
    found: dict[int, list[tuple[int, int]]] = {}
    for start, end, _entry in find(doc, words):
        if negatable and _negated_after(doc, end):
            continue
        index = max(bisect_right(starts, start) - 1, 0)
        found.setdefault(index, []).append((start, end))
    return found


def _negated_after(doc, end: int) -> bool:
    """True when the words right after `end` (before the next content word) negate it.

    Particles and auxiliaries are passed over, and a helper verb after て (燃やしてはいけない);
    〜ませんか is an invitation, not a negation.
    """
    tokens = doc.tokens
    starts = doc.cache.get("endorsed_act_starts")
    if starts is None:
        starts = doc.cache["endorsed_act_starts"] = [t.start for t in tokens]
    at = bisect_right(starts, end - 1)
    following = tokens[at : at + 7]
    for i, token in enumerate(following):
        if token.lemma in NEGATING or (token.lemma == "な" and token.pos[1] == "終助詞"):
            return not (i + 1 < len(following) and following[i + 1].lemma == "か")
        helper = token.pos[1] == "非自立可能" and (token.lemma == "為る" or (i > 0 and following[i - 1].lemma in ("て", "は")))
        if token.pos[0] in _PASSES or helper or token.lemma in _BRIDGES:
            continue
        return False
    return False
