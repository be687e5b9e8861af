"""A TIMEX3-style value shown to readers at its own precision, in the site's language.

"2020-07" is July 2020, never "1 July 2020": showing a day we do not know would be a claim
the sources did not make. Formatting goes through babel so ``theme.language`` decides the
month names and the order of day, month and year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, get_month_names

from generator.present import labels
from generator.text.timex import parse

_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}
_REFS = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}


def locale_for(language: str | None) -> Locale:
    """A babel locale for ``theme.language`` (``en`` when unknown)."""
    try:
        return Locale.parse((language or "en").replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


@lru_cache(maxsize=65536)  # babel is slow and a site shows the same dates many times
def label(value: str, precision: str, language: str | None = "en") -> str:
    """The value as a reader should see it, e.g. "July 8, 2020", "July 2020", "Q3 2020",
    "week of July 6, 2020", "summer 2020", in the site's language."""
    loc = locale_for(language)
    _ = labels.translator(language)
    y, mo, d = parse(value)
    try:
        if precision == "day" and y and mo and d:
            return format_date(date(y, mo, d), "long", locale=loc)
        if precision == "month" and y and mo:
            return format_skeleton("yMMMM", date(y, mo, 1), locale=loc)
        if precision == "week":
            m = re.match(r"^(\d{4})-W(\d{2})(-WE)?", value)
            if m:
                monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
                if m.group(3):
                    return _("weekend of {date}", date=format_date(monday + timedelta(days=5), "long", locale=loc))
                return _("week of {date}", date=format_date(monday, "long", locale=loc))
        if precision == "quarter":
            m = re.match(r"^(\d{4})-Q([1-4])", value)
            if m:
                return format_skeleton("yQQQ", date(int(m.group(1)), 3 * int(m.group(2)) - 2, 1), locale=loc)
        if precision == "season":
            m = re.match(r"^(\d{4})-(SP|SU|FA|AU|WI)", value)
            if m:
                return _(_SEASONS[m.group(2)] + " {year}", year=m.group(1))
        if precision == "decade":
            m = re.match(r"^(\d{3})", value)
            if m:
                return _("the {decade}s", decade=m.group(1) + "0")
        if precision == "century":
            m = re.match(r"^(\d{2})", value)
            if m:
                return _("the {decade}s", decade=m.group(1) + "00")
        if y and precision in ("year", "month", "day", "week", "quarter", "season"):
            return str(y) if not mo else format_skeleton("yMMMM", date(y, mo, 1), locale=loc)
    except ValueError:
        pass
    return _(_REFS[value]) if value in _REFS else value


def month_label(year: int, month: int, language: str | None = "en") -> str:
    return format_skeleton("yMMMM", date(year, month, 1), locale=locale_for(language))


def month_name(month: int, language: str | None = "en") -> str:
    """The month's name standing alone ("March", "mars"), as under a year heading."""
    return get_month_names("wide", context="stand-alone", locale=locale_for(language))[month]


def machine_value(value: str, precision: str) -> str | None:
    """A valid HTML ``<time datetime>`` value at the value's precision."""
    y, mo, d = parse(value)
    if y is None:
        return None
    if precision == "day" and mo and d:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    if mo and precision in ("month", "day"):
        return f"{y:04d}-{mo:02d}"
    m = re.match(r"^(\d{4})-W(\d{2})$", value)
    if m:
        return value
    return f"{y:04d}"
