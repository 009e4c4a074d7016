"""3.4: profile text longer than its platform's profile field is cut off or cannot be saved.

The limits are the rule's options (rules/3-accounts/3.4-profile-length.yaml says where each comes
from); 0 means "not measured", which is also the default here, so the figures live in data.
Every character counts 1 (a line break too, CRLF as one); the outer blanks are not counted. A
profile whose platform is unknown is not measured.
"""
from __future__ import annotations

from collections.abc import Iterator

OPTIONS = {
    "x_max_chars": (int, 0),
    "instagram_max_chars": (int, 0),
    "facebook_max_chars": (int, 0),
    "line_max_chars": (int, 0),
}


def check(doc, options) -> Iterator:
    platform = doc.platform
    limit = options.get(f"{platform}_max_chars", 0) if platform else 0
    if not limit:
        return
    body = doc.post.body.value
    kept = [i for i, ch in enumerate(body) if not (ch == "\r" and body.startswith("\n", i + 1))]
    while kept and body[kept[0]].isspace():
        kept.pop(0)
    while kept and body[kept[-1]].isspace():
        kept.pop()
    if len(kept) <= limit:
        return
    start, end = doc.post.body.to_source(kept[limit], kept[-1] + 1)
    from jsl.findings import Hit

    yield Hit(start, end, "default", {"limit": str(limit), "length": str(len(kept)), "platform": _NAMES.get(platform, platform)})


_NAMES = {"x": "X", "instagram": "Instagram", "facebook": "Facebook", "line": "LINE"}
