"""Run the `jsl` command line in-process for tests, against fixed test rules (tests/data/rules)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from jsl.cli import cli

DATA = Path(__file__).parent / "data"
FIXTURE_RULES = DATA / "rules"
FIXTURE_DICTIONARIES = DATA / "dictionaries"
FIXTURE_IDS = ("fixture-number", "fixture-sale", "fixture-alt", "fixture-words")


def jsl(*args: str, input: bytes | str | None = None, env: dict | None = None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, env=env, catch_exceptions=False)


def findings(*args: str, input: bytes | str | None = None) -> list[dict]:
    """`jsl check --format json ARGS` → the findings; fails the test on an exit status of 2."""
    result = jsl("check", "--format", "json", *args, input=input)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)["findings"]


def fixture_config(folder: Path, extra: str = "", select: tuple[str, ...] = FIXTURE_IDS, name: str = "jsl.toml") -> Path:
    """A jsl.toml in `folder` that loads the test rules and (by default) selects only them."""
    lines = [
        f"extra-rules = [{json.dumps(str(FIXTURE_RULES))}]",
        f"extra-dictionaries = [{json.dumps(str(FIXTURE_DICTIONARIES))}]",
    ]
    if select:
        lines.append(f"select = {json.dumps(list(select))}")
    path = folder / name
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


@pytest.fixture
def here(tmp_path, monkeypatch) -> Path:
    """Work in tmp_path, with a jsl.toml there that selects only the test rules."""
    monkeypatch.chdir(tmp_path)
    fixture_config(tmp_path)
    return tmp_path
