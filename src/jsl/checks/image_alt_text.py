"""4.6: an image needs alternative text that says what it shows."""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {"min_length": (int, 5), "placeholders": ("wordlist", "useless-alt")}

FILE_NAME = re.compile(r"^[\w.\-]+\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?)$", re.IGNORECASE)
GENERIC = re.compile(r"^(?:画像|写真|image|photo|picture|img|pic)[\s_\-]*\d*$", re.IGNORECASE)


def check(doc, options) -> Iterator[Hit]:
    placeholders = options["placeholders"].phrases if options["placeholders"] else frozenset()
    body = " ".join(doc.post.body.value.split())
    for image in doc.post.images:
        alt = " ".join((image.alt or "").split())
        if not alt:
            yield Hit(image.start, image.end, "missing", {"src": image.src})
        elif (
            len(alt) < options["min_length"]
            or alt in placeholders
            or FILE_NAME.match(alt)
            or GENERIC.match(alt)
            or _repeats_body(alt, body, doc.post.images)
        ):
            yield Hit(image.start, image.end, "useless", {"src": image.src, "alt": alt})


def _repeats_body(alt: str, body: str, images) -> bool:
    """The alt only repeats the post text (an inline image's own alt does not count)."""
    own = sum(1 for image in images if image.inline and " ".join((image.alt or "").split()) == alt)
    return len(alt) >= 10 and body.count(alt) > own
