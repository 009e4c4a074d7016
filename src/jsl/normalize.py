"""NFKC-normalize a post body into a Text that still maps back to the original file."""
from __future__ import annotations

import re
import unicodedata

from jsl.text import Text, TextBuilder

# Characters NFKC leaves alone: ASCII, hiragana, katakana, common CJK and Japanese punctuation.
STABLE = re.compile(r"[\x00-\x7f\u3001-\u3002\u300c-\u3011\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]+")
COMBINING_KANA = "\u3099\u309a\uff9e\uff9f"
DASH_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\u2010-\u2015\u2212\u30fc\uff70\uff0d\u2500\u2501](?=\d)")


def normalize(body: Text) -> Text:
    """NFKC per character cluster (so ｶﾞ becomes ガ and ① becomes 1), dashes between digits folded to '-'."""
    value = body.value
    if unicodedata.is_normalized("NFKC", value) and not DASH_BETWEEN_DIGITS.search(value):
        return body
    builder = TextBuilder()
    pos = 0
    for m in STABLE.finditer(value):
        end = m.end()
        # a combining mark right after this run belongs to the run's last character
        if end < len(value) and value[end] in COMBINING_KANA and end - 1 >= m.start():
            end -= 1
        if m.start() > pos:
            _slow(body, pos, m.start(), builder)
        start = max(m.start(), pos)
        if end > start:
            _add(body, value[start:end], start, end, builder)
        pos = max(end, pos)
    if pos < len(value):
        _slow(body, pos, len(value), builder)
    text = builder.build()
    if DASH_BETWEEN_DIGITS.search(text.value):
        text = Text(DASH_BETWEEN_DIGITS.sub("-", text.value), text.starts, text.src_starts, text.lengths, text.src_lengths)
    return text


def _slow(body: Text, start: int, end: int, builder: TextBuilder) -> None:
    value = body.value
    i = start
    while i < end:
        j = i + 1
        while j < end and (unicodedata.combining(value[j]) or value[j] in COMBINING_KANA):
            j += 1
        cluster = value[i:j]
        _add(body, unicodedata.normalize("NFKC", cluster), i, j, builder)
        i = j


def _add(body: Text, out: str, start: int, end: int, builder: TextBuilder) -> None:
    """Add `out` for body.value[start:end], mapping through the body's own map to the source."""
    if len(out) == end - start and _exact(body, start, end):
        src_start, _ = body.to_source(start, start + 1) if end > start else (0, 0)
        builder.add(out, src_start, src_start + (end - start))
        return
    src_start, src_end = body.to_source(start, end)
    builder.add(out, src_start, src_end)


def _exact(body: Text, start: int, end: int) -> bool:
    i = body._piece(start)
    return body.lengths[i] == body.src_lengths[i] and end <= body.starts[i] + body.lengths[i]


KATA_TO_HIRA = {c: c - 0x60 for c in range(0x30A1, 0x30F7)}


def hiragana(s: str) -> str:
    """Fold katakana to hiragana (for reading-based matching)."""
    return s.translate(KATA_TO_HIRA)
