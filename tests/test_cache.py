"""The on-disk cache of compiled word lists and rules: same results as loading afresh, never trusted blindly."""
from pathlib import Path

import pytest

from jsl import cache, dictionaries, rules
from jsl.engine import lint_text


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("JSL_CACHE_DIR", str(folder))
    return folder


def test_cached_rules_find_what_fresh_rules_find(cache_dir):
    fresh = rules.load_folder(rules.rules_dir())
    first = rules.load_builtin_cached()  # compiles and stores
    assert any(cache_dir.glob("rules-*.pickle"))
    again = rules.load_builtin_cached()  # read back from disk
    text = "今だけ最安値！担当の携帯 090-1234-5678 まで。![写真](a.jpg)"
    found = {(f.rule, f.match) for f in lint_text(text, fresh)}
    assert found
    assert {(f.rule, f.match) for f in lint_text(text, first)} == found
    assert {(f.rule, f.match) for f in lint_text(text, again)} == found


def test_a_changed_dictionary_is_compiled_again(cache_dir, tmp_path):
    path = tmp_path / "words.yaml"
    path.write_text("name: words\nabout: a\nsource: b\nlicense: CC0-1.0\nentries: [最安値]\n", encoding="utf-8")
    assert dictionaries.load_file(path).phrases == {"最安値"}
    path.write_text("name: words\nabout: a\nsource: b\nlicense: CC0-1.0\nentries: [最安値, 激安価格]\n", encoding="utf-8")
    assert dictionaries.load_file(path).phrases == {"最安値", "激安価格"}


def test_a_corrupt_cache_file_is_ignored(cache_dir, tmp_path):
    path = tmp_path / "words.yaml"
    path.write_text("name: words\nabout: a\nsource: b\nlicense: CC0-1.0\nentries: [最安値]\n", encoding="utf-8")
    dictionaries.load_file(path)
    for stored in cache_dir.glob("words-*.pickle"):
        stored.write_bytes(b"not a pickle")
    assert dictionaries.load_file(path).phrases == {"最安値"}


def test_an_unwritable_cache_is_not_an_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("JSL_CACHE_DIR", str(blocker / "cache"))  # a folder under a file cannot be made
    cache.store("words", ("k",), 1)
    assert cache.load("words", ("k",)) is None


def test_long_digit_runs_and_blank_runs_are_checked(cache_dir):
    """Address and time patterns start only where a number starts (they used to rescan every position)."""
    for text in ("1" * 100_000, " " * 50_000 + "12時", "\n" * 50_000):
        lint_text(text, rules.load_builtin_cached(), path="long.txt")
