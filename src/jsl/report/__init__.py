"""Renderers: one per --format; each only formats a RunResult."""
from __future__ import annotations

from jsl.report import json as json_report
from jsl.report import text as text_report

FORMATS = {
    "text": text_report.render,
    "json": json_report.render,
}
