"""4.6: a video needs captions (front matter `videos: [{src, captions}]`)."""
from __future__ import annotations

from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {"none_words": ("list", ("none", "null", "no", "なし", "無し", "-"))}


def check(doc, options) -> Iterator[Hit]:
    none_words = {w.lower() for w in options["none_words"]}
    for video in doc.post.videos:
        captions = (video.captions or "").strip()
        if not captions or captions.lower() in none_words:
            yield Hit(video.start, video.end, "default", {"src": video.src})
