"""Word lists by name: loaded from dictionaries/*.yaml, tokenized once into lemma patterns."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, cached_property
from pathlib import Path

from jsl.errors import JslError
from jsl.normalize import hiragana
from jsl.paths import dictionaries_dir

HEADER = ("name", "about", "source", "license", "entries")
ENTRY_KEYS = {"phrase", "lemma", "pos", "exact", "robust", "suggest", "message", "note"}


@dataclass(frozen=True, slots=True)
class Elem:
    """One token constraint: a lemma (or, when exact, a surface) and an optional POS prefix."""

    key: str
    exact: bool = False
    pos: tuple[str, ...] = ()
    cform: str = ""

    def __reduce__(self):
        # a plain constructor call: the dataclass default for slots classes reads fields() per object,
        # which made unpickling the cached rules the largest part of a one-draft run
        return (Elem, (self.key, self.exact, self.pos, self.cform))


@dataclass(frozen=True, slots=True)
class Entry:
    phrase: str
    pattern: tuple[Elem, ...]
    reading: str = ""  # hiragana reading, for robust matching
    robust: bool = False
    suggest: str | None = None
    message: str | None = None

    def __reduce__(self):
        return (Entry, (self.phrase, self.pattern, self.reading, self.robust, self.suggest, self.message))


@dataclass(frozen=True)
class WordList:
    name: str
    about: str
    entries: tuple[Entry, ...]
    origin: str = ""  # the lists' entries are indexed together, by jsl.lexicon

    @cached_property
    def robust_entries(self) -> list[Entry]:
        return [e for e in self.entries if e.robust and len(e.reading) >= 2]

    @cached_property
    def phrases(self) -> frozenset[str]:
        return frozenset(e.phrase for e in self.entries)

    def __contains__(self, phrase: str) -> bool:
        return phrase in self.phrases

    def changed(self, add: Iterable = (), remove: Iterable[str] = ()) -> "WordList":
        removed = set(remove)
        kept = [e for e in self.entries if e.phrase not in removed]
        added = [compile_entry(item, self.origin) for item in add]
        return replace(self, entries=tuple(kept + added))


def compile_entry(item: object, origin: str) -> Entry:
    from jsl.tokenize import tokenize

    if isinstance(item, (str, int)):
        item = {"phrase": str(item)}
    if not isinstance(item, dict):
        raise JslError(origin, f"dictionary entry must be text or a mapping, not {type(item).__name__}")
    unknown = set(item) - ENTRY_KEYS
    if unknown:
        raise JslError(origin, f"dictionary entry has unknown key {sorted(unknown)[0]!r}")
    from jsl.normalize import normalize
    from jsl.text import Text

    phrase = str(item.get("phrase") or item.get("lemma") or "").strip()
    if not phrase:
        raise JslError(origin, "dictionary entry has no phrase or lemma")
    pos = tuple(p for p in str(item.get("pos", "")).split(",") if p)
    exact = bool(item.get("exact", False))
    if "lemma" in item:
        pattern = (Elem(phrase, False, pos),)
        reading = ""
    else:
        tokens = tokenize(normalize(Text.plain(phrase)).value)
        if not tokens:
            raise JslError(origin, f"dictionary entry {phrase!r} has no words")
        pattern = tuple(
            Elem(t.surface if exact else t.lemma, exact, pos if i == 0 else (), t.cform if exact else "")
            for i, t in enumerate(tokens)
        )
        reading = hiragana("".join(t.reading for t in tokens))
    return Entry(phrase, pattern, reading, bool(item.get("robust", False)), item.get("suggest"), item.get("message"))


def load_file(path: Path) -> WordList:
    """A compiled word list; the compiled form is cached on disk until the file changes."""
    from jsl import cache

    try:
        key = cache.file_key(path)
    except OSError:
        key = None
    words = cache.load("words", key) if key else None
    if words is None:
        words = _compile_file(path)
        if key:
            cache.store("words", key, words)
    return words


def _compile_file(path: Path) -> WordList:
    import yaml  # only when a list is compiled, not when it comes from the cache

    from jsl import safe_yaml

    origin = str(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=safe_yaml.loader())  # noqa: S506 (a safe loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise JslError(origin, f"not valid YAML: {getattr(e, 'problem', e)}", mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise JslError(origin, "a dictionary file must be a mapping with name, about, source, license, entries")
    missing = [k for k in HEADER if k not in data]
    if missing:
        raise JslError(origin, f"dictionary header lacks {', '.join(missing)}")
    if data["name"] != path.stem:
        raise JslError(origin, f"dictionary name {data['name']!r} differs from its file name {path.stem!r}")
    entries = data["entries"] or []
    if not isinstance(entries, list):
        raise JslError(origin, "entries must be a list")
    return WordList(data["name"], data["about"], tuple(compile_entry(e, origin) for e in entries), origin)


@cache
def available(extra_dirs: tuple[Path, ...] = ()) -> dict[str, Path]:
    found = {}
    for folder in (dictionaries_dir(), *extra_dirs):
        for path in sorted(Path(folder).glob("*.yaml")):
            found[path.stem] = path
    return found


@cache
def load(name: str, extra_dirs: tuple[Path, ...] = ()) -> WordList:
    paths = available(extra_dirs)
    if name not in paths:
        raise KeyError(name)
    return load_file(paths[name])
