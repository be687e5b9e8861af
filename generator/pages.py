"""The site's pages as Markdown, rendered from the Jinja templates in ``site_templates/``.

Pages are plain Markdown with small HTML (no theme-specific syntax), so any MkDocs-like
renderer (Material today, Zensical tomorrow) can turn them into a site. Untrusted text
never becomes template source: it reaches templates as variables, and the environment's
``finalize`` escapes every value for HTML *and* Markdown unless Python code here built it
as ``Markup`` from escaped parts. The page count is O(articles + events + entities +
outlets + tags); every index is built once, so rendering stays linear.
"""

from __future__ import annotations

import bisect
import importlib.resources
import json
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import jinja2
from markupsafe import Markup

from . import datelabel, urls, worddiff
from .config import SiteOptions
from .escape import attr, href, json_for_script, text, url_attr
from .export import FILENAMES, published_iso
from .model import Article, Claim, Entity, Event, Source, Statement, Timeline

# ---------------------------------------------------------------- templates


def templates_dir() -> Path:
    """``site_templates/``: beside the package in a checkout, inside it when installed."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "site_templates", here / "site_templates"):
        if (candidate / "event.md.j2").is_file():
            return candidate
    return Path(str(importlib.resources.files("generator.site_templates")))


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


# ---------------------------------------------------------------- indexes


def _anchor(statement_id: str) -> str:
    """The HTML id of a statement on its article's page: "s3.2" -> "st-s3-2"."""
    tail = statement_id.rsplit("#", 1)[-1]
    return "st-" + urls.slug(tail.replace(".", "-"))


