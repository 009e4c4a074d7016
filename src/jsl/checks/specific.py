"""The more specific section alone: a hit gives way to a finding of a more specific section in its sentence.

LABELS.md: "where two sections describe the same fault, the more specific one is used alone".
「男らしく走れ！」 is a command (4.3) only as the vehicle of a sex stereotype (5.8); 「正直言って
頭がおかしい」 is an insult (5.4), not a staff member's view on policy (4.4). A check with a
`yield_to` option (a list of sections) passes its hits through `give_way`, which drops a hit
whose sentence holds a finding of one of those sections by the shipped rules.
The shipped stable rules are used (not the run's selection), so the convention holds however
a run is configured. A short tail after 。 (「…しちゃいました。(笑)」) counts as part of the sentence before.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from jsl.findings import Hit

TAIL = 5  # at most this many letters after a sentence's end still belong to it: (笑), www, 草


def give_way(doc, hits: Iterable[Hit], sections) -> Iterator[Hit]:
    """The hits whose sentence holds no finding of `sections` (source offsets)."""
    if not sections:
        yield from hits
        return
    taken = None
    for hit in hits:
        if taken is None:
            taken = _taken_sentences(doc, tuple(sorted(sections)))
        if not any(start < max(hit.end, hit.start + 1) and hit.start < end for start, end in taken):
            yield hit


def _taken_sentences(doc, sections: tuple[str, ...]) -> list[tuple[int, int]]:
    """Source spans of the sentences that hold a finding of one of `sections` (memoized per post)."""
    key = ("specific", sections)
    taken = doc.cache.get(key)
    if taken is None:
        from jsl.engine import lint_doc

        rules = [rule for rule in _stable_rules() if rule.section in sections]
        spans = [(f.offset, f.end_offset) for f in lint_doc(doc, rules)]
        sentences = _sentences(doc)
        taken = [(s, e) for s, e in sentences if any(f_start < e and s < f_end for f_start, f_end in spans)]
        doc.cache[key] = taken
    return taken


def _sentences(doc) -> list[tuple[int, int]]:
    """Source spans of the sentences; a tail of a few letters after 。 (「…でした。(笑)」) joins the sentence before."""
    spans: list[tuple[int, int]] = []
    value = doc.text.value
    for sentence in doc.sentences:
        if sentence.end <= sentence.start:
            continue
        start, end = doc.text.to_source(sentence.start, sentence.end)
        if spans and len(value[sentence.start : sentence.end].strip()) <= TAIL:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


@cache
def _stable_rules() -> tuple:
    from jsl import rules

    return tuple(rule for rule in rules.load_builtin_cached() if rule.status == "stable")
