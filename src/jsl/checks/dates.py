"""4.5: dates that cannot be right: a wrong weekday, a 和暦 that is not its 西暦, 2月30日 or 25時.

One check serves three rules; the rule's `problem` option says which fault it reports.
"""
from __future__ import annotations

from collections.abc import Iterator

from jsl.checks import calendar_ja as cal
from jsl.checks.date_mentions import (
    DateMention,
    find_dates,
    find_impossible_months,
    find_impossible_times,
    find_year_pairs,
)
from jsl.findings import Fix, Hit

OPTIONS = {"problem": (str, "weekday")}
PROBLEMS = ("weekday", "era", "impossible")


def check(doc, options) -> Iterator[Hit]:
    problem = options["problem"]
    if problem not in PROBLEMS:
        raise ValueError(f"dates: problem must be one of {', '.join(PROBLEMS)}, not {problem!r}")
    body = doc.post.body
    if problem == "era":
        for pair in find_year_pairs(body.value):
            yield _hit(doc, pair.start, pair.end, "default", {"year": str(pair.western), "era": pair.correct})
        return
    mentions = _mentions(doc)
    if problem == "weekday":
        yield from _weekdays(doc, mentions)
        return
    for mention in mentions:
        if not _possible(mention):
            yield _hit(doc, mention.start, mention.end, "date", {"month": str(mention.month), "day": str(mention.day)})
    for start, end in find_impossible_months(body.value):
        yield _hit(doc, start, end, "month")
    for start, end in find_impossible_times(body.value):
        yield _hit(doc, start, end, "time")


def _mentions(doc) -> list[DateMention]:
    if "dates" not in doc.cache:
        links = tuple((link.start, link.end) for link in doc.post.links)
        doc.cache["dates"] = find_dates(doc.post.body.value, doc.post.meta.scheduled_at, links)
    return doc.cache["dates"]


def _possible(mention: DateMention) -> bool:
    if not 1 <= mention.month <= 12:
        return False
    year = mention.years[0] if len(mention.years) == 1 else None
    return 1 <= mention.day <= cal.days_in_month(year, mention.month)


def _weekdays(doc, mentions: list[DateMention]) -> Iterator[Hit]:
    for mention in mentions:
        if mention.weekday is None or not mention.years or mention.era_conflict or mention.cited_wrong:
            continue
        if not _possible(mention):
            continue
        actual = [cal.weekday_of(year, mention.month, mention.day) for year in mention.years]
        if mention.weekday in actual or None in actual:
            continue
        right = cal.WEEKDAYS[actual[0]]
        fields = {
            "year": str(mention.years[0]),
            "month": str(mention.month),
            "day": str(mention.day),
            "weekday": right,
        }
        fix = _fix(doc, mention, right) if len(mention.years) == 1 else None
        yield _hit(doc, mention.start, mention.end, "default", fields, fix)


def _fix(doc, mention: DateMention, right: str) -> Fix:
    """The written date with only its weekday character replaced."""
    body = doc.post.body
    start, end = body.to_source(mention.start, mention.end)
    at, _ = body.to_source(mention.weekday_at, mention.weekday_at + 1)
    written = doc.post.source.text[start:end]
    offset = at - start
    return Fix(written[:offset] + right + written[offset + 1 :], safe=True)


def _hit(doc, start: int, end: int, key: str, fields: dict | None = None, fix: Fix | None = None) -> Hit:
    src_start, src_end = doc.post.body.to_source(start, end)
    return Hit(src_start, src_end, key, fields or {}, fix)
