"""How prominently the articles reported each event: what picks the story's key events.

A newsroom signals what matters by how much it writes about a happening and where: many
outlets and articles, in the headline or the first sentences rather than far down, and
still days later when it is recalled. An article's headline announces what the article is
mostly about: it counts for the event holding most of the article's claims (``events.main_events``,
the event it titles), and for any event whose statements carry most of its words. Counting
date mentions alone (news-tls's DATEWISE baseline ranks dates by how many articles name them)
misses the second and third; this stage counts all three on the events the pipeline made, so
a site can show the key events of a large story first and a reader can see why (``Salience``
keeps the counts).

Only an event's claims count, not its context: background an article gives is not news
of that event. But an article that names an event's day without reporting it in a claim of the
event (a recap in a relative clause, "the index, which rose yesterday, fell"; a report of another
part of that day's news; an announcement of the day worded apart from its event) says the day
mattered: it counts as an article of its own (``NAMED_WEIGHT``), without lead or headline. A
mention names a day, not a happening: it goes to the event its clause recalls (``Event.recalls``),
else to the one of that day's events its sentence shares most words with (its own claim's event
counts the article already), else, saying not which, to every one of them; an event's own articles
are counted once. A later article that tells a happening again in words with no date ("Steve Jobs has
chosen to step down", the day after his resignation) counts for less (``RECAP_WEIGHT``): its words
must be clearly those of one event of the month before it (``_recapping``). The score is a function
of the articles that report the event, name its day or tell it again, of what else they report and of
the other events of that day (or of the month before a recapping article: words weighed among them
alone), so an article added changes the salience of the events it reports, names or tells again, and
at most the recaps of the articles of the month after it (whose candidates and word weights it joins).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from itertools import groupby

from generator.model import Article, DateMention, Event, Salience, Statement
from generator.stages.events import main_events
from generator.stages.events.recaps import MIN_COSINE, EventWords
from generator.text import timex
from generator.text.wording import content_words

# How many of an article's first sentences are its lead (the news-writing "lede": who,
# what, when, where come first; a second sentence often completes it).
LEAD_SENTENCES = 2
# A headline is about an event when this share of its content words is found in the
# article's own statements of that event (a headline is a paraphrase of the lead).
HEADLINE_SHARE = 0.5
# An article weighs 1, plus these when the event is in its lead and in its headline: together
# no more than one more report, so a second article (on another day: ``DAYS_WEIGHT``) outweighs
# where one article put it. At 1 each, one article's headline and lead (3) tied two articles'
# reports on two days (2 x 1.5): in a one-outlet story most events were that one article's
# headline and lead, tied at 3, and a happening two articles reported ranked among them.
LEAD_WEIGHT = 0.5
HEADLINE_WEIGHT = 0.5
# How much being reported on more days weighs: each doubling of days adds this share.
DAYS_WEIGHT = 0.5
# What an article that names an event's day but reports it in no claim of the event adds: as much as
# an article reporting it far down. Measured with benchmarks.keyevents at 0, 0.25, 0.5, 1, 1.5, 2, 3
# (benchmarks/README.md, "key events" eighth session): under 1 it only breaks ties, by day counts that
# name other happenings as often; from 1 up the figures are flat, so the smallest of the flat range.
NAMED_WEIGHT = 1.0
# What a later article that tells an event again in words, with no date (``_recapping``: "Steve Jobs
# has chosen to step down from his post as CEO", the day after his resignation), adds. A mention with
# no day says less than one naming the day: fitted on MEANTIME's four topics leave-one-topic-out at
# 0.05-1 (benchmarks/README.md, "key events", tenth session); 0.25 is the middle of the flat range
# and ties broken otherwise by more outlets and claims are broken by recaps first.
RECAP_WEIGHT = 0.25
# How far back a later article's words are compared with the events before it: a month, as far as a
# recall clause reaches (``events.recalls``); the coverage of a happening days or weeks on.
RECAP_DAYS = 31
# Words a recap shares with the happening at least: one word is mostly a name every story of the
# place or firm holds ("Dunmere"), which a month's few events weigh as telling.
RECAP_WORDS = 2


def rank(articles: Sequence[Article], stmts: Mapping[str, Sequence[Statement]], events: Sequence[Event]) -> list[Event]:
    """``events`` in the same order, each with its ``salience`` filled in."""
    by_id = {s.id: s for ss in stmts.values() for s in ss}
    published = {a.id: a.published.date() if a.published else None for a in articles}
    source = {a.id: a.source for a in articles}
    leads = {aid: _lead(ss) for aid, ss in stmts.items()}
    headlines = {aid: _headline_words(ss) for aid, ss in stmts.items()}
    main = main_events(list(events), lambda c: {by_id[s].article for s in c.statements if s in by_id})
    reports = [_reports(e, by_id, published) for e in events]
    naming = _naming(stmts, events, by_id, reports)
    recapping = _recapping(stmts, events, by_id, published)
    out = []
    for e, said in zip(events, reports, strict=True):
        mains = frozenset(a for a in said if main.get(a) == e.id)
        named = naming.get(e.id, frozenset()) - said.keys()
        recapped = len(recapping.get(e.id, frozenset()) - said.keys() - named)
        out.append(replace(e, salience=_salience(said, leads, headlines, published, source, mains, len(named),
                                                 recapped)))  # fmt: skip
    return out


def _reports(e: Event, by_id: Mapping[str, Statement], published: Mapping) -> dict[str, list[Statement]]:
    """Article id -> its statements that report the event (``_of_its_time``)."""
    said: dict[str, list[Statement]] = {}
    days, happened = timex.covered(e.date), e.status == "happened"
    for c in e.claims:
        for sid in c.statements:
            s = by_id.get(sid)
            if s is not None and not s.hidden and _of_its_time(s, days, published.get(s.article), happened):
                said.setdefault(s.article, []).append(s)
    return said


def ranked(events: Sequence[Event], score: Callable[[Event], float] = lambda e: e.salience.score) -> list[Event]:
    """``events`` most salient first (by ``score``): the order of a story's key events. Equal
    scores (common: every event one article leads with scores alike) go to the event more outlets
    report, then the one with more claims (more said of it), then the earlier, then by id."""
    return sorted(events, key=lambda e: (-score(e), -len({s for c in e.claims for s in c.sources}), -len(e.claims),
                                         timex.sort_key(e.date), e.id))


def _salience(said: Mapping[str, list[Statement]], leads: Mapping[str, frozenset[int]],
              headlines: Mapping[str, frozenset[str]], published: Mapping, source: Mapping,
              mains: frozenset[str] = frozenset(), named: int = 0, recapped: int = 0) -> Salience:  # fmt: skip
    """The counts and score of one event, from each article's statements of it; ``mains``: the
    articles mostly about it; ``named``: how many other articles name its day; ``recapped``: how many
    others tell it again in words."""
    weight, in_lead, outlets, days = 0.0, 0, set(), set()
    for aid in sorted(said):
        ss = said[aid]
        lead = any(s.sentence in leads.get(aid, ()) for s in ss)
        head = aid in mains or _about(headlines.get(aid, frozenset()), ss)
        weight += 1.0 + (LEAD_WEIGHT if lead else 0.0) + (HEADLINE_WEIGHT if head else 0.0)
        in_lead += lead or head
        if aid in source:
            outlets.add(source[aid])
        if published.get(aid) is not None:
            days.add(published[aid])
    if not said:
        return Salience()
    weight += NAMED_WEIGHT * named + RECAP_WEIGHT * recapped
    score = weight * (1 + math.log2(max(len(outlets), 1))) * (1 + DAYS_WEIGHT * math.log2(max(len(days), 1)))
    return Salience(round(score, 3), len(outlets), len(said), in_lead, len(days), named, recapped)


def _naming(stmts: Mapping[str, Sequence[Statement]], events: Sequence[Event], by_id: Mapping[str, Statement],
            reports: Sequence[Mapping[str, list[Statement]]]) -> dict[str, frozenset[str]]:  # fmt: skip
    """Event id -> the articles with a statement (shown, not page furniture) naming its day in a date
    expression of day precision, the statement's own date or not ("the index, which rose yesterday,
    fell today" names both), each mention given to the happenings of that day it tells of
    (``_named_events``)."""
    words = EventWords(events, by_id)
    of_claim: dict[str, set[int]] = {}
    recalled: dict[str, list[tuple[int, int, int]]] = {}
    for k, e in enumerate(events):
        for ss in reports[k].values():  # the events a statement reports (counted so already)
            for st in ss:
                of_claim.setdefault(st.id, set()).add(k)
        for r in e.recalls:
            recalled.setdefault(r.statement, []).append((r.start, r.end, k))
    out: dict[str, set[str]] = {}
    for aid, ss in stmts.items():
        for s in ss:
            if s.hidden or s.kind == "boilerplate":  # a dateline or a post's stamp names no news
                continue
            for m in s.dates:
                if m.precision == "day" and timex.kind(m.value) == "day":
                    for k in _named_events(s, m, words, of_claim.get(s.id, set()), recalled.get(s.id, ())):
                        out.setdefault(events[k].id, set()).add(aid)
    return {eid: frozenset(aids) for eid, aids in out.items()}


def _recapping(stmts: Mapping[str, Sequence[Statement]], events: Sequence[Event], by_id: Mapping[str, Statement],
               published: Mapping[str, date | None]) -> dict[str, frozenset[str]]:  # fmt: skip
    """Event id -> the later articles that tell it again in words: a statement of article text (any
    date or none) whose words are clearly those of one happened event of a day in the ``RECAP_DAYS``
    before the article (``recaps.EventWords``: a cosine of ``recaps.MIN_COSINE``, ``recaps.MARGIN``
    over the runner-up), words weighed among the happened events of the month up to the article's day,
    that day's among them: the words of what the day's articles report ("Dunmere" in every story of the
    town) tell no earlier happening apart, and the day's articles share one weighing. The events holding
    the article's claims are no candidates: it reports them."""
    words = EventWords(events, by_id)
    of_statement: dict[str, list[int]] = {}
    for k, e in enumerate(events):
        for c in e.claims:
            for sid in c.statements:
                of_statement.setdefault(sid, []).append(k)
    out: dict[str, set[str]] = {}
    dated = sorted((day, aid) for aid, day in published.items() if day is not None and aid in stmts)
    for day, group in groupby(dated, key=lambda x: x[0]):
        among = words.of_span(day - timedelta(RECAP_DAYS), day, happened=True)  # the month up to its day
        for _, aid in group:
            own = {k for s in stmts[aid] for k in of_statement.get(s.id, ())}
            before = [k for k in among if k not in own and events[k].date != day.isoformat()]
            for s in stmts[aid] if before else ():
                if _undated_recap(s):
                    k = words.best(words.sharing(before, s, among), s, among=among, least=MIN_COSINE)
                    if k is not None and words.shared(k, s) >= RECAP_WORDS:
                        out.setdefault(events[k].id, set()).add(aid)
        words.forget(among)  # weighed for this day's articles alone
    return {eid: frozenset(aids) for eid, aids in out.items()}


