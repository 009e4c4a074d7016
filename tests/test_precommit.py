"""The shipped pre-commit hook, run by the real `pre-commit try-repo` over a repository of posts.

try-repo clones a copy of this checkout (uncommitted files included) and pip-installs it into
its own environment, so the first run needs the package index and takes some seconds.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SKIP = {".git", ".venv", ".ci-venv", "__pycache__", ".pytest_cache", ".hypothesis", ".jsl_cache", "dist", "build"}
CLEAN = "本日、消防署で防火訓練を行いました。ご協力ありがとうございました。\n"
BAD = "訓練の詳細は担当の携帯 090-1234-5678 までお問い合わせください。\n"

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(importlib.util.find_spec("pre_commit") is None, reason="pre-commit is not installed (pip install '.[test]')"),
]


ENV = {
    **os.environ,
    "GIT_AUTHOR_NAME": "jsl test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "jsl test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1", "NO_COLOR": "1",
}


def git(folder: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, env=ENV)


def project_copy(target: Path) -> Path:
    """This checkout as committed in a fresh repository, so try-repo sees the tree under test."""
    shutil.copytree(ROOT, target, ignore=lambda folder, names: [n for n in names if n in SKIP or n.endswith(".egg-info")])
    git(target, "init", "-q")
    git(target, "add", "-A")
    git(target, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "jsl under test")
    return target


def try_repo(posts: Path, jsl_repo: Path, home: Path, *files: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(jsl_repo), "jsl", "--verbose", "--files", *files]
    return subprocess.run(command, cwd=posts, capture_output=True, text=True, env={**ENV, "PRE_COMMIT_HOME": str(home)}, timeout=900)


def test_hook_file_declares_jsl():
    import yaml

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "jsl" and hook["entry"] == "jsl check" and hook["language"] == "python"
    assert set(hook["types_or"]) == {"markdown", "plain-text", "csv"}


def test_hook_types_cover_every_post_suffix():
    import yaml
    from identify.identify import tags_from_filename

    from jsl.files import POST_SUFFIXES

    (hook,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    for suffix in POST_SUFFIXES:
        assert tags_from_filename(f"post{suffix}") & set(hook["types_or"]), f"the hook skips {suffix} files"
    assert not tags_from_filename("workflow.yml") & set(hook["types_or"])


def test_try_repo_fails_a_bad_post_and_passes_a_clean_one(tmp_path):
    jsl_repo = project_copy(tmp_path / "jsl")
    posts = tmp_path / "posts"
    posts.mkdir()
    (posts / "clean.md").write_text(CLEAN, encoding="utf-8")
    (posts / "bad.txt").write_text(BAD, encoding="utf-8")
    (posts / "notes.yml").write_text("not: a post\n", encoding="utf-8")  # not a post type: never handed to jsl
    git(posts, "init", "-q")
    git(posts, "add", "-A")

    both = try_repo(posts, jsl_repo, tmp_path / "home", "clean.md", "bad.txt", "notes.yml")
    assert both.returncode == 1, both.stdout + both.stderr
    assert "bad.txt:1:" in both.stdout and "private-phone-number" in both.stdout
    assert "clean.md:" not in both.stdout and "notes.yml" not in both.stdout
    assert "2 files checked" in both.stdout

    clean = try_repo(posts, jsl_repo, tmp_path / "home", "clean.md")  # the environment is reused: quick
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
