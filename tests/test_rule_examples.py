"""Each rule's own examples: `flag` must be flagged by that rule, `pass` must not."""
import pytest

from jsl import rules
from jsl.engine import lint_text

RULES = rules.load_builtin()


def _path(text: str) -> str:
    """An example whose first line is a CSV header with a text column is a CSV file (several posts, one run)."""
    return "example.csv" if "text" in text.split("\n", 1)[0].split(",") else "example.md"


def _configured(rule, example):
    """The rule as a jsl.toml `[lists] name.add = [...]` would leave it (for lists empty by default)."""
    if not example.lists:
        return rule
    from jsl import dictionaries
    from jsl.runner import apply_lists

    lists = {name: dictionaries.load(name).changed(add) for name, add in example.lists.items()}
    return apply_lists([rule], lists)[0]


def examples(kind):
    for rule in RULES:
        for n, example in enumerate(rule.flag if kind == "flag" else rule.passes):
            yield pytest.param(rule, example, id=f"{rule.id}-{kind}-{n}")


@pytest.mark.parametrize(("rule", "example"), list(examples("flag")))
def test_flag(rule, example):
    found = [f for f in lint_text(example.text, [_configured(rule, example)], _path(example.text)) if f.rule == rule.id]
    assert found, f"{rule.origin}: {rule.id} did not flag {example.text!r}"
    if example.match is not None:
        assert example.match in [f.match for f in found]


@pytest.mark.parametrize(("rule", "example"), list(examples("pass")))
def test_pass(rule, example):
    found = [f for f in lint_text(example.text, [_configured(rule, example)], _path(example.text)) if f.rule == rule.id]
    assert not found, f"{rule.origin}: {rule.id} flagged {[f.match for f in found]} in {example.text!r}"


def test_every_rule_has_examples():
    for rule in RULES:
        assert rule.flag and rule.passes, f"{rule.origin}: a rule needs flag: and pass: examples"
