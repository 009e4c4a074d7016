"""The one selector grammar: a rule id (or alias), a section "5.7" or a chapter "5"; the most specific wins."""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from jsl.rules import Rule


def specificity(rule: Rule, selector: str) -> int:
    """3 for the rule's id or alias, 2 for its section, 1 for its chapter, 0 when it does not apply."""
    if selector == rule.id or selector in rule.aliases:
        return 3
    if selector == rule.section:
        return 2
    if selector == rule.chapter:
        return 1
    return 0


def known(selector: str, rules: Iterable[Rule]) -> bool:
    from jsl import guideline

    return selector in guideline.sections() or any(specificity(r, selector) for r in rules)


def unknown(selectors: Iterable[str], rules: Sequence[Rule]) -> list[str]:
    return [s for s in selectors if not known(s, rules)]


def best(rule: Rule, selectors: Iterable[str]) -> int:
    return max((specificity(rule, s) for s in selectors), default=0)


def selected(rule: Rule, select: Sequence[str], ignore: Sequence[str], preview: bool = False) -> bool:
    """Whether a rule runs: a select must match it more specifically than any ignore (ties: ignore wins)."""
    chosen = best(rule, select) if select else 0.5
    if not chosen:
        return False
    if rule.status == "preview" and not preview and chosen < 3:
        return False
    return chosen > best(rule, ignore)


def choose(rules: Sequence[Rule], select: Sequence[str] = (), ignore: Sequence[str] = (), preview: bool = False) -> list[Rule]:
    return [r for r in rules if selected(r, select, ignore, preview)]


def suppresses(selectors: Iterable[str], rule_id: str, section: str, aliases: Iterable[str] = ()) -> bool:
    chapter = section.split(".")[0]
    names = {rule_id, section, chapter, *aliases}
    return any(s in names for s in selectors)
