"""Expressions counted from the anchor or the narrative: "yesterday", "last week", "on
Wednesday", "two days later", "the next day", "the same period last year", and vague ones."""

from __future__ import annotations

import re
from datetime import date, timedelta

from generator.stages.dates.context import (
    Found,
    clause_tense,
    count_word,
    next_word,
    prev_word,
    story_day,
    utc_offset,
)
from generator.stages.dates.patterns import WEEKDAY_NAMES, WEEKDAY_TITLES
from generator.text import timex
from generator.text.calendar_words import WEEKDAYS


def same_period(g, s, text, start, end, sentence, rel, ctx, story):
    unit = g["pu"].lower()
    if unit == "day" and story.day is not None:
        base = story.day
    elif story.month is not None and unit != "day":
        base = date(*story.month, 1)
    elif ctx.today is not None:
        base = ctx.today
    else:
        return None
    how = f'"{s}": a year before {base.isoformat()}, the date last named or published'
    if unit == "day":
        d = timex.safe_date(base.year - 1, base.month, base.day) or base - timedelta(days=365)
        return Found(timex.day(d), "day", how, relative=True)
    if unit == "week":
        return Found(timex.week(base - timedelta(weeks=52)), "week", how, relative=True)
    if unit == "quarter":
        return Found(f"{base.year - 1}-Q{timex.quarter_of(base)}", "quarter", how, relative=True)
    return Found(timex.month(base.year - 1, base.month), "month", how, relative=True)


_THE_DAY_PROPER = re.compile(
    r"(?i)(?:(?:later|earlier|late|early)\s+in\s+|the\s+(?:start|end|beginning|close)\s+of\s+)?the\s+day$")


def the_day(g, s, text, start, end, sentence, rel, ctx, story):
    """"ended the day", "later in the day": market and news shorthand for the day of the story."""
    on = story_day(ctx, story)
    if on is None:
        return None
    base, how = on[0], f'"the day" of the story: {on[1]}'
    proper = _THE_DAY_PROPER.search(s)
    return Found(timex.day(base), "day", how, relative=True, trim=proper.start() if proper else 0)


def the_year(g, s, text, start, end, sentence, rel, ctx, story):
    if story.year is not None:
        base, how = story.year, f"{story.year}, the year last named"
    elif ctx.today is not None:
        base, how = ctx.today.year, f"the year of {ctx.pub} ({ctx.today.year})"
    else:
        return None
    shift = -1 if g["yb"] else 0
    return Found(f"{base + shift:04d}", "year", f'"{s}" counted from {how}', relative=True)


def ago(g, s, text, start, end, sentence, rel, ctx, story):
    n = count_word(g["n"])
    unit = g["u"].lower()
    direction = g["dir"].lower()
    if n is None:
        return Found("PAST_REF" if direction in ("ago", "earlier") else "FUTURE_REF", "vague", f'vague "{s}"')
    if direction == "ago":
        if ctx.today is None:
            return None
        base, base_how = ctx.today, f"{ctx.pub} ({ctx.describe()})"
        sign = -1
    elif unit in ("year", "decade") and story.year_last and story.year is not None:
        # "In 1975 ... Six years later": from the year the text is about, not the publication
        sign = -1 if direction == "earlier" else 1
        base, base_how = date(story.year, 1, 1), f"{story.year}, the year last named"
    else:
        sign = -1 if direction == "earlier" else 1
        on = story_day(ctx, story)
        if on is None:
            return None
        base, base_how = on
    how = f'"{s}" counted from {base_how}'
    if unit == "day":
        return Found(timex.day(base + timedelta(days=sign * n)), "day", how, relative=True)
    if unit == "week":
        return Found(timex.day(base + timedelta(weeks=sign * n)), "day", how, relative=True)
    if unit == "month":
        y, mo = timex.add_months(base.year, base.month, sign * n)
        return Found(timex.month(y, mo), "month", how, relative=True)
    if unit == "year":
        return Found(f"{base.year + sign * n:04d}", "year", how, relative=True)
    return Found(f"{(base.year + sign * 10 * n) // 10:03d}", "decade", how, relative=True)


def narrative(g, s, text, start, end, sentence, rel, ctx, story):
    unit = (g["nu"] or g["su"] or "day").lower()
    low = s.lower()
    if g["ba"]:
        shift = -1 if g["ba"].lower() == "before" else 1
    elif g["nu"]:
        shift = -1 if ("previous" in low or "preceding" in low) else 1
    else:
        shift = 0
    if unit == "year" and story.year_last and story.year is not None:  # "in 2022 ... the following year"
        base, base_how = date(story.year, 1, 1), f"{story.year}, the year last named"
    elif unit == "month" and story.year_last and story.month is not None:  # "in June ... the next month"
        base, base_how = date(*story.month, 1), f"{timex.month(*story.month)}, the month last named"
    elif story.day is not None:
        base, base_how = story.day, f'{story.day.isoformat()}, the day last named ("{story.day_text}")'
    elif unit == "month" and story.month is not None:
        base, base_how = date(*story.month, 1), f"{timex.month(*story.month)}, the month last named"
    elif unit == "year" and story.year is not None:
        base, base_how = date(story.year, 1, 1), f"{story.year}, the year last named"
    elif ctx.today is not None:
        base, base_how = ctx.today, f"{ctx.pub} ({ctx.describe()})"
    else:
        return None
    how = f'"{s}" counted from {base_how}'
    if unit == "day":
        return Found(timex.day(base + timedelta(days=shift)), "day", how, relative=True)
    if unit == "week":
        return Found(timex.week(base + timedelta(weeks=shift)), "week", how, relative=True)
    if unit == "month":
        y, mo = timex.add_months(base.year, base.month, shift)
        return Found(timex.month(y, mo), "month", how, relative=True)
    return Found(f"{base.year + shift:04d}", "year", how, relative=True)


