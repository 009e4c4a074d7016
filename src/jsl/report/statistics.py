"""jsl check --statistics: findings counted per rule and per guideline section, most frequent first."""
from __future__ import annotations

from collections import Counter
from typing import TextIO

from jsl.findings import RunResult

TEXT_WIDTH = 40  # characters of a section's guideline text shown


def _section_key(section: str) -> list:
    return [int(p) if p.isdigit() else p for p in section.split(".")]


def _cut(text: str) -> str:
    return text if len(text) <= TEXT_WIDTH else text[: TEXT_WIDTH - 1] + "…"


def rows(result: RunResult, rules) -> tuple[list[tuple[int, str, str, str]], list[tuple[int, str, str]]]:
    """(count, rule id, section, rule title) and (count, section, section text), by count then section."""
    titles = {r.id: r.title for r in rules}
    by_rule = Counter((f.rule, f.section) for f in result.findings)
    by_section = Counter(f.section for f in result.findings)
    per_rule = sorted(
        ((n, rule, section, titles.get(rule, "")) for (rule, section), n in by_rule.items()),
        key=lambda row: (-row[0], _section_key(row[2]), row[1]),
    )
    if not by_section:
        return per_rule, []
    from jsl import guideline

    texts = guideline.sections()
    per_section = sorted(
        ((n, section, _cut(texts.get(section, ""))) for section, n in by_section.items()),
        key=lambda row: (-row[0], _section_key(row[1])),
    )
    return per_rule, per_section


def render(result: RunResult, rules, out: TextIO) -> None:
    """Two plain tables after the text report; nothing when there are no findings."""
    per_rule, per_section = rows(result, rules)
    if not per_rule:
        return
    width = max(len(str(row[0])) for row in per_rule)
    id_width = max(len(row[1]) for row in per_rule)
    section_width = max(len(row[1]) for row in per_section)
    out.write("\nFindings per rule:\n")
    for n, rule, section, title in per_rule:
        out.write(f"{n:>{width}}  {rule:<{id_width}}  {section:<{section_width}}  {title}".rstrip() + "\n")
    out.write("\nFindings per section:\n")
    for n, section, text in per_section:
        out.write(f"{n:>{width}}  {section:<{section_width}}  {text}".rstrip() + "\n")
