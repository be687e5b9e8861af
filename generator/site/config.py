"""Options of the MkDocs plugin (``plugins: [claimline]``) and of the pages it makes.

Declared the MkDocs way (``config_options``) so a wrong value in ``mkdocs.yml`` is reported
by MkDocs with its option name, before any work. ``SiteOptions`` is the small, renderer-free
view of those options and of ``mkdocs.yml`` that page rendering needs, so pages can be made
(and tested) without MkDocs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mkdocs.config import base
from mkdocs.config import config_options as c

from generator.export import FORMATS


class ClaimlineConfig(base.Config):
    """``plugins: - claimline: {...}`` in mkdocs.yml."""

    # The content folder, relative to mkdocs.yml (or absolute). CLAIMLINE_CONTENT overrides it.
    content = c.Type(str, default="content")
    # Above this many events the timeline is split into a page per year (and a year with
    # more than this, into a page per month), so no page grows without bound.
    split_after = c.Type(int, default=100)
    # How many key events (the most salient) the home page shows when the timeline is too
    # long for one page; the rest are a click away, on the page of their month.
    key_events = c.Type(int, default=40)
    # Which exports a build writes next to the pages and links from the Exports page.
    exports = c.ListOfItems(c.Choice(FORMATS), default=list(FORMATS))
    # Set the short navigation (Timeline, Outlets, People & bodies, Articles, Exports) when
    # mkdocs.yml has no nav: MkDocs' default nav of every page makes a build O(n²).
    nav = c.Type(bool, default=True)
    # The feeds' title (default: site_name).
    feed_title = c.Optional(c.Type(str))
    # The published site's timeline.json, whose event ids are kept so no link breaks
    # (relative to mkdocs.yml; default: the one a previous build left in site_dir).
    previous = c.Optional(c.Type(str))
    # Processes for the per-article stages (default: one per core; 1: no worker processes).
    jobs = c.Optional(c.Type(int))
    # The per-article cache: true for .claimline-cache/ beside site_dir, a folder (relative
    # to mkdocs.yml; never inside the content folder), or false for none.
    cache = c.Type((bool, str), default=True)

    def validate(self):
        failed, warnings = super().validate()
        if not failed and self.split_after < 1:
            failed.append(("split_after", base.ValidationError("must be a positive number of events")))
        if not failed and self.key_events < 1:
            failed.append(("key_events", base.ValidationError("must be a positive number of events")))
        if not failed and self.jobs is not None and self.jobs < 1:
            failed.append(("jobs", base.ValidationError("must be a positive number of processes")))
        return failed, warnings


@dataclass(frozen=True)
class SiteOptions:
    """What page rendering needs to know about the site."""

    site_name: str = "Timeline"
    site_url: str | None = None
    language: str = "en"
    use_directory_urls: bool = True
    split_after: int = 100
    key_events: int = 40
    exports: tuple[str, ...] = FORMATS

    @classmethod
    def from_mapping(cls, m: Mapping | None) -> SiteOptions:
        """From a plain dict (tests) or from MkDocs' config plus the plugin's."""
        if m is None:
            return cls()
        if isinstance(m, SiteOptions):
            return m
        theme = m.get("theme") or {}
        try:
            language = theme["language"] if "language" in theme else m.get("language", "en")
        except (TypeError, KeyError):
            language = m.get("language", "en")
        return cls(
            site_name=m.get("site_name") or "Timeline",
            site_url=m.get("site_url") or None,
            language=language or "en",
            use_directory_urls=bool(m.get("use_directory_urls", True)),
            split_after=int(m.get("split_after", 100)),
            key_events=int(m.get("key_events", 40)),
            exports=tuple(m.get("exports", FORMATS)),
        )
