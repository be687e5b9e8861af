"""Expressions that name their calendar unit: dates, months, quarters, seasons, years,
decades and centuries ("July 1, 2020", "May", "the third quarter", "the 1990s")."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from generator import lexicon
from generator.stages.dates.context import (
    NEAR,
    Found,
    calendar_tense,
    clause_tense,
    how_tensed,
    month_of,
    next_word,
    pick_option,
    prev_word,
)
from generator.stages.dates.patterns import MONTH_CUES, ORDINAL_WORDS
from generator.stages.dates.tense import Tense, markers
from generator.text import timex


def iso(g, s, text, start, end, sentence, rel, ctx, story):
    d = timex.safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
    if d is None:
        return None
    return Found(timex.day(d), "day", f'absolute date "{s}"')


def month_day(g, s, text, start, end, sentence, rel, ctx, story):
    mon = month_of(g["mon"])
    d = int(g["d"])
    if g["y"]:
        found = timex.safe_date(int(g["y"]), mon, d)
        if found is None:
            return None
        return Found(timex.day(found), "day", f'absolute date "{s}"')
    if g["mon"].lower() in ("may", "march") and prev_word(text, start).lower() in ("i", "you", "we", "they"):
        return None
    if ctx.today is None:
        return None
    tense = calendar_tense(sentence, rel, len(s), near=NEAR)
    today = ctx.today
    options = [c for c in (timex.safe_date(today.year + k, mon, d) for k in (-1, 0, 1)) if c is not None]
    if not options:
        return None
    # like a month: a past clause never points after publication, a future one never before
    # it ("will take place on Dec. 30" published on 5 January is the coming December); but in a
    # future clause a day of the publication's own month is of its year (HeidelTime's rule, at
    # month granularity): "declared on March 11, will remain in force", published on 12 March,
    # is not 2027 (a new user's report). A past clause keeps its bound (test_dates_properties).
    this_month = timex.safe_date(today.year, mon, d) if tense == "future" and mon == today.month else None
    if this_month is not None:
        return Found(timex.day(this_month), "day", f'"{s}" in the month of {ctx.pub} ({ctx.describe()})',
                     relative=True)
    ordinal = pick_option([c.toordinal() for c in options], today.toordinal(), tense)
    if ordinal is None:
        return None
    pick = date.fromordinal(ordinal)
    how = how_tensed(s, tense, ctx)
    return Found(timex.day(pick), "day", how, relative=True)


def month_year(g, s, text, start, end, sentence, rel, ctx, story):
    if g["yrel"]:
        if ctx.today is None:
            return None
        shift = {"this": 0}.get(g["yrel"].lower(), -1 if g["yrel"].lower() in ("last", "the previous") else 1)
        return Found(timex.month(ctx.today.year + shift, month_of(g["mon"])), "month",
                      f'"{s}" counted from {ctx.pub} ({ctx.describe()})', relative=True)
    return Found(timex.month(int(g["y"]), month_of(g["mon"])), "month", f'absolute month "{s}"')


def short_year(g, s, text, start, end, sentence, rel, ctx, story):
    if ctx.today is None or prev_word(text, start).lower() not in MONTH_CUES | {"class", "season"}:
        return None  # without "in '82" the apostrophe may just open a quote: '20 people died'

    yy = int(g["yy"])
    year = 2000 + yy if 2000 + yy <= ctx.today.year + 5 else 1900 + yy
    return Found(f"{year:04d}", "year", f'"{s}": the year ending in {g["yy"]} nearest {ctx.pub}',
                  relative=True)


def numeric(g, s, text, start, end, sentence, rel, ctx, story):
    return parse_numeric(s)


@lru_cache(maxsize=1024)
def parse_numeric(s: str) -> Found | None:
    """dateparser decides the field order of a numeric date ("7/8/07" is July 8 in US copy)."""
    import dateparser  # imported here: it costs ~0.3 s and most texts have no numeric dates

    order = "DMY" if "." in s else "MDY"
    parsed = dateparser.parse(
        s, languages=["en"], settings={"DATE_ORDER": order, "PREFER_DAY_OF_MONTH": "first"}
    )
    if parsed is None:
        return None
    return Found(timex.day(parsed.date()), "day", f'numeric date "{s}" read as {order}')


def century(g, s, text, start, end, sentence, rel, ctx, story):
    if g["rel"]:
        if ctx.today is None:
            return None
        c = ctx.today.year // 100 + {"last": -1, "previous": -1, "past": -1, "next": 1}.get(g["rel"].lower(), 0)
        return Found(f"{c:02d}", "century", f'"{s}" counted from {ctx.pub} ({ctx.today.year})',
                      relative=True)
    n = int(g["cn"]) if g["cn"] else ORDINAL_WORDS[g["cw"].lower()]
    if not 1 <= n <= 21:
        return None
    return Found(f"{n - 1:02d}", "century", f'century "{s}"')


def decade(g, s, text, start, end, sentence, rel, ctx, story):
    digits = g["dec"].lstrip("'’")[:-1]  # "1990s" -> "1990", "'90s" -> "90"
    if len(digits) == 4:
        return Found(digits[:3], "decade", f'decade "{s}"')
    if ctx.today is None:
        return None
    tens = int(digits)
    year = 2000 + tens if 2000 + tens <= ctx.today.year else 1900 + tens
    return Found(str(year)[:3], "decade", f'decade "{s}", the last one before {ctx.pub}',
                  relative=True)


def quarter(g, s, text, start, end, sentence, rel, ctx, story):
    if g["qr"]:
        if ctx.today is None:
            return None
        shift = {"this": 0, "the current": 0, "next": 1, "the next": 1, "the coming": 1}.get(
            re.sub(r"\s+", " ", g["qr"].lower()), -1)
        y, q = timex.add_quarters(ctx.today.year, timex.quarter_of(ctx.today), shift)
        return Found(f"{y}-Q{q}", "quarter", f'"{s}" counted from {ctx.pub} ({ctx.describe()})',
                      relative=True)
    if g["qn"]:
        q = int(g["qn"])
        year_text = g["qy2"]
    else:
        word = g["q"].lower()
        q = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(word) or ORDINAL_WORDS[word]
        year_text = g["qy"]
        if g["qrel"] and ctx.today is not None:
            shift = {"this": 0, "the": 0, "last": -1, "next": 1}[g["qrel"].lower()]
            y = ctx.today.year + shift
            return Found(f"{y}-Q{q}", "quarter", f'"{s}" counted from {ctx.pub} ({ctx.describe()})',
                          relative=True)
        if g["q"].lower() in ("last", "final") and not year_text and ctx.today is not None and g["q"].lower() == "last":
            y, q = timex.add_quarters(ctx.today.year, timex.quarter_of(ctx.today), -1)
            return Found(f"{y}-Q{q}", "quarter", f'"{s}": the quarter before {ctx.pub} ({ctx.describe()})',
                          relative=True)
    if year_text:
        return Found(f"{year_text}-Q{q}", "quarter", f'absolute quarter "{s}"')
    if ctx.today is None:
        return None
    tense = clause_tense(sentence, rel, len(s), near=NEAR)
    now = ctx.today.year * 4 + timex.quarter_of(ctx.today) - 1
    pick = pick_option([(ctx.today.year + k) * 4 + q - 1 for k in (-1, 0, 1)], now, tense)
    if pick is None:
        return None
    return Found(f"{pick // 4}-Q{pick % 4 + 1}", "quarter",
                  how_tensed(s, tense, ctx),
                  relative=True)


def season(g, s, text, start, end, sentence, rel, ctx, story):
    word = g["s"].lower()
    code = timex.SEASONS[word]
    srel = re.sub(r"\s+", " ", (g["srel"] or "").lower())
    if g["sy"]:
        return Found(f"{g['sy']}-{code}", "season", f'absolute season "{s}"')
    if word == "fall" and srel not in ("this", "last", "next", "the", "this past", "this coming"):
        return None  # "shares fall"
    prev = prev_word(text, start)
    if not srel and prev[:1].isupper() and prev.lower() not in MONTH_CUES:
        return None  # a name: "Arab Spring", "Prague Spring"
    if srel == "the" and _modifies(text, end):
        return None  # "before the autumn term", "the winter storms": a thing, not the season
    if ctx.today is None:
        return None
    order = ["SP", "SU", "FA", "WI"]  # a season year runs from March; January is last year's winter
    season_year = ctx.today.year - 1 if ctx.today.month < 3 else ctx.today.year
    now = season_year * 4 + order.index(timex.SEASON_OF_MONTH[ctx.today.month])
    options = [(season_year + k) * 4 + order.index(code) for k in (-1, 0, 1)]
    if srel in ("last", "this past"):
        tense: Tense = "past"
        pick = max(p for p in options if p < now)
    elif srel in ("next", "this coming"):
        tense = "future"
        pick = min(p for p in options if p > now)
    else:
        tense = "present" if srel == "this" else clause_tense(sentence, rel, len(s))
        if tense == "past":
            pick = max(p for p in options if p <= now)
        elif tense == "future":
            pick = min(p for p in options if p >= now)
        else:
            pick = options[1]
    how = f'"{s}" in {tense} context, counted from {ctx.pub} ({ctx.describe()})'
    return Found(f"{pick // 4}-{code}", "season", how, relative=True)


_NOUN_AFTER = re.compile(r" ([a-z][a-z'’-]*)\b")
_NOT_A_NOUN = frozenset(lexicon.words("stopwords")) | frozenset(lexicon.words("time-nouns"))


def _modifies(text: str, end: int) -> bool:
    """Whether "the" + season ending at ``end`` modifies the noun after it ("the autumn term"): a
    lower-case word follows at once that is no function word, no word of time ("the summer months")
    and no verb ("the winter brought snow", ``tense.markers``). Without "the" a word after the season
    is as often its verb in the present ("spring shows signs of hope"), which ``markers`` does not
    tell, and a possessive's season names a time ("their Autumn meetings"): both stay dates."""
    m = _NOUN_AFTER.match(text, end)
    return m is not None and m[1] not in _NOT_A_NOUN and not markers(text[end:m.end()])


