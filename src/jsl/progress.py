"""A progress bar on the terminal for long runs; never in JSON, SARIF or GitHub output, nor off a terminal."""
from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TextIO

MIN_FILES = 50  # a shorter run finishes before a bar is worth drawing


def wanted(fmt: str, stream: TextIO, files: int) -> bool:
    return fmt == "text" and files >= MIN_FILES and stream.isatty()


@contextlib.contextmanager
def bar(fmt: str, stream: TextIO) -> Iterator[Callable[[int, int], None]]:
    """A callback on_file(done, total) that draws a transient rich bar on `stream` when wanted."""
    state: dict = {}

    def on_file(done: int, total: int) -> None:
        if "progress" not in state:
            if not wanted(fmt, stream, total):
                state["progress"] = None
            else:
                from rich.console import Console
                from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

                progress = Progress("checking", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                                    console=Console(file=stream), transient=True)
                progress.start()
                state["progress"] = progress
                state["task"] = progress.add_task("check", total=total)
        if state["progress"] is not None:
            state["progress"].update(state["task"], completed=done)

    try:
        yield on_file
    finally:
        if state.get("progress") is not None:
            state["progress"].stop()
