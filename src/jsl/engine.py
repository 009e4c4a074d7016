"""Run rules over posts: matcher or check → Hits → unless → Findings with messages."""
from __future__ import annotations

import string
from collections.abc import Iterable, Iterator, Mapping, Sequence

from jsl.doc import Doc
from jsl.findings import Finding, Hit
from jsl.matchers import find_words
from jsl.posts import Post
from jsl.rules import Rule


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


FORMATTER = string.Formatter()


def message(rule: Rule, hit: Hit, match: str) -> str:
    fields = _Blank(hit.fields)
    fields.setdefault("match", match)
    if "entry_message" in fields:
        return FORMATTER.vformat(fields["entry_message"], (), fields)
    text = FORMATTER.vformat(rule.template(hit.key), (), fields)
    if fields.get("suggest") and "{suggest}" not in rule.template(hit.key):
        text += f"(言い換え例:{fields['suggest']})"
    return text


def finding(rule: Rule, post: Post, hit: Hit) -> Finding:
    source = post.source
    match = source.text[hit.start : hit.end]
    return Finding(
        path=source.path,
        start=source.position(hit.start),
        end=source.position(hit.end),
        rule=rule.id,
        section=rule.section,
        severity=rule.severity,
        message=message(rule, hit, match),
        match=match,
        offset=hit.start,
        end_offset=hit.end,
        fix=hit.fix,
    )


def hits(rule: Rule, doc: Doc) -> Iterable[Hit]:
    if rule.matcher is not None:
        found = rule.matcher.find(doc)
    else:
        from jsl.checks import CHECKS

        module = CHECKS[rule.check]
        if not hasattr(module, "check"):
            return ()
        found = module.check(doc, rule.options)
    if not _has_unless(rule):
        return list(found)
    return [hit for hit in found if not excepted(rule, doc, hit)]


def _has_unless(rule: Rule) -> bool:
    u = rule.unless
    return bool(u.phrases or u.lists or u.context or u.sentence_has)


def excepted(rule: Rule, doc: Doc, hit: Hit) -> bool:
    """True when an `unless` clause covers the hit."""
    unless = rule.unless
    if unless.context and unless.context & doc.flags_at(hit.start, hit.end):
        return True
    text = doc.text
    for phrase in unless.phrases:
        at = text.value.find(phrase)
        while at >= 0:
            s, e = text.to_source(at, at + len(phrase))
            if s <= hit.start and hit.end <= e:
                return True
            at = text.value.find(phrase, at + 1)
    for name in unless.lists:
        words = doc.lists.get(name) or _load(name)
        for start, end, _ in find_words(doc, words):
            s, e = text.to_source(start, end)
            if s <= hit.start and hit.end <= e:
                return True
    if unless.sentence_has:
        for sentence in doc.sentences:
            s, e = text.to_source(sentence.start, sentence.end)
            if s <= hit.start < e:
                if any(t.lemma in unless.sentence_has or t.surface in unless.sentence_has
                       for t in doc.tokens if sentence.start <= t.start < sentence.end):
                    return True
    return False


def _load(name: str):
    from jsl import dictionaries

    return dictionaries.load(name)


def lint_doc(doc: Doc, rules: Sequence[Rule]) -> list[Finding]:
    found = []
    kind = doc.post.meta.kind
    for rule in rules:
        if kind not in rule.kinds:
            continue
        for hit in hits(rule, doc):
            found.append(finding(rule, doc.post, hit))
    return found


def across(docs: Sequence[Doc], rules: Sequence[Rule]) -> Iterator[tuple[Doc, Finding]]:
    """Findings of checks that compare posts with each other (the same text posted twice), with their post."""
    from jsl.checks import CHECKS

    for rule in rules:
        module = CHECKS.get(rule.check) if rule.check else None
        if module is not None and hasattr(module, "check_run"):
            for doc, hit in module.check_run([d for d in docs if d.post.meta.kind in rule.kinds], rule.options):
                if not excepted(rule, doc, hit):
                    yield doc, finding(rule, doc.post, hit)


def lint_run(docs: Sequence[Doc], rules: Sequence[Rule]) -> list[Finding]:
    return [f for _, f in across(docs, rules)]


def make_doc(post: Post, lists: Mapping | None = None, platform: str | None = None) -> Doc:
    return Doc(post, lists or {}, post.meta.platform or platform)


def lint_text(text: str, rules: Sequence[Rule], path: str = "example.md", platform: str | None = None) -> list[Finding]:
    """The whole pipeline on one string, parsed as a post file named `path` (used by rule examples)."""
    from jsl import posts
    from jsl.suppress import apply
    from jsl.text import Source

    source = Source.of(path, text)
    docs = [make_doc(post, platform=platform) for post in posts.parse(source)]
    found = []
    for doc in docs:
        found += apply(lint_doc(doc, rules), doc.post)
    found += lint_run(docs, rules)
    return found
