"""Find post files under the given paths and read each one into a Source."""
from __future__ import annotations

import codecs
import os
import stat
from collections.abc import Iterator

from jsl.errors import JslError
from jsl.text import Source

POST_SUFFIXES = (".txt", ".md", ".markdown", ".csv")
SKIP_DIRS = {".git", "node_modules", "__pycache__", ".venv", "venv"}
MAX_BYTES = 16 * 1024 * 1024
OPEN_FLAGS = getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def discover(paths: tuple[str, ...]) -> Iterator[str]:
    """Yield files to check: files as given, folders searched for post files.

    Hidden folders, .git and node_modules are skipped; folder links are not
    followed, so a link loop cannot trap the walk.
    """
    seen: set[str] = set()
    for given in paths:
        if given == "-" or not os.path.isdir(given):
            if given not in seen:
                seen.add(given)
                yield given
            continue
        for root, dirs, names in os.walk(given):
            dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
            for name in sorted(names):
                if name.lower().endswith(POST_SUFFIXES) and not name.startswith("."):
                    path = os.path.join(root, name)
                    if path not in seen:
                        seen.add(path)
                        yield path


def read(path: str, stdin_bytes: bytes | None = None) -> Source:
    """Read and decode one file; every problem is a JslError naming the file."""
    name = display_name(path)
    data = stdin_bytes if stdin_bytes is not None else _read_bytes(path, name)
    if len(data) > MAX_BYTES:
        raise _too_big(name, len(data))
    text, encoding, bom = decode(name, data)
    return Source.of(name, text, encoding, bom)


def display_name(path: str) -> str:
    """The path as printable text: a file name that is not UTF-8 (café in Latin-1) shows its bytes as \\xe9."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return path


def _read_bytes(path: str, name: str) -> bytes:
    """A regular file's bytes, at most MAX_BYTES (a FIFO or /dev/zero would never end; a file may grow)."""
    try:
        # non-blocking, so that opening a FIFO returns at once instead of waiting for a writer
        with os.fdopen(os.open(path, os.O_RDONLY | OPEN_FLAGS), "rb") as f:
            info = os.fstat(f.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise JslError(name, "is a folder")
            if not stat.S_ISREG(info.st_mode):
                raise JslError(name, "is not a regular file (a pipe, socket or device); jsl checks post files")
            if info.st_size > MAX_BYTES:
                raise _too_big(name, info.st_size)
            return f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise JslError(name, "no such file") from None
    except IsADirectoryError:
        raise JslError(name, "is a folder") from None
    except PermissionError:
        raise JslError(name, "permission denied") from None
    except OSError as e:
        raise JslError(name, f"cannot be read: {e.strerror or e}") from None


def _too_big(path: str, size: int) -> JslError:
    return JslError(path, f"file is {size / 1048576:.1f} MB; jsl checks post files up to {MAX_BYTES // 1048576} MB")


def decode(path: str, data: bytes) -> tuple[str, str, bool]:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else ISO-2022-JP, Shift_JIS (CP932) or EUC-JP, else a detected encoding."""
    if not data.strip():
        raise JslError(path, "file is empty")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as e:
                raise JslError(path, f"not valid {encoding.upper()} at byte {len(bom) + e.start}") from None
            return _clean(path, text), encoding, True
    if b"\x00" in data:
        raise JslError(path, "contains NUL bytes: a binary file, or UTF-16 without a byte-order mark; save posts as UTF-8")
    # ISO-2022-JP (old mail) is 7-bit, so it would pass as UTF-8 full of escape characters
    jis = ("iso2022_jp_ext",) if b"\x1b$B" in data or b"\x1b$@" in data else ()
    for encoding in (*jis, "utf-8", "cp932", "euc-jp"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "cp932" and _looks_like_euc(text, data):
            continue
        return _clean(path, text), encoding, False
    from charset_normalizer import from_bytes  # slow import: only for unusual files

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8",):
        raise JslError(path, "cannot tell the text encoding (not UTF-8, UTF-16, Shift_JIS or EUC-JP); save it as UTF-8")
    return _clean(path, str(best)), best.encoding, False


def _looks_like_euc(text: str, data: bytes) -> bool:
    """EUC-JP bytes also decode as CP932, into half-width katakana and odd kanji but never hiragana:
    prefer EUC-JP when only it gives hiragana, which nearly every Japanese post has."""
    if _hiragana(text):
        return False
    try:
        return _hiragana(data.decode("euc-jp")) > 0
    except UnicodeDecodeError:
        return False


def _hiragana(text: str) -> int:
    return sum(1 for ch in text if "\u3041" <= ch <= "\u309f")


def _clean(path: str, text: str) -> str:
    if "\x00" in text:
        raise JslError(path, "binary file (contains NUL characters)")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > 8:
        raise JslError(path, "binary file (control characters); jsl checks text posts (.txt, .md, .csv)")
    return text
