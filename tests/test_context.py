"""Context flags: quoted, negated, warning, reported, quoting; sentences do not end inside quotes."""
from __future__ import annotations

import pytest

from jsl.context import quoted_spans, sentence_bounds
from jsl.engine import make_doc
from jsl.posts import parse
from jsl.text import Source


def doc_of(text: str):
    return make_doc(parse(Source.of("post.md", text))[0])


def flags_of(text: str, word: str) -> frozenset[str]:
    doc = doc_of(text)
    at = doc.post.source.text.index(word)
    return doc.flags_at(at, at + len(word))


@pytest.mark.parametrize(
    ("text", "word", "flag"),
    [
        ("「今だけ無料」という電話にご注意ください", "今だけ", "quoted"),
        ("「今だけ無料」という電話にご注意ください", "今だけ", "warning"),
        ("「今だけ無料」という電話にご注意ください", "今だけ", "quoting"),
        ("デマに惑わされないようにしましょう", "デマ", "warning"),
        ("ごみの野焼きは法律で禁止されています", "野焼き", "negated"),
        ("ストーブのそばに洗濯物を干さないでください", "洗濯物", "negated"),
        ("気象庁によると、夜には雨がやむとのことです", "雨", "reported"),
        ("燃やしてもよくなったそうです", "燃やし", "reported"),
        ("「焼却炉が壊れた」という投稿は事実ではありません", "焼却炉", "warning"),
        ("職員を名乗り、暗証番号を聞き出す手口が増えています", "暗証番号", "warning"),
        ("不審に思ったら、警察に相談してください", "警察", "warning"),
    ],
)
def test_flag_is_set(text, word, flag):
    assert flag in flags_of(text, word)


@pytest.mark.parametrize(
    ("text", "word", "flag"),
    [
        ("今だけ無料で点検します", "今だけ", "quoted"),
        ("今だけ無料で点検します", "今だけ", "warning"),
        ("今年は雪が多くなりそうです", "雪", "reported"),  # そう of appearance (様態), not hearsay
        ("河川敷で不審火が続いています", "不審火", "warning"),  # an incident, not a warning
        ("救急フェアを開きます。デマにご注意ください", "救急フェア", "warning"),  # flags stay in their sentence
        ("参加者は「楽しかった」と話していました", "参加者", "quoted"),
    ],
)
def test_flag_is_not_set(text, word, flag):
    assert flag not in flags_of(text, word)


def test_sentence_does_not_end_inside_a_quote():
    text = "「今だけ半額です。今日中に申し込んで」と迫る電話に注意"
    assert sentence_bounds(text) == [(0, len(text))]
    assert "warning" in flags_of(text, "今だけ")


def test_sentences_end_at_marks_and_line_breaks():
    text = "火事です！逃げて。\n119番へ"
    assert [text[s:e] for s, e in sentence_bounds(text)] == ["火事です！", "逃げて。", "\n", "119番へ"]


def test_quoted_spans_nest_and_skip_unclosed():
    text = "「外の『内』の」と「閉じない"
    assert quoted_spans(text) == [(0, 8)]
