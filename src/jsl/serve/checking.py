"""Check a draft sent by the page: the fields become front matter of a Markdown post, run as `jsl check -` runs it.

The page shows the draft text without the front matter, so every offset and line is moved back by the
front matter's length; a finding inside the front matter (an image without a description) names its
field instead ("images.0").
"""
from __future__ import annotations

import dataclasses
import threading
from collections.abc import Mapping, Sequence

import yaml

from jsl import guideline, posts, runner
from jsl.checks import platform_limits
from jsl.config import Config
from jsl.findings import Finding
from jsl.posts import PLATFORMS
from jsl.report.highlight import marked_html
from jsl.rules import Rule

MAX_ROWS = 50  # images or videos in one draft
MAX_FIELD = 1000  # characters in one field other than the text


class BadDraft(ValueError):
    """The request is not a draft the page could have sent."""


@dataclasses.dataclass(frozen=True)
class Draft:
    text: str
    platform: str | None = None
    account: str | None = None
    scheduled_at: str | None = None
    images: tuple[tuple[str, str], ...] = ()  # (file name, description)
    videos: tuple[tuple[str, str], ...] = ()  # (file name, captions file)

    @classmethod
    def from_json(cls, data: object) -> "Draft":
        if not isinstance(data, Mapping) or not isinstance(data.get("text", ""), str):
            raise BadDraft("expected an object with text")
        platform = _field(data, "platform") or None
        if platform is not None and platform not in PLATFORMS:
            raise BadDraft(f"platform must be one of {', '.join(PLATFORMS)}")
        return cls(
            _clean(data.get("text", "")),
            platform,
            _field(data, "account") or None,
            _field(data, "scheduled_at") or None,
            _rows(data, "images", "src", "alt"),
            _rows(data, "videos", "src", "captions"),
        )


def _clean(value: str) -> str:
    """Lone surrogates (possible in JSON) cannot be encoded: show them as U+FFFD, one character for one."""
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace") if any("\ud800" <= c <= "\udfff" for c in value) else value


def _field(data: Mapping, key: str) -> str:
    value = data.get(key) or ""
    if not isinstance(value, str) or len(value) > MAX_FIELD:
        raise BadDraft(f"{key} must be text of at most {MAX_FIELD} characters")
    return " ".join(_clean(value).split())


def _rows(data: Mapping, key: str, first: str, second: str) -> tuple[tuple[str, str], ...]:
    rows = data.get(key) or []
    if not isinstance(rows, list) or len(rows) > MAX_ROWS or not all(isinstance(r, Mapping) for r in rows):
        raise BadDraft(f"{key} must be a list of at most {MAX_ROWS} objects")
    return tuple((_field(r, first), _field(r, second)) for r in rows)


def post_file(draft: Draft) -> tuple[str, list[tuple[int, int, str]]]:
    """The draft as a Markdown post, and (start, end, field) for each front matter line that holds a field."""
    lines: list[tuple[str, str]] = [("---\n", "")]

    def add(field: str, lead: str, value) -> None:
        dumped = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, sort_keys=False, width=10**9)
        lines.append((lead + dumped.removesuffix("\n...\n").rstrip("\n") + "\n", field))

    for key in ("platform", "account", "scheduled_at"):
        if getattr(draft, key):
            add(key, f"{key}: ", getattr(draft, key))
    for key, names, label in (("images", ("src", "alt"), "画像"), ("videos", ("src", "captions"), "動画")):
        rows = getattr(draft, key)
        if rows:
            lines.append((f"{key}:\n", ""))
        for n, (name, other) in enumerate(rows):
            item = {names[0]: name or f"{label}{n + 1}"}
            if other:
                item[names[1]] = other
            add(f"{key}.{n}", "- ", item)
    lines.append(("---\n", ""))
    fields, at = [], 0
    for line, field in lines:
        if field:
            fields.append((at, at + len(line), field))
        at += len(line)
    return "".join(line for line, _ in lines) + draft.text, fields


class Checker:
    """The configured rules, loaded once; check() is what POST /check answers."""

    def __init__(self, config: Config, all_rules: Sequence[Rule], active: Sequence[Rule]):
        self.config, self.all_rules, self.active = config, list(all_rules), list(active)
        self.titles = {r.id: r.title for r in all_rules}
        self.limits = _limits(self.all_rules)
        self._lock = threading.Lock()  # one tagger, one check at a time

    @classmethod
    def for_config(cls, config: Config) -> "Checker":
        """The rules `jsl check` would run with this config (raises JslError for a bad config or rule)."""
        from jsl import selection

        all_rules = runner.configured_rules(config)
        return cls(config, all_rules, selection.choose(all_rules, config.select, config.ignore, config.preview))

    def check(self, draft: Draft) -> dict:
        text, fields = post_file(draft)
        header = len(text) - len(draft.text)
        with self._lock:
            result = runner.check_paths(["-"], self.config, self.active, self.all_rules, text.encode("utf-8"), ".md", "-")
        shown = [self._shown(f, header, text.count("\n", 0, header), fields) for f in result.findings]
        moved = [dataclasses.replace(f, offset=f.offset - header, end_offset=f.end_offset - header) for f in result.findings]
        source = result.sources.get("-")
        return {
            "findings": shown,
            "errors": [e.message for e in result.errors],
            "html": marked_html(draft.text, moved),
            "lengths": self.lengths(source) if source is not None and not result.errors else None,
        }

    def _shown(self, f: Finding, header: int, header_lines: int, fields: list[tuple[int, int, str]]) -> dict:
        out = f.as_dict()
        del out["path"]
        sections = guideline.sections()
        out.update(title=self.titles.get(f.rule, ""), section_text=sections.get(f.section, ""), field=None,
                   fix=f.fix.replacement if f.fix else None)
        if f.offset >= header:
            out.update(offset=f.offset - header, end_offset=f.end_offset - header,
                       line=f.start.line - header_lines, end_line=f.end.line - header_lines)
        else:
            field = next((name for s, e, name in fields if s <= f.offset < e), "")
            out.update(offset=None, end_offset=None, line=None, column=None, end_line=None, end_column=None, field=field)
        return out

    def lengths(self, source) -> dict:
        """The platforms' own measures of the text as it would be posted, with their limits."""
        post = posts.parse(source)[0]
        text, _ = platform_limits.posted_text(post)
        x = None  # X's weighted length costs most: only for the page's X counter (platform X or not given)
        if post.meta.platform in (None, "x"):
            x = {"length": platform_limits.x_weighted_length(text), "limit": self.limits["x_max_weighted"]}
        return {
            "x": x,
            "instagram": {"length": len(text), "limit": self.limits["instagram_max_chars"],
                          "hashtags": len(platform_limits.hashtags(text)), "hashtag_limit": self.limits["instagram_max_hashtags"]},
            "facebook": {"length": len(text), "limit": self.limits["facebook_max_chars"]},
            "line": {"length": len(text), "limit": self.limits["line_max_chars"]},
        }


def _limits(all_rules: Sequence[Rule]) -> dict:
    """platform_limits' options as configured (from the rule that runs it), else its defaults."""
    limits = {name: default for name, (_, default) in platform_limits.OPTIONS.items()}
    for rule in all_rules:
        if rule.check == "platform_limits":
            limits.update({k: v for k, v in rule.options.items() if k in limits})
    return limits
