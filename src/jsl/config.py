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
            return toml
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and "[tool.jsl" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def _line_of(text: str, key: str) -> int | None:
    for n, line in enumerate(text.splitlines(), 1):
        stripped = line.strip().strip("[]").strip()
        if stripped.split("=")[0].strip().strip('"') == key or stripped.endswith(f".{key}") or stripped == key:
            return n
    return None


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
            from rapidfuzz import process

            near = process.extractOne(key, sorted(KEYS))
            hint = f' (did you mean "{near[0]}"?)' if near and near[1] >= 60 else ""
            fail(key, f'unknown key "{key}"{hint}')
    root = path.parent

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            fail(key, f"{key} must be a list of text")
        return tuple(str(v) for v in value)

    def severity(key: str, value: object) -> Severity:
        try:
            return Severity.parse(str(value))
        except KeyError:
            fail(key, f"{key}: severity must be error, warning or info, not {value!r}")

    platform = data.get("platform")
    if platform is not None and platform not in PLATFORMS:
        fail("platform", f"platform must be one of {', '.join(PLATFORMS)}")
    for key in ("severity", "lists", "rules", "per-file-ignores"):
        if not isinstance(data.get(key, {}), dict):
            fail(key, f"[{key}] must be a table")
    lists = {}
    for name, change in data.get("lists", {}).items():
        if not isinstance(change, dict) or set(change) - {"add", "remove"}:
            fail(name, f"lists.{name} takes add and remove")
        lists[name] = {k: tuple(v) for k, v in change.items()}
    return Config(
        path=origin,
        root=root,
        select=strings("select"),
        ignore=strings("ignore"),
        fail_on=severity("fail-on", data.get("fail-on", "error")),
        platform=platform,
        preview=bool(data.get("preview", False)),
        extra_rules=tuple(root / p for p in strings("extra-rules")),
        extra_dictionaries=tuple(root / p for p in strings("extra-dictionaries")),
        severity={str(k): severity(str(k), v) for k, v in data.get("severity", {}).items()},
        lists=lists,
        rule_options={str(k): dict(v) for k, v in data.get("rules", {}).items()},
        per_file_ignores={str(k): tuple(v) for k, v in data.get("per-file-ignores", {}).items()},
    )
