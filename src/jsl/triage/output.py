"""Print triage verdicts: text for people, json and csv for tools."""
from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Sequence
from typing import TextIO

from jsl.triage.decide import Verdict
from jsl.triage.policy import Policy


def text(path: str, verdicts: Sequence[Verdict], policy: Policy, out: TextIO) -> None:
    for v in verdicts:
        who = " ".join(x for x in (v.reply.id and f"#{v.reply.id}", v.reply.author, v.reply.created_at) if x)
        out.write(f"{path}:{v.reply.line}: {v.action:<11} {who}".rstrip() + "\n")
        out.write(f"  {_excerpt(v.reply.text)}\n")
        for r in v.reasons:
            out.write(f"  - {r.section} {r.rule} → {r.action}: {r.message}\n")
        if v.action != policy.actions[0]:
            out.write(f"  対応: {policy.advice[v.action]}\n")
    counts = Counter(v.action for v in verdicts)
    summary = ", ".join(f"{name} {counts[name]}" for name in policy.actions if counts[name])
    out.write(f"\n{len(verdicts)} replies: {summary}\n")


def as_json(path: str, verdicts: Sequence[Verdict], policy: Policy, out: TextIO) -> None:
    counts = Counter(v.action for v in verdicts)
    data = {
        "file": path,
        "replies": [_record(path, v, policy) for v in verdicts],
        "summary": {name: counts[name] for name in policy.actions},
    }
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def as_csv(path: str, verdicts: Sequence[Verdict], policy: Policy, out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["file", "line", "id", "author", "created_at", "action", "rules", "sections", "reasons", "advice", "text"])
    for v in verdicts:
        writer.writerow([
            path, v.reply.line, v.reply.id, v.reply.author, v.reply.created_at, v.action,
            " ".join(r.rule for r in v.reasons),
            " ".join(sorted({r.section for r in v.reasons})),
            " / ".join(r.message for r in v.reasons),
            policy.advice[v.action],
            v.reply.text,
        ])


def _record(path: str, v: Verdict, policy: Policy) -> dict:
    reply = v.reply
    return {
        "file": path,
        "line": reply.line,
        "id": reply.id,
        "author": reply.author,
        "created_at": reply.created_at,
        "text": reply.text,
        "action": v.action,
        "advice": policy.advice[v.action],
        "reasons": [{"rule": r.rule, "section": r.section, "action": r.action, "match": r.match, "message": r.message} for r in v.reasons],
    }


def _excerpt(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


FORMATS = {"text": text, "json": as_json, "csv": as_csv}
