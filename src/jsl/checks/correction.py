"""4.5: a correction (訂正) must say what was wrong and what is right.

The rule lists, as regular expressions, what announces a correction
(`markers`: 【訂正】, 訂正いたします) and what shows its content (`details`:
誤/正, 「…」→「…」, 正しくは). A post with a marker and no detail is reported
at the marker.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from jsl.findings import Hit
from jsl.matchers import compile_regex

OPTIONS = {"markers": ("regex-list", ()), "details": ("regex-list", ())}


@cache
def _compiled(patterns: tuple[str, ...]) -> re.Pattern | None:
    return compile_regex("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def check(doc, options) -> Iterator[Hit]:
    markers = _compiled(tuple(options["markers"]))
    details = _compiled(tuple(options["details"]))
    if markers is None:
        return
    text = doc.text.value
    marker = markers.search(text)
    if marker is None or (details is not None and details.search(text)):
        return
    yield doc.hit(marker.start(), marker.end())
