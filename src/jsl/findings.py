"""The records every step passes along: hits from rules, findings for reporters."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Mapping


class Severity(IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2

    @classmethod
    def parse(cls, name: str) -> "Severity":
        return cls[name.upper()]

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based, in characters


@dataclass(frozen=True, slots=True)
class Fix:
    replacement: str
    safe: bool = False


@dataclass(frozen=True, slots=True)
class Hit:
    """What a matcher or check reports: a span in the post's Source.text."""

    start: int
    end: int
    key: str = "default"
    fields: Mapping[str, str] = field(default_factory=dict)
    fix: Fix | None = None


@dataclass(frozen=True, slots=True)
class Finding:
    path: str
    start: Position
    end: Position
    rule: str
    section: str
    severity: Severity
    message: str
    match: str
    offset: int = 0  # start offset in the source text, for sorting and fixes
    end_offset: int = 0
    fix: Fix | None = None

    def as_dict(self) -> dict:
        return {
            "path": self.path,
            "line": self.start.line,
            "column": self.start.column,
            "end_line": self.end.line,
            "end_column": self.end.column,
            "rule": self.rule,
            "section": self.section,
            "severity": str(self.severity),
            "message": self.message,
            "match": self.match,
        }


@dataclass(frozen=True, slots=True)
class FileError:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class RunResult:
    findings: tuple[Finding, ...]
    files: int
    errors: tuple[FileError, ...] = ()
    sources: Mapping[str, object] = field(default_factory=dict, compare=False)  # path -> text.Source, for showing lines
