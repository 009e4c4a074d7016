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
