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


def apply(
    findings: list[Finding],
    post: Post,
    file_ignores: Sequence[str] = (),
    known=None,
    aliases: dict | None = None,
    active=None,
) -> list[Finding]:
    """Drop suppressed findings; report suppressions that name nothing, name no known rule, or suppress nothing.

    `known(selector)` says whether a selector names any rule or section; `active(selector)`
    whether it names a rule that ran (a suppression of a rule that did not run is not "unused").
    """
    aliases = aliases or {}
    found = scopes(post)
    used: set[int] = set()
    kept = []
    for f in findings:
        if file_ignores and _covers(file_ignores, f, aliases):
            continue
        hit = [i for i, s in enumerate(found) if s.first_line <= f.start.line <= s.last_line and _covers(s.selectors, f, aliases)]
        if hit:
            used.update(hit)
        else:
            kept.append(f)
    for i, scope in enumerate(found):
        problem = _problem(post, scope, i in used, known, active)
        if problem is not None:
            kept.append(problem)
    return kept


def _problem(post: Post, scope: Scope, used: bool, known, active) -> Finding | None:
    """A finding about the suppression itself: bare, naming something unknown, or unused."""
    d = scope.directive or _front_matter(post, scope.selectors)
    if not d.selectors:
        return _meta(post, d, "bare-suppression",
                     f"jsl-{d.kind} に対象がありません。止めるルールID か節(例: jsl-{d.kind} 5.7)を書いてください。")
    bad = [s for s in d.selectors if known is not None and not known(s)]
    if bad:
        return _meta(post, d, "unknown-selector",
                     f"「{bad[0]}」というルールIDまたは節はありません。jsl rules で一覧を確認してください。")
    ran = active is None or any(active(s) for s in d.selectors)
    if not used and ran and scope.directive is not None:
        return _meta(post, d, "unused-suppression",
                     f"jsl-{d.kind} {' '.join(d.selectors)} で止めている指摘はありません。不要なら削除してください。")
    return None


def _front_matter(post: Post, selectors: tuple[str, ...]) -> Directive:
    """Front matter `jsl: {ignore: [...]}` as a directive, placed at its first selector (front matter comes first)."""
    text = post.source.text
    at = text.find(selectors[0]) if selectors else -1
    start, end = (at, at + len(selectors[0])) if at >= 0 else (0, 0)
    return Directive("ignore", selectors, start, end)


def _meta(post: Post, d: Directive, rule: str, message: str) -> Finding:
    source = post.source
    return Finding(source.path, source.position(d.start), source.position(d.end), rule, META_SECTION, META_RULES[rule][0],
                   message, source.text[d.start:d.end], d.start, d.end)
