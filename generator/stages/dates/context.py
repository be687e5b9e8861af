"""What a date expression is resolved against: the anchor (publication datetime), the
narrative (the date the article named last), and the helpers every kind of expression shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from generator.model import Precision
from generator.stages.dates.patterns import MONTH_NUMBER, NUMBER_WORDS
from generator.stages.dates.tense import Tense, future_in_past, tense_at


@dataclass
class Narrative:
    """What the article has named so far: "the next day" counts from the last named day."""

    day: date | None = None
    day_text: str = ""
    month: tuple[int, int] | None = None
    year: int | None = None
    year_last: bool = False  # the date named last was a year (or a month, season): "six years later"

    def note(self, value: str, text: str) -> None:
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
        self.year_last = not (m and m[3])
        if not m:
            if re.match(r"\d{4}-", value):  # a week, season or quarter still names its year
                self.year = int(value[:4])
            return
        self.year = int(m[1])
        if m[2]:
            self.month = (int(m[1]), int(m[2]))
            self.day = None
        if m[3]:
            self.day = date(int(m[1]), int(m[2]), int(m[3]))
            self.day_text = text


@dataclass
class Anchor:
    """The publication datetime in the article's own zone (None: only absolute dates)."""

    when: datetime | None
    has_time: bool = True
    inferred: bool = False  # the date was inferred from other outlets, not published
    today: date | None = field(init=False, default=None)
    pub: str = field(init=False, default="the publication date")  # as the how texts name it

    def __post_init__(self) -> None:
        self.today = self.when.date() if self.when is not None else None
        if self.inferred:
            self.pub = "the inferred publication date"  # a reader must see what the value rests on

    def describe(self) -> str:
        assert self.today is not None
        return f"{self.today:%a} {self.today.isoformat()}"


@dataclass(frozen=True)
class Found:
    value: str
    precision: Precision
    how: str
    relative: bool = False  # needed the anchor or the narrative
    trim: int = 0  # characters of the match before the expression proper ("ending| the day")


def prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[^A-Za-z\n]*$", text[max(0, start - 30):start])
    return m.group(1) if m else ""


def next_word(text: str, end: int) -> str:
    m = re.match(r"[\s,]*([A-Za-z']+)", text[end:end + 30])
    return m.group(1) if m else ""


def clause_tense(sentence: str, rel: int, length: int, near: int | None = None) -> Tense:
    return tense_at(sentence, rel, rel + length, near=near)


def calendar_tense(sentence: str, rel: int, length: int, near: int | None = None) -> Tense | str:
    """``clause_tense`` for a date of the calendar (a month, a day of a month): a future seen from a
    past saying ("said the bridge would reopen on March 20") is "ahead of a saying": the date
    nearest publication, on either side, since the saying came before publication."""
    tense = clause_tense(sentence, rel, length, near)
    return "ahead of a saying" if tense == "future" and future_in_past(sentence, rel, rel + length, near) else tense


NEAR = 8  # words: a tense marker further from a date than this says nothing about it


def how_tensed(s: str, tense: Tense | str, ctx: Anchor) -> str:
    which = {"past": "in a past-tense clause: the last one up to",
             "future": "in a future-tense clause: the next one from",
             "ahead of a saying": 'in a future seen from a past saying ("would"): the one nearest'}.get(
        tense, "with no tense to go by: the one nearest")
    return f'"{s}" {which} {ctx.pub} ({ctx.describe()})'


def pick_option(options: list[int], now: int, tense: Tense | str) -> int | None:
    """Of the candidate positions (ordinal days, month or quarter counts) the one the tense
    points to: the last one up to now in the past, the next one from now in the future, else
    the nearest. None when the calendar has no candidate on that side ("ended on 3 January"
    published on 0001-01-01)."""
    if tense == "past":
        return max((p for p in options if p <= now), default=None)
    if tense == "future":
        return min((p for p in options if p >= now), default=None)
    return min(options, key=lambda p: (abs(p - now), p > now), default=None)


def month_of(name: str) -> int:
    key = name.lower().rstrip(".")
    return MONTH_NUMBER[key] if key in MONTH_NUMBER else MONTH_NUMBER[key[:3]]


def story_day(ctx: Anchor, story: Narrative) -> tuple[date, str] | None:
    """The day the story is on, and how we know: the day it named last, else the publication
    date (None without either). "Two days later" and "ended the day" count from it."""
    if story.day is not None:
        return story.day, f'{story.day.isoformat()}, the day last named ("{story.day_text}")'
    if ctx.today is not None:
        return ctx.today, f"{ctx.pub} ({ctx.describe()})"
    return None


def count_word(word: str) -> int | None:
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)


def utc_offset(when: datetime) -> str:
    """"+02:00" rather than strftime's "+0200", as editors write it."""
    z = when.strftime("%z")
    return f"{z[:3]}:{z[3:]}" if z else ""
