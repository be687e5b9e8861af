"""The site's pages as Markdown, rendered from the Jinja templates in ``site_templates/``.

Pages are plain Markdown with small HTML (no theme-specific syntax), so any MkDocs-like
renderer (Material today, Zensical tomorrow) can turn them into a site. Untrusted text
never becomes template source: it reaches templates as variables, and the environment's
``finalize`` escapes every value for HTML *and* Markdown unless Python code here built it
as ``Markup`` from escaped parts. The page count is O(articles + events + entities +
outlets + tags); every index is built once, so rendering stays linear.
"""

from __future__ import annotations

import importlib.resources
import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.errors import BuildError
from generator.export import FILENAMES
from generator.export.common import published_iso
from generator.model import Article, Claim, Event, Source, Statement, Timeline
from generator.present import datelabel, labels, urls
from generator.present.escape import attr, href, json_for_script, text, url_attr
from generator.site import articletext, jsonld, worddiff
from generator.site.config import SiteOptions
from generator.site.siteindex import Period, Site
from generator.text import slugs, timex

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


_anchor = urls.statement_anchor


# ---------------------------------------------------------------- views (Markup built from escaped parts)


def _a(url: str, label: object, cls: str = "", extra: str = "") -> Markup:
    c = Markup(' class="{}"').format(cls) if cls else Markup("")
    return Markup('<a href="{url}"{c}{extra}>{label}</a>').format(url=url_attr(url), c=c, extra=Markup(extra),
                                                                   label=text(label) if not isinstance(label, Markup) else label)


def _external(url: object, label: str, name: str) -> Markup:
    """A link to an original article: only http(s), never followed by crawlers as ours."""
    ok = href(url)
    if ok is None:
        return Markup("")
    return Markup('<a class="cl-orig" href="{u}" rel="noopener noreferrer nofollow external" '
                  'aria-label="{al}">{label}</a>').format(u=ok, al=attr(f"{label}: {name}"), label=text(label))


