"""Markdown posts: YAML front matter, the body, inline images, links and jsl comments."""
from __future__ import annotations

import bisect
import re

import re2

from jsl import meta as metadata
from jsl.errors import JslError
from jsl.posts import Directive, Image, Post, find_links
from jsl.text import Source, TextBuilder

FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.DOTALL | re.MULTILINE)
DIRECTIVE = re.compile(r"\s*jsl-(disable-next-line|disable|enable)\b(.*)", re.DOTALL)
# Python's \s, spelled out for RE2 (whose \s is ASCII only); RE2 keeps a long line of "![" linear
_S = r"[\t-\r\x{1c}-\x{20}\x{85}\x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}]"
INLINE_IMAGE = re2.compile(rf'!\[([^\]\n]*)\]\({_S}*<?([^)>\t-\r\x{{1c}}-\x{{20}}\x{{85}}\x{{a0}}\x{{1680}}\x{{2000}}-\x{{200a}}\x{{2028}}\x{{2029}}\x{{202f}}\x{{205f}}\x{{3000}}]+)>?(?:{_S}+"[^"]*")?{_S}*\)')
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
    """Safe YAML (libyaml when built in: this runs once per post); aliases are refused, so no alias bomb."""
    import yaml  # only for a post with front matter

    from jsl import safe_yaml

    loader = safe_yaml.loader()
    if len(block) > MAX_FRONT:
        raise JslError(path, f"front matter is over {MAX_FRONT // 1024} KB", 1)
    try:
        if "*" in block:  # no "*", no alias: skip the event scan for nearly every post
            for event in yaml.parse(block, Loader=loader):
                if isinstance(event, yaml.AliasEvent):
                    raise JslError(path, "front matter uses a YAML alias (*name); write the value out", 2 + event.start_mark.line)
        data = yaml.load(block, Loader=loader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = 2 + mark.line if mark else 1
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise JslError(path, f"front matter is not valid YAML: {problem}", line) from None
    except (ValueError, OverflowError, RecursionError) as e:  # e.g. a date like 2024-13-45 that YAML reads as a date
        raise JslError(path, f"front matter has a value YAML cannot read: {e}", 2) from None
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
    for start, end in _comments(text, body_start):
        blanks.append((start, end))
        d = DIRECTIVE.match(text[start + 4 : end - 3])
        if d:
            selectors = tuple(s for s in re.split(r"[\s,]+", d.group(2)) if s)
            directives.append(Directive(d.group(1), selectors, start, end))
    comment_starts = [start for start, _ in blanks]
    comment_ends = [end for _, end in blanks]
    for m in INLINE_IMAGE.finditer(text, body_start):
        at = bisect.bisect_right(comment_starts, m.start()) - 1
        if at >= 0 and m.start() < comment_ends[at]:
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


def _comments(text: str, pos: int):
    """Spans of <!-- ... --> comments, found in one pass (a regex rescans the rest of the file after each unclosed "<!--")."""
    while (start := text.find("<!--", pos)) >= 0:
        close = text.find("-->", start + 4)
        if close < 0:
            return
        pos = close + 3
        yield start, pos


def _blank(s: str) -> str:
    return "".join(ch if ch in "\r\n" else " " for ch in s)
