"""The timeline in formats other programs read: the JSON contract, feeds, calendar, CSV.

Every format is a pure function of the Timeline: keys and rows sorted, and no clock: where
a format wants "updated" or a stamp, it gets the newest article's publication date, so the
same content gives the same bytes. Untrusted text is escaped for each format's own rules
(XML, HTML inside JSON for TimelineJS, iCalendar TEXT, spreadsheet formulas in CSV).
"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, date, datetime, timedelta
from xml.sax.saxutils import escape as _xml_escape

from generator import __version__
from generator.errors import ClaimlineError
from generator.model import Article, Claim, DateMention, Event, EventDate, Statement, Timeline
from generator.present import datelabel, urls
from generator.present.escape import plain_html, safe_url
from generator.text import slugs, timex

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
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class ExportError(ClaimlineError):
    """An export was asked for in a format claimline does not write."""


# ---------------------------------------------------------------- the contract


def published_iso(article: Article) -> str:
    """ISO 8601 as given (or inferred): a bare date stays a date; "" when not known at all."""
    if article.published is None:
        return ""
    if not article.published_has_time:
        return article.published.date().isoformat()
    return article.published.isoformat()


def _date(d: DateMention) -> dict:
    return {"text": d.text, "start": d.start, "end": d.end, "value": d.value, "precision": d.precision,
            "anchor": d.anchor, "future": d.future}


def _event_date(d: EventDate | None) -> dict | None:
    if d is None:
        return None
    return {"value": d.value, "precision": d.precision, "how": d.how, "status": d.status, "editor": d.editor,
            "mention": None if d.mention is None else _date(d.mention)}


def _statement(s: Statement) -> dict:
    return {
        "id": s.id, "text": s.text, "start": s.start, "end": s.end, "kind": s.kind,
        "sentence": s.sentence, "paragraph": s.paragraph, "quoted": s.quoted,
        "speaker": s.speaker, "speaker_name": s.speaker_name, "attributed_to": s.attributed_to,
        "boilerplate_reason": s.boilerplate_reason, "hidden": s.hidden,
        "dates": [_date(d) for d in s.dates], "event_date": _event_date(s.event_date),
    }


def _claim(c: Claim) -> dict:
    return {
        "id": c.id, "text": c.text, "speaker": c.speaker, "sources": sorted(c.sources),
        "statements": list(c.statements), "flags": sorted(c.flags), "date": _event_date(c.date),
        "numbers": [list(n) for n in sorted(c.numbers)],
    }


def to_contract(timeline: Timeline, use_directory_urls: bool = True) -> dict:
    """The timeline as ``shared/contract/timeline.schema.json`` (version 1) describes it.

    Keys beyond the schema's are additions it allows (``how``, ``flags``, ``event_date``...),
    so a consumer of version 1 reads this unchanged.
    """

    def page(src: str) -> str:
        return urls.page_url(src, use_directory_urls)

    return {
        "version": 1,
        "generated_by": GENERATOR,
        "sources": [
            {"id": s.id, "name": s.name, "url": s.url, "country": s.country, "kind": s.kind,
             "page": page(urls.outlet_src(s.id))}
            for s in sorted(timeline.sources, key=lambda s: s.id)
        ],
        "articles": [
            {
                "id": a.id, "source": a.source, "title": a.title, "url": a.url,
                "published": published_iso(a), "published_inferred": a.published_inferred,
                "published_text": a.published_text, "path": a.path, "page": page(urls.article_src(a.id)),
                "author": a.author, "language": a.language, "tags": list(a.tags),
                "statements": [_statement(s) for s in timeline.statements.get(a.id, ())],
            }
            for a in timeline.articles
        ],
        "entities": [
            {"id": e.id, "name": e.name, "aliases": list(e.aliases), "kind": e.kind, "role": e.role,
             "editor": e.editor, "page": page(urls.entity_src(e.id)),
             **({"former_ids": list(e.former_ids)} if e.former_ids else {})}
            for e in sorted(timeline.entities, key=lambda e: e.id)
        ],
        "events": [
            {
                "id": e.id, "date": e.date, "precision": e.precision, "how": e.how, "status": e.status,
                "title": e.title, "page": page(urls.event_src(e.id)), "announced_in": e.announced_in,
                "editor": list(e.editor), "claims": [_claim(c) for c in e.claims],
                "context": [_claim(c) for c in e.context],
                # ids it was published under before (they redirect to ``page``); kept from
                # export to export, so write them only where there are some
                **({"former_ids": list(e.former_ids)} if e.former_ids else {}),
            }
            for e in _in_time_order(timeline)  # by first day: the week of July 6 after July 5, not in January
        ],
    }


# ---------------------------------------------------------------- shared helpers


def newest(timeline: Timeline) -> datetime:
    """The feed's "updated": the newest publication date, never the clock."""
    dates = [a.published.astimezone(UTC) for a in timeline.articles if a.published is not None]
    return max(dates) if dates else _EPOCH


