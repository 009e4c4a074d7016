"""Load and validate rule files (rules/**/*.yaml) into Rule values."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Mapping

from jsl import dictionaries, guideline
from jsl.errors import JslError
from jsl.findings import Severity
from jsl.paths import rules_dir

KEYS = {"id", "section", "severity", "title", "message", "why", "match", "check", "options", "unless", "status", "aliases", "examples", "kinds"}
REQUIRED = ("id", "section", "severity", "title", "message", "examples")
MATCH_KINDS = {"words", "sequence", "regex", "fuzzy"}
UNLESS_KEYS = {"phrases", "list", "context", "sentence_has"}
CONTEXT_FLAGS = {"quoted", "negated", "warning", "reported", "quoting"}
ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Example:
    text: str
    match: str | None = None
    lists: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # words a jsl.toml [lists] would add


@dataclass(frozen=True)
class Unless:
    phrases: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()
    context: frozenset[str] = frozenset()
    sentence_has: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Rule:
    id: str
    section: str
    severity: Severity
    title: str
    message: str | Mapping[str, str]
    origin: str
    why: str = ""
    matcher: Any = None  # matchers.Words / Sequence / Regex / Fuzzy
    check: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    unless: Unless = Unless()
    status: str = "stable"
    aliases: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ("post",)  # which kinds of document (front matter `kind:`) the rule reads
    flag: tuple[Example, ...] = ()
    passes: tuple[Example, ...] = ()

    @property
    def chapter(self) -> str:
        return self.section.split(".")[0]

    def template(self, key: str) -> str:
        if isinstance(self.message, str):
            return self.message
        return self.message.get(key) or self.message.get("default") or next(iter(self.message.values()))


@cache
def _line_loader():
    """Safe YAML loading (libyaml's parser when built in) that remembers the line of each top-level key.

    Made on first use: a run that finds its rules in the cache never imports yaml for them."""
    import yaml

    from jsl import safe_yaml

    def construct_mapping(loader, node, deep=False):
        mapping = yaml.SafeLoader.construct_mapping(loader, node, deep=deep)
        mapping["__lines__"] = {k.value: k.start_mark.line + 1 for k, _ in node.value if hasattr(k, "value")}
        return mapping

    loader = type("LineLoader", (safe_yaml.loader(),), {})
    loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, construct_mapping)
    return loader


def _strip_lines(value):
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__lines__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def load_file(path: Path, extra_dict_dirs: tuple[Path, ...] = (), user: bool = False) -> Rule:
    """One rule file; a `user` rule (extra-rules in jsl.toml) may only use linear-time (RE2) regular expressions."""
    import yaml

    origin = str(path)
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_line_loader())  # noqa: S506 (a safe loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise JslError(origin, f"not valid YAML: {getattr(e, 'problem', None) or e}", mark.line + 1 if mark else None) from None
    except (OSError, UnicodeDecodeError) as e:
        raise JslError(origin, f"cannot be read: {e}") from None
    if not isinstance(raw, dict):
        raise JslError(origin, "a rule file must be a mapping", 1)
    lines = raw.get("__lines__", {})
    data = _strip_lines(raw)

    def fail(key: str, message: str):
        raise JslError(origin, message, lines.get(key, 1))

    for key in data:
        if key not in KEYS:
            fail(key, f"unknown key {key!r} (known: {', '.join(sorted(KEYS))})")
    for key in REQUIRED:
        if key not in data:
            raise JslError(origin, f"missing required key {key!r}", 1)
    rule_id = str(data["id"])
    if not ID.match(rule_id):
        fail("id", f"id {rule_id!r} must be kebab-case (e.g. commercial-wording)")
    section = str(data["section"])
    if section not in guideline.sections() or "." not in section:
        fail("section", f"section {section!r} is not an item of the guideline (e.g. \"5.7\")")
    try:
        severity = Severity.parse(str(data["severity"]))
    except KeyError:
        fail("severity", f"severity must be error, warning or info, not {data['severity']!r}")
    message = data["message"]
    if not (isinstance(message, str) or (isinstance(message, dict) and message and all(isinstance(v, str) for v in message.values()))):
        fail("message", "message must be text, or a mapping of variant names to text")
    has_match, has_check = "match" in data, "check" in data
    if has_match == has_check:
        raise JslError(origin, "a rule needs exactly one of match or check", lines.get("match", lines.get("check", 1)))
    matcher = None
    check_name = None
    options: dict = {}
    if has_match:
        matcher = _matcher(data["match"], lambda m: fail("match", m), extra_dict_dirs, user)
    else:
        check_name, options = _check(data["check"], data.get("options") or {}, lambda m: fail("check", m), extra_dict_dirs, user)
    unless = _unless(data.get("unless") or {}, lambda m: fail("unless", m), extra_dict_dirs)
    status = str(data.get("status", "stable"))
    if status not in ("stable", "preview"):
        fail("status", "status must be stable or preview")
    examples = data["examples"]
    if not isinstance(examples, dict) or set(examples) - {"flag", "pass"}:
        fail("examples", "examples must be a mapping with flag: and pass: lists")
    return Rule(
        id=rule_id,
        section=section,
        severity=severity,
        title=str(data["title"]),
        message=message,
        origin=f"{origin}:1",
        why=str(data.get("why", "")).strip(),
        matcher=matcher,
        check=check_name,
        options=options,
        unless=unless,
        status=status,
        aliases=_aliases(data.get("aliases"), lambda m: fail("aliases", m)),
        kinds=_kinds(data.get("kinds", ["post"]), lambda m: fail("kinds", m)),
        flag=tuple(_examples(examples.get("flag"), lambda m: fail("examples", m))),
        passes=tuple(_examples(examples.get("pass"), lambda m: fail("examples", m))),
    )


def _wordlist(name: object, fail, extra_dict_dirs):
    try:
        return dictionaries.load(str(name), extra_dict_dirs)
    except KeyError:
        fail(f"dictionary {name!r} does not exist (dictionaries/{name}.yaml)")


def _matcher(spec: object, fail, extra_dict_dirs, user: bool = False):
    from jsl import matchers

    if not isinstance(spec, dict) or len(set(spec) & MATCH_KINDS) != 1:
        fail(f"match must name exactly one of {', '.join(sorted(MATCH_KINDS))}")
    kind = next(k for k in spec if k in MATCH_KINDS)
    extra = set(spec) - {kind, "ignore_case", "threshold", "min_length"}
    if extra:
        fail(f"match has unknown key {sorted(extra)[0]!r}")
    value = spec[kind]
    if kind == "words":
        return matchers.Words(_wordlist(value, fail, extra_dict_dirs))
    if kind == "fuzzy":
        try:
            return matchers.Fuzzy(_wordlist(value, fail, extra_dict_dirs), float(spec.get("threshold", 85)), int(spec.get("min_length", 4)))
        except (TypeError, ValueError):
            fail("fuzzy threshold and min_length must be numbers")
    if kind == "regex":
        try:
            matchers.compile_regex(str(value), bool(spec.get("ignore_case", False)), user)
        except Exception as e:  # re2.error or re.error: both mean a bad pattern
            fail(f"regular expression does not compile: {e}")
        return matchers.Regex(str(value), bool(spec.get("ignore_case", False)), user)
    if not isinstance(value, list) or not value:
        fail("sequence must be a list of token constraints")
    steps = []
    for step in value:
        if not isinstance(step, dict) or set(step) - {"lemma", "surface", "pos", "optional"}:
            fail("each sequence step is a mapping of lemma, surface, pos, optional")
        lemma = step.get("lemma", [])
        lemma = [lemma] if isinstance(lemma, str) else list(lemma)
        surface = None
        if "surface" in step:
            try:
                surface = matchers.compile_regex(str(step["surface"]), linear_only=True) if user else re.compile(str(step["surface"]))
            except Exception as e:  # re2.error or re.error
                fail(f"sequence surface pattern does not compile: {e}")
        pos = tuple(p for p in str(step.get("pos", "")).split(",") if p)
        steps.append(matchers.Step(frozenset(lemma), surface, pos, bool(step.get("optional", False))))
    return matchers.Sequence(tuple(steps))


def _check(name: object, options: object, fail, extra_dict_dirs, user: bool = False):
    from jsl.checks import CHECKS

    name = str(name)
    if name not in CHECKS:
        fail(f"check {name!r} does not exist (known: {', '.join(sorted(CHECKS))})")
    if not isinstance(options, dict):
        fail("options must be a mapping")
    return name, resolve_options(name, options, fail, extra_dict_dirs, user)


def resolve_options(name: str, given: Mapping, fail, extra_dict_dirs=(), user: bool = False) -> dict:
    """Check options against the check's OPTIONS {name: (type, default)}; list names become WordLists.

    Kinds "regex" and "regex-list" are compiled here; patterns a user gives (a jsl.toml table or a
    user rule file) must be RE2, so that no pattern from outside jsl can backtrack for ever.
    """
    from jsl.checks import CHECKS

    spec = getattr(CHECKS[name], "OPTIONS", {})
    resolved = {}
    for key in given:
        if key not in spec:
            fail(f"check {name} has no option {key!r} (options: {', '.join(sorted(spec)) or 'none'})")
    for key, (kind, default) in spec.items():
        value = given.get(key, default)
        if kind == "wordlist":
            resolved[key] = _wordlist(value, fail, extra_dict_dirs) if value else None
        elif kind in ("regex", "regex-list"):
            patterns = [value] if kind == "regex" else value
            if not isinstance(patterns, (list, tuple)) or not all(isinstance(p, str) for p in patterns):
                fail(f"option {key} must be {'a regular expression' if kind == 'regex' else 'a list of regular expressions'}")
            from_user = user and key in given
            for pattern in patterns:
                _valid_regex(pattern, key, from_user, fail)
            resolved[key] = value if kind == "regex" else tuple(value)
        elif kind == "list":
            if not isinstance(value, (list, tuple)):
                fail(f"option {key} must be a list")
            resolved[key] = tuple(value)
        elif kind is float and isinstance(value, int) and not isinstance(value, bool):
            resolved[key] = float(value)
        elif not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            fail(f"option {key} must be {kind.__name__}, not {type(value).__name__}")
        else:
            resolved[key] = value
    return resolved


def _valid_regex(pattern: str, key: str, linear_only: bool, fail) -> None:
    from jsl.matchers import compile_regex

    if not pattern:
        return
    try:
        compile_regex(pattern, linear_only=linear_only)
    except Exception as e:  # re2.error or re.error: both mean the pattern cannot be used
        fail(f"option {key}: regular expression does not compile: {e}")


def _unless(spec: object, fail, extra_dict_dirs) -> Unless:
    if not isinstance(spec, dict) or set(spec) - UNLESS_KEYS:
        fail(f"unless takes {', '.join(sorted(UNLESS_KEYS))}")

    def as_list(key):
        value = spec.get(key, [])
        if value is not None and not isinstance(value, (str, list)):
            fail(f"unless {key} must be a list, not {type(value).__name__}")
        return [value] if isinstance(value, str) else list(value or [])

    lists = as_list("list")
    for name in lists:
        _wordlist(name, fail, extra_dict_dirs)
    context = set(as_list("context"))
    if context - CONTEXT_FLAGS:
        fail(f"unknown context flag {sorted(context - CONTEXT_FLAGS)[0]!r} (known: {', '.join(sorted(CONTEXT_FLAGS))})")
    return Unless(tuple(as_list("phrases")), tuple(lists), frozenset(context), frozenset(as_list("sentence_has")))


def _aliases(value: object, fail) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if value is not None and not isinstance(value, list):
        fail(f"aliases must be a list of former rule ids, not {type(value).__name__}")
    return tuple(str(a) for a in value or [])


def _kinds(value: object, fail) -> tuple[str, ...]:
    from jsl.posts import KINDS

    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or any(k not in KINDS for k in items):
        fail(f"kinds must be a list of document kinds ({', '.join(KINDS)})")
    return tuple(items)


def _examples(items: object, fail):
    for item in items or []:
        if isinstance(item, str):
            yield Example(item)
        elif isinstance(item, dict) and "text" in item and set(item) <= {"text", "match", "lists"}:
            lists = item.get("lists") or {}
            if not isinstance(lists, dict) or not all(isinstance(v, list) for v in lists.values()):
                fail("example lists must map a dictionary name to the words to add, e.g. {ng-words: [○○]}")
            yield Example(str(item["text"]), None if item.get("match") is None else str(item["match"]),
                          {str(k): tuple(str(w) for w in v) for k, v in lists.items()})
        else:
            fail("each example is text or {text, match, lists}")


def rule_files(folder: Path) -> list[Path]:
    return sorted(p for p in Path(folder).rglob("*.yaml") if p.is_file())


def load_folder(folder: Path, extra_dict_dirs: tuple[Path, ...] = (), user: bool = False) -> list[Rule]:
    return [_load_checked(path, extra_dict_dirs, user) for path in rule_files(folder)]


def _load_checked(path: Path, extra_dict_dirs: tuple[Path, ...], user: bool) -> Rule:
    """load_file, with any value of a type it did not expect turned into an error naming the file."""
    try:
        return load_file(path, extra_dict_dirs, user)
    except (TypeError, ValueError, AttributeError) as e:
        raise JslError(str(path), f"a value has the wrong type: {e}") from None


def load_builtin() -> list[Rule]:
    return load_folder(rules_dir())


def _builtin_key() -> tuple:
    """What the shipped rules depend on: every rule, dictionary and jsl source file's size and time."""
    from jsl import cache
    from jsl.paths import dictionaries_dir

    code = Path(__file__).parent  # check defaults and the loaders live in code: a change there is a new key too
    files = [
        *rule_files(rules_dir()),
        *sorted(dictionaries_dir().glob("*.yaml")),
        rules_dir() / "guideline.ja.md",
        *sorted(code.glob("*.py")),
        *sorted((code / "checks").glob("*.py")),
    ]
    return tuple(cache.file_key(p) for p in files)


def load_builtin_cached(extra_dict_dirs: tuple[Path, ...] = ()) -> list[Rule]:
    """The shipped rules; loaded once and kept on disk until a rule or dictionary file changes."""
    from jsl import cache

    if extra_dict_dirs:
        return load_folder(rules_dir(), extra_dict_dirs)
    try:
        key = _builtin_key()
    except OSError:
        return load_folder(rules_dir())
    rules = cache.load("rules", key)
    if rules is None:
        # word lists this process read earlier may be older than the files the key describes
        dictionaries.load.cache_clear()
        dictionaries.available.cache_clear()
        rules = load_folder(rules_dir())
        if _builtin_key() == key:  # no file changed while they were read
            cache.store("rules", key, rules)
    return rules


def load_all(extra_rule_dirs: tuple[Path, ...] = (), extra_dict_dirs: tuple[Path, ...] = ()) -> list[Rule]:
    rules = list(load_builtin_cached(extra_dict_dirs))
    for folder in extra_rule_dirs:
        rules += load_folder(folder, extra_dict_dirs, user=True)
    seen: dict[str, str] = {}
    for rule in rules:
        if rule.id in seen:
            raise JslError(rule.origin.rsplit(":", 1)[0], f"rule id {rule.id!r} is used twice (also in {seen[rule.id]})", 1)
        seen[rule.id] = rule.origin
    return rules
