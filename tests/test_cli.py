"""The command line: exit statuses, selection, stdin, and a real process."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from jsl import __version__
from jslrun import findings, here, jsl  # noqa: F401 (here is a fixture)

SALE = "今だけのご案内"  # fixture-sale (5.7, warning)
PHONE = "連絡は090-1234-5678へ"  # fixture-number (5.1, error)


def post(folder: Path, name: str, text: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    return name


def fixture_rules(found) -> list[str]:
    return sorted(f["rule"] for f in found if f["rule"].startswith("fixture-"))


# --- exit statuses ------------------------------------------------------------------------------

def test_exit_0_when_clean(here):
    assert jsl("check", post(here, "a.md", "本日は晴れです。\n")).exit_code == 0


def test_exit_1_on_an_error_finding(here):
    assert jsl("check", post(here, "a.md", PHONE)).exit_code == 1


def test_warnings_do_not_fail_unless_fail_on_warning(here):
    name = post(here, "a.md", SALE)
    assert jsl("check", name).exit_code == 0
    assert jsl("check", "--fail-on", "warning", name).exit_code == 1
    assert jsl("check", "--fail-on", "info", name).exit_code == 1


def test_info_fails_only_with_fail_on_info(here):
    name = post(here, "a.md", "![](a.jpg)\n")  # fixture-alt is info
    assert jsl("check", "--fail-on", "warning", name).exit_code == 0
    assert jsl("check", "--fail-on", "info", name).exit_code == 1


def test_exit_2_when_a_file_is_bad_but_the_others_are_still_reported(here):
    good = post(here, "good.md", PHONE)
    bad = post(here, "bad.csv", "id,platform\n1,x\n")
    result = jsl("check", bad, good, "missing.md")
    assert result.exit_code == 2
    assert "good.md:1:4: error 5.1 fixture-number" in result.stdout
    assert "error: bad.csv: line 1: CSV has no text column" in result.stdout
    assert "error: missing.md: no such file" in result.stdout
    assert result.stdout.splitlines()[-1] == "3 files checked: 1 error, 0 warnings, 0 info; 2 could not be checked"


def test_exit_2_wins_over_findings_in_json(here):
    result = jsl("check", "--format", "json", post(here, "good.md", PHONE), "missing.md")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert len(data["findings"]) == 1 and data["errors"] == [{"path": "missing.md", "message": "no such file"}]
    assert "jsl: missing.md: no such file" in result.stderr


def test_empty_folder_warns_and_exits_0(here):
    (here / "empty").mkdir()
    result = jsl("check", "empty")
    assert result.exit_code == 0
    assert "no post files" in result.stderr
    assert result.stdout == "0 files checked: 0 errors, 0 warnings, 0 info\n"


def test_usage_errors_exit_2(here):
    assert jsl("check").exit_code == 2
    assert jsl("check", "--format", "xml", "a.md").exit_code == 2
    assert jsl("check", "--fail-on", "never", "a.md").exit_code == 2


# --- selection ----------------------------------------------------------------------------------

SELECTIONS = {
    "by-id": (["--select", "fixture-sale"], ["fixture-sale"]),
    "by-section": (["--select", "5.1"], ["fixture-number"]),
    "by-chapter": (["--select", "4"], ["fixture-alt"]),
    "comma-list": (["--select", "4,fixture-number"], ["fixture-alt", "fixture-number"]),
    "repeated": (["--select", "4", "--select", "5.1"], ["fixture-alt", "fixture-number"]),
    "ignore-id": (["--ignore", "fixture-sale"], ["fixture-alt", "fixture-number"]),
    "ignore-chapter": (["--select", "4,5", "--ignore", "5"], ["fixture-alt"]),
    "config-ids-beat-ignored-chapter": (["--ignore", "5"], ["fixture-alt", "fixture-number", "fixture-sale"]),
    "section-beats-chapter": (["--select", "5.7", "--ignore", "5"], ["fixture-sale"]),
    "chapter-loses-to-section": (["--select", "5", "--ignore", "5.7"], ["fixture-number"]),
    "id-beats-section": (["--select", "fixture-sale", "--ignore", "5.7"], ["fixture-sale"]),
    "tie-goes-to-ignore": (["--select", "5.1", "--ignore", "5.1"], []),
}


@pytest.mark.parametrize(("args", "expected"), list(SELECTIONS.values()), ids=list(SELECTIONS))
def test_select_and_ignore(here, args, expected):
    name = post(here, "a.md", f"![](a.jpg)\n{SALE}\n{PHONE}\n")
    assert fixture_rules(findings(name, *args)) == expected


def test_unknown_selector_on_the_command_line(here):
    result = jsl("check", "--select", "5.77", post(here, "a.md", SALE))
    assert result.exit_code == 2
    assert "unknown rule or section '5.77'" in result.stderr


def test_section_of_the_guideline_without_rules_is_accepted(here):
    result = jsl("check", "--select", "1", post(here, "a.md", SALE))
    assert result.exit_code == 0


# --- standard input -----------------------------------------------------------------------------

def test_stdin(here):
    result = jsl("check", "-", input=f"---\nplatform: x\n---\n{PHONE}\n".encode())
    assert result.exit_code == 1
    assert result.stdout.startswith("-:4:4: error 5.1 fixture-number")


def test_stdin_with_files(here):
    name = post(here, "a.md", SALE)
    found = findings(name, "-", input=PHONE.encode("cp932"))
    assert sorted((f["path"], f["rule"]) for f in found) == [("-", "fixture-number"), ("a.md", "fixture-sale")]


def test_stdin_filename_csv(here):
    found = findings("-", "--stdin-filename", "week.csv", input=f"text\n{SALE}\n{PHONE}\n".encode())
    assert [(f["path"], f["line"]) for f in found] == [("week.csv", 2), ("week.csv", 3)]


def test_empty_stdin_is_an_error(here):
    result = jsl("check", "-", input=b"")
    assert result.exit_code == 2 and "-: file is empty" in result.stdout


# --- other commands -----------------------------------------------------------------------------

def test_version_and_help():
    assert __version__ in jsl("--version").output
    result = jsl("check", "--help")
    assert result.exit_code == 0 and "--fail-on" in result.output and "Exit status" in result.output


def test_rules_lists_every_rule(here):
    lines = jsl("rules").stdout.splitlines()
    assert any(line.split()[:3] == ["5.1", "fixture-number", "error"] for line in lines)


def test_explain(here):
    result = jsl("explain", "fixture-sale")
    assert result.exit_code == 0 and result.stdout.startswith("ガイドライン 5.7:")
    assert "fixture-sale (warning): テスト用の宣伝の言い回し" in result.stdout
    assert "× 今だけ最安値" in result.stdout and "○ 粗大ごみ処理券を販売しています" in result.stdout
    assert jsl("explain", "5.7").stdout.startswith("ガイドライン 5.7:")
    assert jsl("explain", "no-such-rule").exit_code == 2


# --- a real process -----------------------------------------------------------------------------

def jsl_process(args: list[str], cwd: Path, stdin: bytes = b"", env: dict | None = None):
    script = Path(sys.executable).parent / "jsl"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "jsl"]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(command + args, cwd=cwd, input=stdin, capture_output=True, env=full_env, timeout=120)


def test_real_process_reads_stdin_and_prints_no_colour(here):
    done = jsl_process(["check", "-"], here, f"{SALE}\n{PHONE}\n".encode("utf-16"), {"NO_COLOR": "1"})
    out = done.stdout.decode("utf-8")
    assert done.returncode == 1, done.stderr.decode()
    assert "\x1b[" not in out
    assert out.splitlines()[0] == "-:1:1: warning 5.7 fixture-sale 「今だけ」はテスト用の指摘です。"
    assert out.splitlines()[3] == "-:2:4: error 5.1 fixture-number 「090-1234-5678」はテスト用の指摘です。"
    assert out.splitlines()[-1] == "1 file checked: 1 error, 1 warning, 0 info"


def test_real_process_sarif(here):
    post(here, "a.md", PHONE)
    done = jsl_process(["check", "--format", "sarif", "a.md"], here)
    assert done.returncode == 1
    assert json.loads(done.stdout)["runs"][0]["results"][0]["ruleId"] == "fixture-number"


@pytest.mark.parametrize(
    ("args", "config", "runs"),
    [
        (["--select", "5.7"], "", False),
        (["--select", "5.7", "--preview"], "", True),
        (["--select", "fixture-preview"], "", True),  # named by id: asked for
        (["--select", "5.7"], "preview = true\n", True),
    ],
    ids=["off-by-default", "preview-option", "selected-by-id", "config-preview"],
)
def test_preview_rules(tmp_path, monkeypatch, args, config, runs):
    from jslrun import fixture_config

    monkeypatch.chdir(tmp_path)
    fixture_config(tmp_path, extra=config, select=())
    name = post(tmp_path, "a.md", "新発売のお知らせ\n")
    assert ("fixture-preview" in fixture_rules(findings(name, *args))) is runs


# --- imports: only what a run needs -------------------------------------------------------------

HEAVY = {"fugashi", "yaml", "re2", "phonenumbers", "emoji", "rapidfuzz", "rich", "twitter_text", "markdown_it", "jsl.rules"}
LOADED = """
import sys
from jsl.cli import cli
try:
    cli.main(args=sys.argv[1:], prog_name="jsl")
except SystemExit:
    pass
sys.stderr.write(" ".join(sorted(sys.modules)))
"""


def loaded_modules(*args: str, cwd: Path) -> set[str]:
    run = subprocess.run([sys.executable, "-c", LOADED, *args], capture_output=True, text=True, cwd=cwd, check=True)
    return set(run.stderr.split())


def test_help_imports_nothing_heavy(tmp_path):
    assert loaded_modules("--help", cwd=tmp_path) & HEAVY == set()


def test_a_plain_draft_loads_only_what_it_needs(tmp_path):
    (tmp_path / "draft.txt").write_text("本日は晴天です。火の元に注意しましょう。\n", encoding="utf-8")
    loaded = loaded_modules("check", "draft.txt", cwd=tmp_path)
    assert "fugashi" in loaded  # the rules read words
    assert loaded & {"jsl.report.html", "jsl.report.sarif", "emoji", "phonenumbers", "twitter_text"} == set()
