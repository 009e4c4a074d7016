"""6.3: quoting or reposting another user's post (RT @user:, 引用リポスト, ある方の投稿より) vouches for it."""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl import handles
from jsl.findings import Hit

OPTIONS = {
    "brand": (str, "josokoiki"),  # reposting the body's own accounts is not quoting another user
    "similarity": (float, 80.0),
}

# "RT @user:" / "QT @user" at the head of a repost; never excused by context (the quoted text may warn)
REPOST = re.compile(r"(?<![A-Za-z])(?:RT|QT|RP)\s*:?\s*(@[A-Za-z0-9_.\-]+)")
# "@user さんの投稿を引用" / "@user さんのポストより" / "引用元: @user" / "引用リポスト": the act, unless the sentence warns about it
QUOTE_ACT = re.compile(
    r"(@[A-Za-z0-9_.\-]+)\s*(?:さん|様|氏)?の(?:投稿|ポスト|ツイート|つぶやき)(?:を?(?:引用|リポスト|リツイート|転載|シェア)|より|から)"
    r"|(?:さん|様|氏)の(?:投稿|ポスト|ツイート|つぶやき)を?(?:引用|リポスト|リツイート|転載|シェア)"
    r"|引用元?\s*[:：]?\s*(@[A-Za-z0-9_.\-]+)"
    r"|引用\s*(?:RT|リツイート|リポスト|ポスト|ツイート)"
)
# another person's post passed on without a handle: 「地元の方の投稿を紹介します」「〇〇さんのツイートより」
# 「こちらの方のポストが参考になります(引用)」; not 皆さんの投稿 (a photo contest's entries) nor advice
# about doing it (他の方の投稿を引用するときは…)
POST = r"(?:投稿|ポスト|ツイート|つぶやき|書き込み|呟き|インスタ(?:グラム)?|Instagram|Facebook|フェイスブック|ブログ)"
PERSON_POST = re.compile(
    r"(?:(@[A-Za-z0-9_.\-]+)\s*)?(?:(?<![皆みな])(?:さん|様)|方|氏|住民|利用者|ユーザー|フォロワー|アカウント|知人|友人|知り合い|人)の" + POST
    + r"(?:(?:を|が|は|、)?[^。\n]{0,15}?(?:紹介|引用|参考|転載|シェア|リポスト|リツイート|拝借)(?!(?:する|される)?(?:とき|時|際|場合|前|こと|のは|には)|しない|せず|は控え)|より(?=[。、:\s「(]|$)|から(?=\s*[:「(]|$))"
    r"|" + POST + r"[^。\n]{0,30}?[(（]引用[)）]"
    # 【転載】 / 以下転載 / 〇〇さんより転載 / こちらの投稿をシェアさせていただきます / RT 近所の方:
    r"|[【\[［]\s*(?:転載|引用|RT)\s*[】\]］]|以下(?:、)?(?:転載|引用)|(?:さん|様|氏|方)(?:より|から)(?:転載|引用)"
    r"|(?:こちらの|以下の|次の|この|その)" + POST + r"を(?:シェア|リポスト|リツイート|引用|転載)(?:させて|いたし|します)"
    r"|(?:見かけた|見つけた|流れてきた|拾った)" + POST + r"を?[^。\n]{0,6}?(?:転載|シェア|引用|紹介|リポスト)"
    r"|(?:^|\n)RT\s*[:：]?\s*[^\s@:：]{1,20}[:：]"
)
EXCUSED = {"warning", "negated", "quoted"}


def check(doc, options) -> Iterator[Hit]:
    text = doc.text.value
    seen: set[tuple[int, int]] = set()
    for pattern, excusable in ((REPOST, False), (QUOTE_ACT, True), (PERSON_POST, True)):
        for m in pattern.finditer(text):
            handle = next((g for g in m.groups() if g), "")
            if handle and handles.is_own(handle, options["brand"], frozenset(handles.DEPARTMENTS), options["similarity"]):
                continue
            hit = doc.hit(m.start(), m.end(), "default", {"handle": handle or ""})
            if (hit.start, hit.end) in seen or excusable and EXCUSED & doc.flags_at(hit.start, hit.end):
                continue
            seen.add((hit.start, hit.end))
            yield hit
