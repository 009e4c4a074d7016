"""3.3, 3.4, 7.2: an account document states every item its kind requires.

One generic check serves the 運用方針 (policy, 3(3) ア–セ), the profile text and the homepage
listing (3(4)) and the withdrawal notice (7(2)). The rule's `items` option lists the items; each is
a mapping:

  id        the hit key: the rule's message variant of that name names the item and says what to add
  name      the item in Japanese, filled into the message as {item}
  cues      names of word lists (dictionaries/document-*.yaml): an entry found anywhere (by lemma)
            shows the item is stated
  labels    words that show the item only where they stand as a heading or label: a Markdown
            heading, a 【】 label, the text before a colon or a space at the start of a line, or a
            short line of its own (「1 目的」「(7) 運用体制」「連絡先:」「8 発信方法 週1回程度」)
  patterns  regular expressions on the normalized text (URLs, @IDs, dates, phone numbers)
  links     the name of a word list of domains: a link to one of them (or a subdomain) shows the item

An item with none of its cues is reported once, at the document's title: its first Markdown
heading, else its first non-blank line, so that every missing item of a document is listed in one
place, in the order of the rule's list.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from urllib.parse import urlsplit

from jsl.findings import Hit

OPTIONS = {"items": ("list", [])}

ITEM_KEYS = {"id", "name", "cues", "labels", "patterns", "links"}
HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(\S.*?)[ \t#]*$", re.MULTILINE)
# numbering and list marks in front of a label: 「1.」「(3)」「ア」「第2」「■」「-」
MARKS = re.compile(
    r"^[\s#]*(?:[-*+・■□●○◆◇▼▽▶►◎※]\s*)*"
    r"(?:第?\(?[0-9一二三四五六七八九十]{1,3}[).．、:章条項]?\s*|\(?[ア-ン][).．、]?(?=\s|[^ァ-ヶー]))?\s*"
)
BRACKET_LABEL = re.compile(r"^【([^】]{1,20})】")
COLON_LABEL = re.compile(r"^([^:。、]{1,20})[:]")
SPACE_LABEL = re.compile(r"^([^\s:。、]{1,20})\s+\S")  # 「8 発信方法 週1回程度」: Japanese prose has no spaces
SHORT_LINE = 24  # a line this short, with no 。, stands as a label of its own


def check(doc, options) -> Iterator[Hit]:
    items = options["items"]
    if not items:
        return
    missing = [item for item in items if not present(doc, item)]
    if not missing:
        return
    start, end = title_span(doc)
    for item in missing:
        yield Hit(start, end, str(item["id"]), {"item": str(item.get("name", item["id"]))})


def dictionary_names(options: Mapping) -> set[str]:
    """The word lists the items name (cues and links), for the dictionary hygiene tests."""
    names: set[str] = set()
    for item in options.get("items", ()):
        names.update(_names(item.get("cues")))
        names.update(_names(item.get("links")))
    return names


def present(doc, item: Mapping) -> bool:
    """True when any cue of the item is found in the document."""
    from jsl.matchers import find_words

    unknown = set(item) - ITEM_KEYS
    if unknown or "id" not in item:
        raise ValueError(f"required_items: an item needs an id and may have {sorted(ITEM_KEYS)}; got {sorted(item)}")
    for name in _names(item.get("cues")):
        if find_words(doc, _words(doc, name)):
            return True
    labels = _names(item.get("labels"))
    if labels and any(word in label for label in _labels(doc) for word in labels):
        return True
    text = doc.text.value
    for pattern in _names(item.get("patterns")):
        if _regex(pattern).search(text):
            return True
    if item.get("links"):
        domains = _words(doc, str(item["links"])).phrases
        return any(_host_in(link.url, domains) for link in doc.post.links)
    return False


def title_span(doc) -> tuple[int, int]:
    """Source span of the document's first Markdown heading, else of its first non-blank line."""
    body = doc.post.body
    value = body.value
    m = HEADING.search(value)
    if m:
        return body.to_source(m.start(1), m.end(1))
    for m in re.finditer(r"[^\r\n]+", value):
        line = m.group()
        if line.strip():
            start = m.start() + len(line) - len(line.lstrip())
            return body.to_source(start, m.start() + len(line.rstrip()))
    return body.to_source(0, 0)


def _labels(doc) -> list[str]:
    """Heading and label texts of the document, without their numbering (normalized text)."""
    labels = doc.cache.get("document_labels")
    if labels is None:
        labels = []
        for line in doc.text.value.splitlines():
            stripped = line.strip()
            if not stripped:
                continue
            heading = stripped.startswith("#")
            rest = MARKS.sub("", stripped, count=1)
            bracket = BRACKET_LABEL.match(rest)
            label = COLON_LABEL.match(rest) or SPACE_LABEL.match(rest)
            if heading or (len(rest) <= SHORT_LINE and "。" not in rest):
                labels.append(rest)
            elif bracket:
                labels.append(bracket.group(1))
            elif label:
                labels.append(label.group(1))
        doc.cache["document_labels"] = labels
    return labels


def _host_in(url: str, domains: Iterable[str]) -> bool:
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return False
    return any(host == d or host.endswith("." + d) for d in domains)


def _names(value: object) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _words(doc, name: str):
    """The word list by name, as the config changed it (jsl.toml [lists]) when it did."""
    from jsl import dictionaries

    return doc.lists.get(name) or dictionaries.load(name)


@cache
def _regex(pattern: str):
    from jsl.matchers import compile_regex

    return compile_regex(pattern)
