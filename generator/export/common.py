"""What every export shares: file names, the "updated" stamp (the newest article, never the
clock), time order, links to the site and the short summary of an event."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from generator import __version__
from generator.model import Article, Event, Timeline
from generator.present import datelabel, urls
from generator.present.escape import plain_html
from generator.text import timex

FORMATS = ("json", "atom", "jsonfeed", "ics", "timelinejs", "csv")
# What a build writes next to the pages, and what the site's Exports page links to.
FILENAMES = {
    "json": "timeline.json",
    "atom": "feed.xml",
    "jsonfeed": "feed.json",
    "ics": "timeline.ics",
    "timelinejs": "timelinejs.json",
    "csv": "claims.csv",
}
GENERATOR = f"claimline {__version__}"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def published_iso(article: Article) -> str:
    """ISO 8601 as given (or inferred): a bare date stays a date; "" when not known at all."""
    if article.published is None:
        return ""
    if not article.published_has_time:
        return article.published.date().isoformat()
    return article.published.isoformat()


def newest(timeline: Timeline) -> datetime:
    """The feed's "updated": the newest publication date, never the clock."""
    dates = [a.published.astimezone(UTC) for a in timeline.articles if a.published is not None]
    return max(dates) if dates else EPOCH


def rfc3339(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def event_published(event: Event, by_stmt: dict[str, Article]) -> datetime:
    """When an event was first reported: its earliest article, else the event date."""
    seen = [by_stmt[sid].published for c in event.claims + event.context for sid in c.statements
            if sid in by_stmt and by_stmt[sid].published is not None]
    if seen:
        return min(d.astimezone(UTC) for d in seen)
    start = timex.iso_date(event.date)
    return datetime.fromisoformat(start).replace(tzinfo=UTC) if start else EPOCH


def by_statement(timeline: Timeline) -> dict[str, Article]:
    arts = {a.id: a for a in timeline.articles}
    return {s.id: arts[aid] for aid, stmts in timeline.statements.items() if aid in arts for s in stmts}


def link(site_url: str | None, src: str, use_directory_urls: bool) -> str:
    rel = urls.page_url(src, use_directory_urls)
    return (site_url.rstrip("/") + "/" + rel) if site_url else rel


# The exports whose links lead to the site's pages, and so want its address to be followed.
LINKED = ("atom", "jsonfeed", "timelinejs")


def relative_links_warning(formats: Iterable[str], site_url: str | None) -> str | None:
    """What to say when exports link to the site without its address (``site_url``): their links
    are then relative to the site's root. Atom resolves them against the feed's own address
    (RFC 4287 IRI references), but JSON Feed readers have no base without ``feed_url``, and a
    page embedding timelinejs.json resolves them against itself; so they are kept (right for a
    copy served at the site's root) and the editor is told once how to make them absolute."""
    names = [FILENAMES[f] for f in LINKED if f in formats]
    if site_url or not names:
        return None
    return (f"warning: site_url is not set, so the links in {', '.join(names)} are relative to the site's "
            "root, which feed readers and pages embedding the timeline elsewhere cannot follow; set the "
            "address the site is served at in mkdocs.yml, e.g. 'site_url: https://example.org/timeline/'")


def in_time_order(timeline: Timeline) -> list[Event]:
    """Events by the first day they cover, finer before coarser (``timex.sort_key``)."""
    return sorted(timeline.events, key=lambda e: (timex.sort_key(e.date), e.id))


def summary(timeline: Timeline, event: Event) -> str:
    names = {s.id: s.name for s in timeline.sources}
    lines = []
    for c in event.claims:
        lines.append(f"{c.text} ({', '.join(names.get(s, s) for s in sorted(c.sources))})")
    return "\n".join(lines)


def summary_html(timeline: Timeline, event: Event) -> str:
    names = {s.id: s.name for s in timeline.sources}
    items = "".join(
        f"<li>{plain_html(c.text)} <small>({plain_html(', '.join(names.get(s, s) for s in sorted(c.sources)))})"
        "</small></li>"
        for c in event.claims
    )
    when = datelabel.label(event.date, event.precision)
    return f"<p>{plain_html(when)}</p><ul>{items}</ul>" if items else f"<p>{plain_html(when)}</p>"


def outlet_names(timeline: Timeline, event: Event) -> list[str]:
    names = {s.id: s.name for s in timeline.sources}
    ids = sorted({s for c in event.claims + event.context for s in c.sources})
    return [names.get(i, i) for i in ids]
