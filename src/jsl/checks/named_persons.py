"""5.1: a named private person together with personal details near the name.

A person is a name (UniDic 人名 tokens, or a family and a given name written
apart) with さん/様/くん/ちゃん/氏, or a bare name followed by an age in
brackets (personal_data.persons). Details: age (「(14)」「14歳」「70代」) and
school or grade, workplace, hospital, illness or injury within a few characters
of the name; a street address or place of residence in the same sentence.
Unnamed people (「80代の男性」), officials named in their role without an
honorific (「消防長 鈴木一郎」), lecturers' expertise and mascots pass.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.checks.personal_data import digit_view, persons, sentence_span, word_spans
from jsl.checks.street_addresses import addresses

OPTIONS = {
    "health": ("wordlist", "personal-health"),  # 病院, 搬送, やけど, 骨折, 熱中症 …
    "work": ("wordlist", "personal-work"),  # 会社員, 運転手, 勤務先 …
    "residence": ("list", ["在住", "お住まい", "住所"]),
    # a mascot or character named like a child (「ぼうさいジョーくん(5歳)」) is not a private person
    "characters": ("list", ["マスコット", "キャラクター", "ゆるキャラ", "着ぐるみ"]),
    "near": (int, 20),  # an age, school, work or health word counts within this many characters of the name
    # a person introduced in a public role: their work and expertise are not private details
    "roles": ("list", ["講師", "会長", "団長", "署長", "所長", "委員", "委員長", "理事長", "代表", "議員", "市長", "先生", "教授", "医師", "院長", "校長", "教頭", "教諭", "園長", "看護師", "保健師", "救急救命士"]),
}

AGE_AFTER = re.compile(r"\s?\((?:[^()、,・]{1,8}[、,・]\s?)?\d{1,3}(?:歳|才)?(?:[、,・][^()]{1,8})?\)")  # (14) (会社員、45) (78歳)
# (守谷市) (取手市在住、会社員): the town of residence in brackets right after the name
TOWN_AFTER = re.compile(r"\s?\((?:[^()]{0,8}[、・])?[^\s()、・]{1,8}[市町村](?:在住)?(?:[、・][^()]{0,8})?\)")
AGE = re.compile(r"(?<![\d.,])\d{1,3}\s?(?:歳|才|代(?!目))|\d{1,4}年生まれ")
HONORIFIC_END = re.compile(r"(?:さん|様|さま|くん|君|ちゃん|氏)$")
SCHOOL = re.compile(
    r"(?:小学|中学|高等学|義務教育学|支援学|専門学|専修学)校|高校|高専|大学|短大|幼稚園|保育[園所]|こども園"
    r"|(?:小学|中学|高校)?\d年生|(?:小|中|高)\d(?!\d)"
)


def check(doc, options) -> Iterator:
    found = persons(doc)
    if not found:
        return
    for person in found:
        if _character(doc, person, options["characters"]):
            continue
        detail = personal_detail(doc, person, options)
        if detail:
            key, start, end = detail
            detail_text = doc.text.value[start:end].strip(" ()()")
            yield doc.hit(person.start, person.end, key, {"detail": detail_text})


def personal_detail(doc, person, options) -> tuple[str, int, int] | None:
    """The first personal detail of the person, as (kind, start, end) in normalized text, or None."""
    text = doc.text.value
    view = digit_view(doc)
    s_start, s_end = sentence_span(doc, person.start)
    near_start, near_end = max(s_start, person.start - options["near"]), min(s_end, person.end + options["near"])
    m = AGE_AFTER.match(view, person.end) or AGE.search(view, near_start, near_end)
    if m:
        return "age", m.start(), m.end()
    m = TOWN_AFTER.match(text, person.end)
    if m:
        return "address", m.start(), m.end()
    for start, end in addresses(doc):
        if s_start <= start < s_end:
            return "address", start, end
    for word in options["residence"]:
        at = text.find(word, s_start, s_end)
        if at >= 0:
            return "address", at, at + len(word)
    if _in_role(text, person.start, options["roles"]):
        return None  # a lecturer's school, hospital or employer is their public role
    m = SCHOOL.search(view, near_start, near_end)
    if m:
        return "school", m.start(), m.end()
    for kind in ("work", "health"):
        for start, end in word_spans(doc, options[kind]):
            if near_start <= start < near_end:
                return kind, start, end
    return None


def _character(doc, person, words) -> bool:
    """A mascot: a character word in the sentence, or the name also written in 「」 or as a #hashtag."""
    text = doc.text.value
    s_start, s_end = sentence_span(doc, person.start)
    if any(word in text[s_start:s_end] for word in words):
        return True
    name = HONORIFIC_END.sub("", text[person.start : person.end])
    return bool(name) and re.search(rf"[「『#][^」』\s]*{re.escape(name)}", text) is not None


def _in_role(text: str, start: int, roles) -> bool:
    """「講師の鈴木さん」「講師の日赤茨城県支部 石原さん」: a role word in the phrase that leads to the name."""
    clause = re.split(r"[、。,!?\n]", text[max(0, start - 16) : start])[-1]
    return any(role in clause for role in roles)
