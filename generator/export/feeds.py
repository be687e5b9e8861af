"""The feeds: Atom (RFC 4287) and JSON Feed 1.1, one entry per event, newest first."""

from __future__ import annotations

import json
import re
from xml.sax.saxutils import escape as _xml_escape

from generator import __version__
from generator.export.common import (
    FILENAMES,
    by_statement,
    event_published,
    link,
    newest,
    outlet_names,
    rfc3339,
    summary,
    summary_html,
)
from generator.model import Article, Event, Timeline
from generator.present import urls
from generator.text import slugs, timex

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_escape(value: str, entities: dict | None = None) -> str:
    """XML text: escaped, and without the control characters XML 1.0 forbids outright."""
    return _xml_escape(_XML_INVALID.sub("", value), entities or {})


def atom(timeline: Timeline, site_url: str | None, udu: bool, title: str) -> str:
    base = site_url.rstrip("/") + "/" if site_url else ""
    feed_id = base + FILENAMES["atom"] if base else f"urn:claimline:feed:{slugs.slug(title.casefold())}"
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{xml_escape(title)}</title>",
        f"  <id>{xml_escape(feed_id)}</id>",
        f"  <updated>{rfc3339(newest(timeline))}</updated>",
        f'  <generator version="{__version__}">claimline</generator>',
    ]
    if base:
        out.append(f'  <link rel="alternate" type="text/html" href="{xml_escape(base)}"/>')
        out.append(f'  <link rel="self" type="application/atom+xml" href="{xml_escape(feed_id)}"/>')
    by_stmt = by_statement(timeline)
    for e in newest_first(timeline):
        out += _atom_entry(timeline, e, by_stmt, site_url, udu)
    out.append("</feed>")
    return "\n".join(out) + "\n"


def _atom_entry(timeline: Timeline, e: Event, by_stmt: dict[str, Article], site_url: str | None,
                udu: bool) -> list[str]:
    href = link(site_url, urls.event_src(e.id), udu)
    when = rfc3339(event_published(e, by_stmt))
    entry_id = href if site_url else f"urn:claimline:event:{slugs.slug(e.id)}"
    authors = ", ".join(outlet_names(timeline, e)) or "claimline"
    return [
        "  <entry>",
        f"    <title>{xml_escape(e.title)}</title>",
        f"    <id>{xml_escape(entry_id)}</id>",
        f'    <link rel="alternate" type="text/html" href="{xml_escape(href, {chr(34): "&quot;"})}"/>',
        f"    <published>{when}</published>",
        f"    <updated>{when}</updated>",
        f"    <author><name>{xml_escape(authors)}</name></author>",
        f'    <content type="html">{xml_escape(summary_html(timeline, e))}</content>',
        "  </entry>",
    ]


def newest_first(timeline: Timeline) -> list[Event]:
    """Newest first as a feed means it: by each entry's own date, when its event was first
    reported (a reader that takes the first entries, or lists them as written, sees the news an
    added article brought, even about an older day); events first reported together, the later
    event first; then by id (stable sorts, never an id reversed)."""
    by_stmt = by_statement(timeline)
    events = sorted(timeline.events, key=lambda e: e.id)
    events.sort(key=lambda e: timex.sort_key(e.date), reverse=True)
    events.sort(key=lambda e: event_published(e, by_stmt), reverse=True)
    return events


def jsonfeed(timeline: Timeline, site_url: str | None, udu: bool, title: str) -> str:
    by_stmt = by_statement(timeline)
    base = site_url.rstrip("/") + "/" if site_url else None
    items = []
    for e in newest_first(timeline):
        item = {
            "id": f"urn:claimline:event:{slugs.slug(e.id)}",
            "url": link(site_url, urls.event_src(e.id), udu),
            "title": e.title,
            "content_html": summary_html(timeline, e),
            "content_text": summary(timeline, e),
            "date_published": rfc3339(event_published(e, by_stmt)),
            "authors": [{"name": n} for n in outlet_names(timeline, e)],
            "_claimline": {"date": e.date, "precision": e.precision, "status": e.status},
        }
        items.append(item)
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": title, "items": items}
    if base:
        feed["home_page_url"] = base
        feed["feed_url"] = base + FILENAMES["jsonfeed"]
    return json.dumps(feed, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
