"""--format json: one object with findings, files and errors."""
from __future__ import annotations

import json
from typing import TextIO

from jsl.findings import RunResult


def render(result: RunResult, rules, out: TextIO) -> None:
    data = {
        "findings": [f.as_dict() for f in result.findings],
        "files": result.files,
        "errors": [{"path": e.path, "message": e.message} for e in result.errors],
    }
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")
