"""jsl init: write a commented jsl.toml (only keys config.py accepts) and show the pre-commit snippet."""
from __future__ import annotations

from pathlib import Path

from jsl.errors import JslError

NAME = "jsl.toml"

# Lines "#key = …" and "#[table]" are settings to uncomment (tests/test_init.py uncomments them all and
# loads the result); lines "# …" explain. Every key is one that jsl.config.KEYS accepts.
TEMPLATE = """\
# jsl.toml: settings for `jsl check` in this folder and the folders below it.
# jsl uses the nearest jsl.toml above the checked path. Remove "#" before a setting to use it;
# `jsl rules` lists rule ids and sections, `jsl explain ID` explains one.

# Lowest severity that makes the exit status 1: error (default), warning or info.
fail-on = "error"

# Also run rules still in preview (proving their precision before they are on by default).
preview = false

# Platform for posts whose front matter or CSV row does not name one: x, instagram, facebook or line.
#platform = "x"

# Only these rule ids, sections (5.7) or chapters (5); default: every stable rule.
#select = ["4", "5", "6"]

# Skip these rule ids, sections or chapters.
#ignore = ["6.3"]

# Folders (relative to this file) of the body's own rule files and word lists.
#extra-rules = ["local-rules"]
#extra-dictionaries = ["local-dictionaries"]

# Severity by rule id, section or chapter: error, warning or info.
#[severity]
#"5.7" = "warning"
#image-alt-text = "error"

# Add entries to, or remove them from, a word list by name (see dictionaries/).
#[lists]
#ng-words.add = ["旧処理場"]
#commercial.remove = ["セール"]

# Options of a rule that runs a named check.
#[rules.image-alt-text]
#min_length = 4

# Glob → rule ids, sections or chapters to skip in matching files (.txt and .csv have no comments).
# A README that describes the drafts is not a post:
#[per-file-ignores]
#"README.md" = ["3", "4", "5", "6", "7"]
"""

PRE_COMMIT_SNIPPET = """\
# .pre-commit-config.yaml: check staged drafts before each commit (then run `pre-commit install`)
repos:
  - repo: https://github.com/OWNER/jsl   # where your copy of jsl is kept
    rev: v0.1.0                           # a tag or commit of it
    hooks:
      - id: jsl
"""


def pre_commit_snippet() -> str:
    """PRE_COMMIT_SNIPPET with the repository and revision this jsl was installed from, when pip
    recorded a git URL (PEP 610 direct_url.json); else the placeholders, to be filled in by hand."""
    origin = installed_from()
    if origin is None:
        return PRE_COMMIT_SNIPPET
    url, rev = origin
    lines = PRE_COMMIT_SNIPPET.splitlines(keepends=True)
    lines[2] = f"  - repo: {url}   # where this jsl was installed from\n"
    lines[3] = f"    rev: {rev}\n"
    return "".join(lines)


def installed_from(read=None) -> tuple[str, str] | None:
    """(git URL, revision) from the installed distribution's direct_url.json, or None."""
    import json
    from importlib import metadata

    try:
        raw = read() if read else metadata.distribution("jsl").read_text("direct_url.json")
        data = json.loads(raw or "null")
    except (metadata.PackageNotFoundError, ValueError, OSError):
        return None
    vcs = data.get("vcs_info") if isinstance(data, dict) else None
    if not isinstance(vcs, dict) or vcs.get("vcs") != "git" or not isinstance(data.get("url"), str):
        return None
    rev = vcs.get("requested_revision") or vcs.get("commit_id")
    return (data["url"], rev) if isinstance(rev, str) and rev else None


def write(folder: Path, force: bool = False) -> Path:
    """Write TEMPLATE to folder/jsl.toml; an existing file is kept unless force (raises JslError)."""
    path = folder / NAME
    if path.exists() and not force:
        raise JslError(str(path), "already exists; keep it, or run `jsl init --force` to replace it")
    try:
        path.write_text(TEMPLATE, encoding="utf-8")
    except OSError as e:
        raise JslError(str(path), f"cannot be written: {e.strerror or e}") from None
    return path
