"""--format text: path:line:col severity section rule message, the line with the span marked, a summary."""
from __future__ import annotations

import os
from typing import TextIO

from jsl.findings import Finding, RunResult, Severity

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
INDENT = "    "


def render(result: RunResult, rules, out: TextIO) -> None:
    from rich.console import Console
    from rich.markup import escape

    color = _isatty(out) and not os.environ.get("NO_COLOR")  # no-color.org: set and not empty
    console = Console(file=out, force_terminal=color, no_color=not color, highlight=False, soft_wrap=True, emoji=False)
    for f in result.findings:
        console.print(
            f"[bold]{escape(f.path)}:{f.start.line}:{f.start.column}[/]: "
            f"[{STYLES[f.severity]}]{f.severity}[/] {f.section} [dim]{f.rule}[/] {escape(f.message)}"
        )
        source = result.sources.get(f.path)
        if source is not None:
            line, pad, carets = excerpt(source.line_text(f.start.line), f)
            console.print(INDENT + escape(line))
            console.print(f"{INDENT}{pad}[red]{carets}[/]")
    for e in result.errors:
        console.print(f"[bold red]error[/]: {escape(str(e))}")
    style = "green" if not result.findings and not result.errors else "bold"
    console.print(f"[{style}]{summary(result)}[/]")


def excerpt(line: str, f: Finding) -> tuple[str, str, str]:
    """The line as shown (tabs as one space), the spaces before the span and carets under it, in display cells."""
    from rich.cells import cell_len

    line = line.replace("\t", " ")
    start = f.start.column - 1
    end = f.end.column - 1 if f.end.line == f.start.line else len(line)
    before, span = line[:start], line[start:max(end, start + 1)]
    return line, " " * cell_len(before), "^" * max(cell_len(span), 1)


def summary(result: RunResult) -> str:
    """One line, e.g. "3 files checked: 2 errors, 1 warning, 0 info"."""
    parts = []
    for severity in sorted(Severity, reverse=True):
        n = sum(1 for f in result.findings if f.severity == severity)
        parts.append(f"{n} {severity}" + ("s" if n != 1 and severity != Severity.INFO else ""))
    text = f"{result.files} file{'s' if result.files != 1 else ''} checked: {', '.join(parts)}"
    if result.errors:
        text += f"; {len(result.errors)} could not be checked"
    return text


def _isatty(out: TextIO) -> bool:
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False
