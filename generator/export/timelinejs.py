"""The JSON TimelineJS3 reads, to embed the timeline elsewhere: its text fields are HTML, so
every value is HTML-escaped."""

from __future__ import annotations

import json

from generator.export.common import in_time_order, link, summary_html
from generator.model import Timeline
from generator.present import datelabel, urls
from generator.present.escape import plain_html
from generator.text import slugs, timex


def render(timeline: Timeline, site_url: str | None, udu: bool, title: str) -> str:
    """TimelineJS3's JSON: its text fields are HTML, so every value is HTML-escaped."""
    events = []
    for e in in_time_order(timeline):
        what = timex.kind(e.date)
        y, mo, d = timex.start(e.date) if what not in ("decade", "century") else timex.parse(e.date)
        if y is None:
            continue
        start: dict = {"year": y}
        # as far as the value goes: a week from its Monday, a season or quarter from its first month
        if mo and e.precision in ("month", "day", "week", "season", "quarter"):
            start["month"] = mo
        if d and e.precision in ("day", "week"):
            start["day"] = d
        start["display_date"] = datelabel.label(e.date, e.precision)
        href = link(site_url, urls.event_src(e.id), udu)
        text = summary_html(timeline, e) + f'<p><a href="{plain_html(href)}">Every outlet\'s wording</a></p>'
        events.append({
            "unique_id": slugs.slug(e.id),
            "start_date": start,
            "text": {"headline": plain_html(e.title), "text": text},
            "group": str(y),
        })
    return json.dumps({"title": {"text": {"headline": plain_html(title), "text": ""}}, "events": events},
                      ensure_ascii=False, indent=2, sort_keys=True) + "\n"
