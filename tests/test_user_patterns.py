"""Regular expressions given in jsl.toml check options must be RE2: none can backtrack for ever."""
from jslrun import jsl


def _config(tmp_path, pattern: str):
    (tmp_path / "jsl.toml").write_text(f"[rules.account-id]\npattern = '{pattern}'\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\naccount: '@josokoiki.fire'\n---\n防火訓練を行いました。\n", encoding="utf-8")
    return post


def test_a_look_ahead_pattern_in_the_config_is_refused(tmp_path):
    post = _config(tmp_path, r"^@josokoiki\.(?=[a-z])[a-z]+$")
    result = jsl("check", "--select", "3.3", str(post))
    assert result.exit_code == 2
    assert "jsl.toml" in result.output and "rules.account-id" in result.output
    assert "RE2" in result.output


def test_a_nested_quantifier_in_the_config_runs_in_linear_time(tmp_path):
    # (a+)+$ backtracks exponentially in Python's engine; RE2 runs it in linear time
    post = _config(tmp_path, r"^@(a+)+$")
    post.write_text("---\naccount: '@" + "a" * 5000 + "!'\n---\n防火訓練を行いました。\n", encoding="utf-8")
    result = jsl("check", "--select", "3.3", "--format", "json", str(post))
    assert result.exit_code == 1  # the account does not match the configured form
    assert '"account-id"' in result.stdout


def test_a_valid_pattern_in_the_config_is_used(tmp_path):
    post = _config(tmp_path, r"^@josokoiki\.[a-z]+$")
    assert jsl("check", "--select", "3.3", str(post)).exit_code == 0
