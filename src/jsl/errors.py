"""The one exception jsl raises for bad input: it names the file, the line and the problem."""
from __future__ import annotations


class JslError(Exception):
    def __init__(self, path: str, message: str, line: int | None = None):
        self.path = path
        self.line = line
        self.message = message
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"