def _rfc3339(d: datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _event_published(event: Event, by_stmt: dict[str, Article]) -> datetime:
    """When an event was first reported: its earliest article, else the event date."""
    seen = [by_stmt[sid].published for c in event.claims + event.context for sid in c.statements
            if sid in by_stmt and by_stmt[sid].published is not None]
    if seen:
        return min(d.astimezone(UTC) for d in seen)
    start = timex.iso_date(event.date)
    return datetime.fromisoformat(start).replace(tzinfo=UTC) if start else _EPOCH


def _by_statement(timeline: Timeline) -> dict[str, Article]:
    arts = {a.id: a for a in timeline.articles}
    return {s.id: arts[aid] for aid, stmts in timeline.statements.items() if aid in arts for s in stmts}


def _link(site_url: str | None, src: str, use_directory_urls: bool) -> str:
    rel = urls.page_url(src, use_directory_urls)
    return (site_url.rstrip("/") + "/" + rel) if site_url else rel


def _in_time_order(timeline: Timeline) -> list[Event]:
    """Events by the first day they cover, finer before coarser (``timex.sort_key``)."""
    return sorted(timeline.events, key=lambda e: (timex.sort_key(e.date), e.id))


def _summary(timeline: Timeline, event: Event) -> str:
    names = {s.id: s.name for s in timeline.sources}
    lines = []
    for c in event.claims:
        lines.append(f"{c.text} ({', '.join(names.get(s, s) for s in sorted(c.sources))})")
    return "\n".join(lines)


def _summary_html(timeline: Timeline, event: Event) -> str:
    names = {s.id: s.name for s in timeline.sources}
    items = "".join(
        f"<li>{plain_html(c.text)} <small>({plain_html(', '.join(names.get(s, s) for s in sorted(c.sources)))})"
        "</small></li>"
        for c in event.claims
    )
    when = datelabel.label(event.date, event.precision)
    return f"<p>{plain_html(when)}</p><ul>{items}</ul>" if items else f"<p>{plain_html(when)}</p>"


# ---------------------------------------------------------------- formats


def render_export(timeline: Timeline, fmt: str, *, site_url: str | None = None,
                  use_directory_urls: bool = True, title: str = "claimline timeline") -> str:
    """One export as text: json, atom, jsonfeed, ics, timelinejs or csv."""
    if fmt == "json":
        return json.dumps(to_contract(timeline, use_directory_urls), ensure_ascii=False, indent=2,
                          sort_keys=True) + "\n"
    if fmt == "atom":
        return _atom(timeline, site_url, use_directory_urls, title)
    if fmt == "jsonfeed":
        return _jsonfeed(timeline, site_url, use_directory_urls, title)
    if fmt == "ics":
        return _ics(timeline, site_url, use_directory_urls, title)
    if fmt == "timelinejs":
        return _timelinejs(timeline, site_url, use_directory_urls, title)
    if fmt == "csv":
        return _csv(timeline)
    raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_escape(value: str, entities: dict | None = None) -> str:
    """XML text: escaped, and without the control characters XML 1.0 forbids outright."""
    return _xml_escape(_XML_INVALID.sub("", value), entities or {})


def _atom(timeline: Timeline, site_url: str | None, udu: bool, title: str) -> str:
    by_stmt = _by_statement(timeline)
    base = site_url.rstrip("/") + "/" if site_url else ""
    feed_id = base + FILENAMES["atom"] if base else f"urn:claimline:feed:{slugs.slug(title.casefold())}"
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom">',
        f"  <title>{xml_escape(title)}</title>",
        f"  <id>{xml_escape(feed_id)}</id>",
        f"  <updated>{_rfc3339(newest(timeline))}</updated>",
        f'  <generator version="{__version__}">claimline</generator>',
    ]
    if base:
        out.append(f'  <link rel="alternate" type="text/html" href="{xml_escape(base)}"/>')
        out.append(f'  <link rel="self" type="application/atom+xml" href="{xml_escape(feed_id)}"/>')
    for e in sorted(timeline.events, key=lambda e: (timex.sort_key(e.date), e.id), reverse=True):
        link = _link(site_url, urls.event_src(e.id), udu)
        when = _rfc3339(_event_published(e, by_stmt))
        entry_id = (base + urls.page_url(urls.event_src(e.id), udu)) if base else f"urn:claimline:event:{slugs.slug(e.id)}"
        out += [
            "  <entry>",
            f"    <title>{xml_escape(e.title)}</title>",
            f"    <id>{xml_escape(entry_id)}</id>",
            f'    <link rel="alternate" type="text/html" href="{xml_escape(link, {chr(34): "&quot;"})}"/>',
            f"    <published>{when}</published>",
            f"    <updated>{when}</updated>",
            f"    <author><name>{xml_escape(', '.join(_outlet_names(timeline, e)) or 'claimline')}</name></author>",
            f'    <content type="html">{xml_escape(_summary_html(timeline, e))}</content>',
            "  </entry>",
        ]
    out.append("</feed>")
    return "\n".join(out) + "\n"


