"""The ``published`` date of an article: ISO 8601, a day or a time with its UTC offset, in the
years the date stage can count from; anything else is refused with what to write."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime

YEARS = (1000, 9998)  # publication years accepted: relative dates reach a year either side
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


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _impossible_day(text: str) -> str | None:
    """Why a well-written date is not on the calendar (``2020-02-30``), or None."""
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})(?![\d])", text)
    if not m or not 1 <= int(m[2]) <= 12 or int(m[1]) == 0:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    days = calendar.monthrange(year, month)[1]
    if 1 <= day <= days:
        return None
    return f"'{text}' is not a date on the calendar: {_MONTHS[month - 1]} {year} has {days} days; {EXAMPLE_DATES}"


def _in_range(value: datetime, text: str) -> datetime:
    """Refuse years the date stage cannot count from: a year either side must still be a date."""
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise ValueError(f"'{text}' is out of range; write a year from {YEARS[0]} to {YEARS[1]}")
    return value


def _no_offset(text: str) -> str:
    return (f"'{text}' has a time but no UTC offset, so its day is ambiguous; add the outlet's offset "
            "(e.g. 2020-07-08T14:47:00+03:00, or Z for UTC) or write the date alone (2020-07-08)")
