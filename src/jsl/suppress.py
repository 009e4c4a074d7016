"""Suppressions that name what they suppress: <!-- jsl-… --> comments, front matter jsl.ignore, per-file ignores."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from jsl.findings import Finding, Severity
from jsl.posts import Directive, Post

META_SECTION = "jsl"  # findings about suppressions themselves belong to no guideline item
META_RULES = {  # id -> (severity, title): the findings jsl makes about its own comments, for reporters
    "bare-suppression": (Severity.WARNING, "対象を書いていない jsl-disable コメント"),
    "unknown-selector": (Severity.ERROR, "存在しないルールIDまたは節を書いた jsl-disable コメント"),
    "unused-suppression": (Severity.INFO, "何も止めていない jsl-disable コメント"),
}


@dataclass(frozen=True)
class Scope:
    directive: Directive | None
    selectors: tuple[str, ...]
    first_line: int
    last_line: int


def scopes(post: Post) -> list[Scope]:
    source = post.source
    found: list[Scope] = []
    open_ranges: list[tuple[Directive, int]] = []
    last = len(source.line_starts)
    for d in post.directives:
        line = source.position(d.start).line
        if d.kind == "disable-next-line":
            target = source.position(d.end).line + 1
            while target <= last and not source.line_text(target).strip():
                target += 1
            found.append(Scope(d, d.selectors, target, target))
        elif d.kind == "disable":
            open_ranges.append((d, line))
        else:  # enable: closes the ranges it names (all, when it names nothing)
            still = []
            for opened, from_line in open_ranges:
                closes = not d.selectors or set(opened.selectors) & set(d.selectors)
                if closes:
                    found.append(Scope(opened, opened.selectors, from_line, line))
                else:
                    still.append((opened, from_line))
            open_ranges = still
    found += [Scope(d, d.selectors, from_line, last) for d, from_line in open_ranges]
    if post.meta.ignore:
        found.append(Scope(None, post.meta.ignore, 1, last))
    return found


def _covers(selectors: Sequence[str], finding: Finding, aliases: dict) -> bool:
    chapter = finding.section.split(".")[0]
    names = {finding.rule, finding.section, chapter, *aliases.get(finding.rule, ())}
    return any(s in names for s in selectors)


def apply(findings: list[Finding], post: Post, file_ignores: Sequence[str] = (), known=None, aliases: dict | None = None) -> list[Finding]:
    """Drop suppressed findings; report suppressions that name nothing, name no known rule, or suppress nothing."""
    aliases = aliases or {}
    active = scopes(post)
    used: set[int] = set()
    kept = []
    for f in findings:
        if file_ignores and _covers(file_ignores, f, aliases):
            continue
        hit = [i for i, s in enumerate(active) if s.first_line <= f.start.line <= s.last_line and _covers(s.selectors, f, aliases)]
        if hit:
            used.update(hit)
        else:
            kept.append(f)
    for i, scope in enumerate(active):
        d = scope.directive
        if d is None:
            continue
        if not d.selectors:
            kept.append(_meta(post, d, "bare-suppression",
                              f"jsl-{d.kind} に対象がありません。止めるルールID か節(例: jsl-{d.kind} 5.7)を書いてください。"))
            continue
        bad = [s for s in d.selectors if known is not None and not known(s)]
        if bad:
            kept.append(_meta(post, d, "unknown-selector",
                              f"「{bad[0]}」というルールIDまたは節はありません。jsl rules で一覧を確認してください。"))
        elif i not in used and d.kind != "enable":
            kept.append(_meta(post, d, "unused-suppression",
                              f"jsl-{d.kind} {' '.join(d.selectors)} で止めている指摘はありません。不要なら削除してください。"))
    return kept


def _meta(post: Post, d: Directive, rule: str, message: str) -> Finding:
    source = post.source
    return Finding(source.path, source.position(d.start), source.position(d.end), rule, META_SECTION, META_RULES[rule][0],
                   message, source.text[d.start:d.end], d.start, d.end)
