"""``timeline.ics``: every dated event as an all-day calendar entry (RFC 5545), written with the
``icalendar`` library (escaping and line folding are its job). The stamp is the newest
article's date, never the clock, so the same timeline gives the same bytes."""

from __future__ import annotations

from datetime import date, timedelta

import icalendar

from generator import __version__
from generator.export.common import in_time_order, link, newest, summary
from generator.model import Timeline
from generator.present import datelabel, urls
from generator.text import timex


def _span(value: str, precision: str) -> tuple[date, date] | None:
    """The first day an event covers and the day after its last, for all-day entries: a week
    its seven days, a season or quarter its three months (``timex.covered``)."""
    if precision in ("decade", "century", "vague") or timex.kind(value) in ("decade", "century", "vague"):
        return None  # a decade or a vague time is no calendar entry
    covered = timex.covered(value)
    if covered is None:
        return None
    return covered[0], covered[1] + timedelta(days=1)


def render(timeline: Timeline, site_url: str | None, udu: bool, title: str) -> str:
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//claimline//claimline {__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", title)
    stamp = newest(timeline)
    for e in in_time_order(timeline):
        span = _span(e.date, e.precision)
        if span is None:
            continue
        entry = icalendar.Event()
        entry.add("uid", f"{e.id}@claimline")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", span[0])
        entry.add("dtend", span[1])
        entry.add("summary", e.title)
        entry.add("description", f"{datelabel.label(e.date, e.precision)} ({e.how})\n{summary(timeline, e)}")
        if site_url:
            entry.add("url", link(site_url, urls.event_src(e.id), udu))
        if e.status == "announced":
            entry.add("status", "TENTATIVE")
        cal.add_component(entry)
    return cal.to_ical().decode("utf-8")