def year(g, s, text, start, end, sentence, rel, ctx, story):
    y = int(g["y"])
    prev = prev_word(text, start).lower()
    # "Boeing 2010", "flight 1549": numbers that name things; years are 1000..2099 and
    # outside 1900..2099 need a cue ("in 1492")
    if y < 1900 and prev not in ("in", "since", "of", "from", "until", "by", "year", "around", "circa", "c"):
        return None
    if prev in ("no", "number", "route", "flight", "model", "version", "room", "page", "item", "code", "article",
                "resolution", "section", "bill", "at", "highway", "interstate", "unit", "platform", "gate"):
        return None
    if ctx.today is not None and y > ctx.today.year + 60:
        return None
    if _CLOCK_BEFORE.search(text[max(0, start - 16):start]) or _CLOCK_AFTER.match(text, end):
        return None  # "1:19 p.m. (2047 in Riverton)", "at 2047 hrs": a 24-hour clock, not a year
    return Found(f"{y:04d}", "year", f'absolute year "{s}"')


# a clock time just before ("1:19 p.m. (2047 ...") or a clock's words just after ("2047 in Cairo)")
_CLOCK_BEFORE = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[aApP]\.?\s?[mM]\.?)?\s*[(\[/]\s*$")
_CLOCK_AFTER = re.compile(r"\s*(?:hrs|hours|h\b|local\b|in\s+[A-Z][\w'’ -]{1,30}\s*[)\]])")


def bare_month(g, s, text, start, end, sentence, rel, ctx, story):
    name = g["mon"]
    mon = month_of(name)
    mod = re.sub(r"\s+", " ", (g["mod"] or "").lower())
    prev = prev_word(text, start).lower()
    nxt = next_word(text, end)
    if not mod:
        if name.lower() in ("may", "march", "june", "august", "april") and prev not in MONTH_CUES:
            return None  # "May I", "March on", "June Carter", "August body"
        if nxt[:1].isupper() and nxt.lower() not in ("i", "the", "and", "but") and prev not in MONTH_CUES:
            return None  # a name: "April Smith"
    if ctx.today is None:
        return None
    today = ctx.today
    now = today.year * 12 + today.month - 1
    options = [(today.year + k) * 12 + mon - 1 for k in (-1, 0, 1)]
    how = f'"{s}" counted from {ctx.pub} ({ctx.describe()})'
    if mod == "last":
        pick = max(p for p in options if p < now)
    elif mod == "next":
        pick = min(p for p in options if p > now)
    elif mod == "this":
        pick = options[1]
    else:
        tense = calendar_tense(sentence, rel, len(s), near=NEAR)
        pick = pick_option(options, now, tense)
        if pick is None:
            return None
        how = how_tensed(s, tense, ctx)
    return Found(timex.month(pick // 12, pick % 12 + 1), "month", how, relative=True)
