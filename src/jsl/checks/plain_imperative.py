"""4.3: a bare command to readers (しろ, 逃げるな, 干すな) sounds like shouting at them.

Polite request forms are imperatives too in UniDic (ください, なさい, いらっしゃい);
their lemmas are listed in the `polite` option and never reported.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {
    "polite": ("list", ["下さる", "為さる", "いらっしゃる", "召し上がる", "御座る", "有る", "呉れる", "頑張る", "負ける", "踏ん張る"]),  # requests and cheers (がんばれ!)
}

PUNCT = ("補助記号", "空白")


def check(doc, options) -> Iterator[Hit]:
    tokens = doc.tokens
    polite = set(options["polite"])
    for i, token in enumerate(tokens):
        if token.pos[0] != "動詞" or token.lemma in polite:
            continue
        if token.cform.startswith("命令形") and _ends_clause(tokens, i + 1, allow=("って", "よ")):
            yield doc.hit(token.start, token.end)
        elif token.cform.startswith("終止形") and _is_prohibitive(tokens, i + 1):
            yield doc.hit(token.start, tokens[i + 1].end)


def _is_prohibitive(tokens, j: int) -> bool:
    """Verb + な at the end of a clause: 干すな！ (not 楽しいな, which follows an adjective)."""
    return j < len(tokens) and tokens[j].surface == "な" and tokens[j].pos[1] == "終助詞" and _ends_clause(tokens, j + 1)


def _ends_clause(tokens, j: int, allow: tuple[str, ...] = ()) -> bool:
    if j >= len(tokens):
        return True
    nxt = tokens[j]
    return nxt.pos[0] in PUNCT or nxt.surface in allow
