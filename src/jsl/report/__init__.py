"""Renderers: one per --format; each is render(result, rules, out) and only formats a RunResult.

A renderer's module is imported when its format is asked for, so `jsl check` loads only the one it prints.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping


class _Formats(Mapping):
    MODULES = ("text", "json", "sarif", "github", "html")  # --format name = module in jsl.report

    def __getitem__(self, name: str) -> Callable:
        if name not in self.MODULES:
            raise KeyError(name)
        return importlib.import_module(f"jsl.report.{name}").render

    def __iter__(self) -> Iterator[str]:
        return iter(self.MODULES)

    def __len__(self) -> int:
        return len(self.MODULES)


FORMATS = _Formats()
