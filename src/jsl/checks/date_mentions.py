"""Find dates, year pairs and times in a post body (original text, full-width folded one for one)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from jsl.checks import calendar_ja as cal

ERA = r"令和|平成|昭和|大正"
WEEKDAY = (
    r"(?:\s*[(\[]\s*(?:祝日?\s*[・･/、,]\s*)?(?P<w>[月火水木金土日])(?:曜日?)?\s*(?:[・･/、,]\s*(?:祝日?|休日?|振休|祭日)\s*)?[)\]]"
    r"|\s?(?P<w2>[月火水木金土日])曜日?)"
)
YEAR = (
    rf"(?:(?P<wy>\d{{4}})\s*年(?!度)(?:\s*\(\s*(?P<e1>{ERA})\s*(?P<e1y>元|\d{{1,2}})\s*年?\s*\))?"
    rf"|(?P<e2>{ERA})\s*(?P<e2y>元|\d{{1,2}})\s*年(?!度)(?:\s*\(\s*(?P<wy2>\d{{4}})\s*年?\s*\))?)"
)
KANJI_DATE = re.compile(
    rf"(?<![\d.])(?:{YEAR}\s*)?(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日(?:{WEEKDAY})?"
)
# 2026/12/14(月), 12/14(月), R8.12.14(月): only with a weekday, so fractions and versions are left alone
NUMERIC_DATE = re.compile(
    r"(?<![\d/.:A-Za-z])(?:(?P<wy>\d{4})[/.]|(?P<e2>[RHS])(?P<e2y>\d{1,2})[/.])?"
    rf"(?P<m>\d{{1,2}})[/.](?P<d>\d{{1,2}})(?![\d/.]){WEEKDAY}"
)
# 12月5日(土)・6日(日), 12月5日(土)から12日(土)
CONTINUATION = re.compile(rf"\s*(?:~|から|-|－|―|ー|・|、|,|と|及び|および)\s*(?P<d>\d{{1,2}})\s*日{WEEKDAY}")
RANGE_GAP = re.compile(r"\s*(?:~|から|-|－|―|ー|・|、|,|と|及び|および)\s*")
YEAR_PAIRS = (
    re.compile(rf"(?<!\d)(?P<wy>(?:19|20)\d\d)\s*年?\s*\(\s*(?P<era>{ERA})\s*(?P<ey>元|\d{{1,2}})\s*年?\s*\)"),
    re.compile(rf"(?P<era>{ERA})\s*(?P<ey>元|\d{{1,2}})\s*年?\s*\(\s*(?P<wy>(?:19|20)\d\d)\s*年?\s*\)"),
)
# 13月 with no day, before 上旬, 末, から and the like
BAD_MONTH = re.compile(
    r"(?<![\d.])(?P<m>1[3-9]|[2-9]\d)\s*月(?=\s*(?:上旬|中旬|下旬|末|初旬|初め|頃|ごろ|中|に|から|まで|以降))"
)
# starts at 午前/午後 or at the first digit, never at a space: a run of spaces is not rescanned from each one
TIME = re.compile(r"(?:(?P<ampm>午前|午後)\s*)?(?<![\d.:])(?P<h>\d{1,2})\s*時(?![間限点])(?:\s*(?P<min>\d{1,2})\s*分)?")
CLOCK_RANGE = re.compile(r"(?<![\d.:])(\d{1,2}):(\d{2})\s*(?:~|-|－|―|から)\s*(\d{1,2}):(\d{2})(?![\d:])")
# A date quoted as the wrong one in a correction: 誤:12月5日, 「12月5日」と記載しましたが
WRONG_BEFORE = re.compile(r"(?:誤\s*[:：)]|\(誤\)|誤りは)[^正→⇒\n]*$")
WRONG_AFTER = re.compile(r"^[」』]?\s*(?:と(?:誤|記載|表記|掲載|ご?案内|お知らせ|お伝え|書)|は誤)")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets in Post.body.value
    end: int
    month: int
    day: int
    years: tuple[int, ...]  # candidate years, most likely first; () when unknown
    written_year: bool
    weekday: int | None  # 0 = Monday, as datetime
    weekday_at: int  # offset of the weekday character, -1 without one
    era_conflict: bool = False  # 2028年(令和9年): the year is in doubt
    cited_wrong: bool = False  # the wrong date in a correction


def find_dates(body: str, scheduled_at: str | None, skip: tuple[tuple[int, int], ...] = ()) -> list[DateMention]:
    text = cal.fold(body)
    posted = cal.scheduled(scheduled_at)
    found: list[tuple[int, int, re.Match, int | None]] = []
    for pattern in (KANJI_DATE, NUMERIC_DATE):
        for m in pattern.finditer(text):
            if not any(s < m.end() and m.start() < e for s, e in skip):
                found.append((m.start(), m.end(), m, None))
    found.sort(key=lambda item: item[0])
    mentions: list[DateMention] = []
    for start, _end, m, _ in _dedupe(found):
        mention = _mention(text, m, posted, mentions[-1] if mentions else None)
        mentions.append(mention)
        mentions.extend(_continuations(text, m.end(), mention))
    return mentions


def _dedupe(found):
    last_end = -1
    for item in found:
        if item[0] >= last_end:
            last_end = item[1]
            yield item


def _mention(text: str, m: re.Match, posted, previous: DateMention | None) -> DateMention:
    month, day = int(m["m"]), int(m["d"])
    western = m["wy"] or (m.groupdict().get("wy2"))
    era, era_year = m["e2"], m["e2y"]
    if m.groupdict().get("e1"):
        era, era_year = m["e1"], m["e1y"]
    conflict = bool(western and era and not cal.era_matches(era, era_year, int(western)))
    if western:
        years: tuple[int, ...] = (int(western),)
    elif era:
        years = (cal.era_to_western(era, era_year),)
    else:
        years = _implied_years(text, m.start(), month, posted, previous)
    return DateMention(
        m.start(), m.end(), month, day, years, bool(western or era), *_weekday(m), conflict, _cited_wrong(text, m.start(), m.end())
    )


def _implied_years(text: str, start: int, month: int, posted, previous: DateMention | None) -> tuple[int, ...]:
    before = text[max(0, start - 4) : start].rstrip(" の")
    for word, shift in cal.RELATIVE.items():
        if before.endswith(word) and posted:
            return (posted[0] + shift,)
    if previous and previous.years and RANGE_GAP.fullmatch(text[previous.end : start]):
        shift = 1 if month < previous.month else 0
        return tuple(y + shift for y in previous.years)
    return cal.candidate_years(month, posted) if posted else ()


def _continuations(text: str, pos: int, first: DateMention):
    """Day-only dates chained after a full one: 12月5日(土)・6日(日)."""
    previous = first
    while (m := CONTINUATION.match(text, pos)) and int(m["d"]) > previous.day:
        day = int(m["d"])
        start = m.start("d")
        previous = DateMention(
            start, m.end(), first.month, day, first.years, first.written_year, *_weekday(m),
            first.era_conflict, _cited_wrong(text, start, m.end()),
        )
        yield previous
        pos = m.end()


def _weekday(m: re.Match) -> tuple[int | None, int]:
    for group in ("w", "w2"):
        if m[group]:
            return cal.WEEKDAYS.index(m[group]), m.start(group)
    return None, -1


def _cited_wrong(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(WRONG_BEFORE.search(text[line_start:start]) or WRONG_AFTER.search(text[end : end + 8]))


@dataclass(frozen=True, slots=True)
class YearPair:
    start: int
    end: int
    western: int
    era: str  # as written: 令和9年
    correct: str  # 令和10年


def find_year_pairs(body: str) -> list[YearPair]:
    """2028年(令和9年) and 令和9年(2028年) whose two years differ."""
    text = cal.fold(body)
    pairs = []
    for pattern in YEAR_PAIRS:
        for m in pattern.finditer(text):
            western = int(m["wy"])
            if not cal.era_matches(m["era"], m["ey"], western):
                pairs.append(YearPair(m.start(), m.end(), western, f"{m['era']}{m['ey']}年", cal.western_to_era(western)))
    return sorted(pairs, key=lambda p: p.start)


def find_impossible_months(body: str) -> list[tuple[int, int]]:
    """13月上旬, 2026年14月から: months that do not exist, written without a day."""
    text = cal.fold(body)
    return [(m.start("m"), m.end()) for m in BAD_MONTH.finditer(text)]


def find_impossible_times(body: str) -> list[tuple[int, int]]:
    """25時, 24時30分, 10時75分, 午後13時, and 22:00~25:00."""
    text = cal.fold(body)
    spans = []
    for m in TIME.finditer(text):
        hour, minute = int(m["h"]), int(m["min"] or 0)
        if hour > 24 or (hour == 24 and minute) or minute >= 60 or (m["ampm"] and hour > 12):
            spans.append((m.start("ampm") if m["ampm"] else m.start("h"), m.end()))
    for m in CLOCK_RANGE.finditer(text):
        for h, mi in ((1, 2), (3, 4)):
            hour, minute = int(m[h]), int(m[mi])
            if hour > 24 or (hour == 24 and minute) or minute >= 60:
                spans.append((m.start(h), m.end(mi)))
    return sorted(spans)
