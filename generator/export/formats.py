"""The timeline in formats other programs read, one module each: the JSON contract
(``contract``), Atom and JSON Feed (``feeds``), iCalendar (``ics``), TimelineJS
(``timelinejs``) and CSV (``claims_csv``).

Every format is a pure function of the Timeline: keys and rows sorted, and no clock: where
a format wants "updated" or a stamp, it gets the newest article's publication date, so the
same content gives the same bytes. Untrusted text is escaped for each format's own rules
(XML, HTML inside JSON for TimelineJS, iCalendar TEXT, spreadsheet formulas in CSV).
"""

from __future__ import annotations

from typing import TextIO

from generator.errors import ClaimlineError
from generator.export import claims_csv, contract, feeds, ics, timelinejs
from generator.export.common import FILENAMES, FORMATS
from generator.model import Timeline

__all__ = ["FILENAMES", "FORMATS", "ExportError", "render_export", "write_export"]


class ExportError(ClaimlineError):
    """An export was asked for in a format claimline does not write."""


def render_export(timeline: Timeline, fmt: str, *, site_url: str | None = None,
                  use_directory_urls: bool = True, title: str = "claimline timeline") -> str:
    """One export as text: json, atom, jsonfeed, ics, timelinejs or csv."""
    if fmt == "json":
        return contract.render(timeline, use_directory_urls)
    if fmt == "atom":
        return feeds.atom(timeline, site_url, use_directory_urls, title)
    if fmt == "jsonfeed":
        return feeds.jsonfeed(timeline, site_url, use_directory_urls, title)
    if fmt == "ics":
        return ics.render(timeline, site_url, use_directory_urls, title)
    if fmt == "timelinejs":
        return timelinejs.render(timeline, site_url, use_directory_urls, title)
    if fmt == "csv":
        return claims_csv.render(timeline)
    raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_export(timeline: Timeline, fmt: str, out: TextIO, *, site_url: str | None = None,
                 use_directory_urls: bool = True, title: str = "claimline timeline") -> None:
    """``render_export`` written to ``out``; the JSON contract in pieces, never as one string."""
    if fmt == "json":
        for chunk in contract.chunks(timeline, use_directory_urls):
            out.write(chunk)
        return
    out.write(render_export(timeline, fmt, site_url=site_url, use_directory_urls=use_directory_urls, title=title))
