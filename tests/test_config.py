"""Configuration: discovery by walking up, pyproject [tool.jsl], --config, every key, and errors with file:line."""
from __future__ import annotations

import json

import pytest

from jsl import config as config_mod
from jsl.findings import Severity
from jslrun import FIXTURE_DICTIONARIES, FIXTURE_RULES, findings, fixture_config, jsl

SALE = "今だけのご案内"  # fixture-sale (5.7, warning)
PHONE = "連絡は090-1234-5678へ"  # fixture-number (5.1, error)
WORDS = "福袋と特売"  # fixture-words (5.7, warning) on 福袋 and 特売


def rules_of(found) -> list[tuple[str, str]]:
    """(rule, severity) of the test rules' findings (a chapter or section also selects shipped rules)."""
    return sorted((f["rule"], f["severity"]) for f in found if f["rule"].startswith("fixture-"))


@pytest.fixture
def tree(tmp_path, monkeypatch):
    """tmp_path/posts/2024/post.md with a finding of each fixture rule; work in tmp_path."""
    folder = tmp_path / "posts" / "2024"
    folder.mkdir(parents=True)
    (folder / "post.md").write_text(f"{SALE}\n{PHONE}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


POST = "posts/2024/post.md"


# --- discovery ----------------------------------------------------------------------------------

def test_found_by_walking_up_from_the_checked_path(tree):
    fixture_config(tree, select=("fixture-number",))
    assert rules_of(findings(POST)) == [("fixture-number", "error")]


def test_nearest_file_wins(tree):
    fixture_config(tree, select=("fixture-number",))
    fixture_config(tree / "posts", select=("fixture-sale",))
    assert rules_of(findings(POST)) == [("fixture-sale", "warning")]


def test_pyproject_tool_jsl(tree):
    fixture_config(tree, select=("fixture-number",), name="jsl-settings.toml")
    body = (tree / "jsl-settings.toml").read_text(encoding="utf-8")
    (tree / "pyproject.toml").write_text(f"[project]\nname = 'posts'\n\n[tool.jsl]\n{body}", encoding="utf-8")
    assert rules_of(findings(POST)) == [("fixture-number", "error")]


def test_pyproject_without_tool_jsl_is_passed_over(tree):
    fixture_config(tree, select=("fixture-number",))
    (tree / "posts" / "pyproject.toml").write_text("[project]\nname = 'x'\n# [tool.jsl] is only mentioned\n", encoding="utf-8")
    assert rules_of(findings(POST)) == [("fixture-number", "error")]


def test_config_option_overrides_discovery(tree):
    fixture_config(tree, select=("fixture-number",))
    other = fixture_config(tree / "posts", select=("fixture-sale",), name="other.toml")
    assert rules_of(findings(POST, "--config", other)) == [("fixture-sale", "warning")]


def test_missing_config_option_file(tree):
    result = jsl("check", POST, "--config", "nope.toml")
    assert result.exit_code == 2 and "nope.toml" in result.output


def test_no_config_means_defaults():
    assert config_mod.Config().fail_on == Severity.ERROR


# --- keys ---------------------------------------------------------------------------------------

def test_select_and_ignore_most_specific_wins(tree):
    fixture_config(tree, select=("5",), extra='ignore = ["5.7"]\n')
    assert rules_of(findings(POST, "--select", "5,fixture-sale")) == [("fixture-number", "error"), ("fixture-sale", "warning")]


def test_cli_select_replaces_and_ignore_adds(tree):
    fixture_config(tree, select=("fixture-number",), extra='ignore = ["fixture-words"]\n')
    (tree / POST).write_text(f"{SALE}\n{PHONE}\n{WORDS}\n", encoding="utf-8")
    assert rules_of(findings(POST, "--select", "5.7")) == [("fixture-sale", "warning")]
    assert rules_of(findings(POST, "--select", "5.7", "--ignore", "fixture-sale")) == []


def test_severity_overrides(tree):
    fixture_config(tree, extra='[severity]\n"5.1" = "warning"\n"5" = "info"\n"fixture-sale" = "error"\n')
    assert rules_of(findings(POST)) == [("fixture-number", "warning"), ("fixture-sale", "error")]


def test_fail_on(tree):
    fixture_config(tree, select=("fixture-sale",), extra='fail-on = "warning"\n')
    assert jsl("check", POST).exit_code == 1
    assert jsl("check", POST, "--fail-on", "error").exit_code == 0


def test_lists_add_and_remove(tree):
    fixture_config(tree, select=("fixture-words",), extra='[lists]\nfixture-words.add = ["粗品"]\nfixture-words.remove = ["特売"]\n')
    (tree / POST).write_text("福袋と特売と粗品\n", encoding="utf-8")
    assert sorted(f["match"] for f in findings(POST)) == ["福袋", "粗品"]


def test_rule_options(tree):
    fixture_config(tree, select=("fixture-alt",), extra="[rules.fixture-alt]\nmin_length = 30\n")
    (tree / POST).write_text("![はしご車で救助訓練をする消防隊員](a.jpg)\n", encoding="utf-8")
    assert [f["rule"] for f in findings(POST)] == ["fixture-alt"]


def test_per_file_ignores(tree):
    fixture_config(tree, extra='[per-file-ignores]\n"posts/**/*.md" = ["5.7"]\n"*.txt" = ["5"]\n')
    (tree / "top.md").write_text(f"{SALE}\n", encoding="utf-8")
    (tree / "posts" / "notes.txt").write_text(f"{PHONE}\n", encoding="utf-8")
    found = findings(POST, "top.md", "posts/notes.txt")
    assert sorted((f["path"], f["rule"]) for f in found) == [(POST, "fixture-number"), ("top.md", "fixture-sale")]


def test_platform_and_preview_are_read(tmp_path):
    path = fixture_config(tmp_path, extra='platform = "instagram"\npreview = true\n')
    loaded = config_mod.load(path)
    assert (loaded.platform, loaded.preview) == ("instagram", True)
    assert loaded.extra_rules == (FIXTURE_RULES,) and loaded.extra_dictionaries == (FIXTURE_DICTIONARIES,)


# --- errors: file:line, exit 2 ------------------------------------------------------------------

BAD = {
    "unknown-key": ('selct = ["5"]\n', 1, 'unknown key "selct" (did you mean "select"?)'),
    "unknown-key-later": ('fail-on = "warning"\n\nplatfrom = "x"\n', 3, 'unknown key "platfrom" (did you mean "platform"?)'),
    "unknown-table": ('[severty]\n"5.7" = "info"\n', 1, 'unknown key "severty" (did you mean "severity"?)'),
    "bad-severity": ('[severity]\n"5.7" = "fatal"\n', 2, "severity must be error, warning or info"),
    "bad-fail-on": ('fail-on = "sometimes"\n', 1, "severity must be error, warning or info"),
    "bad-platform": ('platform = "myspace"\n', 1, "platform must be one of"),
    "select-not-a-list": ("select = 5\n", 1, "select must be a list of text"),
    "unknown-selector": ('ignore = ["5.77"]\n', 1, 'unknown rule or section "5.77"'),
    "unknown-severity-selector": ('[severity]\nfixture-sael = "info"\n', 2, 'unknown rule or section "fixture-sael"'),
    "unknown-list": ('[lists]\nno-such-list.add = ["x"]\n', 2, 'no dictionary "no-such-list"'),
    "list-bad-key": ('[lists]\nfixture-words.append = ["x"]\n', 2, "takes add and remove"),
    "unknown-rule-options": ("[rules.no-such-rule]\nx = 1\n", 1, 'no rule "no-such-rule"'),
    "unknown-option": ("[rules.fixture-alt]\nmin_lenght = 3\n", 1, "has no option 'min_lenght'"),
    "option-type": ('[rules.fixture-alt]\nmin_length = "long"\n', 1, "option min_length must be int"),
    "options-on-match-rule": ("[rules.fixture-sale]\nx = 1\n", 1, "this rule takes no options"),
    "per-file-ignores-unknown": ('[per-file-ignores]\n"*.csv" = ["5.77"]\n', 2, 'unknown rule or section "5.77"'),
    "missing-extra-rules": ('extra-rules = ["no-such-folder"]\n', 1, "extra-rules: no folder"),
}


@pytest.mark.parametrize(("text", "line", "message"), list(BAD.values()), ids=list(BAD))
def test_bad_config_names_file_and_line(tmp_path, monkeypatch, text, line, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "post.md").write_text(f"{SALE}\n", encoding="utf-8")
    path = fixture_config(tmp_path, select=())
    header = path.read_text(encoding="utf-8")
    if text.startswith("extra-rules"):
        header = ""
    path.write_text(header + text, encoding="utf-8")
    result = jsl("check", "post.md")
    assert result.exit_code == 2, result.output
    assert f"jsl.toml:{line + len(header.splitlines())}: " in result.stderr, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_bad_config_line_in_pyproject(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "post.md").write_text(f"{SALE}\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.jsl]\nselect = ["5"]\nignor = ["5.7"]\n', encoding="utf-8")
    result = jsl("check", "post.md")
    assert result.exit_code == 2
    assert 'pyproject.toml:6: unknown key "ignor" (did you mean "ignore"?)' in result.stderr


def test_invalid_toml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "post.md").write_text(f"{SALE}\n", encoding="utf-8")
    (tmp_path / "jsl.toml").write_text('select = ["5"\n', encoding="utf-8")
    result = jsl("check", "post.md")
    assert result.exit_code == 2 and "jsl.toml: not valid TOML" in result.stderr


def test_jsl_rules_uses_the_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    fixture_config(tmp_path)
    result = jsl("rules")
    assert result.exit_code == 0
    assert any(line.split()[:2] == ["5.7", "fixture-sale"] for line in result.stdout.splitlines())


def test_json_output_unchanged_by_config(tree):
    fixture_config(tree, select=("fixture-number",))
    data = json.loads(jsl("check", "--format", "json", POST).stdout)
    assert data["files"] == 1 and data["errors"] == []


@pytest.mark.parametrize(
    ("front", "cli", "expected"),
    [("", [], "instagram"), ("", ["--platform", "x"], "x"), ("---\nplatform: line\n---\n", ["--platform", "x"], "line")],
    ids=["config", "command-line-over-config", "post-over-both"],
)
def test_platform_precedence(tree, monkeypatch, front, cli, expected):
    from jsl import runner

    seen = []
    real = runner.make_doc

    def spy(post, lists=None, platform=None):
        doc = real(post, lists, platform)
        seen.append(doc.platform)
        return doc

    monkeypatch.setattr(runner, "make_doc", spy)
    fixture_config(tree, extra='platform = "instagram"\n')
    (tree / POST).write_text(f"{front}本日は晴れ\n", encoding="utf-8")
    findings(POST, *cli)
    assert seen == [expected]
