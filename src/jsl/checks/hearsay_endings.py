"""5.10: a clause ending that passes on hearsay: 〜らしい, 〜みたい, 〜(た)そうです, 〜とか。

Each ending counts only after a verb, an auxiliary or an adjective (燃やしてよくなったらしい,
中止になったみたい, 放流するそうです, 有料化されるとか). After a noun the same words describe
(春らしい, 子どもみたいに), and 〜だそうです after a noun (人気だそうです) is everyday small talk.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {
    "endings": ("list", ["らしい", "みたい", "そう", "とか"]),
    "after": ("list", ["動詞", "助動詞", "形容詞"]),  # part of speech of the word before the ending
}

# the part of speech that makes each ending hearsay (そう of hearsay is a noun stem, not 様態's 形状詞)
HEARSAY_POS = {"らしい": ("助動詞",), "みたい": ("形状詞",), "そう": ("名詞", "助動詞語幹")}
CLAUSE_END = ("補助記号", "空白")


def check(doc, options) -> Iterator[Hit]:
    tokens = doc.tokens
    endings = set(options["endings"])
    after = set(options["after"])
    for i in range(1, len(tokens)):
        start = _hearsay_start(tokens, i, endings)
        if start is None or start == 0:
            continue
        before = tokens[start - 1]
        if before.pos[0] in after and before.lemma != "だ" and before.end == tokens[start].start:
            yield doc.hit(before.start, tokens[i].end)


def _hearsay_start(tokens, i: int, endings: set[str]) -> int | None:
    """Index of the first token of a hearsay ending that ends at token i, else None."""
    token = tokens[i]
    wanted = HEARSAY_POS.get(token.lemma)
    if token.lemma in endings and wanted and all(p in token.pos for p in wanted):
        return i
    # 〜とか at the end of a clause: と (case particle) + か, then punctuation or the end
    if "とか" in endings and token.surface == "か" and tokens[i - 1].surface == "と" and _ends_clause(tokens, i + 1):
        return i - 1
    return None


def _ends_clause(tokens, j: int) -> bool:
    return j >= len(tokens) or tokens[j].pos[0] in CLAUSE_END
