"""Where the timeline files each event: its year, month and page.

A small timeline is one page (the home page). A larger one gets a page per year, a year
with many events a page per month, and every such period is cut into pages of bounded
height (``paging.TIMELINE``); the home page then shows the story's key events and a way
into every period. Event cards on these pages show a few of an event's claims (the most
reported), so a page's height never depends on how large its events are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from generator.model import Claim, Event
from generator.present import datelabel, urls
from generator.site import paging
from generator.text import timex

# What a timeline card shows of its event: its most reported claims, a little background.
CARD_CLAIMS = 5
CARD_CONTEXT = 3


@dataclass
class Period:
    """A year or month of the timeline ("all" when it is one page), cut into pages."""

    key: str
    src: str
    title: str
    events: list[Event]
    pages: list[paging.Page[Event]] = field(default_factory=list)


def place(e: Event) -> tuple[int | None, int | None, int]:
    """(year, month, part) where the timeline files an event, by the first day it covers.

    A day, week or month is in its month (part 0: the week of July 6 in July); a season
    (part 1) or quarter (part 2) has a heading of its own right after its first month
    (summer 2020 after June, Q3 after July); a year is "sometime in" it (no month); a
    decade, a century or a vague time is undated.
    """
    what = timex.kind(e.date)
    y, m, _d = timex.start(e.date)
    if y is None or what in ("decade", "century", "vague"):
        return None, None, 0
    if what == "year" or e.precision in ("year", "decade", "century", "vague"):
        return y, None, 0
    return y, m, {"season": 1, "quarter": 2}.get(what, 0)


def card_claims(e: Event) -> list[Claim]:
    """The claims an event's card shows: its most reported ones, the most reported first (a card
    is a summary: a live blog's first line, told by one outlet, must not lead it before the claim
    every outlet reported), ties in the event's own order."""
    ranked = sorted(range(len(e.claims)), key=lambda i: (-len(set(e.claims[i].sources)), i))[:CARD_CLAIMS]
    return [e.claims[i] for i in ranked]


def card_weight(e: Event) -> int:
    """A card's height in lines: its title, the claims it shows and its background."""
    return 1 + min(len(e.claims), CARD_CLAIMS) + min(len(e.context), CARD_CONTEXT)


def split(events: list[Event], split_after: int, language: str) -> list[Period]:
    """The timeline's periods: one ("all", the home page) when it fits on a page, else one per
    year, and one per month in a year of more than ``split_after`` events."""
    if len(events) <= split_after and len(paging.cut(events, paging.TIMELINE, card_weight)) == 1:
        return [_paged(Period("all", "index.md", "Timeline", events))]
    by_year: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        y, _m, _p = place(e)
        by_year[f"{y:04d}" if y else "undated"].append(e)
    out = []
    for year, evs in sorted(by_year.items()):
        if len(evs) <= split_after or year == "undated":
            out.append(_paged(Period(year, urls.year_src(year), year, evs)))
            continue
        by_month: dict[str, list[Event]] = defaultdict(list)
        for e in evs:
            _y, m, _p = place(e)
            by_month[f"{year}-{m:02d}" if m else year].append(e)
        for key, mevs in sorted(by_month.items()):
            title = datelabel.month_label(int(year), int(key[5:]), language) if "-" in key else year
            out.append(_paged(Period(key, urls.year_src(key), title, mevs)))
    return out


def _paged(p: Period) -> Period:
    p.pages = paging.paginate(p.src, p.events, paging.TIMELINE, card_weight)
    return p


def month_anchor(y: int | None, m: int | None) -> str:
    if y is None:
        return "undated"
    return f"m{y:04d}-{m:02d}" if m else f"y{y:04d}"


def group_anchor(y: int | None, m: int | None, part: int = 0) -> str:
    """The anchor of a heading ``groups`` makes: a month, or a season or quarter after it."""
    return month_anchor(y, m) + ("", "-season", "-quarter")[part] if y and m else month_anchor(y, m)


def groups(events: list[Event], language: str, translate: Callable[..., str]) -> list[dict]:
    """Events by year, then month (events known only to the year come first), each in time order."""
    years: dict[int | None, dict[tuple[int | None, int], list[Event]]] = defaultdict(lambda: defaultdict(list))
    for e in sorted(events, key=lambda e: (timex.sort_key(e.date), e.id)):
        y, m, part = place(e)
        years[y][(m, part)].append(e)
    out = []
    for y in sorted(years, key=lambda k: (k is None, k or 0)):
        months = []
        for m, part in sorted(years[y], key=lambda k: (k[0] is not None, k[0] or 0, k[1])):
            evs = years[y][(m, part)]
            if y and m and part:  # "Summer 2020", "Q3 2020": the value's own label
                label = datelabel.label(evs[0].date, timex.kind(evs[0].date), language)
                label = label[:1].upper() + label[1:]
            elif y and m:
                label = datelabel.month_label(y, m, language)
            else:
                label = translate("Sometime in {year}", year=y) if y and len(years[y]) > 1 else ""
            months.append({"label": label, "anchor": group_anchor(y, m, part) if m else f"y{y}-any", "events": evs})
        out.append({"label": str(y) if y else translate("Undated"), "anchor": f"y{y:04d}" if y else "undated",
                    "months": months})
    return out