_TOLD = frozenset({"claim", "quote", "context"})  # article text: not a headline, furniture or a caption


def _undated_recap(s: Statement) -> bool:
    """Whether a statement may tell an earlier happening again with no date: article text naming no
    day ("declared the fire contained on Saturday" is a happening of its own day; a day it names is
    counted by ``_naming``) and telling nothing ahead ("the figures will be published")."""
    if s.kind not in _TOLD or s.hidden or any(m.precision == "day" for m in s.dates):
        return False
    return s.event_date is None or s.event_date.status == "happened"


def _named_events(s: Statement, m: DateMention, words: EventWords, own: set[int],
                  recalled: Sequence[tuple[int, int, int]]) -> list[int]:  # fmt: skip
    """The events of the day a mention names that it tells of: the one its clause recalls
    (``Event.recalls``), else, of the day's events its statement does not report (``own``: those count
    the article as a report already), the one its words are most like (``recaps.EventWords``), else
    all of them: a mention names a day, and alone says not which happening of it."""
    day = words.of_time(m.value)
    linked = [k for a, b, k in recalled if a <= m.start < b and k in day]
    if linked:
        return linked
    others = [k for k in day if k not in own]
    best = words.best(others, s, among=day)
    return [best] if best is not None else others


def _of_its_time(s: Statement, days: tuple[date, date] | None, published: date | None, happened: bool) -> bool:
    """Whether a statement can report the event, by time: not when its article dates it to another
    time, and not when the article came out before the event happened (an article of 2005 describing
    an airliner then in development, matched by its words to the airliner's first flight in 2009).
    Found one claim by wording, such a statement is its article's report of something else, and says
    nothing of how much this event was reported."""
    if days is None:
        return True
    if s.event_date is None:
        return not (happened and published is not None and published < days[0])
    own = timex.covered(s.event_date.value)
    return own is None or (own[0] <= days[1] and days[0] <= own[1])


def _lead(ss: Sequence[Statement]) -> frozenset[int]:
    """The sentence numbers of an article's lead: its first sentences of article text."""
    sentences = sorted({s.sentence for s in ss if s.kind in ("claim", "quote", "context") and not s.hidden})
    return frozenset(sentences[:LEAD_SENTENCES])


def _headline_words(ss: Sequence[Statement]) -> frozenset[str]:
    head = next((s for s in ss if s.kind == "headline"), None)
    return frozenset(content_words(head.text)) if head is not None else frozenset()


def _about(headline: frozenset[str], ss: Sequence[Statement]) -> bool:
    """Whether a headline names what these statements report (most of its words are theirs)."""
    if not headline:
        return False
    theirs = {w for s in ss for w in content_words(s.text)}
    return len(headline & theirs) >= HEADLINE_SHARE * len(headline)
