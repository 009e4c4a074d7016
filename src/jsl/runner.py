"""Check a set of paths: read, parse, lint, suppress; one bad file never stops the others."""
from __future__ import annotations

import dataclasses
import fnmatch
import os
from collections.abc import Sequence

from jsl import config as config_mod, dictionaries, files, posts, rules as rules_mod, selection, suppress
from jsl.config import Config
from jsl.doc import Doc
from jsl.engine import across, lint_doc, make_doc
from jsl.errors import JslError
from jsl.findings import FileError, Finding, RunResult
from jsl.rules import Rule

MAX_POST_CHARS = 100_000


def configured_rules(config: Config) -> list[Rule]:
    """All rules with the config's severity overrides and rule options applied (raises JslError)."""
    loaded = rules_mod.load_all(config.extra_rules, config.extra_dictionaries)
    _check_selectors(config, loaded)
    by_id = {r.id: r for r in loaded}
    for rule_id in config.rule_options:
        if rule_id not in by_id:
            raise config_mod.problem(config, rule_id, f'rules.{rule_id}: no rule "{rule_id}" (see `jsl rules`)')
    out = []
    for rule in loaded:
        severity = config.severity.get(rule.id) or config.severity.get(rule.section) or config.severity.get(rule.chapter)
        if severity is not None:
            rule = dataclasses.replace(rule, severity=severity)
        given = config.rule_options.get(rule.id)
        if given:
            rule = _with_options(config, rule, given)
        out.append(rule)
    return out


def _check_selectors(config: Config, rules: Sequence[Rule]) -> None:
    """Every rule id or section the config names must exist: a typo must not silently do nothing."""
    named = [("select", s) for s in config.select] + [("ignore", s) for s in config.ignore]
    named += [(s, s) for s in config.severity]
    named += [(glob, s) for glob, selectors in config.per_file_ignores.items() for s in selectors]
    for key, selector in named:
        if not selection.known(selector, rules):
            raise config_mod.problem(config, key, f'unknown rule or section "{selector}" (see `jsl rules`)')


def _with_options(config: Config, rule: Rule, given) -> Rule:
    def fail(message: str):
        raise config_mod.problem(config, rule.id, f"rules.{rule.id}: {message}")

    if rule.check is None:
        fail("this rule takes no options")
    merged = {**_plain(rule.options), **given}
    return dataclasses.replace(rule, options=rules_mod.resolve_options(rule.check, merged, fail, config.extra_dictionaries, user=True))


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
            raise config_mod.problem(config, name, f'lists.{name}: no dictionary "{name}"') from None
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
    """Selectors that [per-file-ignores] gives this path (globs relative to the config's folder)."""
    if not config.per_file_ignores or path == "-":
        return ()
    try:
        rel = os.path.relpath(os.path.abspath(path), config.root.resolve())
    except ValueError:
        rel = path
    names = {rel.replace(os.sep, "/"), path.replace(os.sep, "/"), os.path.basename(path)}
    out: list[str] = []
    for pattern, selectors in config.per_file_ignores.items():
        # "**/" may also stand for no folder at all, as in git and ruff
        patterns = {pattern, pattern.replace("**/", "")}
        if any(fnmatch.fnmatchcase(name, p) for name in names for p in patterns):
            out += selectors
    return tuple(out)


@dataclasses.dataclass(frozen=True)
class _Context:
    """What checking one file needs; workers inherit it when they are forked."""

    config: Config
    active: tuple[Rule, ...]
    lists: dict
    stdin_bytes: bytes | None
    stdin_suffix: str
    stdin_name: str


@dataclasses.dataclass
class _FileResult:
    errors: list[FileError]
    source: object = None  # text.Source when the file could be read
    docs: list[Doc] = dataclasses.field(default_factory=list)
    found: list[list[Finding]] = dataclasses.field(default_factory=list)


def _check_file(path: str, ctx: _Context) -> _FileResult:
    """Read, parse and lint one file; the docs come back released (text only), ready for checks across posts."""
    stdin = path == "-"
    try:
        source = files.read(ctx.stdin_name if stdin else path, ctx.stdin_bytes if stdin else None)
        parsed = posts.parse(source, ctx.stdin_suffix)
    except JslError as e:
        return _FileResult([FileError(e.path, e.message if e.line is None else f"line {e.line}: {e.message}")])
    result = _FileResult([], source)
    for post in parsed:
        if len(post.body.value) > MAX_POST_CHARS:
            result.errors.append(FileError(source.path, f"a post of {len(post.body.value):,} characters; jsl checks posts up to {MAX_POST_CHARS:,}"))
            continue
        doc = make_doc(post, ctx.lists, ctx.config.platform)
        result.found.append(lint_doc(doc, ctx.active))
        doc.release()  # checks across posts need only the text: keep memory flat over large runs
        result.docs.append(doc)
    return result


