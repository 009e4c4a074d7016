"""4.5 dates: the weekday walk over three years, year resolution, 和暦, impossible dates and corrections."""
from __future__ import annotations

import datetime as dt

import pytest

from jsl import rules
from jsl.checks import calendar_ja as cal
from jsl.checks.date_mentions import find_dates, find_impossible_times, find_year_pairs
from jsl.engine import lint_text

RULES = {rule.id: rule for rule in rules.load_builtin() if rule.section == "4.5"}
WEEKDAYS = cal.WEEKDAYS
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def lint(text: str, rule_id: str, scheduled: str | None = None) -> list:
    if scheduled:
        text = f"---\nscheduled_at: {scheduled}T10:00:00+09:00\n---\n{text}"
    return [f for f in lint_text(text, [RULES[rule_id]]) if f.rule == rule_id]


def formats(day: dt.date, weekday: str) -> list[str]:
    era = cal.western_to_era(day.year)
    return [
        f"{day.year}年{day.month}月{day.day}日({weekday})",
        f"{day.year}年{day.month}月{day.day}日（{weekday}曜日）",
        f"{era}{day.month}月{day.day}日（{weekday}）",
        f"{day.year}/{day.month}/{day.day}({weekday})",
        f"{day.year}年{day.month:02d}月{day.day:02d}日 {weekday}曜日",
        f"R{day.year - 2018}.{day.month}.{day.day}({weekday})",
        f"{day.year}年（{era}）{day.month}月{day.day}日（{weekday}）",
        f"{day.year}.{day.month}.{day.day}（{weekday}・祝）",
        f"{day.year}年{day.month}月{day.day}日{weekday}曜",
        f"{day.year}年{day.month}月{day.day}日（{weekday}）".translate(FULL_WIDTH),
    ]


def all_days():
    day = dt.date(2026, 1, 1)
    while day.year <= 2028:
        yield day
        day += dt.timedelta(days=1)


def test_every_day_of_2026_to_2028():
    """Each day in several formats: the right weekday is never flagged, a wrong one always is."""
    for day in all_days():
        right = WEEKDAYS[day.weekday()]
        wrong = WEEKDAYS[(day.weekday() + 3) % 7]
        for text in formats(day, right):
            found = find_dates(text, None)
            assert found and found[0].weekday == day.weekday(), text
            assert not lint(text, "wrong-weekday"), text
        for text in formats(day, wrong):
            assert lint(text, "wrong-weekday"), text


def test_every_day_without_a_year_uses_the_scheduled_year():
    for day in all_days():
        posted = (day - dt.timedelta(days=20)).isoformat()
        right = WEEKDAYS[day.weekday()]
        wrong = WEEKDAYS[(day.weekday() + 1) % 7]
        assert not lint(f"{day.month}月{day.day}日（{right}）に行います。", "wrong-weekday", posted), (day, posted)
        assert lint(f"{day.month}月{day.day}日（{wrong}）に行います。", "wrong-weekday", posted), (day, posted)


def test_message_names_the_right_weekday_and_fix_is_safe():
    found = lint("歳末警戒は12月14日（月）からです。", "wrong-weekday", "2027-12-01")
    assert len(found) == 1
    assert "2027年12月14日は火曜日です" in found[0].message
    assert found[0].fix.safe and found[0].fix.replacement == "12月14日（火）"


def test_weekday_written_in_full_is_fixed_in_place():
    found = lint("2027年3月1日(火曜日)に開催します。", "wrong-weekday")
    assert found[0].fix.replacement == "2027年3月1日(月曜日)"


def test_january_date_in_a_december_post_is_next_year():
    assert find_dates("1月4日（月）", "2026-12-25T09:00:00+09:00")[0].years == (2027,)
    assert lint("年始は1月4日（日）から", "wrong-weekday", "2026-12-25")
    assert not lint("年始は1月4日（月）から", "wrong-weekday", "2026-12-25")


def test_a_range_is_checked_date_by_date():
    found = lint("3月1日（日）から3月7日（土）まで火災予防運動です。", "wrong-weekday", "2027-02-20")
    assert [f.match for f in found] == ["3月1日（日）", "3月7日（土）"]
    found = lint("12月5日（土）・6日（月）に点検します。", "wrong-weekday", "2026-11-20")
    assert [f.match for f in found] == ["6日（月）"]


