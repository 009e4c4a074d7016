"""Source files as read, and strings that remember where each part came from."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from jsl.findings import Position


@dataclass(frozen=True, slots=True)
class Source:
    """One file as read: decoded text with its original line ends."""

    path: str
    text: str
    encoding: str = "utf-8"
    bom: bool = False
    line_starts: tuple[int, ...] = ()

    @classmethod
    def of(cls, path: str, text: str, encoding: str = "utf-8", bom: bool = False) -> "Source":
        starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n" or (ch == "\r" and not text.startswith("\n", i + 1)):
                starts.append(i + 1)
        return cls(path, text, encoding, bom, tuple(starts))

    def position(self, offset: int) -> Position:
        line = bisect_right(self.line_starts, offset) - 1
        return Position(line + 1, offset - self.line_starts[line] + 1)

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")


@dataclass(frozen=True, slots=True)
class Text:
    """A string plus a map from its offsets back to offsets in a Source.

    The map is a list of pieces (start here, start in source, length here,
    length in source). A piece whose two lengths are equal maps character by
    character; any other piece (an NFKC expansion, a folded symbol, a CSV
    doubled quote) maps as a whole.
    """

    value: str
    starts: tuple[int, ...]
    src_starts: tuple[int, ...]
    lengths: tuple[int, ...]
    src_lengths: tuple[int, ...]

    @classmethod
    def plain(cls, value: str, src_start: int = 0) -> "Text":
        return cls(value, (0,), (src_start,), (len(value),), (len(value),))

    def _piece(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        i = self._piece(start)
        if self.lengths[i] == self.src_lengths[i]:
            src_start = self.src_starts[i] + (start - self.starts[i])
        else:
            src_start = self.src_starts[i]
        j = self._piece(max(end - 1, start))
        if self.lengths[j] == self.src_lengths[j]:
            src_end = self.src_starts[j] + (end - self.starts[j])
        else:
            src_end = self.src_starts[j] + self.src_lengths[j]
        return src_start, max(src_end, src_start)

    def __len__(self) -> int:
        return len(self.value)


class TextBuilder:
    """Builds a Text piece by piece; neighbouring one-to-one pieces are merged."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.src_starts: list[int] = []
        self.lengths: list[int] = []
        self.src_lengths: list[int] = []
        self.size = 0

    def add(self, out: str, src_start: int, src_end: int) -> None:
        src_len = src_end - src_start
        if not out and not src_len:
            return
        exact = len(out) == src_len
        if (
            exact
            and self.lengths
            and self.lengths[-1] == self.src_lengths[-1]
            and self.src_starts[-1] + self.src_lengths[-1] == src_start
        ):
            self.lengths[-1] += len(out)
            self.src_lengths[-1] += src_len
        else:
            self.starts.append(self.size)
            self.src_starts.append(src_start)
            self.lengths.append(len(out))
            self.src_lengths.append(src_len)
        self.parts.append(out)
        self.size += len(out)

    def build(self) -> Text:
        if not self.starts:
            return Text("", (0,), (0,), (0,), (0,))
        return Text(
            "".join(self.parts),
            tuple(self.starts),
            tuple(self.src_starts),
            tuple(self.lengths),
            tuple(self.src_lengths),
        )
