"""--format github: GitHub Actions workflow commands, one annotation per finding."""
from __future__ import annotations

from typing import TextIO

from jsl.findings import Finding, RunResult, Severity

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def render(result: RunResult, rules, out: TextIO) -> None:
    for f in result.findings:
        out.write(annotation(f) + "\n")
    for e in result.errors:
        out.write(f"::error file={escape_property(e.path)},title=jsl::{escape_data(e.message)}\n")


def annotation(f: Finding) -> str:
    from jsl.suppress import META_SECTION

    props = {"file": f.path, "line": f.start.line}
    if f.end.line == f.start.line:
        # GitHub takes col and endColumn only for a span on one line
        props.update(col=f.start.column, endLine=f.end.line, endColumn=f.end.column)
    else:
        props["endLine"] = f.end.line
    props["title"] = f"jsl {f.rule}" if f.section == META_SECTION else f"jsl {f.section} {f.rule}"
    joined = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items())
    return f"::{COMMANDS[f.severity]} {joined}::{escape_data(f.message)}"


def escape_data(s: str) -> str:
    """As @actions/core escapeData: %, CR and LF."""
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    """As @actions/core escapeProperty: also : and , which separate properties."""
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")
