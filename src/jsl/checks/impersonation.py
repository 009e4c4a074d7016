"""6.4: a notice that an impersonating (or hijacked) account was found must name that account.

Handles that merely look like the body's own are 3.3 (account-id), as the labels have it; this check
covers the other half of 6.4, the notice itself: 「偽アカウントが確認されました」 with no @handle or
address leaves readers unable to tell which account to avoid. account-id stays silent inside such
notices (its rule has `unless: sentence_has` for the same cue lemmas), so a named fake is not
reported twice.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl import handles, urls
from jsl.findings import Hit

OPTIONS = {
    "cues": ("list", ["成り済ます", "偽", "偽物", "偽者", "乗り取る"]),  # lemmas saying "fake / hijacked"
    "found": ("list", ["確認", "発見", "見付かる", "見つかる", "存在", "出回る", "作成", "開設", "発生"]),  # "was found"
}


def check(doc, options) -> Iterator[Hit]:
    if handles.in_doc(doc) or urls.links(doc):
        return
    cues, found = frozenset(options["cues"]), frozenset(options["found"])
    for sentence in doc.sentences:
        tokens = [t for t in doc.tokens if sentence.start <= t.start < sentence.end]
        lemmas = {t.lemma for t in tokens} | {t.surface for t in tokens}
        cue = next((t for t in tokens if t.lemma in cues or t.surface in cues), None)
        if cue is None or "アカウント" not in lemmas or not (lemmas & found):
            continue
        yield doc.hit(cue.start, sentence.end)
        return
