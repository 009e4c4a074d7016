"""Read replies: a CSV file with a header, or JSON lines; each reply has text, and may have id, author, created_at."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from jsl.errors import JslError
from jsl.text import Source

# each field and the names it goes by in exports (X API v2: id, author_id, username, created_at, text)
FIELDS = {
    "id": ("id", "投稿id", "返信id"),
    "author": ("author", "username", "screen_name", "author_id", "user", "投稿者", "ユーザー"),
    "created_at": ("created_at", "timestamp", "date", "投稿日時", "日時"),
}
TEXT_COLUMNS = ("text", "本文", "message", "body")
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")


@dataclass(frozen=True)
class Reply:
    text: str
    line: int  # where the reply starts in its file
    id: str = ""
    author: str = ""
    created_at: str = ""


def parse(source: Source, fmt: str = "auto") -> list[Reply]:
    """All replies of one file; a JslError names the file and line of the first problem."""
    if fmt == "auto":
        fmt = _guess(source)
    replies = _jsonl(source) if fmt == "jsonl" else _csv(source)
    if not replies:
        raise JslError(source.path, "no replies in the file")
    return replies


def _guess(source: Source) -> str:
    path = source.path.lower()
    if path.endswith(JSON_SUFFIXES):
        return "jsonl"
    if path.endswith(".csv"):
        return "csv"
    return "jsonl" if source.text.lstrip("\ufeff \t\r\n").startswith("{") else "csv"


def _jsonl(source: Source) -> list[Reply]:
    replies = []
    for number, line in enumerate(source.text.lstrip("\ufeff").split("\n"), 1):  # not splitlines: U+2028 may stand inside a JSON string
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            raise JslError(source.path, f"not valid JSON ({e.msg}, column {e.colno}); each line must be one reply object", number) from None
        except RecursionError:
            raise JslError(source.path, "JSON nested too deeply; each line must be one flat reply object", number) from None
        if not isinstance(data, dict):
            raise JslError(source.path, f"each line must be a JSON object with \"text\", not {type(data).__name__}", number)
        replies.append(_reply(source, data, number, "key"))
    return replies


def _csv(source: Source) -> list[Reply]:
    reader = csv.reader(io.StringIO(source.text.lstrip("\ufeff"), newline=""), strict=True)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise JslError(source.path, "CSV has no header row", 1) from None
    except csv.Error as e:
        raise JslError(source.path, f"CSV header cannot be read: {e}", 1) from None
    column = next((name for name in TEXT_COLUMNS if name in header), None)
    if column is None:
        raise JslError(source.path, f"CSV has no text column (one of {', '.join(TEXT_COLUMNS)}); header is: {', '.join(header)}", 1)
    replies = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            raise JslError(source.path, f"CSV row cannot be read: {e}", start) from None
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise JslError(source.path, f"CSV row has {len(row)} fields; the header has {len(header)}", start)
        data = dict(zip(header, row))
        data["text"] = data[column]
        replies.append(_reply(source, data, start, "column"))
    return replies


def _reply(source: Source, data: dict, line: int, what: str) -> Reply:
    text = data.get("text")
    if not isinstance(text, str):
        problem = "has no" if text is None else f"has a {type(text).__name__} for"
        raise JslError(source.path, f"reply {problem} \"text\" {what}; the reply's words must be text", line)
    if not text.strip():
        raise JslError(source.path, "reply text is empty", line)
    fields = {}
    for name, aliases in FIELDS.items():
        key = next((k for k in aliases if data.get(k) not in (None, "")), aliases[0])
        value = data.get(key)
        if isinstance(value, (dict, list)):
            raise JslError(source.path, f"\"{key}\" must be text or a number, not {type(value).__name__}", line)
        fields[name] = "" if value is None else str(value).strip()
    return Reply(text, line, **fields)
