"""The shared shape of the content-family tests: FLAG and PASS tables by section, CLEAN posts no rule may flag."""
from __future__ import annotations

from functools import cache

import pytest

from jsl import rules
from jsl.engine import lint_text


@cache
def builtin_rules():
    return rules.load_builtin()


def findings(text: str) -> list[tuple[str, str]]:
    """(section, rule id) of every finding the shipped rules make on one post."""
    return [(f.section, f.rule) for f in lint_text(text, builtin_rules())]


def family_tests(flag: dict[str, list[str]], passes: dict[str, list[str]], clean: list[str]):
    """Three parametrized tests: each FLAG text is flagged for its section, each PASS text is not,
    and no CLEAN text is flagged at all. Bind them to test_* names in the test module."""

    @pytest.mark.parametrize(("section", "text"), [(s, t) for s, texts in flag.items() for t in texts])
    def test_family_flagged(section, text):
        found = findings(text)
        assert section in {s for s, _ in found}, f"{section} missed {text!r}: {found}"

    @pytest.mark.parametrize(("section", "text"), [(s, t) for s, texts in passes.items() for t in texts])
    def test_family_passed(section, text):
        found = [rule for s, rule in findings(text) if s == section]
        assert not found, f"{section} flagged {text!r} by {found}"

    @pytest.mark.parametrize("text", clean)
    def test_clean_post(text):
        found = findings(text)
        assert found == [], f"{text!r} flagged by {found}"

    return test_family_flagged, test_family_passed, test_clean_post
