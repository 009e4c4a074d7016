"""The triage policy (actions.yaml): the actions, which finding leads to which, and which post rules read replies."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from jsl.errors import JslError

POLICY_FILE = Path(__file__).with_name("actions.yaml")


@dataclass(frozen=True)
class Block:
    repeats: int
    sections: frozenset[str]
    action: str
    rule: str
    section: str
    message: str


@dataclass(frozen=True)
class Lookalike:
    contains: tuple[str, ...]
    rule: str
    section: str
    message: str


@dataclass(frozen=True)
class Policy:
    actions: tuple[str, ...]  # least to most serious
    advice: dict[str, str]
    findings: dict[str, str]  # selector (rule id, section, chapter) → action
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    content_message: str
    block: Block
    official_list: str
    official_ignore: frozenset[str]
    lookalike: Lookalike

    def rank(self, action: str) -> int:
        return self.actions.index(action)

    def action_for(self, rule_id: str, section: str) -> str:
        """The action of the most specific selector naming this finding (id > section > chapter); else keep."""
        for key in (rule_id, section, section.split(".")[0]):
            if key in self.findings:
                return self.findings[key]
        return self.actions[0]


@cache
def load(path: Path = POLICY_FILE) -> Policy:
    origin = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        actions = data["actions"]
        findings = {str(k): str(v) for k, v in data["findings"].items()}
        unknown = sorted((set(findings.values()) | {data["block"]["action"]}) - set(actions))
        if unknown:
            raise JslError(origin, f"findings map to unknown action {unknown[0]!r} (actions: {', '.join(actions)})")
        block, official, lookalike = data["block"], data["official"], data["lookalike_author"]
        return Policy(
            actions=tuple(actions),
            advice={name: str(spec["advice"]) for name, spec in actions.items()},
            findings=findings,
            select=tuple(str(s) for s in data["content"]["select"]),
            ignore=tuple(str(s) for s in data["content"]["ignore"]),
            content_message=str(data["content"]["message"]),
            block=Block(int(block["repeats"]), frozenset(str(s) for s in block["sections"]), str(block["action"]),
                        str(block["rule"]), str(block["section"]), str(block["message"])),
            official_list=str(official["list"]),
            official_ignore=frozenset(official["ignore"]),
            lookalike=Lookalike(tuple(lookalike["contains"]), str(lookalike["rule"]), str(lookalike["section"]), str(lookalike["message"])),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as e:
        raise JslError(origin, f"triage policy cannot be used: {type(e).__name__}: {e}") from None