@dataclass
class Site:
    """Everything the templates need, indexed once."""

    timeline: Timeline
    opts: SiteOptions
    articles: dict[str, Article] = field(init=False)
    sources: dict[str, Source] = field(init=False)
    entities: dict[str, Entity] = field(init=False)
    statements: dict[str, Statement] = field(init=False)

    def __post_init__(self) -> None:
        t = self.timeline
        self.articles = {a.id: a for a in t.articles}
        self.sources = {s.id: s for s in t.sources}
        self.entities = {e.id: e for e in t.entities}
        self.statements = {s.id: s for ss in t.statements.values() for s in ss}

    # -- who reported what

    @cached_property
    def active_sources(self) -> list[Source]:
        """Outlets with at least one article, by name."""
        used = {a.source for a in self.timeline.articles}
        known = [s for s in self.timeline.sources if s.id in used]
        missing = [Source(sid, sid) for sid in sorted(used - set(self.sources))]
        return sorted(known + missing, key=lambda s: (s.name.casefold(), s.id))

    @cached_property
    def articles_by_source(self) -> dict[str, list[Article]]:
        out: dict[str, list[Article]] = defaultdict(list)
        for a in self.timeline.articles:
            out[a.source].append(a)
        return out

    @cached_property
    def speakers(self) -> list[Entity]:
        """Entities that speak a claim on the timeline: the "person" filter's choices."""
        ids = {c.speaker for e in self.timeline.events for c in e.claims + e.context if c.speaker}
        known = [self.entities[i] for i in ids if i in self.entities]
        return sorted(known, key=lambda e: (e.name.casefold(), e.id))

    @cached_property
    def announced_from(self) -> dict[str, list[Event]]:
        """Events announced at each event (future events reported before they happened)."""
        out: dict[str, list[Event]] = defaultdict(list)
        for e in self.timeline.events:
            if e.announced_in:
                out[e.announced_in].append(e)
        return out

    @cached_property
    def entities_by_kind(self) -> list[tuple[str, list[Entity]]]:
        labels = {"person": "People", "body": "Bodies and organisations", "outlet": "Outlets and documents cited",
                  "document": "Outlets and documents cited", "place": "Places"}
        groups: dict[str, list[Entity]] = defaultdict(list)
        for e in self.timeline.entities:
            groups[labels.get(e.kind or "", "Others")].append(e)
        order = ["People", "Bodies and organisations", "Outlets and documents cited", "Places", "Others"]
        return [(k, sorted(groups[k], key=lambda e: (e.name.casefold(), e.id))) for k in order if groups.get(k)]

    @cached_property
    def events_by_source(self) -> dict[str, list[Event]]:
        out: dict[str, list[Event]] = defaultdict(list)
        for e in self.timeline.events:
            for sid in sorted({s for c in e.claims + e.context for s in c.sources}):
                out[sid].append(e)
        return out

    @cached_property
    def event_of_statement(self) -> dict[str, tuple[Event, Claim, bool]]:
        out = {}
        for e in self.timeline.events:
            for is_context, claims in ((False, e.claims), (True, e.context)):
                for c in claims:
                    for sid in c.statements:
                        out.setdefault(sid, (e, c, is_context))
        return out

    @cached_property
    def events_by_article(self) -> dict[str, list[Event]]:
        out: dict[str, dict[str, Event]] = defaultdict(dict)
        for sid, (e, _c, _ctx) in self.event_of_statement.items():
            s = self.statements.get(sid)
            if s is not None:
                out[s.article][e.id] = e
        order = {e.id: i for i, e in enumerate(self.timeline.events)}
        return {a: sorted(evs.values(), key=lambda e: order[e.id]) for a, evs in out.items()}

    @cached_property
    def statements_by_speaker(self) -> dict[str, list[Statement]]:
        out: dict[str, list[Statement]] = defaultdict(list)
        for ss in self.timeline.statements.values():
            for s in ss:
                if s.speaker and s.kind != "boilerplate" and not s.hidden:
                    out[s.speaker].append(s)
        for sid in out:
            out[sid].sort(key=lambda s: (self.statement_when(s), s.id))
        return out

    @cached_property
    def names_seen(self) -> dict[str, list[str]]:
        """Every way each entity was written in the articles (speaker names and mentions)."""
        seen: dict[str, Counter] = defaultdict(Counter)
        for ss in self.timeline.statements.values():
            for s in ss:
                if s.speaker and s.speaker_name:
                    seen[s.speaker][s.speaker_name] += 1
        for m in self.timeline.mentions:
            if m.entity:
                seen[m.entity][m.text] += 1
        return {k: sorted(v) for k, v in seen.items()}

    @cached_property
    def entities_by_source(self) -> dict[str, list[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for speaker, stmts in self.statements_by_speaker.items():
            for s in stmts:
                a = self.articles.get(s.article)
                if a:
                    out[a.source].add(speaker)
        return {k: sorted(v) for k, v in out.items()}

    @cached_property
    def tags(self) -> dict[str, list[Article]]:
        """Tag -> its articles; "Iran" and "iran" are one tag, shown as first written."""
        shown: dict[str, str] = {}
        out: dict[str, list[Article]] = defaultdict(list)
        for a in self.timeline.articles:
            for tag in dict.fromkeys(t.strip() for t in a.tags if t.strip()):
                key = tag.casefold()
                shown.setdefault(key, tag)
                out[key].append(a)
        return {shown[k]: out[k] for k in sorted(out)}

    @cached_property
    def event_tags(self) -> dict[str, list[str]]:
        canonical = {t.casefold(): t for t in self.tags}
        out: dict[str, set[str]] = defaultdict(set)
        for aid, evs in self.events_by_article.items():
            a = self.articles.get(aid)
            for e in evs:
                out[e.id].update(canonical.get(t.strip().casefold(), t) for t in (a.tags if a else ()))
        return {k: sorted(v) for k, v in out.items()}

    def statement_when(self, s: Statement) -> str:
        if s.event_date is not None:
            return datelabel.sort_key(s.event_date.value)
        a = self.articles.get(s.article)
        if a is not None and a.published is not None:
            return a.published.date().isoformat()
        return "9999-99-99"

    # -- periods: the timeline split so no page grows without bound

    @cached_property
    def periods(self) -> list[Period]:
        """The timeline's pages: one (index) when small, else one per year or month."""
        events = list(self.timeline.events)
        if len(events) <= self.opts.split_after:
            return [Period("all", "index.md", "Timeline", events)]
        by_year: dict[str, list[Event]] = defaultdict(list)
        for e in events:
            y, _m, _d = datelabel.parse(e.date)
            by_year[f"{y:04d}" if y else "undated"].append(e)
        out = []
        for year, evs in sorted(by_year.items()):
            if len(evs) <= self.opts.split_after or year == "undated":
                out.append(Period(year, urls.year_src(year), year, evs))
                continue
            by_month: dict[str, list[Event]] = defaultdict(list)
            for e in evs:
                _y, m, _d = datelabel.parse(e.date)
                by_month[f"{year}-{m:02d}" if m else year].append(e)
            for key, mevs in sorted(by_month.items()):
                title = datelabel.month_label(int(year), int(key[5:]), self.opts.language) if "-" in key else year
                out.append(Period(key, urls.year_src(key), title, mevs))
        return out

    @cached_property
    def period_of_event(self) -> dict[str, Period]:
        return {e.id: p for p in self.periods for e in p.events}

    def groups(self, events: list[Event]) -> list[dict]:
        """Events by year, then month (events known only to the year come first)."""
        years: dict[int | None, dict[int | None, list[Event]]] = defaultdict(lambda: defaultdict(list))
        for e in events:
            y, m, _d = datelabel.parse(e.date)
            years[y][m if e.precision not in ("year", "decade", "century", "vague") else None].append(e)
        out = []
        for y in sorted(years, key=lambda k: (k is None, k or 0)):
            months = []
            for m in sorted(years[y], key=lambda k: (k is not None, k or 0)):
                label = datelabel.month_label(y, m, self.opts.language) if y and m else (
                    f"Sometime in {y}" if y and len(years[y]) > 1 else "")
                months.append({"label": label, "anchor": self.month_anchor(y, m) if m else f"y{y}-any",
                               "events": years[y][m]})
            out.append({"label": str(y) if y else "Undated", "anchor": f"y{y:04d}" if y else "undated",
                        "months": months})
        return out

    # -- links

    def link(self, here: str, to: str) -> Markup:
        """A relative URL from page ``here`` to ``to``, ready for an href attribute."""
        return url_attr(urls.relative(here, to, self.opts.use_directory_urls))

    def month_anchor(self, y: int | None, m: int | None) -> str:
        if y is None:
            return "undated"
        return f"m{y:04d}-{m:02d}" if m else f"y{y:04d}"

    def period_link(self, here: str, y: int | None, m: int | None) -> str:
        """Where the timeline shows a month: its anchor on the page that holds it."""
        key_month = f"{y:04d}-{m:02d}" if y and m else None
        key_year = f"{y:04d}" if y else "undated"
        for p in self.periods:
            if p.key in ("all", key_year, key_month):
                return self.link(here, p.src) + "#" + self.month_anchor(y, m)
        return self.link(here, "index.md")


@dataclass
class Period:
    key: str
    src: str
    title: str
    events: list[Event]


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

    def source_name(self, sid: str) -> str:
        s = self.site.sources.get(sid)
        return s.name if s else sid

    def article_title(self, a: Article) -> str:
        """Its title; else its headline or first sentence (a raw dump may carry no title)."""
        if a.title:
            return a.title
        stmts = self.site.timeline.statements.get(a.id, ())
        first = next((s for s in stmts if s.kind == "headline"), None) or next(
            (s for s in stmts if s.kind != "boilerplate"), None)
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
                a=_a(inner, name, extra=Markup(' title="{}"').format(attr(f"{name}: read the statement in its article"))),
                orig=_external(a.url, "original", name)))
        return Markup(" ").join(parts)

    def reported(self, claim: Claim) -> Markup:
        n, m = len(set(claim.sources)), len(self.site.active_sources)
        cls = "cl-count cl-single" if n == 1 and m > 1 else "cl-count"
        return Markup('<span class="{}">reported by {} of {} outlets</span>').format(cls, n, m)

    def flags(self, claim: Claim) -> Markup:
        labels = {"wording_differs": "wording differs", "number_differs": "numbers differ",
                  "date_differs": "dates differ", "editor": "editor decided", "single_source": "one outlet only"}
        return Markup(" ").join(
            Markup('<span class="cl-flag cl-flag-{}">{}</span>').format(f.replace("_", "-"), labels.get(f, f))
            for f in sorted(claim.flags) if f in labels)

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
            y, _m, _d = datelabel.parse(when)
            groups[f"{y:04d}" if y and y < 9999 else "undated"].append(item)
        return sorted(groups.items())

    def filter_data(self, e: Event) -> Markup:
        """data-* attributes the optional filter script reads (slugs: no spaces inside)."""
        outlets = sorted({urls.slug(s) for c in e.claims + e.context for s in c.sources})
        people = sorted({urls.slug(c.speaker) for c in e.claims + e.context if c.speaker})
        tags = sorted({urls.slug(t) for t in self.site.event_tags.get(e.id, [])})
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
                "article_title": self.article_title(a), "original": _external(a.url, "original", self.source_name(src)),
                "speaker": self.speaker(here, s.speaker), "attributed_to": s.attributed_to,
            })
        return out

    def density_svg(self, here: str) -> Markup:
        """Events per month as bars over whole years; each bar links to that month.

        Made at build time (no script); every bar is a link with a text alternative, and
        long spans merge months into wider bars so the strip stays one screen wide.
        """
        counts: Counter = Counter()
        for e in self.site.timeline.events:
            y, m, _d = datelabel.parse(e.date)
            if y:
                counts[(y, m or 1)] += 1
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
                u=url_attr(self.site.period_link(here, *first)), lab=text(lab), n=n, s="" if n == 1 else "s",
                x=x, y=height - bh, w=width, bh=bh))
        parts.append(Markup("</svg>"))
        return Markup("").join(parts)

    def json_ld(self, here: str, e: Event) -> Markup:
        """schema.org ``Event`` with one ``Claim`` per claim, one ``appearance`` per outlet."""
        site_url = self.site.opts.site_url
        page = urls.page_url(urls.event_src(e.id), self.site.opts.use_directory_urls)
        claims = []
        for c in e.claims:
            appearances = []
            for sid in c.statements:
                s = self.site.statements.get(sid)
                a = self.site.articles.get(s.article) if s else None
                if not (s and a):
                    continue
                ap = {"@type": "NewsArticle", "headline": a.title or s.text[:110],
                      "publisher": {"@type": "Organization", "name": self.source_name(a.source)},
                      "text": s.text}
                ok = href(a.url)
                if ok is not None:
                    ap["url"] = a.url.strip()
                if a.published is not None:
                    ap["datePublished"] = published_iso(a)
                appearances.append(ap)
            item = {"@type": "Claim", "text": c.text, "appearance": appearances}
            if c.speaker:
                item["author"] = {"@type": "Person" if (self.site.entities.get(c.speaker) and
                                                        self.site.entities[c.speaker].kind == "person")
                                  else "Organization", "name": self.entity_name(c.speaker)}
            claims.append(item)
        data = {"@context": "https://schema.org", "@type": "Event", "name": e.title,
                "startDate": datelabel.machine_value(e.date, e.precision) or e.date,
                "subjectOf": claims}
        if e.status == "announced":  # reported before it took place
            data["eventStatus"] = "https://schema.org/EventScheduled"
        if site_url:
            data["url"] = site_url.rstrip("/") + "/" + page
        return Markup('<script type="application/ld+json">{}</script>').format(json_for_script(data))

    def article_text(self, article: Article) -> Markup:
        """The body as paragraphs, each statement marked by kind, each date explained."""
        body = article.body
        stmts = sorted((s for s in self.site.timeline.statements.get(article.id, ()) if s.end > s.start),
                       key=lambda s: (s.start, -s.end))
        # keep statements that do not overlap an earlier one (clauses inside a sentence win
        # when the stage gives both)
        kept: list[Statement] = []
        for s in stmts:
            if kept and s.start < kept[-1].end:
                if s.end <= kept[-1].end and (kept[-1].end - kept[-1].start) > (s.end - s.start):
                    continue
                continue
            kept.append(s)
        boiler = [(g.start, g.end, (g.reason or "boilerplate") + (", marked by an editor" if g.editor else ""))
                  for g in self.site.timeline.segments.get(article.id, ()) if g.boilerplate]
        starts = [s.start for s in kept]
        paragraphs = []
        pos = 0
        for block in _paragraphs(body):
            ps, pe = block
            pieces: list[Markup] = []
            cur = ps
            i = bisect.bisect_left(starts, ps)
            if i > 0 and kept[i - 1].end > ps:
                i -= 1
            while i < len(kept) and kept[i].start < pe:
                s = kept[i]
                ss, se = max(s.start, ps), min(s.end, pe)
                if ss > cur:
                    pieces.append(self._plain(body, cur, ss, boiler))
                pieces.append(self._statement(article, s, ss, se))
                cur = se
                i += 1
            if cur < pe:
                pieces.append(self._plain(body, cur, pe, boiler))
            html = Markup("").join(pieces)
            if str(html).strip():
                paragraphs.append(Markup("<p>{}</p>").format(html))
            pos = pe
        del pos
        return Markup("\n").join(paragraphs)

    def _plain(self, body: str, start: int, end: int, boiler: list) -> Markup:
        chunk = body[start:end]
        if not chunk.strip():
            if "\n" in chunk:
                return Markup("<br>")
            return Markup(" ") if chunk else Markup("")
        reason = next((r for bs, be, r in boiler if bs <= start and end <= be), None)
        if reason is not None or any(bs < end and start < be for bs, be, _r in boiler):
            return Markup('<span class="cl-boiler" title="{t}">{x}</span>').format(
                t=attr(f"page furniture, not article text ({reason or 'boilerplate'})"), x=_lines(chunk))
        return _lines(chunk)

    def _statement(self, article: Article, s: Statement, start: int, end: int) -> Markup:
        body = article.body
        inner: list[Markup] = []
        cur = start
        for d in sorted(s.dates, key=lambda d: d.start):
            ds, de = max(d.start, start), min(d.end, end)
            if ds < cur or de <= ds:
                continue
            inner.append(_lines(body[cur:ds]))
            how = f"{datelabel.label(d.value, d.precision, self.site.opts.language)}: {d.anchor or 'as written'}"
            inner.append(Markup(
                '<span class="cl-date" tabindex="0" aria-describedby="{tid}">{x}'
                '<span class="cl-tip" role="tooltip" id="{tid}">{how}</span></span>').format(
                tid=attr(_anchor(s.id) + f"-d{d.start}"), x=_lines(body[ds:de]), how=text(how)))
            cur = de
        inner.append(_lines(body[cur:end]))
        kind = "hidden" if s.hidden else s.kind
        labels = {"claim": "claim", "quote": "quote", "context": "context", "headline": "headline",
                  "boilerplate": "page furniture", "hidden": "hidden by an editor"}
        title = labels.get(kind, kind)
        if s.speaker:
            title += f" by {self.entity_name(s.speaker)}"
        if s.event_date is not None:
            title += f", {datelabel.label(s.event_date.value, s.event_date.precision, self.site.opts.language)}"
            if s.event_date.editor:
                title += " (date set by an editor)"
        if s.boilerplate_reason and kind == "boilerplate":
            title += f": {s.boilerplate_reason}"
        cls = f"cl-st cl-{kind}" + (" cl-boiler" if kind == "boilerplate" else "")
        html = Markup('<span class="{cls}" id="{id}" title="{title}">{x}</span>').format(
            cls=cls, id=attr(_anchor(s.id)), title=attr(title), x=Markup("").join(inner))
        found = self.site.event_of_statement.get(s.id)
        if found is not None and end == s.end:
            event, claim, _ctx = found
            others = len(set(claim.sources)) - 1
            label = (f"compare with {others} other outlet{'s' if others != 1 else ''}" if others
                     else "on the timeline")
            here = urls.article_src(article.id)
            html += Markup(' <a class="cl-to-event" href="{u}#c-{c}" title="{t}">'
                           '<span aria-hidden="true">{icon}</span><span class="cl-sr">{label}</span></a>').format(
                u=self.event_link(here, event), c=attr(urls.slug(claim.id)), t=attr(f"{label}: {event.title}"),
                icon="⇄" if others else "→", label=label)
        return html


