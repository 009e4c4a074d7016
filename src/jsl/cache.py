"""A small on-disk cache of pickled values, keyed by what they were made from.

Used for compiled word lists (tokenizing every entry costs more than checking a draft).
Files live in $JSL_CACHE_DIR, else $XDG_CACHE_HOME/jsl, else ~/.cache/jsl; a cache that
cannot be read or written is simply not used.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from jsl import __version__


def folder() -> Path:
    given = os.environ.get("JSL_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "jsl"


def file_key(path: Path) -> tuple:
    """What a value made from this file depends on: jsl's version, the path, its size and time."""
    st = os.stat(path)
    return (__version__, os.path.abspath(path), st.st_size, st.st_mtime_ns)  # abspath: resolve() costs an lstat per folder


def _file(kind: str, key: tuple) -> Path:
    digest = hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:20]
    return folder() / f"{kind}-{digest}.pickle"


def read_pickle(path: Path):
    """The value pickled at path, or None when it is missing or unreadable."""
    try:
        with open(path, "rb") as f:
            return pickle.load(f)  # noqa: S301 - jsl's own cache files, written by write_pickle
    except (OSError, pickle.PickleError, EOFError, ValueError, TypeError, AttributeError, ImportError):
        return None


def write_pickle(path: Path, value) -> None:
    """Write atomically (a temporary file renamed into place); failures are ignored."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, str(path))
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, pickle.PickleError):
        pass


def load(kind: str, key: tuple):
    """The cached value, or None."""
    stored = read_pickle(_file(kind, key))
    if not isinstance(stored, tuple) or len(stored) != 2:
        return None
    stored_key, value = stored
    return value if stored_key == key else None


def store(kind: str, key: tuple, value) -> None:
    write_pickle(_file(kind, key), (key, value))
