"""--fix and --diff: apply findings' safe fixes to a file's text and write it back atomically.

Offsets are in the decoded source text, which keeps its line ends, so splicing
replacements into it and encoding with the file's own encoding and byte-order
mark changes nothing but the fixed spans. A file is replaced by renaming a
finished temporary file over it: an interrupted run leaves the old post whole.
"""
from __future__ import annotations

import codecs
import difflib
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from jsl.errors import JslError
from jsl.findings import Finding
from jsl.text import Source

MAX_ROUNDS = 10  # a fix may uncover another; stop well before any loop could matter
CSV_UNSAFE = frozenset('",\r\n')  # would break a cell: a quote must be doubled, a comma or line end splits it
BOMS = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    replacement: str


def edits(source: Source, findings: Iterable[Finding], csv: bool = False) -> list[Edit]:
    """The safe fixes to make, in order and not overlapping; the first of two overlapping fixes wins."""
    chosen: list[Edit] = []
    candidates = sorted(
        (Edit(f.offset, f.end_offset, f.fix.replacement) for f in findings if f.fix is not None and f.fix.safe),
        key=lambda e: (e.start, e.end, e.replacement),
    )
    for edit in candidates:
        if chosen and edit == chosen[-1]:
            continue  # two rules, one fix
        if chosen and edit.start < max(chosen[-1].end, chosen[-1].start + 1):
            continue
        original = source.text[edit.start : edit.end]
        if original == edit.replacement or not _encodable(edit.replacement, source.encoding):
            continue
        if csv and CSV_UNSAFE & set(original + edit.replacement):
            continue
        chosen.append(edit)
    return chosen


def _encodable(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def apply(text: str, chosen: Sequence[Edit]) -> str:
    """The text with the edits made, right to left so that earlier offsets stay valid."""
    for edit in sorted(chosen, key=lambda e: e.start, reverse=True):
        text = text[: edit.start] + edit.replacement + text[edit.end :]
    return text


def encode(source: Source, text: str) -> bytes:
    """The text as the file had it: same encoding, and the byte-order mark if it had one."""
    bom = BOMS.get(source.encoding.replace("_", "-").lower(), b"") if source.bom else b""
    return bom + text.encode(source.encoding)


def converge(source: Source, findings: Sequence[Finding], relint: Callable[[Source], tuple[Source, Sequence[Finding]]],
             csv: bool = False) -> tuple[str, int]:
    """Fix, check again, fix what is left, until nothing changes: (the fixed text, the number of fixes)."""
    text, count = source.text, 0
    current = source
    for _ in range(MAX_ROUNDS):
        chosen = edits(current, findings, csv)
        if not chosen:
            break
        text = apply(current.text, chosen)
        count += len(chosen)
        current, findings = relint(Source.of(source.path, text, source.encoding, source.bom))
        if current.text != text:
            break  # read back differently: do not build on it
    return text, count


def diff(source: Source, text: str) -> str:
    """A unified diff of the source and its fixed text (empty when they are the same)."""
    lines = difflib.unified_diff(
        source.text.splitlines(keepends=True), text.splitlines(keepends=True), f"a/{source.path}", f"b/{source.path}"
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)


def write(path: str, source: Source, text: str) -> None:
    """Replace the file with the fixed text, atomically; raises JslError and leaves the file as it was."""
    real = os.path.realpath(path)  # through a link, fix the file it points to and keep the link
    try:
        with open(real, "rb") as f:
            before = f.read()
        if before != encode(source, source.text):
            raise JslError(source.path, f"changed since it was read, or cannot be written back exactly in {source.encoding}; not fixed")
        data = encode(source, text)
        mode = stat.S_IMODE(os.stat(real).st_mode)
    except OSError as e:
        raise JslError(source.path, f"cannot be fixed: {e.strerror or e}") from None
    _replace(real, data, mode, source.path)


def _replace(real: str, data: bytes, mode: int, name: str) -> None:
    folder, base = os.path.split(real)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{base}.", suffix=".jsl-fix", dir=folder or ".")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, real)
        tmp = None
    except OSError as e:
        raise JslError(name, f"cannot be fixed: {e.strerror or e}; the file is unchanged") from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass



def run(paths: Sequence[str], result, lint: Callable, stdin_suffix: str, show_diff: bool, out, out_bytes):
    """--fix or --diff over a checked run: (the findings left, as a RunResult, and the number of fixes).

    --diff prints each file's diff to `out` and writes nothing. --fix writes each file
    back, or for standard input prints the fixed text to `out_bytes`; then checks again,
    so that what is reported is what remains. A file that cannot be written is a FileError.
    """
    import dataclasses

    from jsl import files
    from jsl.findings import FileError

    fixed = plan(result, lint, stdin_suffix)
    count = sum(n for _, _, n in fixed.values())
    if show_diff:
        for source, text, _ in fixed.values():
            out.write(diff(source, text))
        return result, count
    if "-" in paths:
        source = next(iter(result.sources.values()), None)
        if source is None:
            return result, 0
        path = source.path
        data = encode(source, fixed[path][1] if path in fixed else source.text)
        out_bytes.write(data)
        out_bytes.flush()
        return lint(["-"], data), count
    real = {files.display_name(p): p for p in files.discover(tuple(paths))}
    errors = []
    for path, (source, text, n) in fixed.items():
        try:
            write(real.get(path, path), source, text)
        except JslError as e:
            errors.append(FileError(e.path, e.message))
            count -= n
    again = lint(list(paths)) if fixed else result
    return dataclasses.replace(again, errors=again.errors + tuple(errors)), count


def plan(result, lint: Callable, stdin_suffix: str) -> dict[str, tuple[Source, str, int]]:
    """Each changing file's source, fixed text and number of fixes, found by fixing and checking again in memory."""
    by_path: dict[str, list[Finding]] = {}
    for f in result.findings:
        by_path.setdefault(f.path, []).append(f)
    out = {}
    for path, source in result.sources.items():
        csv = (stdin_suffix if path == "-" else os.path.splitext(path)[1]).lower() == ".csv"

        def relint(changed: Source) -> tuple[Source, Sequence[Finding]]:
            again = lint(["-"], encode(changed, changed.text), changed.path)
            return again.sources.get(changed.path, changed), () if again.errors else again.findings

        text, count = converge(source, by_path.get(path, ()), relint, csv)
        if text != source.text:
            out[path] = (source, text, count)
    return out
