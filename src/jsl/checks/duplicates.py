"""5.13: the same or nearly the same text as another post of the run (duplicate posting is spam under the platforms' terms).

Comparing every pair is 50 million comparisons for 10,000 posts, so candidates come from a sketch:
each post keeps its k character 4-grams with the smallest hash among grams that few posts share;
posts sharing a sketched gram are compared with rapidfuzz. Near-duplicates share most grams, so
they almost always share a sketched one; unrelated posts rarely do.
"""
from __future__ import annotations

import heapq
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

from jsl.findings import Hit

OPTIONS = {
    "threshold": (float, 88.0),  # rapidfuzz ratio of the normalized bodies
    "min_length": (int, 40),  # shorter posts (greetings, one-line notices) may well repeat
    "sketch": (int, 12),  # grams kept per post
}

NOISE = re.compile(r"https?://\S+|\s+")
GRAM = 4
SAMPLE = 2000
MAX_BUCKET = 64  # bounds the pairs compared: a bucket of n posts costs n²/2 comparisons


def check_run(docs: Sequence, options) -> Iterator[tuple[object, Hit]]:
    texts = [_normalized(doc) for doc in docs]
    indexed = [i for i, t in enumerate(texts) if len(t) >= options["min_length"]]
    partners: dict[int, int] = {}
    for i, j in _similar_pairs(texts, indexed, options):
        partners.setdefault(i, j)
        partners.setdefault(j, i)
    for i in sorted(partners):
        yield docs[i], _hit(docs[i], docs[partners[i]])


def _normalized(doc) -> str:
    return NOISE.sub("", doc.text.value).lower()


def _grams(text: str) -> set[str]:
    return {text[k : k + GRAM] for k in range(len(text) - GRAM + 1)}


def _similar_pairs(texts: list[str], indexed: list[int], options) -> Iterator[tuple[int, int]]:
    from rapidfuzz import fuzz

    # How many posts share a gram is counted on an even sample of at most SAMPLE posts: the counts
    # only tell boilerplate from content, and all posts' grams at once would take hundreds of MB.
    sample = indexed[:: -(-len(indexed) // SAMPLE)] if indexed else []
    df = Counter(g for i in sample for g in _grams(texts[i]))
    common = max(8, len(indexed) // 1000) * len(sample) / max(len(indexed), 1)  # grams this frequent say little (をご覧ください)
    buckets: dict[str, list[int]] = defaultdict(list)
    for i in indexed:
        for g in heapq.nsmallest(options["sketch"], _grams(texts[i]), key=lambda g: (df[g] > common, zlib.crc32(g.encode()))):
            buckets[g].append(i)
    threshold = options["threshold"]
    seen: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > MAX_BUCKET:
            continue  # a gram this many posts share is boilerplate; their other grams decide
        for a, i in enumerate(members):
            for j in members[a + 1 :]:
                pair = (i, j) if i < j else (j, i)
                if pair in seen:
                    continue
                seen.add(pair)
                shorter, longer = sorted((len(texts[i]), len(texts[j])))
                if 200 * shorter / (shorter + longer) < threshold:
                    continue  # the ratio cannot reach the threshold
                if fuzz.ratio(texts[i], texts[j], score_cutoff=threshold):
                    yield pair


def _hit(doc, other) -> Hit:
    """Points at the first line of the post (at most 30 characters) and names the other post."""
    body = doc.post.body.value
    start = len(body) - len(body.lstrip())
    end = start
    while end < len(body) and end - start < 30 and body[end] not in "\r\n":
        end += 1
    src_start, src_end = doc.post.body.to_source(start, max(end, start + 1))
    return Hit(src_start, src_end, "default", {"other": _name(other.post.key)})


def _name(key: str) -> str:
    path, _, row = key.partition("#")
    return Path(path).name + (f" の {row} 行目" if row else "")
