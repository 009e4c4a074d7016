"""4.3: a bare command to readers (しろ, 逃げるな, 干すな) sounds like shouting at them.

Polite request forms are imperatives too in UniDic (ください, なさい, いらっしゃい);
their lemmas are listed in the `polite` option and never reported. A command quoted for the
reader to shout (火事だ！逃げろ！と周りに知らせて) is followed by と. `yield_to` lists sections
whose finding in the same sentence takes the command's place: 「男らしく走れ！」 is 5.8 alone
(see checks/specific.py).
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.checks.specific import give_way
from jsl.findings import Hit

OPTIONS = {
    "polite": ("list", ["下さる", "為さる", "いらっしゃる", "召し上がる", "御座る", "有る", "呉れる", "頑張る", "負ける", "踏ん張る"]),  # requests and cheers (がんばれ!)
    "yield_to": ("list", []),
}

PUNCT = ("補助記号", "空白")


def check(doc, options) -> Iterator[Hit]:
    yield from give_way(doc, _commands(doc, set(options["polite"])), options["yield_to"])


def _commands(doc, polite: set[str]) -> Iterator[Hit]:
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.pos[0] != "動詞" or token.lemma in polite:
            continue
        if token.cform.startswith("命令形") and _ends_clause(tokens, i + 1, allow=("って", "よ")) and not _quoted_by_to(tokens, i + 1):
            yield doc.hit(token.start, token.end)
        elif token.cform.startswith("終止形") and _is_prohibitive(tokens, i + 1) and not _quoted_by_to(tokens, i + 2):
            yield doc.hit(token.start, tokens[i + 1].end)


def _quoted_by_to(tokens, j: int) -> bool:
    """逃げろ！と知らせて: punctuation, then the quoting particle と."""
    while j < len(tokens) and tokens[j].pos[0] == "補助記号":
        j += 1
    return j < len(tokens) and tokens[j].surface == "と" and tokens[j].pos[1] == "格助詞"


def _is_prohibitive(tokens, j: int) -> bool:
    """Verb + な at the end of a clause: 干すな！ (not 楽しいな, which follows an adjective)."""
    return j < len(tokens) and tokens[j].surface == "な" and tokens[j].pos[1] == "終助詞" and _ends_clause(tokens, j + 1)


def _ends_clause(tokens, j: int, allow: tuple[str, ...] = ()) -> bool:
    if j >= len(tokens):
        return True
    nxt = tokens[j]
    return nxt.pos[0] in PUNCT or nxt.surface in allow