def _lines(chunk: str) -> Markup:
    """Text with its single line breaks kept (a raw dump's lines are often separate items)."""
    parts = chunk.split("\n")
    return Markup("<br>").join(text(p) for p in parts) if len(parts) > 1 else text(chunk)


def _paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of each run of text between blank lines."""
    out, start, n = [], 0, len(body)
    i = 0
    while i < n:
        j = body.find("\n", i)
        if j < 0:
            break
        k = j + 1
        while k < n and body[k] in " \t\r\n":
            if body[k] == "\n":
                # a blank line: end the paragraph at j
                out.append((start, j))
                while k < n and body[k] in " \t\r\n":
                    k += 1
                start = k
                break
            k += 1
        i = max(k, j + 1)
    out.append((start, n))
    return [(s, e) for s, e in out if e > s]


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
    order = {e.id: i for i, e in enumerate(timeline.events)}

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
        return f"outlets/coverage/{urls.slug(p.key)}.md"

    def tag_events(arts: list[Article]) -> list[Event]:
        found = {e.id: e for a in arts for e in site.events_by_article.get(a.id, [])}
        return sorted(found.values(), key=lambda e: order[e.id])

    common = {"site": site, "v": views, "opts": opts, "urls": urls, "anchor": _anchor,
              "exports": [(fmt, FILENAMES[fmt]) for fmt in opts.exports], "label": datelabel.label,
              "datelabel_parse": datelabel.parse, "event_articles": event_articles, "v_external": _external,
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

    for e in timeline.events:
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
