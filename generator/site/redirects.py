"""Pages at the addresses events and people were published under before, leading to where
they are now.

When two events (or two spellings of one name) become one, or an editor pins a new id, the
old address must not break (``permalinks`` keeps the old id as a *former id*). Each former
id gets a small static page that sends the reader on at once and tells search engines where
the page now lives.
"""

from __future__ import annotations

from html import escape

from generator.model import Timeline
from generator.present import urls
from generator.site.siteindex import tag_slugs_of, tags_of


def redirect_pages(timeline: Timeline, use_directory_urls: bool = True, site_url: str | None = None) -> dict[str, str]:
    """Site file path -> the HTML of the page that redirects from a former address (the
    canonical link absolute when the site's address is known, as search engines prefer)."""
    speaking = urls.speakers(timeline.statements.values())
    moved = [(urls.event_src, e.id, e.title, e.former_ids, urls.event_src(e.id)) for e in timeline.events]
    # an entity only named has no page: its former address leads to the people index
    moved += [(urls.entity_src, e.id, e.name, e.former_ids,
               urls.entity_src(e.id) if e.id in speaking else "people/index.md") for e in timeline.entities]
    moved += _tags_moved(timeline)
    taken = {to for _src_of, _ident, _title, _former, to in moved}
    out: dict[str, str] = {}
    for src_of, _ident, title, former_ids, to in moved:
        for former in former_ids:
            src = src_of(former)
            if src in taken:  # an address in use again never redirects away from its page
                continue
            target = escape(urls.relative(src, to, use_directory_urls))
            canonical = escape(site_url.rstrip("/") + "/" + urls.page_url(to, use_directory_urls)) \
                if site_url else target
            path = urls.page_url(src, use_directory_urls)
            path = path + "index.html" if path.endswith("/") else path
            out[path] = (
                '<!doctype html>\n<html><head><meta charset="utf-8">\n'
                f"<title>{escape(title)}</title>\n"
                f'<link rel="canonical" href="{canonical}">\n'
                '<meta name="robots" content="noindex">\n'
                f'<meta http-equiv="refresh" content="0; url={target}">\n'
                f'</head><body><p>This page has moved: <a href="{target}">{escape(title)}</a></p>'
                "</body></html>\n"
            )
    return dict(sorted(out.items()))


def _tags_moved(timeline: Timeline) -> list:
    """Tag pages were once at the tag's hashed id ("tags/public-transport-1a2b3c4d/"): that
    address leads to the page at the tag's words."""
    tags = tags_of(timeline.articles)
    slugs = tag_slugs_of(tags)
    out = []
    for tag in tags:
        former, now = urls.slug(tag.casefold()), slugs[tag.casefold()]
        if former != now:
            out.append((urls.tag_src, tag, tag, (former,), urls.tag_src(now)))
    return out
