"""Turn a Source into posts: a .txt file is one post, a .md file one post with front matter, a .csv row one post."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from jsl.text import Source, Text, TextBuilder

PLATFORMS = ("x", "instagram", "facebook", "line")
KINDS = ("post", "policy", "profile", "listing", "withdrawal", "reply")


@dataclass(frozen=True, slots=True)
class Image:
    src: str
    alt: str | None
    start: int  # span in Source.text that a finding points at
    end: int
    inline: bool = False  # written as ![alt](src) in the body


@dataclass(frozen=True, slots=True)
class Video:
    src: str
    captions: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    start: int  # offsets in Post.body.value
    end: int


@dataclass(frozen=True, slots=True)
class Directive:
    """A <!-- jsl-… --> comment: kind is disable-next-line, disable or enable."""

    kind: str
    selectors: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Meta:
    platform: str | None = None
    account: str | None = None
    scheduled_at: str | None = None
    kind: str = "post"
    ignore: tuple[str, ...] = ()
    account_span: tuple[int, int] = (0, 0)
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Post:
    source: Source
    body: Text
    meta: Meta
    images: tuple[Image, ...] = ()
    videos: tuple[Video, ...] = ()
    links: tuple[Link, ...] = ()
    directives: tuple[Directive, ...] = ()
    row: int | None = None  # CSV: the row number (1 = first data row)

    @property
    def key(self) -> str:
        return self.source.path if self.row is None else f"{self.source.path}#{self.row}"


URL = re.compile(r"(?:https?|ftp)://[^\s<>\"'`()（）「」『』【】、。，．！？!]+(?:\([^\s()]*\)[^\s<>\"'`()（）「」『』【】、。]*)?", re.IGNORECASE)


def find_links(body: str) -> tuple[Link, ...]:
    links = []
    for m in URL.finditer(body):
        url = m.group().rstrip(".,;:")
        links.append(Link(url, m.start(), m.start() + len(url)))
    return tuple(links)


def parse(source: Source, stdin_suffix: str = ".md") -> list[Post]:
    """All posts in one file; raises JslError for malformed input."""
    from jsl import csvposts, markdown

    suffix = _suffix(source.path, stdin_suffix)
    if suffix == ".csv":
        return csvposts.parse(source)
    if suffix in (".md", ".markdown"):
        return [markdown.parse(source)]
    return [plain(source)]


def plain(source: Source) -> Post:
    builder = TextBuilder()
    builder.add(source.text, 0, len(source.text))
    body = builder.build()
    return Post(source, body, Meta(), links=find_links(body.value))


def _suffix(path: str, stdin_suffix: str) -> str:
    if path == "-":
        return stdin_suffix
    dot = path.rfind(".")
    return path[dot:].lower() if dot > path.rfind("/") else ".txt"
