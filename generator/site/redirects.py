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


def redirect_pages(timeline: Timeline, use_directory_urls: bool = True, site_url: str | None = None) -> dict[str, str]:
    """Site file path -> the HTML of the page that redirects from a former address (the
    canonical link absolute when the site's address is known, as search engines prefer)."""
    speaking = urls.speakers(timeline.statements.values())
    moved = [(urls.event_src, e.id, e.title, e.former_ids, urls.event_src(e.id)) for e in timeline.events]
    # an entity only named has no page: its former address leads to the people index
    moved += [(urls.entity_src, e.id, e.name, e.former_ids,
               urls.entity_src(e.id) if e.id in speaking else "people/index.md") for e in timeline.entities]
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
