"""Structured data for event pages: schema.org ``Event`` and ``Claim`` in JSON-LD.

Search engines and fact-check tools read it: each claim with one ``appearance`` per outlet
that reported it (the article, its publisher and its own wording). The caller embeds it
with ``escape.json_for_script`` so no text can close the script element.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from generator.export.common import published_iso
from generator.model import Article, Event
from generator.present import datelabel, urls
from generator.present.escape import href

if TYPE_CHECKING:
    from generator.site.siteindex import Site


MAX_CLAIMS = 20
HEADLINE_MAX = 110  # characters: what search engines show of a news headline


def headline(title: str, limit: int = HEADLINE_MAX) -> str:
    """A headline of at most ``limit`` characters, cut between words and marked with an ellipsis."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title[: limit - 1].rstrip()
    if not title[limit - 1].isspace() and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # never mid-word
    return cut.rstrip(" ,;:-–—") + "…"


def event(site: Site, e: Event, source_name: Callable[[str], str], entity_name: Callable[[str], str],
          article_title: Callable[[Article], str] | None = None) -> dict:
    """schema.org ``Event`` with one ``Claim`` per claim (the first ``MAX_CLAIMS``, so an event
    of hundreds of claims keeps a small page), one ``appearance`` per outlet.

    An article without a title appears under the title its page has (its headline or lead
    sentence, ``article_title``), cut between words.
    """
    site_url = site.opts.site_url
    page = urls.page_url(urls.event_src(e.id), site.opts.use_directory_urls)
    claims = []
    for c in e.claims[:MAX_CLAIMS]:
        appearances = []
        outlets = set()
        for sid in c.statements:
            s = site.statements.get(sid)
            a = site.articles.get(s.article) if s else None
            if not (s and a) or a.source in outlets:
                continue
            outlets.add(a.source)
            title = a.title or (article_title(a) if article_title else s.text)
            ap = {"@type": "NewsArticle", "headline": headline(title),
                  "publisher": {"@type": "Organization", "name": source_name(a.source)},
                  "text": s.text}
            ok = href(a.url)
            if ok is not None:
                ap["url"] = a.url.strip()
            if a.published is not None:
                ap["datePublished"] = published_iso(a)
            appearances.append(ap)
        text, said_by = site.shown(c)
        item = {"@type": "Claim", "text": text, "appearance": appearances}
        if said_by:
            item["author"] = {"@type": "Person" if (site.entities.get(said_by) and
                                                    site.entities[said_by].kind == "person")
                              else "Organization", "name": entity_name(said_by)}
        claims.append(item)
    data = {"@context": "https://schema.org", "@type": "Event", "name": e.title,
            "startDate": datelabel.machine_value(e.date, e.precision) or e.date,
            "subjectOf": claims}
    if e.status == "announced":  # reported before it took place
        data["eventStatus"] = "https://schema.org/EventScheduled"
    if site_url:
        data["url"] = site_url.rstrip("/") + "/" + page
    return data
