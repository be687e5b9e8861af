"""The ``published`` date of an article: ISO 8601, a day or a time with its UTC offset, from the
year 1000 to 2100; anything else is refused with what to write. A date more than a day after
the clock is accepted with a warning (``future``): a typed year is the likely cause."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta

# Publication years accepted: an archive of old newspapers may go back centuries, and a date after
# 2100 is a typo (it would also overflow the 32-bit stamps of gzip and many tools past 2106).
YEARS = (1000, 2100)
EXAMPLE_DATES = "write e.g. 2020-07-08 or 2020-07-08T14:47:00+03:00"

_DATE_ONLY = re.compile(r"\d{4}-?\d{2}-?\d{2}")


def parse_published(value: str | date | datetime) -> tuple[datetime, bool]:
    """A publication date as (timezone-aware datetime, has a time of day).

    A datetime is checked before a date (a datetime is a date too); a bare date is UTC
    midnight with ``has_time`` False. A time without a UTC offset is refused: read in the
    wrong zone it can move the date by a day, and every relative date with it.
    Raises ValueError with a message meant for the editor.
    """
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(_no_offset(value.isoformat()))
        return _in_range(value, value.isoformat()), True
    if isinstance(value, date):
        return _in_range(datetime(value.year, value.month, value.day, tzinfo=UTC), value.isoformat()), False
    text = str(value).strip()
    coarse = _not_a_day(text)
    if coarse:
        raise ValueError(coarse)
    date_only = bool(_DATE_ONLY.fullmatch(text))
    try:
        if date_only:
            d = date.fromisoformat(text)
            parsed = datetime(d.year, d.month, d.day, tzinfo=UTC)
        else:
            parsed = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(_impossible_day(text) or f"'{text}' is not an ISO 8601 date; {EXAMPLE_DATES}") from None
    if date_only:
        return _in_range(parsed, text), False
    if parsed.tzinfo is None:
        raise ValueError(_no_offset(text))
    return _in_range(parsed, text), True


_COARSE = (
    (re.compile(r"\d{4}-?W\d{2}-?\d"), "an ISO week date", "write the calendar date instead"),
    (re.compile(r"\d{4}-?W\d{2}"), "a week, not a day", "a publication date is a day"),
    (re.compile(r"\d{4}-\d{3}"), "an ordinal date (day of the year)", "write the calendar date instead"),
    (re.compile(r"\d{4}-\d{2}"), "a month, not a day", "a publication date is a day"),
    (re.compile(r"\d{4}"), "a year, not a day", "a publication date is a day"),
)


def _not_a_day(text: str) -> str | None:
    """Why an ISO 8601 value coarser than a day, or written as a week or ordinal date, is not taken."""
    for rx, what, why in _COARSE:
        if rx.fullmatch(text):
            return (f"'{text}' is {what}; {why}: write e.g. 2020-07-08, or 'published: null' when the day is "
                    "not known (it is then inferred from other outlets' reports)")
    return None


def future(published: datetime, now: datetime | None = None) -> str | None:
    """A warning for a publication date more than a day after ``now`` (the clock), else None."""
    now = now or datetime.now(UTC)
    if published <= now + timedelta(days=1):
        return None
    return (f"is in the future (after {now.date().isoformat()}); check the year: events it reports would be "
            "dated from it")


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _impossible_day(text: str) -> str | None:
    """Why a well-written date is not on the calendar (``2020-02-30``), or None."""
    reason = calendar_reason(text)
    return f"'{text}' is not a date on the calendar: {reason}; {EXAMPLE_DATES}" if reason else None


def calendar_reason(text: str) -> str | None:
    """Why a date written year-month(-day) names no day or month ("there is no month 13",
    "February 2020 has 29 days"), or None: said the same in every file a date is written in."""
    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])", text)
    if not m or int(m[1]) == 0:
        return None
    year, month = int(m[1]), int(m[2])
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    days = calendar.monthrange(year, month)[1]
    if m[3] is None or 1 <= int(m[3]) <= days:
        return None
    return f"{_MONTHS[month - 1]} {year} has {days} days"


def _in_range(value: datetime, text: str) -> datetime:
    """Refuse years the date stage cannot count from: a year either side must still be a date."""
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise ValueError(f"'{text}' is out of range; write a year from {YEARS[0]} to {YEARS[1]}")
    return value


def _no_offset(text: str) -> str:
    return (f"'{text}' has a time but no UTC offset, so its day is ambiguous; add the outlet's offset "
            "(e.g. 2020-07-08T14:47:00+03:00, or Z for UTC) or write the date alone (2020-07-08)")
