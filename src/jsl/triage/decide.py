"""Run the reply rules over each reply and decide its action: keep, hide/delete, block, report or police."""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jsl.rules import Rule
from jsl.triage.policy import Policy
from jsl.triage.replies import Reply


@dataclass(frozen=True)
class Reason:
    rule: str
    section: str
    action: str
    message: str
    match: str = ""


@dataclass(frozen=True)
class Verdict:
    reply: Reply
    action: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class ReplyRules:
    own: tuple[Rule, ...]  # written for replies (kinds: [reply])
    content: tuple[Rule, ...]  # post content rules the policy names, made to read replies

    @property
    def all(self) -> tuple[Rule, ...]:
        return self.own + self.content


def reply_rules(all_rules: Sequence[Rule], policy: Policy, ignore: Sequence[str] = (), preview: bool = False) -> ReplyRules:
    from jsl import selection

    own = [r for r in all_rules if "reply" in r.kinds]
    posts = [r for r in all_rules if "reply" not in r.kinds and "post" in r.kinds]
    content = selection.choose(posts, policy.select, (*policy.ignore, *ignore), preview)
    own = selection.choose(own, (), tuple(ignore), preview)
    return ReplyRules(tuple(own), tuple(dataclasses.replace(r, kinds=("reply",)) for r in content))


def triage(replies: Sequence[Reply], rules: ReplyRules, policy: Policy, lists: Mapping | None = None, path: str = "-") -> list[Verdict]:
    from jsl import dictionaries

    official = {_handle(a) for a in (lists or {}).get(policy.official_list, dictionaries.load(policy.official_list)).phrases}
    found = [_reasons(reply, rules, policy, lists, path, official) for reply in replies]
    verdicts = [Verdict(reply, _worst(reasons, policy), tuple(reasons)) for reply, reasons in zip(replies, found)]
    return _blocks(verdicts, policy)


def _reasons(reply: Reply, rules: ReplyRules, policy: Policy, lists, path: str, official: set[str]) -> list[Reason]:
    from jsl.engine import lint_doc, make_doc

    findings = lint_doc(make_doc(_post(reply, path), lists), rules.all)
    titles = {r.id: r.title for r in rules.content}  # a post rule's message tells a writer what to write instead
    is_official = _handle(reply.author) in official
    reasons = []
    seen = set()
    for f in sorted(findings, key=lambda f: (f.offset, f.rule)):
        if (is_official and f.rule in policy.official_ignore) or (f.rule, f.match) in seen:
            continue
        seen.add((f.rule, f.match))
        message = f.message
        if f.rule in titles:
            item = "{}({})".format(*f.section.split(".", 1))
            message = policy.content_message.format(match=f.match, title=titles[f.rule], item=item)
        reasons.append(Reason(f.rule, f.section, policy.action_for(f.rule, f.section), message, f.match))
    lookalike = policy.lookalike
    author = reply.author.lower()
    if author and not is_official and any(word.lower() in author for word in lookalike.contains):
        action = policy.action_for(lookalike.rule, lookalike.section)
        reasons.append(Reason(lookalike.rule, lookalike.section, action, lookalike.message.format(author=reply.author)))
    return reasons


def _handle(author: str) -> str:
    """@JosoKoiki.Fire and josokoiki.fire (an export's username) name the same account."""
    return author.strip().lstrip("@").lower()


def _post(reply: Reply, path: str):
    from jsl.posts import Meta, Post, find_links
    from jsl.text import Source, Text

    source = Source.of(path, reply.text)
    body = Text.plain(reply.text)
    return Post(source, body, Meta(kind="reply", account=reply.author or None), links=find_links(body.value))


def _worst(reasons: Sequence[Reason], policy: Policy) -> str:
    return max((r.action for r in reasons), key=policy.rank, default=policy.actions[0])


def _blocks(verdicts: list[Verdict], policy: Policy) -> list[Verdict]:
    """Replies hidden for a block section, by an author who did it `repeats` times or more, become block."""
    block = policy.block
    by_author: dict[str, list[int]] = defaultdict(list)
    for i, verdict in enumerate(verdicts):
        if verdict.reply.author and any(r.section in block.sections for r in verdict.reasons):
            by_author[verdict.reply.author].append(i)
    out = list(verdicts)
    for author, indexes in by_author.items():
        if len(indexes) < block.repeats:
            continue
        sections = sorted({r.section for i in indexes for r in verdicts[i].reasons if r.section in block.sections})
        message = block.message.format(author=author, sections="、".join(sections), count=len(indexes))
        for i in indexes:
            verdict = out[i]
            if policy.rank(verdict.action) < policy.rank(block.action):
                reason = Reason(block.rule, block.section, block.action, message)
                out[i] = Verdict(verdict.reply, block.action, (*verdict.reasons, reason))
    return out