def _outlet_names(timeline: Timeline, event: Event) -> list[str]:
    names = {s.id: s.name for s in timeline.sources}
    ids = sorted({s for c in event.claims + event.context for s in c.sources})
    return [names.get(i, i) for i in ids]


def _jsonfeed(timeline: Timeline, site_url: str | None, udu: bool, title: str) -> str:
    by_stmt = _by_statement(timeline)
    base = site_url.rstrip("/") + "/" if site_url else None
    items = []
    for e in sorted(timeline.events, key=lambda e: (timex.sort_key(e.date), e.id), reverse=True):
        item = {
            "id": f"urn:claimline:event:{slugs.slug(e.id)}",
            "url": _link(site_url, urls.event_src(e.id), udu),
            "title": e.title,
            "content_html": _summary_html(timeline, e),
            "content_text": _summary(timeline, e),
            "date_published": _rfc3339(_event_published(e, by_stmt)),
            "authors": [{"name": n} for n in _outlet_names(timeline, e)],
            "_claimline": {"date": e.date, "precision": e.precision, "status": e.status},
        }
        items.append(item)
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": title, "items": items}
    if base:
        feed["home_page_url"] = base
        feed["feed_url"] = base + FILENAMES["jsonfeed"]
    return json.dumps(feed, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def _fold(line: str) -> str:
    """RFC 5545 line folding at 75 octets, never inside a UTF-8 sequence."""
    out, cur, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(cur)
            cur, size = " ", 1
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def _span(value: str, precision: str) -> tuple[date, date] | None:
    """The first day an event covers and the day after its last, for all-day entries: a week
    its seven days, a season or quarter its three months (``timex.covered``)."""
    if precision in ("decade", "century", "vague") or timex.kind(value) in ("decade", "century", "vague"):
        return None  # a decade or a vague time is no calendar entry
    covered = timex.covered(value)
    if covered is None:
        return None
    return covered[0], covered[1] + timedelta(days=1)


def _ics(timeline: Timeline, site_url: str | None, udu: bool, title: str) -> str:
    stamp = newest(timeline).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//claimline//claimline " + __version__ + "//EN",
             "CALSCALE:GREGORIAN", "X-WR-CALNAME:" + _ics_text(title)]
    for e in _in_time_order(timeline):
        span = _span(e.date, e.precision)
        if span is None:
            continue  # a decade or a vague time is no calendar entry
        desc = datelabel.label(e.date, e.precision) + " (" + e.how + ")\n" + _summary(timeline, e)
        lines += [
            "BEGIN:VEVENT",
            f"UID:{_ics_text(e.id)}@claimline",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{span[0].strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{span[1].strftime('%Y%m%d')}",
            "SUMMARY:" + _ics_text(e.title),
            "DESCRIPTION:" + _ics_text(desc),
        ]
        if site_url:
            lines.append("URL:" + _ics_text(_link(site_url, urls.event_src(e.id), udu)))
        if e.status == "announced":
            lines.append("STATUS:TENTATIVE")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _timelinejs(timeline: Timeline, site_url: str | None, udu: bool, title: str) -> str:
    """TimelineJS3's JSON: its text fields are HTML, so every value is HTML-escaped."""
    events = []
    for e in _in_time_order(timeline):
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
        link = _link(site_url, urls.event_src(e.id), udu)
        text = _summary_html(timeline, e) + f'<p><a href="{plain_html(link)}">Every outlet\'s wording</a></p>'
        events.append({
            "unique_id": slugs.slug(e.id),
            "start_date": start,
            "text": {"headline": plain_html(e.title), "text": text},
            "group": str(y),
        })
    return json.dumps({"title": {"text": {"headline": plain_html(title), "text": ""}}, "events": events},
                      ensure_ascii=False, indent=2, sort_keys=True) + "\n"


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: never run as a formula (OWASP CSV injection)."""
    s = "" if value is None else str(value)
    return "'" + s if s.startswith(_FORMULA) else s


def _csv(timeline: Timeline) -> str:
    arts = {a.id: a for a in timeline.articles}
    stmts = {s.id: s for ss in timeline.statements.values() for s in ss}
    names = {s.id: s.name for s in timeline.sources}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["event_id", "event_date", "event_precision", "event_title", "claim_id", "claim_kind",
                "claim_text", "speaker", "claim_sources", "flags", "statement_id", "source", "outlet",
                "article_id", "article_url", "published", "statement_text"])
    for e in _in_time_order(timeline):
        for kind, claims in (("claim", e.claims), ("context", e.context)):
            for c in claims:
                for sid in c.statements:
                    s = stmts.get(sid)
                    a = arts.get(s.article) if s else None
                    src = a.source if a else ""
                    w.writerow([_cell(v) for v in (
                        e.id, e.date, e.precision, e.title, c.id, kind, c.text, c.speaker or "",
                        " ".join(sorted(c.sources)), " ".join(sorted(c.flags)), sid, src, names.get(src, src),
                        a.id if a else "", (safe_url(a.url) or "") if a else "", published_iso(a) if a else "",
                        s.text if s else "",
                    )])
    return buf.getvalue()
