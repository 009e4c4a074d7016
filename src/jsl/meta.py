"""Validate the post metadata given in front matter or CSV columns."""
from __future__ import annotations

import datetime as dt
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


def _text(path: str, line: int, key: str, value: object, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    raise JslError(path, f"front matter: {key} must be text, not {type(value).__name__}", line)


def build(source: Source, data: Mapping, line: int, region: tuple[int, int]) -> tuple[Meta, tuple[Image, ...], tuple[Video, ...]]:
    """Meta, images and videos from a mapping; spans point into `region` of the source."""
    path = source.path
    platform = _text(path, line, "platform", data.get("platform"))
    if platform is not None:
        platform = platform.strip().lower()
        if platform not in PLATFORMS:
            raise JslError(path, f"front matter: platform must be one of {', '.join(PLATFORMS)}, not {platform!r}", line)
    kind = _text(path, line, "kind", data.get("kind")) or "post"
    if kind not in KINDS:
        raise JslError(path, f"front matter: kind must be one of {', '.join(KINDS)}, not {kind!r}", line)
    account = _text(path, line, "account", data.get("account"))
    scheduled = _text(path, line, "scheduled_at", data.get("scheduled_at"))
    if scheduled is not None:
        try:
            dt.datetime.fromisoformat(scheduled)
        except ValueError:
            raise JslError(path, f"front matter: scheduled_at is not an ISO 8601 time: {scheduled!r}", line) from None
    ignore = _ignore(path, line, data.get("jsl"))
    account_span = locate(source, account or "", *region) if account else region
    meta = Meta(platform, account, scheduled, kind, ignore, account_span)
    images = tuple(_images(source, data.get("images"), line, region))
    videos = tuple(_videos(source, data.get("videos"), line, region))
    return meta, images, videos


def _ignore(path: str, line: int, value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, Mapping) or set(value) - {"ignore"}:
        raise JslError(path, 'front matter: jsl must be a mapping like {ignore: ["5.7"]}', line)
    items = value.get("ignore") or []
    if isinstance(items, str):
        items = [items]
    if not isinstance(items, list) or not all(isinstance(i, (str, int, float)) for i in items):
        raise JslError(path, "front matter: jsl.ignore must be a list of rule ids or sections", line)
    return tuple(str(i) for i in items)


def _entries(path: str, line: int, key: str, value: object) -> list[Mapping]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise JslError(path, f"front matter: {key} must be a list, not {type(value).__name__}", line)
    out = []
    for item in value:
        if isinstance(item, str):
            item = {"src": item}
        if not isinstance(item, Mapping):
            raise JslError(path, f"front matter: each of {key} must be a mapping with src", line)
        out.append(item)
    return out


def _images(source: Source, value: object, line: int, region: tuple[int, int]):
    for item in _entries(source.path, line, "images", value):
        src = _text(source.path, line, "images.src", item.get("src")) or ""
        alt = _text(source.path, line, "images.alt", item.get("alt"))
        yield Image(src, alt, *locate(source, src, *region))


def _videos(source: Source, value: object, line: int, region: tuple[int, int]):
    for item in _entries(source.path, line, "videos", value):
        src = _text(source.path, line, "videos.src", item.get("src")) or ""
        captions = _text(source.path, line, "videos.captions", item.get("captions"))
        yield Video(src, captions, *locate(source, src, *region))
