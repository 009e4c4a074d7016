"""Word-list hygiene: every dictionary has its header, no duplicates, entries that tokenize, and a user."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from jsl import context, dictionaries, rules
from jsl.checks import CHECKS
from jsl.dictionaries import HEADER, WordList
from jsl.matchers import Fuzzy, Words
from jsl.paths import dictionaries_dir

FILES = sorted(dictionaries_dir().glob("*.yaml"))
# Lists that no shipped rule reads on purpose: the body fills them in through jsl.toml [lists].
CONFIGURABLE = {"ng-words"}


def _raw(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _entry_key(item: object) -> tuple:
    """What makes two raw entries the same: the text, plus any constraint written beside it."""
    if isinstance(item, dict):
        word = item.get("phrase") or item.get("lemma")
        return (str(word), str(item.get("pos", "")), bool(item.get("exact", False)), "lemma" in item)
    return (str(item), "", False, False)


def test_dictionaries_exist():
    assert FILES, f"no dictionaries under {dictionaries_dir()}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_header(path: Path):
    data = _raw(path)
    assert isinstance(data, dict), f"{path}: a dictionary is a mapping with {', '.join(HEADER)}"
    missing = [key for key in HEADER if key not in data]
    assert not missing, f"{path}: header lacks {', '.join(missing)}"
    for key in ("name", "about", "source", "license"):
        assert isinstance(data[key], str) and data[key].strip(), f"{path}: {key} must be non-empty text"
    assert data["name"] == path.stem, f"{path}: name {data['name']!r} must equal the file name {path.stem!r}"
    assert isinstance(data["entries"], list), f"{path}: entries must be a list"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_no_duplicate_entries(path: Path):
    entries = _raw(path)["entries"] or []
    counts = Counter(_entry_key(item) for item in entries)
    twice = sorted(key[0] for key, n in counts.items() if n > 1)
    assert not twice, f"{path}: entries written twice: {twice}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_entry_tokenizes(path: Path):
    for item in _raw(path)["entries"] or []:
        entry = dictionaries.compile_entry(item, str(path))
        assert entry.pattern and all(elem.key for elem in entry.pattern), f"{path}: entry {item!r} has no words"


def _used_names() -> set[str]:
    """Dictionaries named by a rule (match, unless, options), a check's default options or the context module."""
    used = {f"context-{flag}" for flag in context.FLAGS}
    for rule in rules.load_builtin():
        if isinstance(rule.matcher, (Words, Fuzzy)):
            used.add(rule.matcher.words.name)
        used.update(rule.unless.lists)
        used.update(value.name for value in rule.options.values() if isinstance(value, WordList))
        module = CHECKS.get(rule.check) if rule.check else None
        if hasattr(module, "dictionary_names"):  # lists named inside structured options (required_items' items)
            used.update(module.dictionary_names(rule.options))
    for module in CHECKS.values():
        for kind, default in getattr(module, "OPTIONS", {}).values():
            if kind == "wordlist" and default:
                used.add(str(default))
    return used


def test_every_dictionary_is_used():
    used = _used_names() | CONFIGURABLE
    unused = sorted(path.stem for path in FILES if path.stem not in used)
    assert not unused, (
        f"dictionaries no rule, check option or context flag uses: {unused} "
        "(name them in a rule's match/unless/options, or delete them)"
    )


def test_every_named_dictionary_exists():
    names = {path.stem for path in FILES}
    missing = sorted(_used_names() - names)
    assert not missing, f"dictionaries named by rules or checks but not in dictionaries/: {missing}"
