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
from generator.present import labels, urls
from generator.present.escape import url_attr
from generator.site import claimtext, paging, periods, quotes
from generator.site.config import SiteOptions
from generator.site.periods import Period
from generator.stages import salience
from generator.stages.claims import sentences
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
        self._spans: dict[str, list[tuple[int, int, int, bool]]] = {}
        self._said: dict[str, list[quotes.Said]] = {}
        self._shown: dict[str, tuple[str, str | None]] = {}

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
        ids = {self.credit(c) for e in self.timeline.events for c in e.claims + e.context} - {None}
        known = [self.entities[i] for i in ids if i in self.entities]
        return sorted(known, key=lambda e: (e.name.casefold(), e.id))

    def shown(self, c: Claim) -> tuple[str, str | None]:
        """A claim's heading and the speaker its words credit (``claimtext.shown``)."""
        found = self._shown.get(c.id)
        if found is None:
            found = self._shown[c.id] = claimtext.shown(c, self.statements, self._opening)
        return found

    @cached_property
    def _opening(self) -> Callable[[Statement], Statement | None]:
        """The first clause of each statement's sentence (``sentences.openings``), made once for every claim."""
        return sentences.openings(self.statements.values())

    def credit(self, c: Claim) -> str | None:
        return self.shown(c)[1]

    @cached_property
    def speaking(self) -> frozenset[str]:
        """The entities with a page of their own (``urls.speakers``): those who said something."""
        return urls.speakers(self.timeline.statements.values())

    @cached_property
    def event_by_id(self) -> dict[str, Event]:
        return {e.id: e for e in self.timeline.events}

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
        """The people index's groups: the entities the articles name (an entities.yml entry alone
        lists no one, so a scaffold's example person leaves with the example article)."""
        labels = {"person": "People", "body": "Bodies and organisations", "outlet": "Outlets and documents cited",
                  "document": "Outlets and documents cited", "place": "Places"}
        groups: dict[str, list[Entity]] = defaultdict(list)
        for e in self.timeline.entities:
            if e.id in self.names_seen:  # an entities.yml entry no article names is no one of this story
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

    def said_by(self, eid: str) -> list[quotes.Said]:
        """What an entity said, passage by passage (whole sentences, no quote cut), over time: what
        its page lists and the people index counts, so the two agree (a passage may hold several
        statements: clauses of one sentence, a quote running over sentences)."""
        if eid not in self._said:
            self._said[eid] = quotes.passages(self.statements_by_speaker.get(eid, []), self.articles,
                                              self._sentence_spans)
        return self._said[eid]

    def _sentence_spans(self, article_id: str) -> list[tuple[int, int, int, bool]]:
        if article_id not in self._spans:
            self._spans[article_id] = quotes.sentence_spans(self.timeline.statements.get(article_id, ()))
        return self._spans[article_id]

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
        return tags_of(self.timeline.articles)

    @cached_property
    def tag_slugs(self) -> dict[str, str]:
        return tag_slugs_of(self.tags)

    def tag_key(self, tag: str) -> str:
        """A tag's address and its filter id: one value, so the filter box's links and ids agree."""
        key = tag.strip().casefold()
        return self.tag_slugs.get(key) or urls.tag_slug(key)

    def tag_src(self, tag: str) -> str:
        return urls.tag_src(self.tag_key(tag))

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
        return periods.place(e)

    @cached_property
    def periods(self) -> list[Period]:
        """The timeline's pages: the home page when small, else a year or month each, paginated."""
        return periods.split(self.events, self.opts.split_after, self.opts.language)

    @cached_property
    def page_of_event(self) -> dict[str, paging.Page[Event]]:
        """The timeline page each event's card is on."""
        return {e.id: page for p in self.periods for page in p.pages for e in page.items}

    @cached_property
    def key_events(self) -> list[Event]:
        """The story's key events, at most ``opts.key_events``: the most salient, in time order."""
        chosen = {e.id for e in salience.ranked(self.events)[:self.opts.key_events]}
        return [e for e in self.events if e.id in chosen]

    @cached_property
    def single_page(self) -> bool:
        """Whether the whole timeline is the home page."""
        return len(self.periods) == 1 and self.periods[0].key == "all"

    def groups(self, events: list[Event]) -> list[dict]:
        return periods.groups(events, self.opts.language, self.translate)

    # -- links

    def link(self, here: str, to: str) -> Markup:
        """A relative URL from page ``here`` to ``to``, ready for an href attribute."""
        return url_attr(urls.relative(here, to, self.opts.use_directory_urls))

    def place_link(self, here: str, e: Event) -> str:
        """Where the timeline shows an event: its card on the page that holds it."""
        page = self.page_of_event.get(e.id)
        if page is None:
            return self.link(here, "index.md")
        return self.link(here, page.src) + "#e-" + urls.slug(e.id)


def tags_of(articles) -> dict[str, list[Article]]:
    """Tag -> its articles; "Iran" and "iran" are one tag, shown as first written."""
    shown: dict[str, str] = {}
    out: dict[str, list[Article]] = defaultdict(list)
    for a in articles:
        for tag in dict.fromkeys(t.strip() for t in a.tags if t.strip()):
            key = tag.casefold()
            shown.setdefault(key, tag)
            out[key].append(a)
    return {shown[k]: out[k] for k in sorted(out)}


def tag_slugs_of(tags) -> dict[str, str]:
    """Each tag (case folded) -> its address: its words, or, where two tags' words are alike
    ("C++" and "C"), each its hashed id, so no two share a page."""
    readable = {t.casefold(): urls.tag_slug(t) for t in tags}
    taken = Counter(readable.values())
    return {k: v if taken[v] == 1 else urls.slug(k) for k, v in readable.items()}
