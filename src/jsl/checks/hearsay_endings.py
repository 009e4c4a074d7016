"""5.10: a clause ending that passes on hearsay: 〜らしい, 〜みたい, 〜(た)そうです, 〜とか, 〜んだって。

Each ending counts only after a verb, an auxiliary or an adjective, 〜やすい included (燃やしてよくなったらしい,
中止になったみたい, 放流するそうです, 有料化されるとか). After a noun the same words describe
(春らしい, 子どもみたいに), and 〜だそうです after a noun (人気だそうです) is everyday small talk.
An event noun (漏電, 放火, 不始末: the tagger's サ変可能 nouns) before a closing らしい is hearsay
about what happened (原因は漏電らしい), unlike 男らしい; so is a closing みたい after an event noun, or
らしい after any noun, in a sentence about a fire or its cause (放火みたいです, 火元はコンロらしい),
unlike まるで空中散歩みたいです.
〜んだとか and 〜んだって at the end of a clause pass on what someone said (遅いんだって), and so do
放火だって, 漏電だとか after an event noun.
「いたとかいないとか」 (A or not A) is a set phrase for a vague anecdote, not a claim passed on.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {
    "endings": ("list", ["らしい", "みたい", "そう", "とか"]),
    "after": ("list", ["動詞", "助動詞", "形容詞"]),  # part of speech of the word before the ending
    "event_nouns": (bool, False),  # 漏電らしい, 放火みたいです: an event noun before a closing らしい / みたい
    "quoted_da": (bool, False),  # 〜んだとか, 〜んだって at the end of a clause
    # an event noun + みたい is hearsay only in a sentence about such a topic (火事は放火みたい);
    # elsewhere it is a simile (まるで空中散歩みたいです)
    "event_topics": ("list", []),
}

# the part of speech that makes each ending hearsay (そう of hearsay is a noun stem, not 様態's 形状詞)
HEARSAY_POS = {"らしい": ("助動詞",), "みたい": ("形状詞",), "そう": ("名詞", "助動詞語幹")}
CLAUSE_END = ("補助記号", "空白")
# what may follow a closing らしい / みたい after an event noun, as written: です, でした, だ, よ, ね, the end
# of the clause (not に or な: 家族みたいに, 放火みたいな手口)
CLOSERS = frozenset({"です", "でし", "だ", "だっ", "よ", "ね", "わ", "けど", "が"})
# a simile is announced: まるで戦場みたいでした
SIMILE = frozenset({"丸で", "宛ら", "恰も", "さながら", "あたかも"})
NEGATIONS = frozenset({"ない", "ず", "ぬ"})


def check(doc, options) -> Iterator[Hit]:
    tokens = doc.tokens
    endings = set(options["endings"])
    after = set(options["after"])
    for i in range(1, len(tokens)):
        start = _hearsay_start(tokens, i, endings)
        if start is None or start == 0:
            continue
        before = tokens[start - 1]
        if before.end != tokens[start].start:
            continue
        if (before.pos[0] in after or before.pos[:2] == ("接尾辞", "形容詞的")) and before.lemma != "だ":
            if not _either_or(tokens, start, i):
                yield doc.hit(before.start, tokens[i].end)
        elif options["event_nouns"] and _event_noun(tokens, start, i) and _on_topic(doc, tokens, start, options["event_topics"]):
            yield doc.hit(before.start, tokens[i].end)
        elif options["quoted_da"] and _said_da(tokens, start - 1, options["event_nouns"]):
            yield doc.hit(tokens[start - 2].start, tokens[i].end)
    if options["quoted_da"]:
        yield from _datte(doc, tokens, options["event_nouns"])


def _hearsay_start(tokens, i: int, endings: set[str]) -> int | None:
    """Index of the first token of a hearsay ending that ends at token i, else None."""
    token = tokens[i]
    wanted = HEARSAY_POS.get(token.lemma)
    if token.lemma in endings and wanted and all(p in token.pos for p in wanted):
        return i
    # そう after a plain (終止形, tagged 連体形 too) form is hearsay whatever the tagger calls it: 効くそうです (様態 is 効きそう)
    if token.lemma == "そう" and "そう" in endings and tokens[i - 1].cform.startswith(("終止形", "連体形")):
        return i
    # 〜とか at the end of a clause: と (case particle) + か, then punctuation or the end
    if "とか" in endings and token.surface == "か" and tokens[i - 1].surface == "と" and _ends_clause(tokens, i + 1):
        return i - 1
    return None


def _ends_clause(tokens, j: int) -> bool:
    return j >= len(tokens) or tokens[j].pos[0] in CLAUSE_END


def _event_noun(tokens, start: int, i: int) -> bool:
    """漏電らしい。 / 放火みたいです / 火元はコンロらしい: a noun, then a closing らしい or みたい (not 〜みたいに, 〜らしい人)."""
    before = tokens[start - 1]
    if tokens[start].lemma not in ("らしい", "みたい") or before.pos[0] != "名詞":
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is None or after.pos[0] in CLAUSE_END or after.surface in CLOSERS


def _on_topic(doc, tokens, start: int, topics) -> bool:
    """An event noun + らしい always (漏電らしい); an event noun + みたい, or any other noun + らしい,
    only with one of `topics` earlier in its sentence (倉庫の火災は放火みたい, 火元はコンロらしい)."""
    sentence_start = max((s.start for s in doc.sentences if s.start <= tokens[start].start), default=0)
    before = [t.lemma for t in tokens[:start] if t.start >= sentence_start]
    if SIMILE.intersection(before):
        return False
    if tokens[start].lemma == "らしい" and "サ変可能" in tokens[start - 1].pos:
        return True
    return bool(set(topics).intersection(before))


def _said_da(tokens, da: int, event_nouns: bool) -> bool:
    """A だ that ends what someone said: after ん / の (遅いんだとか) or, with `event_nouns`, an event noun
    (放火だって), not after any noun (人気だとか)."""
    if da < 1 or tokens[da].lemma != "だ":
        return False
    before = tokens[da - 1]
    return (before.lemma == "の" and before.pos[1] == "準体助詞") or (event_nouns and "サ変可能" in before.pos)


def _datte(doc, tokens, event_nouns: bool) -> Iterator[Hit]:
    """〜んだって, 放火だって at the end of a clause (受け付けているんだって!)."""
    for i in range(2, len(tokens)):
        if tokens[i].surface == "って" and _said_da(tokens, i - 1, event_nouns) and _ends_clause(tokens, i + 1):
            yield doc.hit(tokens[i - 2].start, tokens[i].end)


def _either_or(tokens, start: int, i: int) -> bool:
    """The second とか of 「AとかAないとか」 (いたとかいないとか, あるとかないとか)."""
    if tokens[start].surface != "と":
        return False
    for j in range(start - 2, max(start - 8, 0), -1):
        if tokens[j].surface == "と" and tokens[j + 1].surface == "か":
            second = {t.lemma for t in tokens[j + 2 : start]}
            first = {t.lemma for t in tokens[max(j - 3, 0) : j]}
            return bool(second & NEGATIONS) and bool(first & (second - NEGATIONS))
    return False
