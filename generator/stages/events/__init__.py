"""Claims grouped into dated events, with the background that explains them.

- An **event** is one happening: claims of one date that an article reports together and
  that are about one thing (``happenings``, a fitted model): two stories of one day are two
  events, and a recap days later is in its event because its claim is (``claims`` dates a
  claim by every report of it) or, told in words of its own, because it is most like that
  event of its day (``recaps``: also a later report of an announced day, and a recap that names
  only its week).
- **Background** (claims no statement of which has an event date) is the ``context`` of the
  event its article is mostly about, and its statements get kind ``context``.
- **Announced** future events (event date with status ``announced``) are events of their
  own, ``announced_in`` the event of the article that announced them.
- **Ids are stable** when articles are added: ``<date>-<slug>``, the slug made of the first
  content words of the event's *founding statement*, the first body statement of the
  earliest-published article among its claims (ties by path, then position). Articles
  published later never change it; for the rest (an earlier report found afterwards, two
  events becoming one) ``permalinks`` keeps the ids of the previous export and the ids an
  editor pinned, and redirects an id that went to the event that took it over.
- **Titles** come from the articles and claims: the headline of the earliest article mostly
  about the event, else a headline among its claims, else its most-reported claim that
  stands alone, edited into a headline by ``headline`` (attribution dropped, quote marks
  balanced, cut where a clause ends); an editor's title wins unchanged.

``infer_published`` gives an article without a publication date the day of the dated
articles that report the same claims, checked against the weekdays its own text names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date

from generator.model import Article, Claim, Entity, Event, EventOverride, Overrides, Statement, fineness, replaced
from generator.stages import permalinks
from generator.stages.claims import article_order
from generator.stages.events import happenings, recaps
from generator.stages.events.published import infer_published
from generator.text import headline, timex, wording
from generator.text.slugs import slugify as _shared_slugify

__all__ = ["group", "infer_published", "main_events", "slugify"]

SLUG_WORDS = 4
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # the comma of "1,200", not of "Monday, 12"
_DISCOURSE = frozenset(["earlier", "meanwhile", "however", "later", "today", "yesterday", "also", "moreover", "first",
                        "finally"])


# ---------------------------------------------------------------- events


def group(
    articles: Sequence[Article],
    stmts_by_article: Mapping[str, Sequence[Statement]],
    claims: Sequence[Claim],
    entities: Sequence[Entity],
    overrides: Overrides,
    published: Sequence[permalinks.Published] = (),
) -> tuple[list[Event], dict[str, tuple[Statement, ...]]]:
    """Dated claims into events, background into their context (see the module doc).

    ``published``: the events of the previous export, whose ids are kept (``permalinks``).
    """
    by_article = {a.id: a for a in articles}
    statement = {st.id: st for sts in stmts_by_article.values() for st in sts}
    position = {st.id: (article_order(by_article[aid]), n)
                for aid, sts in stmts_by_article.items() if aid in by_article
                for n, st in enumerate(sts)}  # fmt: skip
    far = ((date.max,), 0)

    def articles_of(claim: Claim) -> set[str]:
        return {statement[s].article for s in claim.statements if s in statement}

    def rank(claim: Claim) -> tuple:
        return min((position.get(s, far) for s in claim.statements), default=far)

    dated = [c for c in claims if c.date is not None]
    background = [c for c in claims if c.date is None]

    # dated claims: one date and status, grouped by what happened (``happenings``)
    members = happenings.group(dated, statement)
    # a happening told again days later joins the event that first told it (``recaps``)
    days = {a.id: a.published.date() for a in articles if a.published is not None}
    members = recaps.join(members, statement, days)

    names = _entity_names(entities)
    built: list[tuple[Event, tuple]] = []
    for group_claims in members:
        group_claims.sort(key=lambda c: (rank(c), c.id))
        built.append((_event(group_claims, statement, position, names), rank(group_claims[0])))
    events = permalinks.keep(_unique_ids(built), published, overrides.events)

    # which event each article is mostly about; its headline names that event best
    main_of = main_events(events, articles_of)
    events = _headline_titles(events, main_of, by_article, stmts_by_article)
    # announced events: linked to the event of the article that announced them
    events = [
        replace(e, announced_in=_announcer(e, articles_of, main_of)) if e.status == "announced" else e
        for e in events
    ]

    # background: the context of its article's main event, else of the most related event
    context: dict[str, list[Claim]] = defaultdict(list)
    related = _Related(events)
    for c in sorted(background, key=lambda c: (rank(c), c.id)):
        host = _host(c, articles_of, main_of) or related.best(c)
        if host is not None:
            context[host].append(c)
    events = [replace(e, context=tuple(context.get(e.id, ()))) for e in events]

    events = _apply_overrides(events, overrides.events)
    # a clause recalling a happening of an earlier time ("which opened an investigation last week") links it
    events = recaps.link(events, stmts_by_article, dict(overrides.recalls))  # an editor's links win
    events.sort(key=lambda e: (timex.sort_key(e.date), e.id))  # time order: 2020-W28 in July

    background_ids = {s for cs in context.values() for c in cs for s in c.statements}
    out = {aid: tuple(_restated(st, background_ids) for st in sts) for aid, sts in stmts_by_article.items()}
    return events, out


def _restated(st: Statement, background_ids: set[str]) -> Statement:
    """A statement as the timeline shows it: background of a context claim is ``context``."""
    if st.id in background_ids and st.kind in ("claim", "quote") and st.event_date is None:
        st = replaced(st, kind="context")
    return st


def _event(claims: list[Claim], statement: Mapping[str, Statement], position: Mapping[str, tuple],
           names: Mapping[str, tuple[str, ...]]) -> Event:  # fmt: skip
    """One event from its claims (already in founding order); its date the finest of theirs: a recap
    that names only its week ("last week") is in the event of the day it recalls (``recaps``)."""
    when = min((c.date for c in claims if c.date is not None), key=lambda d: fineness(d.precision))  # ties: the first
    found = _founding_statement(claims, statement, position)
    already = frozenset(re.findall(r"[a-z0-9]+", when.value.lower()))
    slug = slugify(found.text if found else claims[0].text, already=already)
    return Event(
        # lower case: "2020-SU" would otherwise give a hashed address (slugs.slug)
        id=f"{when.value.lower()}-{slug}" if slug else when.value.lower(),
        date=when.value,
        precision=when.precision,
        how=when.how,
        title=_title(claims, statement, position, names),
        claims=tuple(claims),
        status=when.status,
    )


def _founding_statement(claims, statement, position) -> Statement | None:
    body = [s for c in claims for s in c.statements if s in statement and statement[s].kind != "headline"]
    every = [s for c in claims for s in c.statements if s in statement]
    pick = min(body or every, key=lambda s: (position.get(s, ((date.max,), 0)), s), default=None)
    return statement[pick] if pick else None


def slugify(text: str, n: int = SLUG_WORDS, already: frozenset[str] = frozenset()) -> str:
    """The first ``n`` content words of ``text``, ASCII, joined by hyphens (rule: ``slugs.slugify``);
    words ``already`` in the id (its date's "2015") are not said twice; "1,200" is one word, "1200"."""
    text = _THOUSANDS.sub("", text)
    return _shared_slugify(text, most=n, skip=lambda w: w in wording.STOPWORDS or w in _DISCOURSE or len(w) < 2
                           or w in already)  # fmt: skip


def _unique_ids(built: list[tuple[Event, tuple]]) -> list[Event]:
    """Two events with one id: the later-founded gets ``-2``, ``-3`` ... (deterministic)."""
    by_id: dict[str, list[tuple[Event, tuple]]] = defaultdict(list)
    for e, founded in built:
        by_id[e.id].append((e, founded))
    out = []
    for eid, same in sorted(by_id.items()):
        same.sort(key=lambda x: (x[1], x[0].claims[0].id))
        out.extend(e if k == 0 else replace(e, id=f"{eid}-{k + 1}") for k, (e, _) in enumerate(same))
    return out


def main_events(events: list[Event], articles_of) -> dict[str, str]:
    """Article id -> the event holding most of its claims.

    On a tie, the event its lead reports: the one whose statement comes first in the article
    (headline, then body order), so a flood reported today is not titled by an older flood
    the article recalls further down; then the later event, then the id.
    """
    count: dict[str, Counter] = defaultdict(Counter)
    first: dict[str, dict[str, tuple[int, ...]]] = defaultdict(dict)  # article -> event -> earliest place
    for e in events:
        if e.status != "happened":
            continue
        for c in e.claims:
            for aid in articles_of(c):
                count[aid][e.id] += 1
            for sid in c.statements:
                aid, place = _place_in_article(sid)
                if e.id not in first[aid] or place < first[aid][e.id]:
                    first[aid][e.id] = place
    latest = {e.id: k for k, e in enumerate(sorted(events, key=lambda e: (timex.sort_key(e.date), e.id), reverse=True))}
    far = (1 << 30,)
    return {aid: min(cs, key=lambda eid: (-cs[eid], first[aid].get(eid, far), latest[eid], eid))
            for aid, cs in count.items()}


def _place_in_article(statement_id: str) -> tuple[str, tuple[int, ...]]:
    """(article id, (sentence, clause)) from a statement id ``<article>#s<n>`` or ``#s<n>.<k>``."""
    aid, _, local = statement_id.rpartition("#")
    try:
        return aid, tuple(int(p) for p in local.lstrip("s").split("."))
    except ValueError:
        return aid, (1 << 30,)


def _announcer(event: Event, articles_of, main_of: Mapping[str, str]) -> str | None:
    votes = Counter(main_of[a] for c in event.claims for a in articles_of(c) if a in main_of)
    votes.pop(event.id, None)
    return min(votes, key=lambda eid: (-votes[eid], eid)) if votes else None


def _host(claim: Claim, articles_of, main_of: Mapping[str, str]) -> str | None:
    votes = Counter(main_of[a] for a in articles_of(claim) if a in main_of)
    return min(votes, key=lambda eid: (-votes[eid], eid)) if votes else None


class _Related:
    """Finds the event whose claims share the most rare words with a background claim."""

    MAX_POSTINGS = 50

    def __init__(self, events: list[Event]):
        self.index: dict[str, list[str]] = defaultdict(list)
        for e in events:
            for w in sorted({w for c in e.claims for w in wording.content_words(c.text)}):
                self.index[w].append(e.id)

    MIN_SHARED = 2  # one shared word ("north", "army") does not make a story's background

    def best(self, claim: Claim) -> str | None:
        score: Counter = Counter()
        shared: Counter = Counter()
        for w in set(wording.content_words(claim.text)):
            postings = self.index.get(w, ())
            if 0 < len(postings) <= self.MAX_POSTINGS:
                for eid in postings:
                    score[eid] += 1.0 / len(postings)
                    shared[eid] += 1
        score = Counter({eid: v for eid, v in score.items() if shared[eid] >= self.MIN_SHARED})
        return min(score, key=lambda eid: (-score[eid], eid)) if score else None


# ---------------------------------------------------------------- titles


def _entity_names(entities: Sequence[Entity]) -> dict[str, tuple[str, ...]]:
    """Entity id -> its name, then its aliases (a title that needs the speaker uses the name)."""
    return {e.id: (e.name, *sorted(set(e.aliases) - {e.name}, key=lambda a: (-len(a), a))) for e in entities}


def _headline_titles(events: list[Event], main_of: Mapping[str, str], by_article: Mapping[str, Article],
                     stmts_by_article: Mapping[str, Sequence[Statement]]) -> list[Event]:  # fmt: skip
    """An event mostly reported by an article with a headline takes the earliest such headline
    that stands alone as a title (``headline``), else the earliest headline; never one an editor hid."""
    about: dict[str, list[Article]] = defaultdict(list)
    for aid, eid in main_of.items():
        about[eid].append(by_article[aid])
    out = []
    for e in events:
        title = None
        for article in sorted(about.get(e.id, ()), key=article_order):
            heads = [s for s in stmts_by_article.get(article.id, ()) if s.kind == "headline"]
            if any(s.hidden for s in heads):
                continue  # an editor hid the headline: it titles nothing
            head = heads[0].text if heads else None
            if not (head or article.title):
                continue
            made, whole = headline.edit(head or article.title or "")
            title = title or made
            if whole:
                title = made
                break
        out.append(replace(e, title=title) if title else e)
    return out


def _title(claims, statement, position, names) -> str:
    """A title from the claims alone: a headline among them, else the most-reported claim made a
    headline (``headline``), passing over claims that do not stand alone ("Which will ...")."""
    heads = [
        s for c in claims for s in c.statements if s in statement and statement[s].kind == "headline"
    ]
    if heads:
        first = min(heads, key=lambda s: (position.get(s, ((date.max,), 0)), s))
        return headline.headline(statement[first].text)
    ranked = sorted(enumerate(claims), key=lambda nc: (-len(nc[1].sources), -len(nc[1].statements), nc[0]))
    fallback = ""
    for _, c in ranked:
        title, whole = headline.edit(c.text, names.get(c.speaker or "", ()))
        if whole and title:
            return title
        fallback = fallback or title
    return fallback


# ---------------------------------------------------------------- editor overrides


def _apply_overrides(events: list[Event], overrides: Sequence[EventOverride]) -> list[Event]:
    by_event = {o.event: o for o in overrides}
    out = []
    for e in events:
        o = by_event.get(e.id)
        if o is None:
            out.append(e)
            continue
        changes: dict = {}
        fields: list[str] = []
        for name in ("title", "date", "precision", "status"):
            value = getattr(o, name)
            if value is not None and value != getattr(e, name):
                changes[name] = value
                fields.append(name)
        if "date" in changes:
            changes["how"] = "set by an editor in overrides.yml"
        out.append(replace(e, **changes, editor=tuple(fields)) if fields else e)
    return out
