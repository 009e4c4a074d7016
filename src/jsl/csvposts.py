"""CSV bulk-schedule files: a header row, then one post per row, with exact offsets for every cell."""
from __future__ import annotations

from dataclasses import dataclass

from jsl import meta as metadata
from jsl.errors import JslError
from jsl.posts import Image, Post, find_links
from jsl.text import Source, Text, TextBuilder

TEXT_COLUMNS = ("text", "message", "body", "本文")
MAX_COLUMNS = 200
MAX_ROWS = 50_000  # every post is kept for the checks that compare posts: bound the memory one small file can take


@dataclass(frozen=True, slots=True)
class Cell:
    value: Text  # maps back into the source, "" → " " handled
    start: int
    end: int


def parse(source: Source) -> list[Post]:
    rows = list(_rows(source))
    if not rows:
        raise JslError(source.path, "CSV file has no header row")
    header = [c.value.value.strip().lstrip("\ufeff").lower() for c in rows[0][1]]
    column = next((header.index(name) for name in TEXT_COLUMNS if name in header), None)
    if column is None:
        raise JslError(source.path, f"CSV has no text column (one of {', '.join(TEXT_COLUMNS)}); header is: {', '.join(header)}", 1)
    posts = []
    for number, (line, cells) in enumerate(rows[1:], 1):
        if len(cells) == 1 and not cells[0].value.value.strip():
            continue  # blank line
        if len(cells) != len(header):
            raise JslError(source.path, f"CSV row {number} has {len(cells)} fields; the header has {len(header)}", line)
        posts.append(_post(source, header, cells, column, line, number))
    return posts


def _post(source: Source, header: list[str], cells: list[Cell], column: int, line: int, number: int) -> Post:
    fields = {name: cell for name, cell in zip(header, cells)}
    data = {k: fields[k].value.value for k in ("platform", "account", "scheduled_at", "kind") if k in fields and fields[k].value.value.strip()}
    region = (cells[0].start, cells[-1].end)
    try:
        meta, _, _ = metadata.build(source, data, line, region)
    except JslError as e:
        raise JslError(e.path, f"CSV row {number}, column {e.message}", e.line) from None
    images = ()
    if "image" in fields and fields["image"].value.value.strip():
        image = fields["image"]
        alt = fields["alt"].value.value if "alt" in fields else None
        images = (Image(image.value.value.strip(), alt, image.start, image.end),)
    body = cells[column].value
    return Post(source, body, meta, images, (), find_links(body.value), (), row=number)


def _rows(source: Source):
    """RFC 4180 rows as (line number, cells); quoted cells may span lines, "" is a quote."""
    text = source.text
    n = len(text)
    pos = 0
    rows = 0
    while pos < n:
        line = source.position(pos).line
        rows += 1
        if rows > MAX_ROWS + 1:
            raise JslError(source.path, f"CSV has more than {MAX_ROWS:,} rows; split it into smaller files", line)
        cells: list[Cell] = []
        while True:
            cell, pos = _cell(source, pos)
            cells.append(cell)
            if len(cells) > MAX_COLUMNS:
                raise JslError(source.path, f"CSV row has more than {MAX_COLUMNS} fields", line)
            if pos < n and text[pos] == ",":
                pos += 1
                continue
            break
        if text.startswith("\r\n", pos):
            pos += 2
        elif pos < n and text[pos] in "\r\n":
            pos += 1
        yield line, cells


def _cell(source: Source, pos: int) -> tuple[Cell, int]:
    text = source.text
    n = len(text)
    builder = TextBuilder()
    start = pos
    if pos < n and text[pos] == '"':
        pos += 1
        while True:
            quote = text.find('"', pos)
            if quote < 0:
                raise JslError(source.path, "CSV has a quoted field that is never closed", source.position(start).line)
            builder.add(text[pos:quote], pos, quote)
            if text.startswith('""', quote):
                builder.add('"', quote, quote + 2)
                pos = quote + 2
                continue
            pos = quote + 1
            break
        if pos < n and text[pos] not in ",\r\n":
            raise JslError(source.path, "CSV has text after a closing quote", source.position(pos).line)
        return Cell(builder.build(), start, pos), pos
    end = pos
    while end < n and text[end] not in ",\r\n":
        end += 1
    builder.add(text[pos:end], pos, end)
    return Cell(builder.build(), start, end), end
