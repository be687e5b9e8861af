"""The site's pages as Markdown, rendered from the Jinja templates in ``site_templates/``.

Pages are plain Markdown with small HTML (no theme-specific syntax), so any MkDocs-like
renderer (Material today, Zensical tomorrow) can turn them into a site. Untrusted text
never becomes template source: it reaches templates as variables, and the environment's
``finalize`` escapes every value for HTML *and* Markdown unless Python code here built it
as ``Markup`` from escaped parts. Every long list is paginated (``paging``), so no page grows with the corpus; the
page count is O(articles + events + entities + outlets + tags), and every index is built
once, so rendering stays linear.
"""

from __future__ import annotations

import importlib.resources
import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup

from generator.errors import BuildError
from generator.export import FILENAMES
from generator.export.common import published_iso
from generator.model import Article, Event, Timeline
from generator.present import datelabel, urls
from generator.present.escape import attr, text
from generator.site import paging
from generator.site.config import SiteOptions
from generator.site.siteindex import Period, Site
from generator.site.views import Views, external_link
from generator.text import slugs

# ---------------------------------------------------------------- templates


def templates_dir() -> Path:
    """``site_templates/``: beside the package in a checkout (and an editable install, where
    ``generator.site_templates`` is not importable), inside it when installed from a wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent.parent / "site_templates", here.parent / "site_templates"):
        if (candidate / "event.md.j2").is_file():
            return candidate
    try:
        found = Path(str(importlib.resources.files("generator.site_templates")))
    except ModuleNotFoundError:
        found = None
    if found is None or not (found / "event.md.j2").is_file():
        raise BuildError("claimline's page templates (site_templates/) are missing from its installation; "
                         "reinstall claimline")
    return found


def _finalize(value: object) -> object:
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    if isinstance(value, bool | int | float):
        return Markup(str(value))
    return text(value)


@lru_cache(maxsize=1)  # compiled templates kept for the process (serve rebuilds; benchmarks build often)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir())),
        autoescape=True,
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["attr"] = attr
    return env


# ---------------------------------------------------------------- pages


def _front(md_text: str, search: bool, site_name: str | None = None) -> str:
    """Front matter: ``title``, the H1's escaped text, and whether search indexes the page.

    Without a title MkDocs takes it from the rendered heading, unescaped, and Material
    prints it raw into ``<title>``: a headline holding ``</title><script>`` would run. An
    escaped ``title`` is printed as the inert text it is. The home page, whose H1 is the
    site's name, gets none: Material names its tab after the site alone, not twice.
    Pages that only repeat what event, article and people pages hold (the timeline's,
    coverage, lists by year or tag) are left out of the search index.
    """
    first, _, _rest = md_text.partition("\n")
    meta = []
    if first.startswith("# ") and first[2:].strip() != site_name:
        meta.append("title: " + json.dumps(first[2:].strip(), ensure_ascii=False))
    if not search:
        meta.append("search:\n  exclude: true")
    return "---\n" + "\n".join(meta) + "\n---\n\n" + md_text if meta else md_text


@dataclass(frozen=True)
class Entry:
    """One entry of a paginated page that mixes kinds: a claim or background item of an event
    page, an event or article of an outlet's year or a tag, an entity under its kind."""

    kind: str
    item: Any
    context: bool = False

    @property
    def claim(self) -> Any:
        return self.item


