"""Markdown posts: YAML front matter, the body, inline images, links and jsl comments."""
from __future__ import annotations

import re

import yaml

from jsl import meta as metadata
from jsl.errors import JslError
from jsl.posts import Directive, Image, Post, find_links
from jsl.text import Source, TextBuilder

FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
DIRECTIVE = re.compile(r"^\s*jsl-(disable-next-line|disable|enable)\b(.*?)\s*$", re.DOTALL)
INLINE_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
MAX_FRONT = 64 * 1024


def parse(source: Source) -> Post:
    text = source.text
    data: dict = {}
    body_start = 0
    region = (0, 0)
    m = FRONT.match(text)
    if m:
        body_start = m.end()
        region = (m.start(1), m.end(1))
        data = load_front_matter(source.path, m.group(1))
    try:
        meta, images, videos = metadata.build(source, data, 2, region)
    except JslError as e:
        raise JslError(e.path, f"front matter: {e.message}", e.line) from None
    masked, directives, inline = _mask(source, body_start)
    return Post(
        source,
        masked,
        meta,
        images + inline,
        videos,
        find_links(masked.value),
        directives,
    )


def load_front_matter(path: str, block: str) -> dict:
    if len(block) > MAX_FRONT:
        raise JslError(path, f"front matter is over {MAX_FRONT // 1024} KB", 1)
    try:
        for event in yaml.parse(block, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                raise JslError(path, "front matter uses a YAML alias (*name); write the value out", 1 + event.start_mark.line + 1)
        data = yaml.safe_load(block)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = 2 + mark.line if mark else 1
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise JslError(path, f"front matter is not valid YAML: {problem}", line) from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise JslError(path, f"front matter must be a mapping of keys, not {type(data).__name__}", 2)
    return data


def _mask(source: Source, body_start: int):
    """The body as a Text with comments and image markup blanked out (offsets kept)."""
    text = source.text
    directives = []
    images = []
    blanks: list[tuple[int, int]] = []
    for m in COMMENT.finditer(text, body_start):
        blanks.append((m.start(), m.end()))
        d = DIRECTIVE.match(m.group(1))
        if d:
            selectors = tuple(s for s in re.split(r"[\s,]+", d.group(2)) if s)
            directives.append(Directive(d.group(1), selectors, m.start(), m.end()))
    comments = list(blanks)
    for m in INLINE_IMAGE.finditer(text, body_start):
        if any(start <= m.start() < end for start, end in comments):
            continue  # a commented-out image is not posted
        images.append(Image(m.group(2), m.group(1), m.start(), m.end(), inline=True))
        # keep the alt text visible to content rules; blank the markup and the file name
        blanks.append((m.start(), m.start(1)))
        blanks.append((m.end(1), m.end()))
    builder = TextBuilder()
    pos = body_start
    for start, end in sorted(blanks):
        if start < pos:
            continue
        builder.add(text[pos:start], pos, start)
        builder.add(_blank(text[start:end]), start, end)
        pos = end
    builder.add(text[pos:], pos, len(text))
    return builder.build(), tuple(directives), tuple(images)


def _blank(s: str) -> str:
    return "".join(ch if ch in "\r\n" else " " for ch in s)
