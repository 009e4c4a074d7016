"""Suppression comments and front matter: what they silence, and the problems they report about themselves."""
from __future__ import annotations

import pytest

from jslrun import findings, here  # noqa: F401 (here is a fixture)

SALE = "今だけのご案内"  # fixture-sale (5.7, warning)
PHONE = "連絡は090-1234-5678へ"  # fixture-number (5.1, error)

# (post, the (rule, line) pairs still reported)
CASES = {
    "next-line-by-section": (f"<!-- jsl-disable-next-line 5.7 -->\n{SALE}\n{SALE}\n", [("fixture-sale", 3)]),
    "next-line-by-id": (f"<!-- jsl-disable-next-line fixture-sale -->\n{SALE}\n", []),
    "next-line-by-chapter": (f"<!-- jsl-disable-next-line 5 -->\n{SALE} {PHONE}\n", []),
    "next-line-skips-blank-lines": (f"<!-- jsl-disable-next-line 5.7 -->\n\n  \n{SALE}\n", []),
    "next-line-only-what-it-names": (f"<!-- jsl-disable-next-line 5.7 -->\n{SALE} {PHONE}\n", [("fixture-number", 2)]),
    "two-selectors-comma": (f"<!-- jsl-disable-next-line 5.7,fixture-number -->\n{SALE} {PHONE}\n", []),
    "two-selectors-space": (f"<!-- jsl-disable-next-line 5.7 5.1 -->\n{SALE} {PHONE}\n", []),
    "range": (f"{SALE}\n<!-- jsl-disable 5.7 -->\n{SALE}\n{SALE}\n<!-- jsl-enable 5.7 -->\n{SALE}\n",
              [("fixture-sale", 1), ("fixture-sale", 6)]),
    "range-to-end": (f"<!-- jsl-disable 5.7 -->\n{SALE}\n\n{SALE}\n", []),
    "enable-other-does-not-close": (f"<!-- jsl-disable 5.7 -->\n<!-- jsl-enable 5.1 -->\n{SALE}\n", []),
    "bare-enable-closes-all": (f"<!-- jsl-disable 5.7 -->\n{SALE}\n<!-- jsl-enable -->\n{SALE}\n", [("fixture-sale", 4)]),
    "front-matter": (f"---\njsl: {{ignore: [\"5.7\"]}}\n---\n{SALE}\n{PHONE}\n", [("fixture-number", 5)]),
    "front-matter-by-id": (f"---\njsl:\n  ignore: [fixture-sale, fixture-number]\n---\n{SALE}\n{PHONE}\n", []),
    "bare-is-reported-and-silences-nothing": (f"<!-- jsl-disable-next-line -->\n{SALE}\n",
                                              [("bare-suppression", 1), ("fixture-sale", 2)]),
    "bare-range-is-reported": (f"<!-- jsl-disable -->\n{SALE}\n", [("bare-suppression", 1), ("fixture-sale", 2)]),
    "unknown-selector": (f"<!-- jsl-disable-next-line 5.77 -->\n{SALE}\n", [("unknown-selector", 1), ("fixture-sale", 2)]),
    "unknown-rule-id": (f"<!-- jsl-disable-next-line fixture-sael -->\n{SALE}\n", [("unknown-selector", 1), ("fixture-sale", 2)]),
    "unknown-in-front-matter": (f"---\njsl: {{ignore: [\"5.7\", \"fixture-sael\"]}}\n---\n{SALE}\n", [("unknown-selector", 2)]),
    "unused": (f"<!-- jsl-disable-next-line 5.7 -->\n本日は晴れです。\n", [("unused-suppression", 1)]),
    "unused-range": (f"<!-- jsl-disable 5.1 -->\n{SALE}\n<!-- jsl-enable 5.1 -->\n", [("unused-suppression", 1), ("fixture-sale", 2)]),
    "comment-text-is-not-checked": (f"<!-- {SALE} -->\n本日は晴れです。\n", []),
}


@pytest.mark.parametrize(("post", "expected"), list(CASES.values()), ids=list(CASES))
def test_suppression(here, post, expected):
    (here / "post.md").write_text(post, encoding="utf-8")
    found = findings("post.md")
    assert sorted((f["rule"], f["line"]) for f in found) == sorted(expected)


def test_problem_severities_and_spans(here):
    (here / "post.md").write_text(
        "<!-- jsl-disable-next-line -->\n本日\n<!-- jsl-disable-next-line 5.99 -->\n本日\n<!-- jsl-disable-next-line 5.7 -->\n本日\n",
        encoding="utf-8",
    )
    found = {f["rule"]: f for f in findings("post.md")}
    assert {r: (f["severity"], f["section"], f["line"], f["column"]) for r, f in found.items()} == {
        "bare-suppression": ("warning", "jsl", 1, 1),
        "unknown-selector": ("error", "jsl", 3, 1),
        "unused-suppression": ("info", "jsl", 5, 1),
    }
    assert "5.99" in found["unknown-selector"]["message"]
    assert found["bare-suppression"]["match"] == "<!-- jsl-disable-next-line -->"


def test_suppression_of_a_rule_that_did_not_run_is_not_unused(here):
    (here / "post.md").write_text(f"<!-- jsl-disable-next-line 5.7 -->\n{SALE}\n", encoding="utf-8")
    assert findings("post.md", "--select", "fixture-number") == []


def test_unknown_selector_fails_the_run(here):
    from jslrun import jsl

    (here / "post.md").write_text("<!-- jsl-disable-next-line 5.77 -->\n本日は晴れです。\n", encoding="utf-8")
    assert jsl("check", "post.md").exit_code == 1


def test_findings_across_posts_are_suppressed_per_post(here):
    text = "本日は防災訓練を行いました。ご協力ありがとうございました。\n"
    (here / "a.md").write_text(text, encoding="utf-8")
    (here / "b.md").write_text(f"<!-- jsl-disable-next-line 5.13 -->\n{text}", encoding="utf-8")
    (here / "c.md").write_text(f"---\njsl: {{ignore: [fixture-duplicate]}}\n---\n{text}", encoding="utf-8")
    found = findings("a.md", "b.md", "c.md", "--select", "fixture-duplicate")
    assert [(f["path"], f["rule"], f["line"]) for f in found] == [("a.md", "fixture-duplicate", 1)]