class _Pages:
    """Writes every page of a site; each kind of page in a method of its own."""

    def __init__(self, timeline: Timeline, opts: SiteOptions):
        self.site = site = Site(timeline, opts)
        self.views = views = Views(site)
        self.env = environment()
        self.order = {e.id: i for i, e in enumerate(site.events)}
        self.pages: dict[str, str] = {}
        self.common = {"site": site, "v": views, "opts": opts, "urls": urls, "anchor": urls.statement_anchor,
                       "_": views._, "n_": views.n_, "exports": [(fmt, FILENAMES[fmt]) for fmt in opts.exports],
                       "label": datelabel.label, "event_articles": self.event_articles, "v_external": external_link,
                       "coverage": self.coverage, "coverage_src": self.coverage_src}

    def put(self, src: str, template: str, search: bool = True, **ctx) -> None:
        if src in self.pages:  # two ids slugged alike would share a page: keep the first, never mix
            return
        md_text = self.env.get_template(template).render(here=src, **self.common, **ctx)
        self.pages[src] = _front(md_text, search, self.site.opts.site_name if src == "index.md" else None)

    def put_pages(self, template: str, pages: list[paging.Page], search: bool = True, **ctx) -> None:
        for page in pages:
            self.put(page.src, template, search, page=page, **ctx)

    # -- helpers the templates call

    def event_articles(self, event: Event) -> list[Article]:
        site = self.site
        ids = {site.statements[sid].article for c in event.claims + event.context for sid in c.statements
               if sid in site.statements}
        return sorted((site.articles[i] for i in ids if i in site.articles),
                      key=lambda a: (self.views.source_name(a.source).casefold(), published_iso(a), a.id))

    @staticmethod
    def coverage(event: Event) -> set[str]:
        return {s for c in event.claims + event.context for s in c.sources}

    @staticmethod
    def coverage_src(p: Period) -> str:
        return f"outlets/coverage/{slugs.slug(p.key)}.md"

    # -- the pages

    def render(self) -> dict[str, str]:
        self.timeline()
        self.events()
        self.put("articles/index.md", "articles.md.j2", search=False)
        for a in self.site.timeline.articles:
            self.put(urls.article_src(a.id), "article.md.j2", article=a)
        self.outlets()
        self.people()
        self.tags()
        self.put("exports.md", "exports.md.j2", search=False)
        return dict(sorted(self.pages.items()))

    def timeline(self) -> None:
        periods = self.site.periods
        if self.site.single_page:
            self.put_pages("timeline.md.j2", periods[0].pages, search=False, period=periods[0], home=True)
            return
        self.put("index.md", "home.md.j2", search=False)
        for i, p in enumerate(periods):
            self.put_pages("timeline.md.j2", p.pages, search=False, period=p, home=False,
                           prev_period=periods[i - 1] if i else None,
                           next_period=periods[i + 1] if i + 1 < len(periods) else None)

    def events(self) -> None:
        for e in self.site.events:
            entries = [Entry("claim", c) for c in e.claims] + [Entry("claim", c, True) for c in e.context]
            pages = paging.paginate(urls.event_src(e.id), entries, paging.EVENT,
                                    lambda x: 1 + len(set(x.item.sources)))
            self.put_pages("event.md.j2", pages, event=e)

    def outlets(self) -> None:
        site, views = self.site, self.views
        periods = site.periods
        self.put("outlets/index.md", "outlets.md.j2", split=len(periods) > 1, periods=periods)
        if len(periods) > 1:  # the coverage table grows with the events: one per period, paginated
            for p in periods:
                self.put_pages("coverage.md.j2", paging.paginate(self.coverage_src(p), p.events, paging.LIST),
                               search=False, period=p)
        for s in site.active_sources:
            evs = site.events_by_source.get(s.id, [])
            arts = site.articles_by_source.get(s.id, [])
            ev_parts = dict(views.by_year(evs, "event", lambda e, sid=s.id: _reported_by(sid)(Entry("event", e))))
            art_parts = dict(views.by_year(arts, "article"))
            years = sorted((set(ev_parts) | set(art_parts)) - {"all"})
            self.put(urls.outlet_src(s.id), "outlet.md.j2", source=s, years=years, ev_parts=ev_parts,
                     art_parts=art_parts)
            for year in years:
                entries = ([Entry("article", a) for a in art_parts.get(year, [])] +
                           [Entry("event", e) for e in ev_parts.get(year, [])])
                pages = paging.paginate(urls.sub_src(urls.outlet_src(s.id), year), entries, paging.LIST,
                                        _reported_by(s.id))
                self.put_pages("outlet_year.md.j2", pages, search=False, source=s, year=year)

    def people(self) -> None:
        site = self.site
        entries = [Entry(kind, ent) for kind, ents in site.entities_by_kind for ent in ents]
        self.put_pages("people.md.j2", paging.paginate("people/index.md", entries, paging.NAMES))
        for ent in site.timeline.entities:
            if ent.id not in site.speaking:  # only named: the people index lists its names
                continue
            said = site.said_by(ent.id)
            parts = self.views.by_year(said, "said")
            self.put(urls.entity_src(ent.id), "person.md.j2", entity=ent, said=said, parts=parts)
            for year, items in parts if len(parts) > 1 else ():
                pages = paging.paginate(urls.sub_src(urls.entity_src(ent.id), year), items, paging.LIST)
                self.put_pages("person_year.md.j2", pages, search=False, entity=ent, year=year)

    def tags(self) -> None:
        self.put("tags/index.md", "tags.md.j2", search=False)
        for tag, arts in self.site.tags.items():
            found = {e.id: e for a in arts for e in self.site.events_by_article.get(a.id, [])}
            evs = sorted(found.values(), key=lambda e: self.order[e.id])
            entries = [Entry("event", e) for e in evs] + [Entry("article", a) for a in arts]
            self.put_pages("tag.md.j2", paging.paginate(self.site.tag_src(tag), entries, paging.LIST), search=False,
                           tag=tag)


def _reported_by(source_id: str):
    """An outlet page entry's height: an article's line, or an event's and its claims of that outlet."""
    def weight(x: Entry) -> int:
        if x.kind == "article":
            return 1
        return 1 + sum(1 for c in x.item.claims + x.item.context if source_id in c.sources)
    return weight


def render_pages(timeline: Timeline, config: Mapping | SiteOptions | None = None) -> dict[str, str]:
    """Every generated page: site path of its Markdown source -> Markdown, in path order."""
    return _Pages(timeline, SiteOptions.from_mapping(config)).render()
