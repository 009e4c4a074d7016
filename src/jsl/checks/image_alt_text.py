"""4.6: an image needs alternative text that says what it shows.

Useless alt texts: a file name (IMG_4528.JPG, DSC_0412), a bare word such as
画像 or 写真 with or without a number (写真1, 画像②), one character or only
symbols, the image's own file name, and a copy of the post text.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {"min_length": (int, 2), "placeholders": ("wordlist", "useless-alt")}

FILE_NAME = re.compile(r"^[\w.\-() ]+\.(?:jpe?g|png|gif|webp|heic|heif|bmp|tiff?|svg|avif)$", re.IGNORECASE)
CAMERA_NAME = re.compile(r"^(?:IMG|DSC[NF]?|DCIM|PXL|MVIMG|P|PIC|PHOTO|Screenshot|スクリーンショット)[_\-\s]?[\d_\-\s.:]{3,}$", re.IGNORECASE)
NUMBERED = re.compile(r"^(.+?)[\s_\-:#]*(?:その|No\.?)?[(\[]?\d{0,3}[)\]]?(?:枚目)?$", re.IGNORECASE)
GENERIC = re.compile(r"^(?:画像|写真|イメージ|image|photo|picture|img|pic)$", re.IGNORECASE)
NOT_WORDS = re.compile(r"[\W_]+")
SENTENCE = re.compile(r"(?<=[。！？!?])|\n")


def check(doc, options) -> Iterator[Hit]:
    placeholders = options["placeholders"].phrases if options["placeholders"] else frozenset()
    copies = _body_parts(doc.post.body.value)
    for image in doc.post.images:
        alt = " ".join((image.alt or "").split())
        if not alt:
            yield Hit(image.start, image.end, "missing", {"src": image.src})
        elif _useless(alt, image, placeholders, options["min_length"]) or _repeats_body(alt, image, copies):
            yield Hit(image.start, image.end, "useless", {"src": image.src, "alt": alt})


def _useless(alt: str, image, placeholders, min_length: int) -> bool:
    folded = unicodedata.normalize("NFKC", alt).strip()
    words = NOT_WORDS.sub("", folded)
    if len(words) < min_length or FILE_NAME.match(folded) or CAMERA_NAME.match(folded):
        return True
    numbered = NUMBERED.match(folded)
    stem = numbered.group(1).strip() if numbered else folded
    if folded in placeholders or stem in placeholders or GENERIC.match(stem):
        return True
    name = image.src.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return bool(name) and words.lower() == NOT_WORDS.sub("", name).lower()


def _plain(text: str) -> str:
    return NOT_WORDS.sub("", unicodedata.normalize("NFKC", text))


def _body_parts(body: str) -> dict[str, int]:
    """The whole body and each of its sentences and lines, without punctuation, with how often each occurs."""
    parts: dict[str, int] = {}
    for part in [body, *SENTENCE.split(body)]:
        plain = _plain(part)
        if plain:
            parts[plain] = parts.get(plain, 0) + 1
    return parts


def _repeats_body(alt: str, image, copies: dict[str, int]) -> bool:
    """The alt is the post text, or one of its sentences, again (an inline image's own alt does not count)."""
    plain = _plain(alt)
    return len(plain) >= 5 and copies.get(plain, 0) > (1 if image.inline else 0)
