"""Validate the post metadata given in front matter or CSV columns."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from jsl.errors import JslError
from jsl.posts import KINDS, PLATFORMS, Image, Meta, Video
from jsl.text import Source


def locate(source: Source, value: str, start: int, end: int) -> tuple[int, int]:
    """The span of `value` inside source.text[start:end], else the whole region's first line."""
    at = source.text.find(value, start, end) if value else -1
    if at < 0:
        line_end = source.text.find("\n", start, end)
        return start, (line_end if line_end > start else end)
    return at, at + len(value)


class _Where:
    """Where metadata came from, so an error names the line of its key (front matter) or its row (CSV)."""

    def __init__(self, source: Source, line: int, region: tuple[int, int]):
        self.source, self.line, self.region = source, line, region

    def fail(self, key: str, message: str) -> JslError:
        m = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*:", re.MULTILINE).search(self.source.text, *self.region)
        line = self.source.position(m.start()).line if m else self.line
        return JslError(self.source.path, f"{key}: {message}", line)


def _text(where: _Where, key: str, value: object, field: str = "") -> str | None:
    if value is None or value is False:  # `captions: false` says there are none
        return None
    if value is True:
        return "true"
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    raise where.fail(key, f"{field + ' ' if field else ''}must be text, not {type(value).__name__}")


def build(source: Source, data: Mapping, line: int, region: tuple[int, int]) -> tuple[Meta, tuple[Image, ...], tuple[Video, ...]]:
    """Meta, images and videos from a mapping; spans point into `region` of the source."""
    where = _Where(source, line, region)
    platform = _text(where, "platform", data.get("platform"))
    if platform is not None:
        platform = platform.strip().lower()
        if platform not in PLATFORMS:
            raise where.fail("platform", f"must be one of {', '.join(PLATFORMS)}, not {platform!r}")
    kind = _text(where, "kind", data.get("kind")) or "post"
    if kind not in KINDS:
        raise where.fail("kind", f"must be one of {', '.join(KINDS)}, not {kind!r}")
    account = _text(where, "account", data.get("account"))
    scheduled = _text(where, "scheduled_at", data.get("scheduled_at"))
    if scheduled is not None:
        try:
            dt.datetime.fromisoformat(scheduled)
        except ValueError:
            raise where.fail("scheduled_at", f"is not an ISO 8601 time: {scheduled!r}") from None
    ignore = _ignore(where, data.get("jsl"))
    account_span = locate(source, account or "", *region) if account else region
    meta = Meta(platform, account, scheduled, kind, ignore, account_span)
    images = tuple(_images(where, data.get("images")))
    videos = tuple(_videos(where, data.get("videos")))
    return meta, images, videos


def _ignore(where: _Where, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, Mapping) or set(value) - {"ignore"}:
        raise where.fail("jsl", 'must be a mapping like {ignore: ["5.7"]}')
    items = value.get("ignore") or []
    if isinstance(items, str):
        items = [items]
    if not isinstance(items, list) or not all(isinstance(i, (str, int, float)) for i in items):
        raise where.fail("jsl", "ignore must be a list of rule ids or sections")
    return tuple(str(i) for i in items)


def _entries(where: _Where, key: str, value: object) -> list[Mapping]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise where.fail(key, f"must be a list, not {type(value).__name__}")
    out = []
    for item in value:
        if isinstance(item, str):
            item = {"src": item}
        if not isinstance(item, Mapping):
            raise where.fail(key, f"each item must be a file name or a mapping with src, not {type(item).__name__}")
        out.append(item)
    return out


def _images(where: _Where, value: object):
    for item in _entries(where, "images", value):
        src = _text(where, "images", item.get("src"), "src") or ""
        alt = _text(where, "images", item.get("alt"), "alt")
        yield Image(src, alt, *locate(where.source, src, *where.region))


def _videos(where: _Where, value: object):
    for item in _entries(where, "videos", value):
        src = _text(where, "videos", item.get("src"), "src") or ""
        captions = _text(where, "videos", item.get("captions"), "captions")
        yield Video(src, captions, *locate(where.source, src, *where.region))
