"""The guideline's sections ("5.7"), read from the copy shipped in rules/guideline.ja.md."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

from jsl.paths import rules_dir

CHAPTER = re.compile(r"^(?:#+\s*)?([1-7])\s+\S")
ITEM = re.compile(r"^(?:#+\s*)?(?:-\s*)?[（(]\s*(\d+)\s*[）)]\s*(.*)$")


@cache
def sections() -> dict[str, str]:
    """Section id -> its text, e.g. "5.7" -> "広告、宣伝、勧誘、営業活動、その他営利を目的とするもの"."""
    found: dict[str, str] = {}
    chapter = None
    text = (rules_dir() / "guideline.ja.md").read_text(encoding="utf-8")
    for raw in text.splitlines():
        line = unicodedata.normalize("NFKC", raw).strip()
        m = CHAPTER.match(line)
        if m and not line.startswith(("-", "(")):
            chapter = m.group(1)
            found.setdefault(chapter, line.lstrip("# ").strip())
            continue
        m = ITEM.match(line)
        if m and chapter:
            key = f"{chapter}.{int(m.group(1))}"
            found.setdefault(key, m.group(2).strip())
    return found


def chapters() -> set[str]:
    return {key for key in sections() if "." not in key}
