"""A post's text as HTML with each finding's span marked: shared by --format html and jsl serve."""
from __future__ import annotations

import html
from collections.abc import Sequence

from jsl.findings import Finding


def marked_html(text: str, findings: Sequence[Finding]) -> str:
    """`text` HTML-escaped, each finding's span wrapped in <mark>.

    Overlapping spans are cut into segments; a segment's mark lists every finding
    over it by index (data-findings="0 3") and takes the worst severity as its class.
    Empty spans (a missing image description, say) mark nothing: the list of findings shows them.
    """
    size = len(text)
    spans = [(min(max(f.offset, 0), size), min(max(f.end_offset, 0), size)) for f in findings]
    cuts = sorted({0, size, *(p for span in spans for p in span)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        over = [i for i, (s, e) in enumerate(spans) if s <= a and b <= e and s < e]
        if not over:
            out.append(piece)
            continue
        worst = max(findings[i].severity for i in over)
        ids = " ".join(map(str, over))
        out.append(f'<mark class="finding {worst}" data-findings="{ids}">{piece}</mark>')
    return "".join(out)
