"""A broken rule file (loaded through extra-rules) stops the run with exit 2 and names the file and line."""
from __future__ import annotations

import pytest

from jsl import rules as rules_mod
from jslrun import FIXTURE_DICTIONARIES, FIXTURE_RULES, jsl

GOOD = """\
id: local-rule
section: "5.7"
severity: warning
title: 地域の決まり
message: 「{match}」は使いません。
match:
  regex: '(大安売り)'
examples:
  flag:
    - 大安売りです
  pass:
    - 本日は晴れ
"""

# (change to GOOD, line named, words the message must contain)
BROKEN = {
    "broken-regex": (("regex: '(大安売り)'", "regex: '(大安売り'"), 6, "regular expression does not compile"),
    "unknown-key": (("title: 地域の決まり", "title: 地域の決まり\nseverty: error"), 5, "unknown key 'severty'"),
    "missing-section": (('section: "5.7"\n', ""), 1, "missing required key 'section'"),
    "section-not-in-guideline": (('section: "5.7"', 'section: "5.77"'), 2, "section '5.77' is not an item of the guideline"),
    "unknown-dictionary": (("  regex: '(大安売り)'", "  words: no-such-list"), 6, "dictionary 'no-such-list' does not exist"),
    "unknown-check": (("match:\n  regex: '(大安売り)'", "check: no_such_check"), 6, "check 'no_such_check' does not exist"),
    "bad-severity": (("severity: warning", "severity: fatal"), 3, "severity must be error, warning or info"),
    "bad-context-flag": (("examples:", "unless:\n  context: [sarcastic]\nexamples:"), 8, "unknown context flag 'sarcastic'"),
    "invalid-yaml": (("title: 地域の決まり", "title: [地域の決まり"), 5, "not valid YAML"),
    "unknown-kind": (("examples:", "kinds: [poster]\nexamples:"), 8, "kinds must be a list of document kinds"),
    "both-match-and-check": (("examples:", "check: image_alt_text\nexamples:"), 6, "exactly one of match or check"),
}


def write_rule(folder, text: str):
    rules = folder / "local-rules"
    rules.mkdir(exist_ok=True)
    (rules / "5.7-local-rule.yaml").write_text(text, encoding="utf-8")
    (folder / "jsl.toml").write_text('extra-rules = ["local-rules"]\n', encoding="utf-8")
    (folder / "post.md").write_text("大安売りです\n", encoding="utf-8")
    return rules / "5.7-local-rule.yaml"


def test_a_good_local_rule_runs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_rule(tmp_path, GOOD)
    result = jsl("check", "--select", "local-rule", "post.md")
    assert result.exit_code == 0  # a warning does not reach the default fail-on (error)
    assert "post.md:1:1: warning 5.7 local-rule 「大安売り」は使いません。" in result.stdout


@pytest.mark.parametrize(("change", "line", "message"), list(BROKEN.values()), ids=list(BROKEN))
@pytest.mark.parametrize("command", ["check", "rules"])
def test_broken_rule_names_file_and_line(tmp_path, monkeypatch, command, change, line, message):
    monkeypatch.chdir(tmp_path)
    old, new = change
    assert old in GOOD
    write_rule(tmp_path, GOOD.replace(old, new, 1))
    result = jsl(command, "post.md") if command == "check" else jsl("rules")
    assert result.exit_code == 2
    assert f"local-rules/5.7-local-rule.yaml:{line}: " in result.stderr, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_duplicate_rule_id(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_rule(tmp_path, GOOD.replace("id: local-rule", "id: commercial-wording"))
    result = jsl("check", "post.md")
    assert result.exit_code == 2 and "rule id 'commercial-wording' is used twice" in result.stderr


def test_fixture_rules_keep_their_own_examples():
    from jsl.engine import lint_text

    def path(text: str) -> str:  # a first line that is a CSV header makes the example a CSV file
        return "example.csv" if "text" in text.split("\n", 1)[0].split(",") else "example.md"

    for rule in rules_mod.load_folder(FIXTURE_RULES, (FIXTURE_DICTIONARIES,)):
        for example in rule.flag:
            assert lint_text(example.text, [rule], path(example.text)), (rule.id, example.text)
        for example in rule.passes:
            assert not lint_text(example.text, [rule], path(example.text)), (rule.id, example.text)


def test_a_rule_reads_only_its_kinds_of_document(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_rule(tmp_path, GOOD.replace("examples:", "kinds: [profile]\nexamples:").replace("    - 大安売りです", "    - \"---\\nkind: profile\\n---\\n大安売りです\""))
    (tmp_path / "profile.md").write_text("---\nkind: profile\n---\n大安売りです\n", encoding="utf-8")
    result = jsl("check", "--select", "local-rule", "post.md", "profile.md")
    assert "profile.md:4:1: warning 5.7 local-rule" in result.stdout
    assert "post.md" not in result.stdout  # a post is not a profile
