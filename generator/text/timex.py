"""TIMEX3 values: building them from calendar arithmetic, and comparing them with a day.

A value is a string (``2020-07-08``, ``2020-W28``, ``2020-07``, ``2020-SU``, ``2020-Q3``,
``2020``, ``201`` for a decade, ``19`` for a century, ``PAST_REF`` ...) paired with the
model's ``Precision``. Everything here is pure and small so the grammar stays readable.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

VAGUE = ("PAST_REF", "PRESENT_REF", "FUTURE_REF")

# Every value the stage may produce, and nothing else (tests check against it).
VALUE_RE = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}"  # day
    r"|\d{4}-W\d{2}(?:-WE)?"  # ISO week, or its weekend
    r"|\d{4}-\d{2}"  # month
    r"|\d{4}-(?:SP|SU|FA|WI)"  # season
    r"|\d{4}-Q[1-4]"  # quarter
    r"|\d{4}|\d{3}|\d{2}"  # year, decade, century
    r"|PAST_REF|PRESENT_REF|FUTURE_REF)$"
)

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
SEASON_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}  # the month each season starts in
SEASON_OF_MONTH = {1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU",
                   9: "FA", 10: "FA", 11: "FA", 12: "WI"}


def day(d: date) -> str:
    return d.isoformat()


def month(year: int, m: int) -> str:
    return f"{year:04d}-{m:02d}"


def week(d: date, weekend: bool = False) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}" + ("-WE" if weekend else "")


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_months(year: int, m: int, n: int) -> tuple[int, int]:
    """(year, month) moved by n months."""
    k = year * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def add_quarters(year: int, q: int, n: int) -> tuple[int, int]:
    k = year * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def safe_date(year: int, m: int, d: int) -> date | None:
    try:
        return date(year, m, d)
    except ValueError:
        return None


def span(value: str) -> tuple[date, date] | None:
    """First and last day a value covers (None for vague values)."""
    if value in VAGUE:
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        d = date.fromisoformat(value)
        return d, d
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value)
    if m:
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6)
        return monday, monday + timedelta(days=6)
    m = re.fullmatch(r"(\d{4})-(\d{2})", value)
    if m:
        y, mo = int(m[1]), int(m[2])
        ny, nm = add_months(y, mo, 1)
        return date(y, mo, 1), date(ny, nm, 1) - timedelta(days=1)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value)
    if m:
        y, first = int(m[1]), SEASON_MONTH[m[2]]
        ly, lm = add_months(y, first, 3)
        return date(y, first, 1), date(ly, lm, 1) - timedelta(days=1)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value)
    if m:
        y, q = int(m[1]), int(m[2])
        ny, nm = add_months(y, 3 * q - 2, 3)
        return date(y, 3 * q - 2, 1), date(ny, nm, 1) - timedelta(days=1)
    if re.fullmatch(r"\d{4}", value):
        return date(int(value), 1, 1), date(int(value), 12, 31)
    if re.fullmatch(r"\d{3}", value):
        y = int(value) * 10
        return date(max(y, 1), 1, 1), date(y + 9, 12, 31)
    if re.fullmatch(r"\d{2}", value):
        y = int(value) * 100
        return date(max(y, 1), 1, 1), date(y + 99, 12, 31)
    return None


def in_calendar(value: str) -> bool:
    """A well-formed value whose whole span lies within years 1..9999 (what ``date`` can hold)."""
    if not VALUE_RE.match(value):
        return False
    try:
        span(value)
    except (OverflowError, ValueError):
        return False
    return True


def is_future(value: str, today: date | None) -> bool:
    """The value starts after ``today`` (FUTURE_REF always does)."""
    if value == "FUTURE_REF":
        return True
    if today is None:
        return False
    covered = span(value)
    return covered is not None and covered[0] > today


def parse(value: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) as far as the value says; None where it does not."""
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
    if not m:
        return None, None, None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    return year, month, day


# finer before coarser among values that start on one day: 2020-07-01, 2020-W27 ... 2020-07, 2020-Q3
_RANK = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 4, "year": 5, "decade": 6, "century": 7}


def kind(value: str) -> str:
    """The precision a value has by its form ("2020-W28" is a week), "vague" for the rest."""
    v = value or ""
    for pattern, name in ((r"\d{4}-\d{2}-\d{2}", "day"), (r"\d{4}-W\d{2}(?:-WE)?", "week"), (r"\d{4}-\d{2}", "month"),
                          (r"\d{4}-(?:SP|SU|FA|AU|WI)", "season"), (r"\d{4}-Q[1-4]", "quarter"), (r"\d{4}", "year"),
                          (r"\d{3}", "decade"), (r"\d{2}", "century")):
        if re.fullmatch(pattern, v):
            return name
    return "vague"


def covered(value: str) -> tuple[date, date] | None:
    """The first and last day a value covers: a week from its Monday, a season over its three
    months (summer = June to August, as the dates stage reads it), a quarter over its three."""
    v = (value or "").replace("-AU", "-FA")
    try:
        return span(v)
    except (OverflowError, ValueError):
        return None


def start(value: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of the first day the value covers; a year (or decade) gives no month or
    day, so it stays "sometime in" its year. Where a page files the value: 2020-W28 under July."""
    days = covered(value)
    if days is None:
        return None, None, None
    first = days[0]
    if kind(value) in ("year", "decade", "century"):
        return first.year, None, None
    return first.year, first.month, first.day


def sort_key(value: str) -> str:
    """A string that sorts values in time order by their first day, the finer first where two
    start on one day (2020-07-01, 2020-W27, 2020-07, 2020-Q3); undated last."""
    days = covered(value)
    if days is None:
        return "9999-99-99"
    return f"{days[0].isoformat()}~{_RANK[kind(value)]}"


def iso_date(value: str) -> str | None:
    """The first day the value covers as YYYY-MM-DD (for <time datetime> and calendars)."""
    days = covered(value)
    return days[0].isoformat() if days else None
