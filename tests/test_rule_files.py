"""Rule-set hygiene: file names agree with the keys inside, every check is used, ids are unique."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from jsl import guideline, rules
from jsl.checks import CHECKS
from jsl.paths import rules_dir

FILES = rules.rule_files(rules_dir())
RULES = rules.load_builtin()


def test_rule_files_exist():
    assert FILES, f"no rule files under {rules_dir()}"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_name_is_section_and_id(path: Path):
    rule = rules.load_file(path)
    assert path.name == f"{rule.section}-{rule.id}.yaml", (
        f"{path}: the file name must be <section>-<id>.yaml, i.e. {rule.section}-{rule.id}.yaml"
    )


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_folder_is_the_chapter(path: Path):
    rule = rules.load_file(path)
    folder = path.parent
    assert folder.parent == rules_dir(), f"{path}: rule files sit one folder deep, in rules/<chapter>-<name>/"
    assert folder.name.split("-")[0] == rule.chapter, (
        f"{path}: section {rule.section} belongs in a folder rules/{rule.chapter}-…/, not {folder.name}/"
    )


def test_chapter_folders_are_guideline_chapters():
    chapters = guideline.chapters()
    for folder in sorted(p for p in rules_dir().iterdir() if p.is_dir()):
        number = folder.name.split("-")[0]
        assert number in chapters and "-" in folder.name, (
            f"{folder}: a rule folder is named <chapter>-<name> after a guideline chapter ({', '.join(sorted(chapters))})"
        )


def test_ids_are_unique():
    counts = Counter(rule.id for rule in RULES)
    twice = sorted(rule_id for rule_id, n in counts.items() if n > 1)
    assert not twice, f"rule ids used by more than one file: {twice}"


def test_aliases_name_no_other_rule():
    ids = {rule.id for rule in RULES}
    owners: dict[str, str] = {}
    for rule in RULES:
        for alias in rule.aliases:
            assert alias not in ids, f"{rule.origin}: alias {alias!r} is the id of a rule"
            assert alias not in owners, f"{rule.origin}: alias {alias!r} is also an alias of {owners[alias]}"
            owners[alias] = rule.id


def test_every_rule_check_exists():
    for rule in RULES:
        if rule.check is not None:
            assert rule.check in CHECKS, f"{rule.origin}: check {rule.check!r} is not in jsl.checks.CHECKS"


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_every_check_is_used(name: str):
    users = [rule.id for rule in RULES if rule.check == name]
    assert users, f"check {name!r} is registered in jsl.checks.CHECKS but no rule in rules/ names it"


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_every_check_has_the_contract(name: str):
    module = CHECKS[name]
    assert isinstance(getattr(module, "OPTIONS", None), dict), f"{module.__name__}: OPTIONS must be a dict"
    assert callable(getattr(module, "check", None)) or callable(getattr(module, "check_run", None)), (
        f"{module.__name__}: a check module defines check(doc, options) or check_run(docs, options)"
    )
