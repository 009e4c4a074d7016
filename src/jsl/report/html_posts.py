"""The posts an HTML report shows: a run's findings grouped by post, each with the text it is shown with."""
from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterator

from jsl.findings import Finding, RunResult


@dataclasses.dataclass(frozen=True)
class Shown:
    """One post as the page shows it; its findings' offsets point into `text` (None: the file's text is unknown)."""

    anchor: str
    path: str
    row: int | None
    text: str | None
    findings: tuple[Finding, ...]
    meta: object = None  # posts.Meta where the post could be parsed
    line: int = 1  # the file's line that `text` starts on
    body_start: int = 0  # where the text after the front matter starts in `text`


def shown_posts(result: RunResult) -> list[Shown]:
    """The posts that have findings, in the findings' order: a CSV file is split into its rows."""
    by_path: dict[str, list[Finding]] = {}
    for f in result.findings:
        by_path.setdefault(f.path, []).append(f)
    shown: list[Shown] = []
    for path, found in by_path.items():
        source = result.sources.get(path)
        for row, text, start, post, in_post in _split(source, found):
            moved = shifted(in_post, start)
            meta = post.meta if post is not None else None
            body_start = max(_body_start(post) - start, 0) if post is not None and row is None else 0
            line = source.position(start).line if source is not None else 1
            shown.append(Shown(f"post-{len(shown) + 1}", path, row, text, moved, meta, line, body_start))
    return shown


def shifted(findings, start: int) -> tuple[Finding, ...]:
    """The findings with their offsets counted from `start` (for showing a part of a file)."""
    return tuple(dataclasses.replace(f, offset=f.offset - start, end_offset=f.end_offset - start) for f in findings)


def _split(source, found: list[Finding]):
    """(row, text, start offset, post, findings) for each post of one file that has findings."""
    from jsl import posts
    from jsl.errors import JslError

    if source is None:
        yield None, None, 0, None, found
        return
    try:
        parsed = posts.parse(source)
    except JslError:
        parsed = []
    if any(post.row is not None for post in parsed):
        yield from _rows(source, parsed, found)
        return
    yield None, source.text, 0, parsed[0] if parsed else None, found


def _rows(source, parsed, found: list[Finding]) -> Iterator:
    """A CSV file's posts: each row runs from the start of its first line to the start of the next row
    (a finding in the header row goes with the first post)."""
    text = source.text
    starts = [source.line_starts[source.position(_anchor(post)).line - 1] for post in parsed]
    in_row: dict[int, list[Finding]] = {}
    for f in found:
        in_row.setdefault(max(bisect_right(starts, f.offset) - 1, 0), []).append(f)
    for n in sorted(in_row):
        start = starts[n]
        end = starts[n + 1] if n + 1 < len(starts) else len(text)
        yield parsed[n].row, text[start:end].rstrip("\r\n"), start, parsed[n], in_row[n]


def _body_start(post) -> int:
    """Where a .md post's text starts in its file, after the front matter (0 when it has none)."""
    from jsl.markdown import FRONT

    m = FRONT.match(post.source.text)
    if m is None:
        return 0
    # a .txt file that starts with "---" has no front matter: its body starts at 0
    return m.end() if not len(post.body) or post.body.to_source(0, len(post.body))[0] >= m.end() else 0


def _anchor(post) -> int:
    """The first offset known to lie in a CSV post's row: its text cell, an image cell or the account cell."""
    body = post.body
    known = [body.to_source(0, len(body))[0]] + [image.start for image in post.images]
    if post.meta.account_span != (0, 0):
        known.append(post.meta.account_span[0])
    return min(known)
