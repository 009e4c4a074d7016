"""5.13: platform limits (X weighted length, Instagram, Facebook, LINE), mentions, duplicates in a run."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jsl import rules
from jsl.checks import duplicates
from jsl.engine import lint_text
from jsl.text import Text

RULES = {rule.id: rule for rule in rules.load_builtin()}


def found(text: str, rule_id: str, path: str = "example.md"):
    return [f for f in lint_text(text, [RULES[rule_id]], path) if f.rule == rule_id]


def post(platform: str, body: str) -> str:
    return f"---\nplatform: {platform}\n---\n{body}\n"


def test_x_weighting_from_twitter_text():
    from twitter_text import parse_tweet

    assert parse_tweet("あ" * 10).weightedLength == 20  # CJK counts 2
    assert parse_tweet("abc https://www.josokoiki.lg.jp/a/very/long/path/index.html").weightedLength == 4 + 23


def test_x_over_280_points_at_the_overflow():
    hits = found(post("x", ("消防" * 71)[:141]), "platform-limit")  # 141 CJK characters weigh 282
    assert len(hits) == 1 and hits[0].match == "消"
    assert found(post("x", "消防" * 70), "platform-limit") == []  # exactly 280


def test_url_counts_23_on_x():
    body = "あ" * 128 + " https://www.josokoiki.lg.jp/a/b/c/d/e/f/g.html " + "a"  # 256 + 1 + 23 + 1 + 1 = 282
    assert len(found(post("x", body), "platform-limit")) == 1
    assert found(post("x", "あ" * 127 + " https://www.josokoiki.lg.jp/a/b/c/d/e/f/g.html"), "platform-limit") == []


def test_unknown_platform_is_not_measured():
    assert found("あ" * 3000, "platform-limit") == []


@pytest.mark.parametrize(
    ("platform", "length", "flag"),
    [("instagram", 2200, False), ("instagram", 2201, True), ("line", 500, False), ("line", 501, True),
     ("facebook", 63206, False), ("facebook", 63207, True)],
)
def test_character_limits(platform, length, flag):
    assert bool(found(post(platform, "あ" * length), "platform-limit")) is flag


def test_instagram_hashtags():
    tags = " ".join(f"#タグ{i}" for i in range(31))
    hits = found(post("instagram", "清掃活動を行いました。\n" + tags), "platform-limit")
    assert len(hits) == 1 and hits[0].match.startswith("#タグ30")
    assert found(post("instagram", "清掃活動\n" + " ".join(f"#t{i}" for i in range(30))), "platform-limit") == []
    assert found(post("instagram", "清掃活動\n" + "".join(f"#t{i}" for i in range(31))), "platform-limit")  # no spaces


def test_three_mentions_of_others():
    assert found("@a_city @b_city @c_city 周知にご協力ください", "many-mentions")
    assert not found("@a_city @b_city @josokoiki.fire 周知にご協力ください", "many-mentions")
    assert not found("@a_city @a_city @b_city 周知にご協力ください", "many-mentions")


def test_duplicates_flag_both_posts_of_a_run():
    text = "出水期です。大雨の前に側溝の落ち葉を取り除き、ハザードマップで避難場所を確かめておきましょう。"
    csv = f"platform,text\nx,{text}\nx,台風の接近に備え、植木鉢を室内に入れ、懐中電灯を用意しましょう。念のため。\nx,{text}ご協力を。\n"
    hits = found(csv, "duplicate-post", "run.csv")
    assert len(hits) == 2
    assert all("run.csv の" in f.message for f in hits)


def test_short_posts_may_repeat():
    csv = "platform,text\nx,本日は救急の日です。\nx,本日は救急の日です。\n"
    assert found(csv, "duplicate-post", "run.csv") == []


def _doc(key: str, value: str):
    body = Text.plain(value)
    return SimpleNamespace(text=body, post=SimpleNamespace(body=body, key=key))


def test_duplicates_scale_without_comparing_every_pair():
    import random
    import time

    random.seed(7)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 2000)]
    docs = [_doc(f"p{i}.md", "".join(random.choices(alphabet, k=120))) for i in range(3000)]
    docs.append(_doc("copy.md", docs[5].text.value[:-1] + "。"))
    started = time.perf_counter()
    hits = list(duplicates.check_run(docs, {"threshold": 88.0, "min_length": 40, "sketch": 12}))
    assert sorted(d.post.key for d, _ in hits) == ["copy.md", "p5.md"]
    assert time.perf_counter() - started < 10


def test_inline_image_alt_is_not_counted():
    alt = "はしご車で救助訓練をする消防隊員の様子" * 3
    body = "あ" * 135 + f"![{alt}](drill.jpg)"
    assert found(post("x", body), "platform-limit") == []
    assert found(post("x", "あ" * 141), "platform-limit")


def test_crlf_counts_as_one_line_break():
    lines = "\r\n".join(["あ" * 46] * 3 + ["a"])  # 138 CJK = 276, 3 breaks, 1 letter: 280
    assert found(post("x", lines), "platform-limit") == []


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["あい", "漢字", "カナ", "ｶﾅ", "Ａ", "abc", " ", "12", "、", "。", "!?", "\n", "\u3000", "〜ー",
                                 "「", "」", "(", ")", "#", "＃", "@", "é", "\u0301", "ß", "〽", "☀️", "😀", ".", "。https://", "http://",
                                 "www.", "a.jp", "example.com", "/x/", "(No.0)", "lg.jp", "t.co/ab", "日本.jp", "https://例え.jp", "é", "x", ":", "/", "-", "_", "xhttp://", "HTTPS://", "@", "foo@", "?q=1", "#tag", "、詳しくは", "ftp://"]), max_size=60).map("".join),
       st.sampled_from([20, 140, 280]))
def test_the_quick_x_count_agrees_with_twitter_text(text, limit):
    """Plain Japanese text is counted without the library; any text must get the library's answer."""
    from twitter_text import parse_tweet
    from twitter_text.config import config

    from jsl.checks.platform_limits import _from_utf16, _x_overflow

    result = parse_tweet(text, {**config["defaults"], "max_weighted_tweet_length": limit})
    expected = None if result.weightedLength <= limit else (_from_utf16(text, result.validRangeEnd + 1), result.weightedLength)
    assert _x_overflow(text, limit) == expected
