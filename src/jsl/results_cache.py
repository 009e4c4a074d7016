"""Per-file results kept between runs in .jsl_cache/, reused while the file and the rules are unchanged.

A file's entry is keyed by its size and content hash; the whole store by a fingerprint
of jsl's version, the rule and dictionary files, the config file, the chosen rules and the
platform. Checks that compare posts run afresh every time, over cached and new posts alike.
Set JSL_NO_CACHE=1 to neither read nor write it.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from jsl import __version__
from jsl.cache import file_key, read_pickle, write_pickle

FOLDER = ".jsl_cache"
MAX_HASHED = 4 * 1024 * 1024


def _stat_key(path: str) -> tuple | None:
    """The file's size and content hash (times can repeat within a clock tick; contents cannot lie)."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_HASHED + 1)
    except OSError:
        return None
    if len(data) > MAX_HASHED:
        return None  # large files are not cached
    return (len(data), hashlib.sha1(data).hexdigest())


def fingerprint(config, active, extra_files=()) -> str:
    from jsl.rules import _builtin_key

    parts = [__version__, _builtin_key(), sorted(r.id for r in active), config.platform]
    for path in (config.path, *extra_files):
        if path:
            try:
                parts.append(file_key(Path(path)))
            except OSError:
                parts.append(str(path))
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:16]


class ResultCache:
    def __init__(self, folder: Path, key: str):
        self.file = folder / f"results-{key}.pickle"
        loaded = read_pickle(self.file)
        self.old: dict = loaded if isinstance(loaded, dict) else {}
        self.new: dict = {}
        self.keys: dict[str, tuple | None] = {}  # hashed once per file: get() then put() on a miss

    def get(self, path: str):
        where = os.path.abspath(path)
        key = self.keys[where] = _stat_key(path)
        entry = self.old.get(where)
        if entry is not None and key is not None and entry[0] == key:
            self.new[where] = entry
            return entry[1]
        return None

    def put(self, path: str, result) -> None:
        where = os.path.abspath(path)
        key = self.keys[where] if where in self.keys else _stat_key(path)
        if key is not None:
            self.new[where] = (key, result)

    def save(self) -> None:
        """Write atomically; entries of files not checked this time are kept; failures are ignored."""
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            ignore = self.file.parent / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# written by jsl\n*\n", encoding="utf-8")
            for stale in self.file.parent.glob("results-*.pickle"):
                if stale != self.file:
                    stale.unlink()
        except OSError:
            return
        write_pickle(self.file, {**self.old, **self.new})


def open_for(config, active) -> ResultCache | None:
    if os.environ.get("JSL_NO_CACHE"):
        return None
    root = Path(config.path).parent if config.path else Path.cwd()
    extra = [p for folder in (*config.extra_rules, *config.extra_dictionaries) for p in sorted(Path(folder).rglob("*.yaml"))]
    try:
        return ResultCache(root / FOLDER, fingerprint(config, active, extra))
    except OSError:
        return None
