"""Renderers: one per --format; each is render(result, rules, out) and only formats a RunResult."""
from __future__ import annotations

from jsl.report import github, json, sarif, text

FORMATS = {
    "text": text.render,
    "json": json.render,
    "sarif": sarif.render,
    "github": github.render,
}
