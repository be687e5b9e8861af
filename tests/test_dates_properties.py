"""Properties of the date stage over generated sentences and publication datetimes.

* every value is a well-formed TIMEX3 value whose shape matches its precision, and every
  mention's offsets give back its text;
* a day value resolved from a past-tense clause, counted from the publication date, never
  falls after the publication date (in the article's own time zone).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.stages.dates import VALUE_RE, find_dates

SHAPES = {
    "day": r"\d{4}-\d{2}-\d{2}",
    "week": r"\d{4}-W\d{2}(?:-WE)?",
    "month": r"\d{4}-\d{2}",
    "season": r"\d{4}-(?:SP|SU|FA|WI)",
    "quarter": r"\d{4}-Q[1-4]",
    "year": r"\d{4}",
    "decade": r"\d{3}",
    "century": r"\d{2}",
    "vague": r"PAST_REF|PRESENT_REF|FUTURE_REF",
}

zones = st.integers(min_value=-48, max_value=56).map(lambda q: timezone(timedelta(minutes=15 * q)))
published = st.datetimes(
    # the whole calendar (less the zone offsets: an aware datetime must stay within it in UTC)
    min_value=datetime(1, 1, 2),  # noqa: DTZ001 (hypothesis bounds are naive; zones come below)
    max_value=datetime(9999, 12, 30),  # noqa: DTZ001
    timezones=zones,
)
# the calendar's two ends, where "yesterday" and "next week" have no date to name
ends = st.sampled_from([datetime.min.replace(tzinfo=UTC), datetime.max.replace(tzinfo=UTC),
                        datetime(1, 1, 1, 12, tzinfo=timezone(timedelta(hours=11))),
                        datetime(9999, 12, 31, 1, tzinfo=timezone(timedelta(hours=-11)))])
published = st.one_of(ends, published)
weekday = st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
month = st.sampled_from(["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"])
day_of_month = st.integers(min_value=1, max_value=31)
year = st.integers(min_value=1, max_value=9999)

expression = st.one_of(
    weekday.map(lambda d: f"on {d}"),
    weekday.map(lambda d: f"last {d}"),
    weekday.map(lambda d: f"next {d}"),
    st.builds(lambda m, d: f"on {m} {d}", month, day_of_month),
    st.builds(lambda m, d, y: f"on {m} {d}, {y}", month, day_of_month, year),
    st.builds(lambda d, m, y: f"on {d} {m} {y}", day_of_month, month, year),
    st.builds(lambda m, y: f"in {m} {y}", month, year),
    month.map(lambda m: f"in {m}"),
    year.map(lambda y: f"in {y}"),
    year.map(lambda y: f"in the {y // 10 * 10}s"),
    st.integers(min_value=1, max_value=21).map(lambda c: f"in the {c}th century"),
    st.sampled_from(["yesterday", "today", "tomorrow", "tonight", "last night", "this morning",
                     "the day before yesterday", "earlier today", "this week", "last week", "next week",
                     "this weekend", "last month", "next month", "this year", "last year", "next year",
                     "the next day", "two days later", "that week", "a week ago", "three years ago",
                     "in recent years", "currently", "now", "in the past", "in the future", "soon",
                     "last summer", "next spring", "this winter", "in the fourth quarter",
                     "in the first quarter of 2009", "in Q3 2020", "the past decade", "recently"]),
)
frame = st.sampled_from([
    "The ministers met {x}.",
    "Talks will resume {x}.",
    "{X}, the two sides signed an agreement.",
    "The company said {x} that sales would rise.",
    "Prices have risen {x}, officials say.",
    '"We will strengthen air defenses {x}," he said.',
])


def check(text: str, anchor: datetime | None, has_time: bool) -> list:
    mentions = find_dates(text, anchor, has_time)
    for m in mentions:
        assert VALUE_RE.match(m.value), m
        assert re.fullmatch(SHAPES[m.precision], m.value), m
        assert text[m.start:m.end] == m.text
        assert m.anchor
        if anchor is None:
            assert m.value[:1].isdigit() or m.precision == "vague", "relative date without an anchor"
    return mentions


@settings(max_examples=300, deadline=None)
@given(frame, expression, published, st.booleans(), st.booleans())
def test_values_are_well_formed(frame, x, when, has_time, unknown):
    text = frame.replace("{X}", x[:1].upper() + x[1:]).replace("{x}", x)
    check(text, None if unknown else when, has_time)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), published)
def test_any_text_gives_well_formed_values(text, when):
    check(text, when, True)


past_expression = st.one_of(
    weekday.map(lambda d: f"on {d}"),
    weekday,
    weekday.map(lambda d: f"last {d}"),
    weekday.map(lambda d: f"this past {d}"),
    st.builds(lambda m, d: f"on {m} {d}", month, st.integers(min_value=1, max_value=28)),
    st.sampled_from(["yesterday", "today", "last night", "this morning", "earlier today",
                     "the day before yesterday", "a week ago", "two days ago", "ten days ago"]),
)
past_frame = st.sampled_from([
    "The ministers met {x}.",
    "The deal was signed {x}, officials said.",
    "{X}, the army withdrew from the town.",
    "Rockets struck the base {x}.",
    "Ayyoub said {x} that the talks had failed.",
    # a purpose infinitive after the past verb does not make the clause future
    "The ministers met {x} to sign the deal.",
    "The foreign minister travelled to Moscow {x} to meet Putin.",
    "The leaders met in Vienna to visit the site {x}.",
])


@settings(max_examples=400, deadline=None)
@given(past_frame, past_expression, published, st.booleans())
def test_past_day_never_after_publication(frame, x, when, has_time):
    text = frame.replace("{X}", x[:1].upper() + x[1:]).replace("{x}", x)
    days = [m for m in check(text, when, has_time) if m.precision == "day"]
    assert days or when.year in (1, 9999), text  # "ten days ago" on 0001-01-05 names no day
    for m in days:
        assert m.value <= when.date().isoformat(), (text, when, m)
        assert not m.future


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
ahead_of_the_saying = st.sampled_from([
    "Officials said the closure would last until {x}.",
    "The ministry said the ban could remain in force until {x}, officials said.",
    "The agency said on Monday the curfew will last until {x}.",
    "The council said the road is shut until {x}.",
])


@settings(max_examples=200, deadline=None)
@given(ahead_of_the_saying, published, st.integers(min_value=0, max_value=27), st.booleans())
def test_a_day_later_in_the_month_ahead_of_a_saying_is_of_that_month(frame, when, ahead, has_time):
    """A future-in-past "until" names a day after the saying: later in the publication month, it is
    that month's, never a year back."""
    today = when.date()
    if today.day + ahead > 28 or when.year in (1, 9999):
        return  # the month's last days and the calendar's ends name no later day of the month
    text = frame.replace("{x}", f"{MONTHS[today.month - 1]} {today.day + ahead}")
    days = [m for m in check(text, when, has_time) if m.text.startswith(MONTHS[today.month - 1])]
    assert days[-1].value == today.replace(day=today.day + ahead).isoformat(), (text, when, days)
