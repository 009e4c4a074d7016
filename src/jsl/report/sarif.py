"""--format sarif: SARIF 2.1.0 for code-scanning tools; one result per finding, every rule described."""
from __future__ import annotations

import json
import os
from collections.abc import Sequence
from typing import TextIO
from urllib.parse import quote

from jsl import __version__
from jsl.findings import Finding, RunResult, Severity

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(result: RunResult, rules, out: TextIO) -> None:
    descriptors = rule_descriptors(rules)
    index = {d["id"]: n for n, d in enumerate(descriptors)}
    run = {
        "tool": {"driver": {"name": "jsl", "version": __version__, "rules": descriptors}},
        "columnKind": "unicodeCodePoints",
        "invocations": [invocation(result)],
        "results": [sarif_result(f, index) for f in result.findings],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    json.dump(log, out, ensure_ascii=False, indent=1)
    out.write("\n")


def rule_descriptors(rules: Sequence) -> list[dict]:
    """Every loaded rule, then jsl's own findings about its comments (bare, unknown, unused suppressions)."""
    from jsl.suppress import META_RULES, META_SECTION

    found = []
    for rule in sorted(rules, key=lambda r: r.id):
        descriptor = {
            "id": rule.id,
            "name": _camel(rule.id),
            "shortDescription": {"text": rule.title},
            "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.status != "preview"},
            "properties": {"section": rule.section, "tags": [f"guideline-{rule.section}"]},
        }
        if rule.why:
            descriptor["fullDescription"] = {"text": rule.why}
        found.append(descriptor)
    for rule_id, (severity, title) in META_RULES.items():
        found.append({
            "id": rule_id,
            "name": _camel(rule_id),
            "shortDescription": {"text": title},
            "defaultConfiguration": {"level": LEVELS[severity]},
            "properties": {"section": META_SECTION},
        })
    return found


def sarif_result(f: Finding, index: dict[str, int]) -> dict:
    region = {"startLine": f.start.line, "startColumn": f.start.column, "endLine": f.end.line, "endColumn": f.end.column}
    location = {"uri": uri(f.path)}
    result = {
        "ruleId": f.rule,
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": {**region, "snippet": {"text": f.match}}}}],
        "properties": {"section": f.section},
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    if f.fix is not None:
        replacement = {"deletedRegion": region, "insertedContent": {"text": f.fix.replacement}}
        result["fixes"] = [{
            "description": {"text": f"「{f.match}」を「{f.fix.replacement}」に"},
            "artifactChanges": [{"artifactLocation": location, "replacements": [replacement]}],
        }]
        result["properties"]["safeFix"] = f.fix.safe
    return result


def invocation(result: RunResult) -> dict:
    """Files that could not be checked become error notifications; the run then did not succeed."""
    notes = [
        {
            "level": "error",
            "message": {"text": e.message},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri(e.path)}}}],
        }
        for e in result.errors
    ]
    return {"executionSuccessful": not result.errors, "toolExecutionNotifications": notes}


def uri(path: str) -> str:
    """A relative path as a URI reference (folders with /, other characters percent-encoded)."""
    path = path.replace(os.sep, "/")
    if os.path.isabs(path):
        return "file://" + quote(path)
    return quote(path)


def _camel(rule_id: str) -> str:
    head, *rest = rule_id.split("-")
    return head + "".join(part.capitalize() for part in rest)