def relday(g, s, text, start, end, sentence, rel, ctx, story):
    if ctx.today is None:
        return None
    low = re.sub(r"\s+", " ", s.lower().replace("’", "'"))
    if "before yesterday" in low:
        shift, what = -2, "two days before"
    elif "after tomorrow" in low:
        shift, what = 2, "two days after"
    elif low.startswith(("yesterday", "last night")):
        shift, what = -1, "the day before"
    elif low.startswith("tomorrow"):
        shift, what = 1, "the day after"
    else:
        shift, what = 0, "the day of"
    d = ctx.today + timedelta(days=shift)
    when = f", {ctx.when:%H:%M} {utc_offset(ctx.when)} local time" if ctx.has_time and ctx.when else ""
    how = f'"{s}": {what} {ctx.pub} ({ctx.describe()}{when})'
    return Found(timex.day(d), "day", how, relative=True)


def relunit(g, s, text, start, end, sentence, rel, ctx, story):
    if ctx.today is None:
        return None
    relword = re.sub(r"\s+", " ", g["rel"].lower())
    unit = g["unit"].lower()
    shift = {"last": -1, "the past": -1, "the previous": -1, "the last": -1, "the preceding": -1,
             "next": 1, "the coming": 1, "the following": 1, "the next": 1}.get(relword, 0)
    today = ctx.today
    how = f'"{s}" counted from {ctx.pub} ({ctx.describe()})'
    if unit in ("week", "weekend"):
        d = today + timedelta(weeks=shift)
        return Found(timex.week(d, weekend=unit == "weekend"), "week", how, relative=True)
    if unit == "month":
        y, mo = timex.add_months(today.year, today.month, shift)
        return Found(timex.month(y, mo), "month", how, relative=True)
    if unit == "year":
        return Found(f"{today.year + shift:04d}", "year", how, relative=True)
    return Found(f"{today.year // 10 + shift:03d}", "decade", how, relative=True)


def weekend(g, s, text, start, end, sentence, rel, ctx, story):
    if ctx.today is None:
        return None
    tense = clause_tense(sentence, rel, len(s))
    today = ctx.today
    if tense == "future":
        d = today + timedelta(days=(5 - today.weekday()) % 7)
    else:
        back = (today.weekday() - 5) % 7  # days since the last Saturday
        d = today - timedelta(days=back)
    return Found(timex.week(d, weekend=True), "week",
                  f'"{s}" in {tense} context, the nearest weekend to {ctx.pub} ({ctx.describe()})',
                  relative=True)


def weekday(g, s, text, start, end, sentence, rel, ctx, story):
    prev = prev_word(text, start)
    if not g["wrel"] and prev and prev[0].isupper() and prev.lower() in WEEKDAY_NAMES:
        return None
    if next_word(text, end) in WEEKDAY_TITLES and text[end:end + 1] not in (",", "."):
        return None  # "the Sunday Times", "Monday Night Football"
    if ctx.today is None:
        return None
    target = WEEKDAYS.index(g["wd"].lower())
    today = ctx.today
    wrel = re.sub(r"\s+", " ", (g["wrel"] or "").lower())
    name = g["wd"].title()
    if wrel in ("the following", "the next", "the previous", "the preceding") and story.day is not None:
        base = story.day
        if wrel in ("the following", "the next"):
            d = base + timedelta(days=(target - base.weekday()) % 7 or 7)
        else:
            d = base - timedelta(days=(base.weekday() - target) % 7 or 7)
        how = f'"{s}" counted from {base.isoformat()}, the day last named ("{story.day_text}")'
    elif wrel in ("last", "this past", "the previous", "the preceding"):
        back = (today.weekday() - target) % 7 or 7
        d = today - timedelta(days=back)
        how = f'"{s}": the {name} before {ctx.pub} ({ctx.describe()})'
    elif wrel in ("next", "this coming", "the following", "the next"):
        ahead = (target - today.weekday()) % 7 or 7
        d = today + timedelta(days=ahead)
        how = f'"{s}": the {name} after {ctx.pub} ({ctx.describe()})'
    else:
        tense = clause_tense(sentence, rel, len(s))
        if tense == "future" or (wrel == "this" and tense != "past"):
            d = today + timedelta(days=(target - today.weekday()) % 7)
            how = f"the coming {name}, in a future clause, from {ctx.pub} ({ctx.describe()})"
        else:
            d = today - timedelta(days=(today.weekday() - target) % 7)
            kind = tense if tense != "unknown" else "reporting"
            how = f"the most recent {name}, in a {kind} clause, counted from {ctx.pub} ({ctx.describe()})"
        if d == today:
            how = f"weekday of {ctx.pub} ({ctx.describe()})"
    return Found(timex.day(d), "day", how, relative=True)


def vague(value: str):
    def handler(g, s, text, start, end, sentence, rel, ctx, story):
        low = s.lower()
        if value == "PRESENT_REF" and low == "now":
            nxt = next_word(text, end).lower()
            if nxt in ("that", "on") or prev_word(text, start).lower() in ("from", "until", "till", "just", "by"):
                return None
        return Found(value, "vague", f'vague expression "{s}"')

    return handler
