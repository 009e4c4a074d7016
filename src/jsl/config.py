"""Find and read jsl.toml (or [tool.jsl] in pyproject.toml) into a frozen Config."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from jsl.errors import JslError
from jsl.findings import Severity
from jsl.posts import PLATFORMS

KEYS = {
    "select", "ignore", "fail-on", "platform", "extra-rules", "extra-dictionaries",
    "severity", "lists", "rules", "per-file-ignores", "preview",
}
TABLES = ("severity", "lists", "rules", "per-file-ignores")


@dataclass(frozen=True)
class Config:
    path: str | None = None
    root: Path = Path(".")
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.ERROR
    platform: str | None = None
    preview: bool = False
    extra_rules: tuple[Path, ...] = ()
    extra_dictionaries: tuple[Path, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    lists: Mapping[str, Mapping[str, tuple]] = field(default_factory=dict)  # name -> {"add": (...), "remove": (...)}
    rule_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def find(start: Path) -> Path | None:
    """The nearest jsl.toml, or pyproject.toml with [tool.jsl], walking up from start."""
    folder = start.resolve()
    if folder.is_file() or not folder.exists():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        toml = candidate / "jsl.toml"
        if toml.is_file():
            return _shown(toml)
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_jsl_table(pyproject):
            return _shown(pyproject)
    return None


def _shown(path: Path) -> Path:
    """The path relative to the working folder when it is inside it, so messages stay short."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def _has_jsl_table(pyproject: Path) -> bool:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return "[tool.jsl" in pyproject.read_text(encoding="utf-8", errors="replace")  # broken: load() says why
    return isinstance(data.get("tool"), dict) and "jsl" in data["tool"]


def _line_of(text: str, key: str) -> int | None:
    """The first line that sets `key` or opens a table named by it (good enough for error messages)."""
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            name = stripped.strip("[]").strip()
            if name == key or name.endswith(f".{key}") or name.endswith(f'."{key}"'):
                return n
            continue
        name = stripped.split("=")[0].strip().strip("\"'")
        if name == key or name.startswith(f"{key}.") or name.endswith(f".{key}"):
            return n
    return None


def problem(config: Config, key: str, message: str) -> JslError:
    """A JslError at the line of `key` in the config file, for checks made after the rules are loaded."""
    line = None
    if config.path:
        try:
            line = _line_of(Path(config.path).read_text(encoding="utf-8"), key)
        except (OSError, UnicodeDecodeError):
            pass
    return JslError(config.path or "jsl.toml", message, line)


def _suggest(key: str, known: set[str]) -> str:
    from rapidfuzz import process

    near = process.extractOne(key, sorted(known))
    return f' (did you mean "{near[0]}"?)' if near and near[1] >= 60 else ""


def load(path: Path) -> Config:
    origin = str(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise JslError(origin, f"not valid TOML: {e}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise JslError(origin, f"cannot be read: {e}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("jsl", {})

    def fail(key: str, message: str):
        raise JslError(origin, message, _line_of(text, key))

    for key in data:
        if key not in KEYS:
            fail(key, f'unknown key "{key}"{_suggest(key, KEYS)}')
    for key in TABLES:
        if not isinstance(data.get(key, {}), dict):
            fail(key, f"[{key}] must be a table")

    def strings(key: str, value: object, what: str) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            fail(key, f"{what} must be a list of text")
        return tuple(str(v) for v in value)

    def severity(key: str, value: object) -> Severity:
        try:
            return Severity.parse(str(value))
        except KeyError:
            fail(key, f"{key}: severity must be error, warning or info, not {value!r}")

    def folders(key: str) -> tuple[Path, ...]:
        found = tuple(path.parent / p for p in strings(key, data.get(key, []), key))
        for folder in found:
            if not folder.is_dir():
                fail(key, f"{key}: no folder {str(folder)!r}")
        return found

    platform = data.get("platform")
    if platform is not None and platform not in PLATFORMS:
        fail("platform", f"platform must be one of {', '.join(PLATFORMS)}, not {platform!r}")
    preview = data.get("preview", False)
    if not isinstance(preview, bool):
        fail("preview", "preview must be true or false")
    lists = {}
    for name, change in data.get("lists", {}).items():
        if not isinstance(change, dict) or not change or set(change) - {"add", "remove"}:
            fail(name, f"lists.{name} takes add and remove (e.g. {name}.add = [\"…\"])")
        lists[name] = {k: strings(name, v, f"lists.{name}.{k}") for k, v in change.items()}
    rule_options = {}
    for rule_id, options in data.get("rules", {}).items():
        if not isinstance(options, dict):
            fail(rule_id, f"[rules.{rule_id}] must be a table of the rule's options")
        rule_options[rule_id] = dict(options)
    return Config(
        path=origin,
        root=path.parent,
        select=strings("select", data.get("select", []), "select"),
        ignore=strings("ignore", data.get("ignore", []), "ignore"),
        fail_on=severity("fail-on", data.get("fail-on", "error")),
        platform=platform,
        preview=preview,
        extra_rules=folders("extra-rules"),
        extra_dictionaries=folders("extra-dictionaries"),
        severity={str(k): severity(str(k), v) for k, v in data.get("severity", {}).items()},
        lists=lists,
        rule_options=rule_options,
        per_file_ignores={str(k): strings(str(k), v, f"per-file-ignores.{k}") for k, v in data.get("per-file-ignores", {}).items()},
    )
