"""Results of unchanged files are reused from .jsl_cache; a changed file, config or rule set is checked again."""
import json

from jslrun import jsl

BAD = "今だけ最安値！ご購入はこちらから\n"
GOOD = "本日、防災訓練を行いました。ご参加ありがとうございました。\n"


def _report(folder):
    result = jsl("check", "--format", "json", str(folder))
    return result.exit_code, json.loads(result.stdout)


def test_second_run_reuses_and_a_changed_file_is_checked_again(tmp_path, monkeypatch):
    monkeypatch.delenv("JSL_NO_CACHE", raising=False)
    (tmp_path / "jsl.toml").write_text("", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text(BAD, encoding="utf-8")
    first = _report(tmp_path)
    assert first[0] == 1 and (tmp_path / ".jsl_cache").is_dir()
    assert _report(tmp_path) == first  # from the cache: the same report
    post.write_text(GOOD, encoding="utf-8")
    assert _report(tmp_path)[1]["findings"] == []


def test_a_changed_config_is_a_new_cache(tmp_path, monkeypatch):
    monkeypatch.delenv("JSL_NO_CACHE", raising=False)
    config = tmp_path / "jsl.toml"
    config.write_text("", encoding="utf-8")
    (tmp_path / "post.md").write_text(BAD, encoding="utf-8")
    assert any(f["section"] == "5.7" for f in _report(tmp_path)[1]["findings"])
    config.write_text('ignore = ["5.7"]\n', encoding="utf-8")
    assert not any(f["section"] == "5.7" for f in _report(tmp_path)[1]["findings"])


def test_a_corrupt_cache_is_ignored(tmp_path, monkeypatch):
    monkeypatch.delenv("JSL_NO_CACHE", raising=False)
    (tmp_path / "jsl.toml").write_text("", encoding="utf-8")
    (tmp_path / "post.md").write_text(BAD, encoding="utf-8")
    first = _report(tmp_path)
    for stored in (tmp_path / ".jsl_cache").glob("results-*.pickle"):
        stored.write_bytes(b"garbage")
    assert _report(tmp_path) == first


def test_no_cache_when_asked(tmp_path, monkeypatch):
    monkeypatch.setenv("JSL_NO_CACHE", "1")
    (tmp_path / "jsl.toml").write_text("", encoding="utf-8")
    (tmp_path / "post.md").write_text(BAD, encoding="utf-8")
    _report(tmp_path)
    assert not (tmp_path / ".jsl_cache").exists()
