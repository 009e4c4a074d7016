"""Two word lists in one sentence: a target (a party, a drug, a group) and what is said of it.

Many content rules are a pairing: 〇〇党 alone is news and 応援 alone is harmless, but
「〇〇党を応援」 in one sentence is an endorsement. The hit spans both words.
`unless_sentence` drops a sentence holding any of its words (差別, 依存症 …);
`unless_post` drops the whole post (本人の了承を得て …).
`yield_to` lists sections whose finding in the same sentence takes the pair's place
(「正直言って頭がおかしい」 is an insult, 5.4 alone, not an opinion: see checks/specific.py).
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from jsl.checks.listed_words import find
from jsl.checks.specific import give_way
from jsl.findings import Hit

OPTIONS = {
    "words": ("wordlist", ""),
    "near": ("wordlist", ""),
    "unless_sentence": ("wordlist", ""),
    "unless_post": ("wordlist", ""),
    "max_distance": (int, 0),  # characters between the two words; 0 = anywhere in the sentence
    "yield_to": ("list", []),
}


def check(doc, options) -> Iterator[Hit]:
    yield from give_way(doc, _pairs(doc, options), options["yield_to"])


def _pairs(doc, options) -> Iterator[Hit]:
    if options["words"] is None or options["near"] is None:
        return
    if not find(doc, options["words"]):
        return
    if options["unless_post"] is not None and _any(doc, options["unless_post"]):
        return
    starts = [s.start for s in doc.sentences]
    targets = _by_sentence(doc, options["words"], starts)
    partners = _by_sentence(doc, options["near"], starts)
    spoiled = _by_sentence(doc, options["unless_sentence"], starts) if options["unless_sentence"] else {}
    limit = options["max_distance"]
    for index, found in sorted(targets.items()):
        if index not in partners or index in spoiled:
            continue
        pair = _closest(found, partners[index], limit)
        if pair is not None:
            start, end = pair
            yield doc.hit(start, end)


def _by_sentence(doc, words, starts) -> dict[int, list[tuple[int, int]]]:
    found: dict[int, list[tuple[int, int]]] = {}
    for start, end, _entry in find(doc, words):
        index = max(bisect_right(starts, start) - 1, 0)
        found.setdefault(index, []).append((start, end))
    return found


def _closest(targets, partners, limit: int) -> tuple[int, int] | None:
    """The span over the nearest (target, partner) pair that do not overlap."""
    best = None
    for t_start, t_end in targets:
        for p_start, p_end in partners:
            if t_start < p_end and p_start < t_end:
                continue
            gap = p_start - t_end if p_start >= t_end else t_start - p_end
            if limit and gap > limit:
                continue
            if best is None or gap < best[0]:
                best = (gap, min(t_start, p_start), max(t_end, p_end))
    return None if best is None else best[1:]


def _any(doc, words) -> bool:
    return next(iter(find(doc, words)), None) is not None
