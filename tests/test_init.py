"""jsl init: a commented jsl.toml that loads, every commented setting valid, no overwrite without --force."""
from __future__ import annotations

import re

import pytest
import yaml

from jsl import config, runner
from jsl.init import PRE_COMMIT_SNIPPET, TEMPLATE
from jslrun import jsl


def test_writes_a_config_that_loads(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = jsl("init")
    assert result.exit_code == 0, result.output
    loaded = config.load(tmp_path / "jsl.toml")
    assert loaded.fail_on == config.Config().fail_on and loaded.preview is False
    runner.configured_rules(loaded)  # the rules load with it
    assert "- id: jsl" in result.stdout and "repos:" in result.stdout


def test_refuses_to_overwrite(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "jsl.toml").write_text('fail-on = "warning"\n', encoding="utf-8")
    result = jsl("init")
    assert result.exit_code == 2
    assert "jsl.toml: already exists" in result.stderr and "--force" in result.stderr
    assert (tmp_path / "jsl.toml").read_text(encoding="utf-8") == 'fail-on = "warning"\n'


def test_second_init_refuses_and_force_replaces(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert jsl("init").exit_code == 0
    assert jsl("init").exit_code == 2
    (tmp_path / "jsl.toml").write_text("broken = [", encoding="utf-8")
    assert jsl("init", "--force").exit_code == 0
    assert (tmp_path / "jsl.toml").read_text(encoding="utf-8") == TEMPLATE


def test_every_commented_setting_is_valid(tmp_path):
    """Uncomment every "#key = …" and "#[table]" line: jsl still accepts the file and its rules load."""
    (tmp_path / "local-rules").mkdir()
    (tmp_path / "local-dictionaries").mkdir()
    text = re.sub(r"^#(?=[^\s#])", "", TEMPLATE, flags=re.MULTILINE)
    assert "\n#[" not in text and "\nplatform = " in text
    path = tmp_path / "jsl.toml"
    path.write_text(text, encoding="utf-8")
    loaded = config.load(path)
    assert set(loaded.severity) and set(loaded.lists) and set(loaded.rule_options) and set(loaded.per_file_ignores)
    runner.configured_rules(loaded)


def test_template_uses_only_known_keys():
    import tomllib

    uncommented = re.sub(r"^#(?=[^\s#])", "", TEMPLATE, flags=re.MULTILINE)
    assert set(tomllib.loads(uncommented)) <= config.KEYS


def test_snippet_is_the_pre_commit_config():
    data = yaml.safe_load(PRE_COMMIT_SNIPPET)
    (repo,) = data["repos"]
    assert repo["hooks"] == [{"id": "jsl"}] and "rev" in repo


def test_snippet_names_the_git_repository_jsl_was_installed_from(monkeypatch):
    """pip records a git install in direct_url.json (PEP 610): jsl init then prints that repository and revision."""
    import json

    from jsl import init

    record = {"url": "https://git.example.jp/koho/jsl.git", "vcs_info": {"vcs": "git", "requested_revision": "v1.2.0", "commit_id": "ab" * 20}}
    read = init.installed_from
    monkeypatch.setattr(init, "installed_from", lambda: read(lambda: json.dumps(record)))
    data = yaml.safe_load(init.pre_commit_snippet())
    assert data["repos"][0]["repo"] == "https://git.example.jp/koho/jsl.git" and data["repos"][0]["rev"] == "v1.2.0"


@pytest.mark.parametrize("raw", [None, "", "{}", '{"url": "file:///src/jsl", "dir_info": {"editable": true}}', "not json"])
def test_snippet_keeps_its_placeholders_when_jsl_was_not_installed_from_git(monkeypatch, raw):
    from jsl import init

    read = init.installed_from
    monkeypatch.setattr(init, "installed_from", lambda: read(lambda: raw))
    assert init.pre_commit_snippet() == PRE_COMMIT_SNIPPET
