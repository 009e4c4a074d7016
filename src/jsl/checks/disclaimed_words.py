"""4.4: a word list whose words do not count where the sentence says they are NOT posted.

「個人的には賛成です」 is a personal view; 「職員個人の意見は発信しておりません」 and 「個人の感想を
載せることはありません」 are the account's own disclaimer, the opposite. A hit of `words` is
dropped when, later in its sentence, an act of `acts` (発信, 投稿, 掲載, 述べる) is negated right
where it stands (発信しません, 述べるものではありません). A negation elsewhere in the sentence
(「個人的には、この案には賛成できません」) keeps the hit. `yield_to` lists sections whose finding
in the same sentence takes the hit's place (see checks/specific.py).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from jsl.checks.listed_words import find
from jsl.checks.specific import give_way
from jsl.findings import Hit

OPTIONS = {
    "words": ("wordlist", ""),
    "acts": ("wordlist", ""),
    "yield_to": ("list", []),
}

NEGATING = frozenset({"ない", "ず", "ぬ", "無い"})
# between an act and its negation: particles, auxiliaries, helper verbs, formal nouns (ものではない, ことはない)
_PASSES = ("助詞", "助動詞", "接尾辞")
_BRIDGES = frozenset({"物", "事", "訳", "為る", "有る", "居る", "致す", "御座る", "出来る", "できる"})


def check(doc, options) -> Iterator[Hit]:
    if options["words"] is None:
        return
    hits = []
    for start, end, _entry in find(doc, options["words"]):
        if not _disclaimed(doc, end, options["acts"]):
            hits.append(doc.hit(start, end))
    yield from give_way(doc, hits, options["yield_to"])


def _disclaimed(doc, end: int, acts) -> bool:
    """True when an act word after `end`, in the same sentence, is negated right after it."""
    if acts is None:
        return False
    sentence_end = next((s.end for s in doc.sentences if s.start <= end <= s.end), len(doc.text.value))
    for a_start, a_end, _entry in find(doc, acts):
        if end <= a_start < sentence_end and _negated_after(doc, a_end):
            return True
    return False


def _negated_after(doc, end: int) -> bool:
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    at = bisect_right(starts, end - 1)
    for token in tokens[at : at + 8]:
        if token.lemma in NEGATING:
            return True
        if token.pos[0] in _PASSES or token.pos[1] == "非自立可能" or token.lemma in _BRIDGES:
            continue
        return False
    return False
