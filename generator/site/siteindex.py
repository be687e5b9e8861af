"""Everything the pages need to know about a timeline, indexed once.

Who reported what, who said what, which tags and periods: each index is built on first
use and kept, so every page reads it in constant time and rendering stays linear in the
size of the timeline.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from markupsafe import Markup

from generator.model import Article, Claim, Entity, Event, Source, Statement, Timeline
from generator.present import datelabel, labels, urls
from generator.present.escape import url_attr
from generator.site.config import SiteOptions
from generator.text import timex


@dataclass
class Site:
    """Everything the templates need, indexed once."""

    timeline: Timeline
    opts: SiteOptions
    articles: dict[str, Article] = field(init=False)
    sources: dict[str, Source] = field(init=False)
    entities: dict[str, Entity] = field(init=False)
    statements: dict[str, Statement] = field(init=False)
    translate: Callable[..., str] = field(init=False)

    def __post_init__(self) -> None:
        t = self.timeline
        self.articles = {a.id: a for a in t.articles}
        self.sources = {s.id: s for s in t.sources}
        self.entities = {e.id: e for e in t.entities}
        self.statements = {s.id: s for ss in t.statements.values() for s in ss}
        self.translate = labels.translator(self.opts.language)

    @cached_property
    def events(self) -> list[Event]:
        """The events in time order: by the first day each covers, finer before coarser
        (``timex.sort_key``: the week of July 6 before July 7, summer after June 1)."""
        return sorted(self.timeline.events, key=lambda e: (timex.sort_key(e.date), e.id))

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
        for e in self.events:
            for sid in sorted({s for c in e.claims + e.context for s in c.sources}):
                out[sid].append(e)
        return out

    @cached_property
    def event_of_statement(self) -> dict[str, tuple[Event, Claim, bool]]:
        out = {}
        for e in self.events:
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
        order = {e.id: i for i, e in enumerate(self.events)}
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
            return timex.sort_key(s.event_date.value)
        a = self.articles.get(s.article)
        if a is not None and a.published is not None:
            return a.published.date().isoformat()
        return "9999-99-99"

    # -- periods: the timeline split so no page grows without bound

    def place(self, e: Event) -> tuple[int | None, int | None, int]:
        """(year, month, part) where the timeline files an event, by the first day it covers.

        A day, week or month is in its month (part 0: the week of July 6 in July); a season
        (part 1) or quarter (part 2) has a heading of its own right after its first month
        (summer 2020 after June, Q3 after July); a year is "sometime in" it (no month); a
        decade, a century or a vague time is undated.
        """
        what = timex.kind(e.date)
        y, m, _d = timex.start(e.date)
        if y is None or what in ("decade", "century", "vague"):
            return None, None, 0
        if what == "year" or e.precision in ("year", "decade", "century", "vague"):
            return y, None, 0
        return y, m, {"season": 1, "quarter": 2}.get(what, 0)

    @cached_property
    def periods(self) -> list[Period]:
        """The timeline's pages: one (index) when small, else one per year or month."""
        events = self.events
        if len(events) <= self.opts.split_after:
            return [Period("all", "index.md", "Timeline", events)]
        by_year: dict[str, list[Event]] = defaultdict(list)
        for e in events:
            y, _m, _p = self.place(e)
            by_year[f"{y:04d}" if y else "undated"].append(e)
        out = []
        for year, evs in sorted(by_year.items()):
            if len(evs) <= self.opts.split_after or year == "undated":
                out.append(Period(year, urls.year_src(year), year, evs))
                continue
            by_month: dict[str, list[Event]] = defaultdict(list)
            for e in evs:
                _y, m, _p = self.place(e)
                by_month[f"{year}-{m:02d}" if m else year].append(e)
            for key, mevs in sorted(by_month.items()):
                title = datelabel.month_label(int(year), int(key[5:]), self.opts.language) if "-" in key else year
                out.append(Period(key, urls.year_src(key), title, mevs))
        return out

    @cached_property
    def period_of_event(self) -> dict[str, Period]:
        return {e.id: p for p in self.periods for e in p.events}

    def groups(self, events: list[Event]) -> list[dict]:
        """Events by year, then month (events known only to the year come first), each in time order."""
        years: dict[int | None, dict[tuple[int | None, int], list[Event]]] = defaultdict(lambda: defaultdict(list))
        for e in sorted(events, key=lambda e: (timex.sort_key(e.date), e.id)):
            y, m, part = self.place(e)
            years[y][(m, part)].append(e)
        out = []
        for y in sorted(years, key=lambda k: (k is None, k or 0)):
            months = []
            for m, part in sorted(years[y], key=lambda k: (k[0] is not None, k[0] or 0, k[1])):
                evs = years[y][(m, part)]
                if y and m and part:  # "Summer 2020", "Q3 2020": the value's own label
                    label = datelabel.label(evs[0].date, timex.kind(evs[0].date), self.opts.language)
                    label = label[:1].upper() + label[1:]
                elif y and m:
                    label = datelabel.month_label(y, m, self.opts.language)
                else:
                    label = self.translate("Sometime in {year}", year=y) if y and len(years[y]) > 1 else ""
                months.append({"label": label, "anchor": self.group_anchor(y, m, part) if m else f"y{y}-any",
                               "events": evs})
            out.append({"label": str(y) if y else self.translate("Undated"), "anchor": f"y{y:04d}" if y else "undated",
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

    def group_anchor(self, y: int | None, m: int | None, part: int = 0) -> str:
        """The anchor of a heading ``groups`` makes: a month, or a season or quarter after it."""
        return self.month_anchor(y, m) + ("", "-season", "-quarter")[part] if y and m else self.month_anchor(y, m)

    def place_link(self, here: str, e: Event) -> str:
        """Where the timeline shows an event: its heading on the page that holds it."""
        y, m, part = self.place(e)
        p = self.period_of_event.get(e.id)
        if p is None:
            return self.link(here, "index.md")
        return self.link(here, p.src) + "#" + self.group_anchor(y, m, part)

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
