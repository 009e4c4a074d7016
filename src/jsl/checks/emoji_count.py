"""4.6: too many emoji in one post (screen readers read each one's name aloud).

Counts emoji sequences (👨‍👩‍👧, 🇯🇵 and 1️⃣ are one each) with the `emoji`
package, in the original body. A symbol that shows as text unless followed
by U+FE0F (☎, ▶, ©) is not counted: offices use them as bullets. One
finding per post, at the emoji that reaches the limit.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from jsl.findings import Hit

OPTIONS = {"limit": (int, 5)}

# Characters below U+1F000 whose default look is emoji (Unicode Emoji_Presentation=Yes).
PRESENTATION = (
    (0x231A, 0x231B), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3), (0x25FD, 0x25FE),
    (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
    (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4),
    (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD),
    (0x2705, 0x2705), (0x270A, 0x270B), (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E),
    (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55),
)


def counted(sequence: str) -> bool:
    if len(sequence) > 1:
        return True  # with U+FE0F, a skin tone, a keycap, ZWJ or a flag pair
    code = ord(sequence)
    return code >= 0x1F000 or any(low <= code <= high for low, high in PRESENTATION)


# A post without any of these holds no counted emoji, and the emoji package need not read it letter by letter:
# a counted emoji is a presentation character, or a sequence with U+FE0F, a keycap, a ZWJ or a character from U+1F000.
CANDIDATES = re.compile("[\U0001F000-\U0010FFFF\uFE0F\u20E3\u200D" + "".join(f"{chr(low)}-{chr(high)}" for low, high in PRESENTATION) + "]")


def check(doc, options) -> Iterator[Hit]:
    body = doc.post.body
    if not CANDIDATES.search(body.value):
        return
    import emoji  # imported only for posts that may hold one

    found = [e for e in emoji.emoji_list(body.value) if counted(e["emoji"])]
    if len(found) < options["limit"]:
        return
    at = found[options["limit"] - 1]
    start, end = body.to_source(at["match_start"], at["match_end"])
    yield Hit(start, end, "default", {"count": str(len(found)), "limit": str(options["limit"] - 1)})
