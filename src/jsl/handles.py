"""Account handles (@name) in a post, and whether a handle is meant to be one of the body's own."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

# Found in the ORIGINAL body, not the NFKC text, so that full-width letters (@josokoiki.ｓｏｍｕ) stay visible.
# The look-behind keeps e-mail addresses (name@example.com) out.
HANDLE = re.compile(
    r"(?<![A-Za-z0-9._%+\-/Ａ-Ｚａ-ｚ０-９＿．])[@＠]([A-Za-z0-9_.\-Ａ-Ｚａ-ｚ０-９＿．－]+)"
)
SEPARATORS = re.compile(r"[^a-z0-9]")
# departments of the body, as they appear after a wrong brand spelling (@joso_fire); see account-id's options
DEPARTMENTS = ("fire", "shobo", "kyukyu", "yobo", "keibo", "shirei", "somu", "kanri", "kankyo", "saijo", "clean")


@dataclass(frozen=True, slots=True)
class Handle:
    text: str  # as written, with its @
    start: int  # offsets in Post.body.value
    end: int

    @property
    def folded(self) -> str:
        """NFKC, lower case, letters and digits only: @JosoKoiki.Ｆｉｒｅ → josokoikifire."""
        return SEPARATORS.sub("", unicodedata.normalize("NFKC", self.text).lower())


def find(body: str) -> list[Handle]:
    found = []
    for m in HANDLE.finditer(body):
        text = m.group().rstrip(".．-－")
        if len(text) > 1:
            found.append(Handle(text, m.start(), m.start() + len(text)))
    return found


def in_doc(doc) -> list[Handle]:
    cached = doc.cache.get("handles")
    if cached is None:
        cached = find(doc.post.body.value)
        doc.cache["handles"] = cached
    return cached


def is_own(handle: str, brand: str, departments: frozenset[str], similarity: float) -> bool:
    """The handle is meant to be the body's: it resembles the brand (josokoiki, josokoki, joso.koiki)
    or is the brand's first part plus a department of the body (@joso_fire)."""
    folded = SEPARATORS.sub("", unicodedata.normalize("NFKC", handle).lower())
    if not folded:
        return False
    if resembles_brand(handle, brand, similarity):
        return True
    stem = brand[:4]
    if folded.startswith(stem):
        rest = folded[len(stem):]
        return "koiki" in rest or _department_word(handle, stem) in departments
    return False


def resembles_brand(handle: str, brand: str, similarity: float) -> bool:
    """The handle starts with the brand or a near spelling of it (josokoiki, josokoki, joso.koiki)."""
    from rapidfuzz import fuzz

    folded = SEPARATORS.sub("", unicodedata.normalize("NFKC", handle).lower())
    n = len(brand)
    return bool(folded) and max(fuzz.ratio(folded[:k], brand) for k in (n - 1, n, n + 1)) >= similarity


def _department_word(handle: str, stem: str) -> str:
    """The word after the brand's first part, without trailing digits: @joso_fire2 → fire, @josofire → fire,
    @joso_shobodan → shobodan (another body's 消防団, not the department shobo)."""
    parts = [p for p in re.split(r"[^a-z0-9]+", unicodedata.normalize("NFKC", handle).lower()) if p]
    if not parts or not parts[0].startswith(stem):
        return ""
    word = parts[0][len(stem):] or (parts[1] if len(parts) > 1 else "")
    return word.rstrip("0123456789")


def department(handle: str, brand: str) -> str:
    """The department part, for a suggestion: @JosoKoiki.Fire2 → fire, @joso_fire → fire, @josokoiki.clean_center → cleancenter."""
    from rapidfuzz import fuzz

    folded = unicodedata.normalize("NFKC", handle).lower().lstrip("@")
    parts = [p for p in re.split(r"[._\-]+", folded) if p]
    while len(parts) > 1 and (parts[0] in brand or fuzz.ratio(parts[0], brand) >= 75):
        parts.pop(0)
    rest = "".join(parts)
    if rest.startswith(brand):
        rest = rest[len(brand):]
    return re.sub(r"[^a-z]", "", rest)


@cache
def form(pattern: str):
    """The compiled pattern an official handle must match (RE2 where it can; options come from config)."""
    from jsl.matchers import compile_regex

    return compile_regex(pattern)
