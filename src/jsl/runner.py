"""Check a set of paths: read, parse, lint, suppress; one bad file never stops the others."""
from __future__ import annotations

import dataclasses
import fnmatch
import os
from collections.abc import Sequence
from pathlib import Path

from jsl import dictionaries, files, posts, rules as rules_mod, selection, suppress
from jsl.config import Config
from jsl.engine import lint_doc, lint_run, make_doc
from jsl.errors import JslError
from jsl.findings import FileError, Finding, RunResult
from jsl.rules import Rule

MAX_POST_CHARS = 100_000


def configured_rules(config: Config) -> list[Rule]:
    """All rules with the config's severity overrides and rule options applied (raises JslError)."""
    loaded = rules_mod.load_all(config.extra_rules, config.extra_dictionaries)
    out = []
    for rule in loaded:
        severity = config.severity.get(rule.id) or config.severity.get(rule.section) or config.severity.get(rule.chapter)
        if severity is not None:
            rule = dataclasses.replace(rule, severity=severity)
        given = config.rule_options.get(rule.id)
        if given:
            if rule.check is None:
                raise JslError(config.path or "jsl.toml", f"rules.{rule.id}: this rule takes no options")

            def fail(message: str, rid=rule.id):
                raise JslError(config.path or "jsl.toml", f"rules.{rid}: {message}")

            merged = {**_plain(rule.options), **given}
            rule = dataclasses.replace(rule, options=rules_mod.resolve_options(rule.check, merged, fail, config.extra_dictionaries))
        out.append(rule)
    return out


def _plain(options) -> dict:
    from jsl.dictionaries import WordList

    return {k: (v.name if isinstance(v, WordList) else v) for k, v in options.items()}


def word_lists(config: Config) -> dict:
    """Every dictionary after the config's add/remove (loaded lazily by name where unchanged)."""
    lists = {}
    for name, change in config.lists.items():
        try:
            base = dictionaries.load(name, config.extra_dictionaries)
        except KeyError:
            raise JslError(config.path or "jsl.toml", f"lists.{name}: no dictionary of that name") from None
        lists[name] = base.changed(change.get("add", ()), change.get("remove", ()))
    return lists


def apply_lists(rules: Sequence[Rule], lists: dict) -> list[Rule]:
    """Point word matchers and check options at the configured lists."""
    from jsl.dictionaries import WordList
    from jsl.matchers import Fuzzy, Words

    if not lists:
        return list(rules)
    out = []
    for rule in rules:
        matcher = rule.matcher
        if isinstance(matcher, (Words, Fuzzy)) and matcher.words.name in lists:
            matcher = dataclasses.replace(matcher, words=lists[matcher.words.name])
        options = {k: (lists.get(v.name, v) if isinstance(v, WordList) else v) for k, v in rule.options.items()}
        out.append(dataclasses.replace(rule, matcher=matcher, options=options))
    return out


def file_ignores(config: Config, path: str) -> tuple[str, ...]:
    if not config.per_file_ignores or path == "-":
        return ()
    try:
        rel = os.path.relpath(os.path.abspath(path), config.root.resolve())
    except ValueError:
        rel = path
    out: list[str] = []
    for pattern, selectors in config.per_file_ignores.items():
        if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(path, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
            out += selectors
    return tuple(out)


def check_paths(
    paths: Sequence[str],
    config: Config,
    active: Sequence[Rule],
    all_rules: Sequence[Rule],
    stdin_bytes: bytes | None = None,
    stdin_suffix: str = ".md",
) -> tuple[RunResult, dict]:
    lists = word_lists(config)
    active = apply_lists(active, lists)
    aliases = {r.id: r.aliases for r in all_rules}
    known = lambda s: selection.known(s, all_rules)  # noqa: E731
    findings: list[Finding] = []
    errors: list[FileError] = []
    sources = {}
    docs = []
    count = 0
    for path in files.discover(tuple(paths)):
        count += 1
        try:
            source = files.read(path, stdin_bytes if path == "-" else None)
            parsed = posts.parse(source, stdin_suffix)
        except JslError as e:
            errors.append(FileError(path, e.message if e.line is None else f"line {e.line}: {e.message}"))
            continue
        sources[path] = source
        ignores = file_ignores(config, path)
        for post in parsed:
            if len(post.body.value) > MAX_POST_CHARS:
                errors.append(FileError(path, f"a post of {len(post.body.value):,} characters; jsl checks posts up to {MAX_POST_CHARS:,}"))
                continue
            doc = make_doc(post, lists, config.platform)
            docs.append((doc, ignores))
            found = lint_doc(doc, active)
            findings += suppress.apply(found, post, ignores, known, aliases)
    across = lint_run([d for d, _ in docs], active)
    by_post = {id(d.post): (d.post, ign) for d, ign in docs}
    for f in across:
        for doc, ignores in docs:
            if doc.post.source.path == f.path and _inside(doc.post, f):
                findings += suppress.apply([f], doc.post, ignores, None, aliases)
                break
    del by_post
    findings.sort(key=lambda f: (f.path, f.offset, f.rule))
    return RunResult(tuple(findings), count, tuple(errors)), sources


def _inside(post, finding: Finding) -> bool:
    return post.row is None or post.body.to_source(0, len(post.body.value))[0] <= finding.offset <= post.body.to_source(0, len(post.body.value))[1]
