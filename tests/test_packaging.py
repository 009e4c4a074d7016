"""Packaging: the wheel carries rules/ and dictionaries/, and the README's commands match CI.

The wheel test builds without the network (hatchling from the test extra, no build
isolation), installs the wheel into a temporary folder and runs it there with the
current environment's dependencies, so it takes a few seconds.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```(?:sh|shell|bash|console)?\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _readme_commands() -> list[str]:
    """The shell lines of the README's code blocks, in order, comments and prompts dropped."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = []
    for block in FENCE.findall(text):
        for line in block.splitlines():
            line = line.strip().removeprefix("$ ")
            if line and not line.startswith("#"):
                lines.append(line)
    return lines


def _top_commands() -> tuple[str, str]:
    """The first two commands of the README: install + check examples/, install + run the tests."""
    commands = _readme_commands()
    assert len(commands) >= 2, "README.md must open with two commands in code blocks"
    return commands[0], commands[1]


def test_readme_opens_with_check_and_test_commands():
    check, tests = _top_commands()
    assert check.startswith("python3 -m venv .venv && ") and check.endswith("jsl check examples/")
    assert " install ." in check
    assert tests.startswith("python3 -m venv .venv && ") and tests.endswith("python -m pytest")
    assert "install '.[test]'" in tests


def test_ci_runs_the_readme_test_command():
    """.ci/run runs the README's test command verbatim, in its own folder .ci-venv instead of .venv."""
    _, tests = _top_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_lines = [line.strip() for line in ci.splitlines() if line.strip() and not line.strip().startswith("#")]
    assert tests.replace(".venv", ".ci-venv") in ci_lines, f".ci/run must run: {tests.replace('.venv', '.ci-venv')}"
    assert "rm -rf .ci-venv" in ci_lines, ".ci/run must start from a fresh environment"
    assert os.access(ROOT / ".ci" / "run", os.X_OK), ".ci/run must be executable"


def test_readme_names_only_existing_formats():
    from jsl.cli import FORMATS

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in re.findall(r"--format (\w+)", text):
        assert name in FORMATS, f"README.md shows --format {name}, which jsl check does not take"


def _site_packages() -> list[str]:
    paths = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    return sorted(p for p in paths if os.path.isdir(p))


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The project built as a wheel and installed (without dependencies) into a temporary folder."""
    pytest.importorskip("hatchling", reason="the test extra brings hatchling to build the wheel offline")
    tmp = tmp_path_factory.mktemp("wheel")
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp / "dist"), str(ROOT)]
    subprocess.run(build, check=True, capture_output=True, timeout=120)
    wheels = list((tmp / "dist").glob("jsl-*.whl"))
    assert len(wheels) == 1
    target = tmp / "target"
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q", "--target", str(target), str(wheels[0])]
    subprocess.run(install, check=True, capture_output=True, timeout=120)
    return target


def _run_installed(target: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    """Run jsl from the installed copy only: -S keeps the checkout's editable install off sys.path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["PYTHONPATH"] = os.pathsep.join([str(target), *_site_packages()])
    env["PYTHONIOENCODING"] = "utf-8"
    code = "import sys; from jsl.cli import main; sys.argv[0] = 'jsl'; main()"
    return subprocess.run(
        [sys.executable, "-S", "-c", code, *args],
        cwd=target.parent, env=env, input=stdin, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )


def test_wheel_contains_rules_and_dictionaries(installed):
    wheel = next(installed.parent.glob("dist/jsl-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    rule_files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "rules").rglob("*") if p.is_file())
    dict_files = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "dictionaries").glob("*.yaml"))
    for name in rule_files + dict_files:
        assert f"jsl/{name}" in names, f"{name} is missing from the wheel (force-include in pyproject.toml)"
    entry_points = zipfile.ZipFile(wheel).read(f"jsl-{_version()}.dist-info/entry_points.txt").decode()
    assert "jsl = jsl.cli:main" in entry_points


def _version() -> str:
    from jsl import __version__

    return __version__


def test_installed_package_finds_its_data(installed):
    done = _run_installed(installed, "rules")
    assert done.returncode == 0, done.stderr
    from jsl import rules

    for rule in rules.load_builtin():
        assert rule.id in done.stdout, f"the installed jsl does not list {rule.id}"
    where = subprocess.run(
        [sys.executable, "-S", "-c", "from jsl import paths; print(paths.rules_dir()); print(paths.dictionaries_dir())"],
        cwd=installed.parent, capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(installed), *_site_packages()])},
    )
    assert where.returncode == 0 and len(where.stdout.split()) == 2, where.stderr
    for line in where.stdout.split():
        assert Path(line).resolve().is_relative_to(installed.resolve()), f"data read from {line}, not from the installed package"


def test_installed_package_checks_a_post(installed):
    done = _run_installed(installed, "check", "--format", "json", "-", stdin="今だけ最安値！ご購入はこちらから\n")
    assert done.returncode == 1, done.stderr
    assert '"commercial-wording"' in done.stdout
    explained = _run_installed(installed, "explain", "5.7")
    assert explained.returncode == 0 and "広告" in explained.stdout, explained.stderr


def test_readme_configuration_example_loads(tmp_path):
    """The README's jsl.toml example is a valid configuration, rule options and lists included."""
    from jsl import config, runner

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    example = re.search(r"^```toml\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    assert example, "README.md shows a jsl.toml example"
    (tmp_path / "jsl.toml").write_text(example.group(1), encoding="utf-8")
    data = tomllib.loads(example.group(1))
    for folder in (*data.get("extra-rules", []), *data.get("extra-dictionaries", [])):
        (tmp_path / folder).mkdir()
    loaded = config.load(tmp_path / "jsl.toml")
    assert runner.configured_rules(loaded)
    assert runner.word_lists(loaded)


def test_readme_rule_example_is_a_working_rule(tmp_path):
    """The README's rule file loads, and its own flag/pass examples hold."""
    from jsl import rules
    from jsl.engine import lint_text

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"^```yaml\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    rule_yaml = next(b for b in blocks if b.startswith("id: "))
    path = tmp_path / "rule.yaml"
    path.write_text(rule_yaml, encoding="utf-8")
    rule = rules.load_file(path)
    for example in rule.flag:
        found = [f.match for f in lint_text(example.text, [rule])]
        assert found, f"README rule example does not flag {example.text!r}"
        assert example.match is None or example.match in found
    for example in rule.passes:
        assert not lint_text(example.text, [rule]), f"README rule example flags {example.text!r}"
