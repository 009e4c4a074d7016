"""Reporters: the JSON shape, SARIF against the official 2.1.0 schema, GitHub commands, the text layout."""
from __future__ import annotations

import io
import json

import jsonschema
import pytest

from jsl import rules as rules_mod
from jsl.findings import FileError, Finding, Fix, Position, RunResult, Severity
from jsl.report import FORMATS, github, sarif, text
from jsl.text import Source
from jslrun import DATA, FIXTURE_DICTIONARIES, FIXTURE_RULES, here, jsl  # noqa: F401 (here is a fixture)

SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
POST = "---\nplatform: x\n---\n![](a.jpg)\n今だけ 連絡は０９０-1234-5678へ\n<!-- jsl-disable-next-line -->\n本日は晴れ\n"


def validate_sarif(log: dict) -> None:
    validator = jsonschema.Draft4Validator(SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def run(here, fmt: str, *extra: str):
    (here / "post.md").write_text(POST, encoding="utf-8")
    (here / "broken.csv").write_text("id,platform\n1,x\n", encoding="utf-8")
    return jsl("check", "--format", fmt, "post.md", "broken.csv", *extra)


def made(path="a.md", start=(1, 1), end=(1, 3), severity=Severity.ERROR, message="「今だけ」は宣伝です。", rule="fixture-sale", section="5.7", fix=None):
    return Finding(path, Position(*start), Position(*end), rule, section, severity, message, "今だけ", 0, 3, fix)


def test_every_format_is_registered():
    assert set(FORMATS) == {"text", "json", "sarif", "github", "html"}


# --- json ---------------------------------------------------------------------------------------

def test_json_shape(here):
    result = run(here, "json")
    assert result.exit_code == 2  # broken.csv has no text column; post.md is still checked
    data = json.loads(result.stdout)
    assert set(data) == {"findings", "files", "errors"}
    assert data["files"] == 2
    assert data["errors"] == [{"path": "broken.csv", "message": data["errors"][0]["message"]}]
    keys = {"path", "line", "column", "end_line", "end_column", "rule", "section", "severity", "message", "match"}
    assert all(set(f) == keys for f in data["findings"])
    got = [(f["rule"], f["severity"], f["line"], f["column"], f["end_column"], f["match"]) for f in data["findings"]]
    assert got == [
        ("fixture-alt", "info", 4, 1, 11, "![](a.jpg)"),
        ("fixture-sale", "warning", 5, 1, 4, "今だけ"),
        ("fixture-number", "error", 5, 8, 21, "０９０-1234-5678"),
        ("bare-suppression", "warning", 6, 1, 31, "<!-- jsl-disable-next-line -->"),
    ]


# --- sarif --------------------------------------------------------------------------------------

def test_sarif_validates_and_has_one_result_per_finding(here):
    result = run(here, "sarif")
    log = json.loads(result.stdout)
    validate_sarif(log)
    findings = json.loads(run(here, "json").stdout)["findings"]
    (sarif_run,) = log["runs"]
    assert sarif_run["columnKind"] == "unicodeCodePoints"
    results = sarif_run["results"]
    assert len(results) == len(findings)
    for f, r in zip(findings, results):
        region = r["locations"][0]["physicalLocation"]["region"]
        assert r["ruleId"] == f["rule"]
        assert r["level"] == {"error": "error", "warning": "warning", "info": "note"}[f["severity"]]
        assert r["message"]["text"] == f["message"]
        assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (
            f["line"], f["column"], f["end_line"], f["end_column"])
        assert sarif_run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == f["rule"]
    notes = sarif_run["invocations"][0]["toolExecutionNotifications"]
    assert sarif_run["invocations"][0]["executionSuccessful"] is False
    assert [n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for n in notes] == ["broken.csv"]


def test_sarif_describes_every_rule(here):
    log = json.loads(run(here, "sarif").stdout)
    described = {d["id"]: d for d in log["runs"][0]["tool"]["driver"]["rules"]}
    loaded = rules_mod.load_all((FIXTURE_RULES,), (FIXTURE_DICTIONARIES,))
    for rule in loaded:
        d = described[rule.id]
        assert d["shortDescription"]["text"] == rule.title
        assert d["properties"]["section"] == rule.section
    assert {"bare-suppression", "unknown-selector", "unused-suppression"} <= set(described)


def test_sarif_edge_cases_validate():
    findings = (
        made("日本語 フォルダ/投稿 #1.md"),
        made(start=(2, 5), end=(4, 1), severity=Severity.INFO, message="100% 確認\n二行目"),
        made(start=(3, 2), end=(3, 2)),  # an empty span
        made(fix=Fix("本日", safe=True)),
    )
    result = RunResult(findings, 2, (FileError("壊れた.csv", "no text column"),))
    out = io.StringIO()
    sarif.render(result, rules_mod.load_builtin(), out)
    log = json.loads(out.getvalue())
    validate_sarif(log)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "%E6%97%A5%E6%9C%AC%E8%AA%9E%20%E3%83%95%E3%82%A9%E3%83%AB%E3%83%80/%E6%8A%95%E7%A8%BF%20%231.md"
    (change,) = log["runs"][0]["results"][3]["fixes"][0]["artifactChanges"]
    assert change["replacements"] == [
        {"deletedRegion": {"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 3}, "insertedContent": {"text": "本日"}}
    ]


def test_sarif_with_no_findings_validates():
    out = io.StringIO()
    sarif.render(RunResult((), 0), [], out)
    log = json.loads(out.getvalue())
    validate_sarif(log)
    assert log["runs"][0]["results"] == []


# --- github -------------------------------------------------------------------------------------

def test_github_commands(here):
    lines = run(here, "github").stdout.splitlines()
    assert lines == [
        "::notice file=post.md,line=4,col=1,endLine=4,endColumn=11,title=jsl 4.6 fixture-alt::画像「a.jpg」に代替テキストがありません。",
        "::warning file=post.md,line=5,col=1,endLine=5,endColumn=4,title=jsl 5.7 fixture-sale::「今だけ」はテスト用の指摘です。",
        "::error file=post.md,line=5,col=8,endLine=5,endColumn=21,title=jsl 5.1 fixture-number::「０９０-1234-5678」はテスト用の指摘です。",
        lines[3],
        lines[4],
    ]
    assert lines[3].startswith("::warning file=post.md,line=6,col=1,endLine=6,endColumn=31,title=jsl bare-suppression::")
    assert lines[4].startswith("::error file=broken.csv,title=jsl::")


def test_github_escaping():
    f = made("a,b:c%.md", message="100%\r\n次の行")
    assert github.annotation(f) == (
        "::error file=a%2Cb%3Ac%25.md,line=1,col=1,endLine=1,endColumn=3,title=jsl 5.7 fixture-sale::100%25%0D%0A次の行"
    )


def test_github_multiline_span_has_no_columns():
    f = made(start=(2, 5), end=(4, 1))
    assert github.annotation(f).startswith("::error file=a.md,line=2,endLine=4,title=jsl 5.7 fixture-sale::")


# --- text ---------------------------------------------------------------------------------------

def test_text_layout(here):
    result = run(here, "text")
    out = result.stdout.splitlines()
    assert out[0] == "post.md:4:1: info 4.6 fixture-alt 画像「a.jpg」に代替テキストがありません。"
    assert out[1:3] == ["    ![](a.jpg)", "    ^^^^^^^^^^"]
    assert out[3] == "post.md:5:1: warning 5.7 fixture-sale 「今だけ」はテスト用の指摘です。"
    assert "\x1b[" not in result.stdout  # not a terminal: no colour
    assert out[-1] == "2 files checked: 1 error, 2 warnings, 1 info; 1 could not be checked"
    assert "error: broken.csv: " in out[-2]


def test_text_carets_under_full_width_text(here):
    (here / "wide.txt").write_text("ｶﾀｶﾅと全角：０９０-1234-5678\t今だけ😀最安値\n", encoding="utf-8")
    out = jsl("check", "wide.txt").stdout.splitlines()
    line = "    ｶﾀｶﾅと全角：０９０-1234-5678 今だけ😀最安値"
    #        cells: ｶﾀｶﾅ = 4, と全角： = 8 → the number starts 12 cells in; ０９０ is 6 cells wide
    assert out[1:3] == [line, "    " + " " * 12 + "^" * 16]
    # after the tab (shown as one space) and the emoji (2 cells)
    assert out[4:6] == [line, "    " + " " * 29 + "^" * 6]
    assert out[7:9] == [line, "    " + " " * 37 + "^" * 6]


def test_text_clean_run_prints_only_the_summary(here):
    (here / "ok.txt").write_text("本日は晴れです。\n", encoding="utf-8")
    result = jsl("check", "ok.txt")
    assert result.exit_code == 0
    assert result.stdout == "1 file checked: 0 errors, 0 warnings, 0 info\n"
    assert result.stderr == ""


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("no_color", "coloured"), [(False, True), (True, False)])
def test_text_colour_only_on_a_terminal_without_no_color(monkeypatch, no_color, coloured):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    source = Source.of("a.md", "今だけ\n")
    out = Terminal()
    text.render(RunResult((made(),), 1, sources={"a.md": source}), [], out)
    assert ("\x1b[" in out.getvalue()) is coloured
    assert "a.md:1:1" in out.getvalue()


def test_text_summary_counts():
    findings = (made(), made(severity=Severity.WARNING), made(severity=Severity.WARNING), made(severity=Severity.INFO))
    assert text.summary(RunResult(findings, 1)) == "1 file checked: 1 error, 2 warnings, 1 info"
    assert text.summary(RunResult((), 0, (FileError("x", "y"),))) == "0 files checked: 0 errors, 0 warnings, 0 info; 1 could not be checked"
