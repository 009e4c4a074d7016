"""3.3, 3.4: account documents give the operator, responsible and staff by role, never by a person's name.

A person's name is found three ways:
- a name with an honorific or an age, as the 5.1 checks find it (personal_data.persons: 「鈴木さん」);
- a family name followed by a given name (UniDic 人名 姓 then 名, or a short name part the
  dictionary split off a modern given name): 「山田太郎」「田中 美咲」;
- a family name alone where a role or label leads to it (「担当:予防課 鈴木」「予防課長 高橋」
  「総務課長(佐藤)」) and nothing continues it into a place (「伊奈分署」「岩井庁舎」: many
  local place names are also family names).
Roles (「予防課長」「消防長」「予防課職員」) are what the guideline asks for and pass.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.checks.personal_data import persons

OPTIONS = {
    # a bare family name right after one of these (or after ":" or a bracket) is a person
    "leads": ("list", ["担当", "担当者", "責任者", "管理者", "職員", "課", "係", "長", "者", "員", "主任", "主査", "主事", "係長", "補佐"]),
}

CLOSE = frozenset({"補助記号", "空白", "助詞", "助動詞"})  # what may follow a name: punctuation, a blank, a particle


def check(doc, options) -> Iterator:
    spans = sorted(set(_names(doc, frozenset(options["leads"]))), key=lambda span: (span[0], -span[1]))
    last_end = -1
    for start, end in spans:
        if start < last_end:
            continue  # one finding per name
        last_end = end
        yield doc.hit(start, end)


def _names(doc, leads: frozenset[str]):
    for person in persons(doc):
        yield person.start, person.end
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if not _family(token):
            continue
        j = _skip_blank(tokens, i + 1)
        if j < len(tokens) and tokens[j].pos[2] == "人名" and tokens[j].pos[3] == "名":
            end = tokens[j].end
            k = j + 1
            while k < len(tokens) and _name_part(tokens[k]) and tokens[k].start == tokens[k - 1].end:
                end = tokens[k].end
                k += 1
            yield token.start, end
        elif _led(tokens, i, leads) and _closed(tokens, i + 1):
            yield token.start, token.end


def _family(token) -> bool:
    return token.pos[2] == "人名" and token.pos[3] == "姓"


def _name_part(token) -> bool:
    """A one-character noun or suffix the dictionary split off a given name (陽 + 向)."""
    return token.pos[0] in ("名詞", "接尾辞") and token.pos[1] not in ("数詞", "代名詞") and len(token.surface) == 1


def _skip_blank(tokens, j: int) -> int:
    while j < len(tokens) and (tokens[j].pos[0] == "空白" or tokens[j].surface.isspace()):
        j += 1
    return j


def _led(tokens, i: int, leads: frozenset[str]) -> bool:
    """The token before the name (blanks skipped) is a role or label word, a colon or an opening bracket."""
    j = i - 1
    while j >= 0 and (tokens[j].pos[0] == "空白" or tokens[j].surface.isspace()):
        j -= 1
    if j < 0:
        return False
    before = tokens[j]
    return before.surface in leads or before.lemma in leads or before.surface in (":", "(", "（", "：", "「")


def _closed(tokens, j: int) -> bool:
    """Nothing continues the name into a longer word (伊奈 + 分署 is a place)."""
    if j >= len(tokens):
        return True
    nxt = tokens[j]
    return nxt.pos[0] in CLOSE or nxt.surface.isspace() or nxt.surface in ("さん", "様", "氏")
