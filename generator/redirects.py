"""Pages at the addresses events were published under before, leading to where they are now.

When two events become one, or an editor pins a new id, the event's old address must not
break (``eventids`` keeps the old id as a *former id*). Each former id gets a small static
page that sends the reader on at once and tells search engines where the page now lives.
"""

from __future__ import annotations

from html import escape

from . import urls
from .model import Timeline


def redirect_pages(timeline: Timeline, use_directory_urls: bool = True) -> dict[str, str]:
    """Site file path -> the HTML of the page that redirects from a former event address."""
    taken = {urls.event_src(e.id) for e in timeline.events}
    out: dict[str, str] = {}
    for event in timeline.events:
        for former in event.former_ids:
            src = urls.event_src(former)
            if src in taken:  # an address in use again never redirects away from its page
                continue
            target = escape(urls.relative(src, urls.event_src(event.id), use_directory_urls))
            path = urls.page_url(src, use_directory_urls)
            path = path + "index.html" if path.endswith("/") else path
            out[path] = (
                "<!doctype html>\n<html><head><meta charset=\"utf-8\">\n"
                f"<title>{escape(event.title)}</title>\n"
                f"<link rel=\"canonical\" href=\"{target}\">\n"
                "<meta name=\"robots\" content=\"noindex\">\n"
                f"<meta http-equiv=\"refresh\" content=\"0; url={target}\">\n"
                f"</head><body><p>This event has moved: <a href=\"{target}\">{escape(event.title)}</a></p>"
                "</body></html>\n"
            )
    return dict(sorted(out.items()))
