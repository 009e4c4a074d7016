"""The robust (reading) path of word matching: obfuscated words are found, ordinary text is not."""
import pytest

from jsl import rules
from jsl.engine import lint_text

RULES = rules.load_builtin()


def rules_hit(text: str) -> set[str]:
    return {f.rule for f in lint_text(text, RULES)}


@pytest.mark.parametrize("text", ["し ね", "うるさいな、し ね", "死○", "しねええ", "シネ！", "あいつ、しねよ", "バ～カ"])
def test_obfuscated_abuse_is_found(text):
    assert "insult" in rules_hit(text)


@pytest.mark.parametrize(
    "text",
    [
        "カレンダーもお配りしてますしね。",  # し (particle) glued to ます: not しね
        "今日は暑いですしね。",
        "パチンコ店で火災がありました。",  # a word hidden inside another word
        "死ねば助かる医療もあります。",
    ],
)
def test_ordinary_text_is_not_abuse(text):
    assert not rules_hit(text) & {"insult", "obscene", "obscene-masked"}