# Set in the parent just before forking workers, so they inherit rules and lists without pickling them.
_WORKER_CONTEXT: _Context | None = None
PARALLEL_MIN_FILES = 64  # below this, starting workers costs more than it saves
CHUNK = 32


def _work(chunk: list[str]) -> list[_FileResult]:
    out = []
    for path in chunk:
        out.append(_check_file(path, _WORKER_CONTEXT))  # Doc pickles without its word lists
    return out


def _jobs(count: int) -> int:
    given = os.environ.get("JSL_JOBS", "")
    if given.isdigit() and int(given) > 0:
        return int(given)
    if count < PARALLEL_MIN_FILES:
        return 1
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return os.cpu_count() or 1


def _check_all(paths: list[str], ctx: _Context, cache=None):
    """Each file's result in order: from the cache when unchanged, else computed in worker processes
    (fork) when there are many files and cores."""
    results: dict[int, _FileResult] = {}
    todo: list[int] = []
    for n, path in enumerate(paths):
        cached = cache.get(path) if cache is not None and path != "-" else None
        if cached is not None:
            results[n] = cached
        else:
            todo.append(n)
    ready = 0  # results go out in path order as soon as they are in hand (the progress bar follows them)
    for n, result in zip(todo, _compute([paths[n] for n in todo], ctx)):
        if cache is not None and paths[n] != "-":
            cache.put(paths[n], result)
        results[n] = result
        while ready in results:
            yield results.pop(ready)
            ready += 1
    while ready in results:
        yield results.pop(ready)
        ready += 1


def _compute(paths: list[str], ctx: _Context):
    jobs = _jobs(len(paths))
    if jobs == 1 or "-" in paths or not hasattr(os, "fork"):
        for path in paths:
            yield _check_file(path, ctx)
        return
    import multiprocessing

    global _WORKER_CONTEXT
    _WORKER_CONTEXT = ctx
    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    try:
        with multiprocessing.get_context("fork").Pool(min(jobs, len(chunks))) as pool:
            for results in pool.imap(_work, chunks):
                yield from results
    finally:
        _WORKER_CONTEXT = None


def check_paths(
    paths: Sequence[str],
    config: Config,
    active: Sequence[Rule],
    all_rules: Sequence[Rule],
    stdin_bytes: bytes | None = None,
    stdin_suffix: str = ".md",
    stdin_name: str = "-",
    on_file=None,
) -> RunResult:
    """Check every post in the paths; a file that cannot be read or parsed becomes a FileError.

    on_file(done, total), when given, is called as each file is finished (a progress bar).
    """
    lists = word_lists(config)
    ctx = _Context(config, tuple(apply_lists(active, lists)), lists, stdin_bytes, stdin_suffix, stdin_name)
    found_paths = list(files.discover(tuple(paths)))
    from jsl import results_cache

    cache = results_cache.open_for(config, active) if stdin_bytes is None else None
    errors: list[FileError] = []
    sources = {}
    docs: list[Doc] = []
    found: dict[int, list[Finding]] = {}
    ignores: dict[int, tuple[str, ...]] = {}
    for done, result in enumerate(_check_all(found_paths, ctx, cache), 1):
        if on_file is not None:
            on_file(done, len(found_paths))
        errors += result.errors
        if result.source is None:
            continue
        sources[result.source.path] = result.source
        ignored = file_ignores(config, result.source.path)
        for doc, doc_found in zip(result.docs, result.found):
            doc.lists = lists
            docs.append(doc)
            found[id(doc)] = doc_found
            ignores[id(doc)] = ignored
    if cache is not None:
        cache.save()
    for doc, f in across(docs, ctx.active):
        found[id(doc)].append(f)
    aliases = {r.id: r.aliases for r in all_rules}
    known = lambda s: selection.known(s, all_rules)  # noqa: E731
    ran = lambda s: any(selection.specificity(r, s) for r in active)  # noqa: E731
    findings: list[Finding] = []
    for doc in docs:
        findings += suppress.apply(found[id(doc)], doc.post, ignores[id(doc)], known, aliases, ran)
    findings.sort(key=lambda f: (f.path, f.offset, f.rule))
    return RunResult(tuple(findings), len(found_paths), tuple(errors), sources)