class Views:
    """Small HTML pieces the templates compose, each made from escaped text."""

    def __init__(self, site: Site):
        self.site = site
        self._ = labels.translator(site.opts.language)
        self.n_ = labels.plural_translator(site.opts.language)

    def source_name(self, sid: str) -> str:
        s = self.site.sources.get(sid)
        return s.name if s else sid

    def article_title(self, a: Article) -> str:
        """Its title; else its headline or first sentence (a raw dump may carry no title)."""
        if a.title:
            return a.title
        stmts = self.site.timeline.statements.get(a.id, ())
        first = next((s for s in stmts if s.kind == "headline" and not s.hidden), None) or next(
            (s for s in stmts if s.kind not in ("boilerplate", "headline") and not s.hidden), None)
        if first is None:
            return a.id
        words = first.text.split()
        return " ".join(words[:16]) + (" …" if len(words) > 16 else "")

    def entity_name(self, eid: str | None) -> str:
        if not eid:
            return ""
        e = self.site.entities.get(eid)
        return e.name if e else eid

    def date_html(self, value: str, precision: str, how: str | None = None) -> Markup:
        lab = datelabel.label(value, precision, self.site.opts.language)
        mv = datelabel.machine_value(value, precision)
        if mv is None:
            return Markup('<span class="cl-date">{}</span>').format(text(lab))
        return Markup('<time datetime="{}">{}</time>').format(attr(mv), text(lab))

    def badges(self, here: str, claim: Claim) -> Markup:
        """One badge per outlet: its in-site article page (at the statement) and the original."""
        by_source: dict[str, list[Statement]] = defaultdict(list)
        for sid in claim.statements:
            s = self.site.statements.get(sid)
            a = self.site.articles.get(s.article) if s else None
            if s and a:
                by_source[a.source].append(s)
        parts = []
        for src in sorted(by_source, key=lambda x: (self.source_name(x).casefold(), x)):
            s = by_source[src][0]
            a = self.site.articles[s.article]
            name = self.source_name(src)
            inner = self.site.link(here, urls.article_src(a.id)) + "#" + _anchor(s.id)
            parts.append(Markup('<span class="cl-badge">{a}{orig}</span>').format(
                a=_a(inner, name, extra=Markup(' title="{}"').format(attr(self._("{name}: read the statement in its article",
                                                                               name=name)))),
                orig=_external(a.url, self._("original"), name)))
        return Markup(" ").join(parts)

    @cached_property
    def _event_of_claim(self) -> dict[str, Event]:
        return {c.id: e for e in self.site.timeline.events for c in e.claims + e.context}

    def _event_outlet_count(self, claim: Claim) -> int:
        """How many outlets reported anything of the claim's event (the claim's own, outside any event)."""
        event = self._event_of_claim.get(claim.id)
        if event is None:
            return len(set(claim.sources))
        return len({s for c in event.claims + event.context for s in c.sources})

    def reported(self, claim: Claim) -> Markup:
        """How many of the outlets that covered the claim's event reported the claim itself.

        Counted against the event's outlets, not the site's: an outlet that never covered
        the story does not make a claim look under-reported.
        """
        n, m = len(set(claim.sources)), self._event_outlet_count(claim)
        if m <= 1:
            label = self._("reported by the only outlet covering this event")
        elif n == m == 2:
            label = self._("reported by both outlets covering this event")
        elif n == m:
            label = self._("reported by all {m} outlets covering this event", m=m)
        else:
            label = self._("reported by {n} of the {m} outlets covering this event", n=n, m=m)
        cls = "cl-count cl-single" if n == 1 and m > 1 else "cl-count"
        return Markup('<span class="{}">{}</span>').format(cls, text(label))

    def flags(self, claim: Claim) -> Markup:
        """The claim's flags; "one outlet only" not where that outlet is the only one covering the event."""
        names = {"wording_differs": "wording differs", "number_differs": "numbers differ",
                 "date_differs": "dates differ", "editor": "editor decided", "single_source": "one outlet only"}
        alone = self._event_outlet_count(claim) <= 1
        return Markup(" ").join(
            Markup('<span class="cl-flag cl-flag-{}">{}</span>').format(f.replace("_", "-"), self._(names[f]))
            for f in sorted(claim.flags) if f in names and not (f == "single_source" and alone))

    def speaker(self, here: str, eid: str | None) -> Markup:
        if not eid:
            return Markup("")
        return _a(self.site.link(here, urls.entity_src(eid)), self.entity_name(eid), "cl-speaker")

    def _own(self, claim: Claim, source_id: str) -> Statement | None:
        for sid in claim.statements:
            s = self.site.statements.get(sid)
            a = self.site.articles.get(s.article) if s else None
            if s and a and a.source == source_id:
                return s
        return None

    def own_wording(self, claim: Claim, source_id: str) -> str:
        """How this outlet put the claim (its own statement), else the claim's text."""
        s = self._own(claim, source_id)
        return s.text if s else claim.text

    def own_statement_link(self, here: str, claim: Claim, source_id: str) -> Markup:
        s = self._own(claim, source_id)
        if s is None:
            return self.site.link(here, "index.md")
        return self.site.link(here, urls.article_src(s.article)) + Markup("#") + _anchor(s.id)

    def by_year(self, items: list, kind: str) -> list[tuple[str, list]]:
        """A long list (an outlet's events, a person's statements) cut into years.

        Short lists stay whole ([("all", items)]): only past ``split_after`` items does a
        page become a list of years, each on a page of its own, so none grows without bound.
        """
        if len(items) <= self.site.opts.split_after:
            return [("all", items)]
        groups: dict[str, list] = defaultdict(list)
        for item in items:
            if kind == "event":
                when = item.date
            elif kind == "article":
                when = item.published.date().isoformat() if item.published else ""
            else:
                when = self.site.statement_when(item)
            y, _m, _d = timex.parse(when)
            groups[f"{y:04d}" if y and y < 9999 else "undated"].append(item)
        return sorted(groups.items())

    def event_outlets(self, e: Event) -> list[Source]:
        """The outlets that reported anything of an event, by name."""
        ids = {s for c in e.claims + e.context for s in c.sources}
        return [s for s in self.site.active_sources if s.id in ids]

    @staticmethod
    def short(s: str, words: int = 14) -> str:
        parts = s.split()
        return " ".join(parts[:words]) + (" …" if len(parts) > words else "")

    def filter_data(self, e: Event) -> Markup:
        """data-* attributes the optional filter script reads (slugs: no spaces inside)."""
        outlets = sorted({slugs.slug(s) for c in e.claims + e.context for s in c.sources})
        people = sorted({slugs.slug(c.speaker) for c in e.claims + e.context if c.speaker})
        tags = sorted({slugs.slug(t) for t in self.site.event_tags.get(e.id, [])})
        return Markup('data-outlets="{}" data-people="{}" data-tags="{}"').format(
            attr(" ".join(outlets)), attr(" ".join(people)), attr(" ".join(tags)))

    def event_link(self, here: str, e: Event) -> str:
        return self.site.link(here, urls.event_src(e.id))

    def wordings(self, here: str, claim: Claim) -> list[dict]:
        """Each outlet's own wording of the claim, its own words marked against the first."""
        rows: list[tuple[str, Statement]] = []
        for sid in claim.statements:
            s = self.site.statements.get(sid)
            a = self.site.articles.get(s.article) if s else None
            if s and a:
                rows.append((a.source, s))
        rows.sort(key=lambda r: (self.source_name(r[0]).casefold(), r[0], r[1].id))
        compared = worddiff.side_by_side([(src, s.text) for src, s in rows])
        out = []
        for (src, s), (_src, html, wdiff, ndiff) in zip(rows, compared, strict=True):
            a = self.site.articles[s.article]
            out.append({
                "source": src, "name": self.source_name(src), "statement": s, "html": html,
                "differs": wdiff, "numbers_differ": ndiff,
                "outlet_url": self.site.link(here, urls.outlet_src(src)),
                "article_url": self.site.link(here, urls.article_src(a.id)) + Markup("#") + _anchor(s.id),
                "article_title": self.article_title(a), "original": _external(a.url, self._("original"), self.source_name(src)),
                "speaker": self.speaker(here, s.speaker), "attributed_to": s.attributed_to,
            })
        return out

    def density_svg(self, here: str) -> Markup:
        """Events per month as bars over whole years; each bar links to that month.

        Made at build time (no script); every bar is a link with a text alternative, and
        long spans merge months into wider bars so the strip stays one screen wide.
        """
        counts: Counter = Counter()
        first_of: dict[tuple[int, int], Event] = {}  # each month's first event: where its bar links
        for e in self.site.events:
            y, m, part = self.site.place(e)
            if y:
                counts[(y, m or 1)] += 1
                if (y, m or 1) not in first_of or part < self.site.place(first_of[(y, m or 1)])[2]:
                    first_of[(y, m or 1)] = e  # the month's own heading before its season's
        if not counts:
            return Markup("")
        y0, y1 = min(counts)[0], max(counts)[0]
        months = [(y, m) for y in range(y0, y1 + 1) for m in range(1, 13)]
        per_bar = 1
        while len(months) / per_bar > 240:
            per_bar *= 2
        bars = [months[i:i + per_bar] for i in range(0, len(months), per_bar)]
        top = max(sum(counts[mm] for mm in b) for b in bars)
        lang = self.site.opts.language
        width = max(4, min(36, 640 // len(bars) - 2))  # about 640 px whatever the span
        gap, height, axis = 2, 40, 14
        total_w = len(bars) * (width + gap)
        n_events = len(self.site.timeline.events)
        parts = [Markup(
            '<svg class="cl-density" aria-labelledby="cl-density-title" width="{w}" height="{h}" '
            'viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg">'
            '<title id="cl-density-title">Events per month from {a} to {b}: {n} event{s}. '
            'Each bar links to its month.</title>').format(
            w=total_w, h=height + axis, a=text(datelabel.month_label(y0, 1, lang)),
            b=text(datelabel.month_label(y1, 12, lang)), n=n_events, s="" if n_events == 1 else "s")]
        for i, bar in enumerate(bars):
            x = i * (width + gap)
            if bar[0][1] == 1:
                parts.append(Markup('<text x="{x}" y="{y}" class="cl-axis" aria-hidden="true">{t}</text>').format(
                    x=x, y=height + axis - 2, t=bar[0][0]))
            n = sum(counts[mm] for mm in bar)
            if not n:
                parts.append(Markup('<rect class="cl-empty" x="{x}" y="{y}" width="{w}" height="1"/>').format(
                    x=x, y=height - 1, w=width))
                continue
            first = next(mm for mm in bar if counts[mm])
            bh = max(4, round(height * n / top))
            lab = datelabel.month_label(first[0], first[1], lang)
            parts.append(Markup(
                # xlink:href, not href: Material's instant navigation assigns el.href on every
                # [href] element, which throws on an SVG <a> (its href is read-only).
                '<a xlink:href="{u}"><title>{lab}: {n} event{s}</title>'
                '<rect x="{x}" y="{y}" width="{w}" height="{bh}" rx="1"/></a>').format(
                u=url_attr(self.site.place_link(here, first_of[first])), lab=text(lab), n=n, s="" if n == 1 else "s",
                x=x, y=height - bh, w=width, bh=bh))
        parts.append(Markup("</svg>"))
        return Markup("").join(parts)

    def json_ld(self, here: str, e: Event) -> Markup:
        """The event as schema.org JSON-LD, inert inside its script element."""
        data = jsonld.event(self.site, e, self.source_name, self.entity_name, self.article_title)
        return Markup('<script type="application/ld+json">{}</script>').format(json_for_script(data))

    def article_text(self, article: Article) -> Markup:
        """The article's body with its statements, dates and page furniture marked."""
        return articletext.ArticleText(self).render(article)


# ---------------------------------------------------------------- pages


def _with_title(md_text: str) -> str:
    """Front matter whose ``title`` is the H1's escaped text.

    Without it MkDocs takes the title from the rendered heading, unescaped, and Material
    prints it raw into ``<title>``: a headline holding ``</title><script>`` would run.
    An escaped ``title`` is printed as the inert text it is.
    """
    first, _, _rest = md_text.partition("\n")
    if not first.startswith("# "):
        return md_text
    return "---\ntitle: " + json.dumps(first[2:].strip(), ensure_ascii=False) + "\n---\n\n" + md_text


def render_pages(timeline: Timeline, config: Mapping | SiteOptions | None = None) -> dict[str, str]:
    """Every generated page: site path of its Markdown source -> Markdown, in path order."""
    opts = SiteOptions.from_mapping(config)
    site = Site(timeline, opts)
    views = Views(site)
    env = environment()
    order = {e.id: i for i, e in enumerate(site.events)}

    def event_articles(event: Event) -> list[Article]:
        ids = {site.statements[sid].article for c in event.claims + event.context for sid in c.statements
               if sid in site.statements}
        return sorted((site.articles[i] for i in ids if i in site.articles),
                      key=lambda a: (v_name(a.source), published_iso(a), a.id))

    def v_name(sid: str) -> str:
        return views.source_name(sid).casefold()

    def coverage(event: Event) -> set[str]:
        return {s for c in event.claims + event.context for s in c.sources}

    def coverage_src(p: Period) -> str:
        return f"outlets/coverage/{slugs.slug(p.key)}.md"

    def tag_events(arts: list[Article]) -> list[Event]:
        found = {e.id: e for a in arts for e in site.events_by_article.get(a.id, [])}
        return sorted(found.values(), key=lambda e: order[e.id])

    common = {"site": site, "v": views, "opts": opts, "urls": urls, "anchor": _anchor, "_": views._, "n_": views.n_,
              "exports": [(fmt, FILENAMES[fmt]) for fmt in opts.exports], "label": datelabel.label,
              "event_articles": event_articles, "v_external": _external,
              "coverage": coverage, "coverage_src": coverage_src, "tag_events": tag_events}
    pages: dict[str, str] = {}

    def put(src: str, template: str, **ctx) -> None:
        if src in pages:  # two ids slugged alike would share a page: keep the first, never mix
            return
        pages[src] = _with_title(env.get_template(template).render(here=src, **common, **ctx))

    # the timeline, one page or split by period
    periods = site.periods
    if len(periods) == 1 and periods[0].key == "all":
        put("index.md", "timeline.md.j2", period=periods[0], periods=periods, home=True)
    else:
        put("index.md", "timeline_index.md.j2", periods=periods)
        for p in periods:
            put(p.src, "timeline.md.j2", period=p, periods=periods, home=False)

    for e in site.events:
        put(urls.event_src(e.id), "event.md.j2", event=e)
    put("articles/index.md", "articles.md.j2")
    for a in timeline.articles:
        put(urls.article_src(a.id), "article.md.j2", article=a)
    put("outlets/index.md", "outlets.md.j2", split=len(periods) > 1, periods=periods)
    if len(periods) > 1:  # the coverage table grows with the events: one per period
        for p in periods:
            put(coverage_src(p), "coverage.md.j2", period=p)
    for s in site.active_sources:
        put(urls.outlet_src(s.id), "outlet.md.j2", source=s)
        ev_parts = dict(views.by_year(site.events_by_source.get(s.id, []), "event"))
        art_parts = dict(views.by_year(site.articles_by_source.get(s.id, []), "article"))
        years = sorted((set(ev_parts) | set(art_parts)) - {"all"})
        for year in years:
            put(urls.sub_src(urls.outlet_src(s.id), year), "outlet_year.md.j2", source=s, year=year,
                items=ev_parts.get(year, []) if "all" not in ev_parts else [],
                year_articles=art_parts.get(year, []) if "all" not in art_parts else [])
    put("people/index.md", "people.md.j2")
    for ent in timeline.entities:
        put(urls.entity_src(ent.id), "person.md.j2", entity=ent)
        parts = views.by_year(site.statements_by_speaker.get(ent.id, []), "statement")
        for year, items in parts if len(parts) > 1 else ():
            put(urls.sub_src(urls.entity_src(ent.id), year), "person_year.md.j2", entity=ent, year=year, items=items)
    put("tags/index.md", "tags.md.j2")
    for tag, arts in site.tags.items():
        put(urls.tag_src(tag), "tag.md.j2", tag=tag, tag_articles=arts)
    put("exports.md", "exports.md.j2")
    return dict(sorted(pages.items()))
