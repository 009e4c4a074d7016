"""Japanese calendar facts: eras (和暦), weekday names, and the year a date without a year belongs to."""
from __future__ import annotations

import calendar
import datetime as dt

WEEKDAYS = "月火水木金土日"  # index = date.weekday()

# era name -> (western year of its first year, its last year or None, abbreviation)
ERAS = {
    "令和": (2019, None, "R"),
    "平成": (1989, 2019, "H"),
    "昭和": (1926, 1989, "S"),
    "大正": (1912, 1926, "T"),
}
ABBREVIATIONS = {abbr: name for name, (_, _, abbr) in ERAS.items()}

# Full-width digits, brackets, slashes and spaces folded to ASCII one character for one,
# so that offsets in the folded string are offsets in the original.
FOLD = str.maketrans(
    "０１２３４５６７８９（）［］〔〕／．：　～〜",
    "0123456789()[][]/.: ~~",
)

# Relative year words just before a date: 昨年12月14日 is last year's.
RELATIVE = {"昨年": -1, "去年": -1, "前年": -1, "今年": 0, "本年": 0, "来年": 1, "翌年": 1}


def fold(text: str) -> str:
    return text.translate(FOLD)


def era_to_western(era: str, year: str) -> int:
    name = ABBREVIATIONS.get(era.upper(), era)
    number = 1 if year == "元" else int(year)
    return ERAS[name][0] + number - 1


def western_to_era(year: int) -> str:
    """2028 -> 令和10年 (the era in force at the end of that year)."""
    for name, (first, _last, _abbr) in ERAS.items():
        if year >= first:
            number = year - first + 1
            return f"{name}{'元' if number == 1 else number}年"
    return f"{year}年"


def era_matches(era: str, year: str, western: int) -> bool:
    """True when 令和9年 and 2027 name the same year (平成31年 and 令和元年 are both 2019)."""
    return era_to_western(era, year) == western


def days_in_month(year: int | None, month: int) -> int:
    """Days in a month; February has 29 when the year is unknown."""
    if month == 2 and year is None:
        return 29
    return calendar.monthrange(year or 2000, month)[1]


def weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return dt.date(year, month, day).weekday()
    except ValueError:
        return None


def scheduled(value: str | None) -> tuple[int, int] | None:
    """(year, month) of a post's scheduled_at, or None."""
    if not value:
        return None
    try:
        at = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return at.year, at.month


def candidate_years(month: int, posted: tuple[int, int]) -> tuple[int, ...]:
    """Years a date without a year may be in, most likely first.

    A date far before the posting month is next year's (a January date in a
    December post); one far after it may be last year's (a December fire
    reported in January). Near the middle either is possible, so both years are
    returned and a weekday is wrong only when it is wrong for each of them.
    """
    year, posted_month = posted
    gap = month - posted_month
    if gap <= -9:
        return (year + 1,)
    if gap <= -7:
        return (year + 1, year)
    if gap <= -4:
        return (year, year + 1)
    if gap >= 10:
        return (year - 1, year)
    if gap >= 7:
        return (year, year - 1)
    return (year,)