def test_a_range_over_new_year_inherits_the_year():
    text = "2027年12月29日（水）から1月3日（月）まで休みます。"
    assert not lint(text, "wrong-weekday")
    assert find_dates(text, None)[1].years == (2028,)


def test_relative_year_words():
    assert not lint("昨年12月14日（月）の火災について", "wrong-weekday", "2027-03-01")
    assert lint("昨年の12月14日（火）の火災について", "wrong-weekday", "2027-03-01")
    assert lint("来年1月4日（月）から", "wrong-weekday", "2027-03-01")


def test_holiday_marks_beside_the_weekday():
    assert not lint("3月20日（金・祝）と3月20日（祝・金）", "wrong-weekday", "2026-03-01")
    assert lint("3月20日（祝・土）は休館です", "wrong-weekday", "2026-03-01")


def test_months_half_a_year_away_accept_either_year():
    # a July post may speak of last January or of next January
    assert not lint("1月10日（日）の出初式", "wrong-weekday", "2027-07-10")
    assert not lint("1月10日（月）の出初式", "wrong-weekday", "2027-07-10")
    assert lint("1月10日（水）の出初式", "wrong-weekday", "2027-07-10")
    assert not lint("1月10日（水）の出初式", "wrong-weekday", "2027-07-10")[0].fix


def test_no_year_and_no_schedule_is_not_checked():
    assert not lint("12月14日（水）に開催", "wrong-weekday")


def test_era_and_western_year():
    assert cal.era_to_western("令和", "8") == 2026
    assert cal.era_to_western("平成", "元") == 1989
    assert cal.era_to_western("R", "8") == 2026
    assert cal.western_to_era(2028) == "令和10年"
    assert cal.western_to_era(2019) == "令和元年"
    assert [p.correct for p in find_year_pairs("2028年（令和9年）2月")] == ["令和10年"]
    assert not find_year_pairs("2019年(平成31年)4月")
    found = lint("入札は2028年（令和9年）2月21日（月）です。", "era-year-mismatch")
    assert found and "令和10年" in found[0].message
    # the weekday is not judged when the year itself is in doubt
    assert not lint("入札は2028年（令和9年）2月21日（月）です。", "wrong-weekday")


@pytest.mark.parametrize(
    "text",
    ["2月30日", "4月31日", "13月1日", "2027年2月29日", "6月31日（火）", "2/30(土)"],
)
def test_impossible_dates(text):
    assert lint(f"説明会は{text}に行います。", "impossible-date"), text


def test_impossible_month_without_a_day():
    assert [f.match for f in lint("改修は2026年13月上旬に終わります。", "impossible-date")] == ["13月"]
    assert not lint("生後18か月まで。改修は12月上旬に終わります。", "impossible-date")


@pytest.mark.parametrize("text", ["2月29日", "2028年2月29日", "12月31日", "4月30日"])
def test_possible_dates(text):
    assert not lint(f"説明会は{text}に行います。", "impossible-date"), text


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("22時から25時まで", ["25時"]),
        ("24時30分に閉めます", ["24時30分"]),
        ("10時75分開始", ["10時75分"]),
        ("午後13時から", ["午後13時"]),
        ("22:00～25:00", ["25:00"]),
        ("24時まで受付", []),
        ("24時間365日", []),
        ("72時間以内", []),
        ("午前0時から午後11時59分まで", []),
        ("比率は30:70です", []),
    ],
)
def test_times(text, bad):
    assert [text[s:e] for s, e in find_impossible_times(text)] == bad


@pytest.mark.parametrize(
    "text",
    [
        "【訂正】先日の投稿に一部誤りがありました。お詫びして訂正します。",
        "本日の講習会のお知らせに誤りがありましたので訂正いたします。",
    ],
)
def test_vague_corrections(text):
    assert lint(text, "vague-correction")


@pytest.mark.parametrize(
    "text",
    [
        "【訂正】集合時間に誤りがありました。（誤）9時30分（正）9時。",
        "【訂正】会場は本部庁舎ではなく、取手消防署です。",
        "【訂正】申込期限を「3月3日」とご案内しましたが、3月10日まで受け付けます。",
        "【訂正】定員は20名 → 30名です。",
        "インターネット上の「救急車は有料」という情報は誤りです。",
    ],
)
def test_corrections_that_say_what_changed(text):
    assert not lint(text, "vague-correction")
