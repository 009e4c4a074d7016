"""--format text: path:line:col severity section rule message, then the line with the span marked."""
from __future__ import annotations

import os
from typing import TextIO

from jsl.findings import RunResult, Severity

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def render(result: RunResult, rules, out: TextIO, sources: dict | None = None) -> None:
    from rich.console import Console
    from rich.markup import escape

    color = out.isatty() and "NO_COLOR" not in os.environ
    console = Console(file=out, force_terminal=color, no_color=not color, highlight=False, soft_wrap=True)
    sources = sources or {}
    for f in result.findings:
        console.print(
            f"[bold]{escape(f.path)}:{f.start.line}:{f.start.column}[/]: "
            f"[{STYLES[f.severity]}]{f.severity}[/] {f.section} [dim]{f.rule}[/] {escape(f.message)}"
        )
        source = sources.get(f.path)
        if source is not None:
            line = source.line_text(f.start.line)
            end_col = f.end.column if f.end.line == f.start.line else len(line) + 1
            width = max(end_col - f.start.column, 1)
            console.print("    " + escape(line))
            console.print("    " + _pad(line[: f.start.column - 1]) + "[red]" + "^" * _cells(line[f.start.column - 1 : f.start.column - 1 + width]) + "[/]")
    for e in result.errors:
        console.print(f"[bold red]error[/]: {escape(str(e))}")
    n = len(result.findings)
    summary = f"{result.files} file(s) checked, {n} finding(s)" + (f", {len(result.errors)} error(s)" if result.errors else "")
    console.print(("[green]" if not n and not result.errors else "[bold]") + summary + "[/]")


def _cells(s: str) -> int:
    from rich.cells import cell_len

    return max(cell_len(s), 1)


def _pad(s: str) -> str:
    from rich.cells import cell_len

    return " " * cell_len(s)
