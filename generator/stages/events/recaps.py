"""Recaps: a happening told again later joins the event that first told it.

``happenings`` groups the claims an article reports together. An article published days after
a happening that recalls it ("the strike, which began on Monday"; "the insurer first detected the
intrusion a week ago") tells it apart from the reports of the day, often in words of its own,
so its claims of that day would stand as an event of their own beside the event they recall.
A *recap* is a group of claims that some earlier report already told; it joins the event of
that earlier report that is most alike in words (pooled TF-IDF cosine), when that likeness
reaches ``MIN_COSINE`` and beats the runner-up event by ``MARGIN``: a day of several happenings
gives a recap to the one it recalls, and news told for the first time later (nothing alike)
stays an event of its own. Three kinds, each a general way one happening comes to be told apart:

- a **day recap**: claims of a past day, every report of them published after that day, join
  an event of that day told no later than they are;
- a **later announcement**: claims announcing a coming day, first told after another group
  announcing that day was, join it ("a hearing on March 26" told on the 13th, "due to give
  evidence next Tuesday" on the 18th);
- a **week recap**: claims that name only their week ("last week", "earlier this week"), all
  told after a day of that week, join the event of that day they recall; a month or longer
  holds too many happenings to tell which.

The event told first keeps its founding statement, so its id does not change when a recapping
article is added.

A recap told only in a clause of a statement about something else (``recalls``: "the authority,
which opened an investigation last week, said ...") is no claim to join; ``link`` puts the clause in
the ``recalls`` of the event of its time it shares most words with, by the same margin. A clause is
a few words, so any word shared is enough there (``MIN_COSINE`` is for groups of claims: with it, 2
of the dev corpora's 21 recall clauses found no event, among them "who resigned a week ago").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta

from generator.model import Claim, Event, Recall, Statement
from generator.stages.events import recalls
from generator.text import timex, wording
from generator.text.calendar_words import MONTH_NUMBER, WEEKDAYS

# Measured with benchmarks.happenings and benchmarks.keyevents over a grid 0, 0.03, 0.05, 0.1, 0.15:
# key events did not move (2+ docs 0.367 -> 0.408 at every point) and the dev corpora by one pair
# under 0.05 (a share fall told in other words, 0.044); on MEANTIME the joins under 0.1 read mixed
# (a central bank's announcement to a day of world markets), so the stricter end of the flat range.
MIN_COSINE = 0.1
# A recap as alike to two happenings of its day says nothing of which it recalls: the best must
# be half again the runner-up (tests/fixtures/multiday's recap: 0.21 against 0.12 for another
# outlet's report of the same walkout; no dev corpus day has two candidates). Events, not groups,
# are compared: a recap already joined to its event is no runner-up against that event.
MARGIN = 1.5
# the words that name a day in a date expression: its weekday, month and numbers
_CALENDAR = re.compile(r"\b(?:" + "|".join(sorted((*WEEKDAYS, *MONTH_NUMBER), key=len, reverse=True))
                       + r")\b\.?|\b\d+(?:st|nd|rd|th)?\b", re.IGNORECASE)  # fmt: skip


def join(groups: list[list[Claim]], statement: Mapping[str, Statement],
         published: Mapping[str, date]) -> list[list[Claim]]:  # fmt: skip
    """``groups`` (claims of one date and status each) with every recap joined to its event."""
    told = [_told(g, statement, published) for g in groups]
    vectors = _vectors(groups, statement)
    parent = list(range(len(groups)))

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    def attach(k: int, hosts: Iterable[int]) -> None:
        """``k`` joins the event of ``hosts`` most alike to it, if clearly the one (module doc)."""
        by_event: dict[int, float] = {}
        for h in hosts:
            if root(h) != root(k):
                by_event[root(h)] = max(by_event.get(root(h), 0.0), wording.cosine(vectors[k], vectors[h]))
        ranked = sorted(((v, r) for r, v in by_event.items()), reverse=True)
        if not ranked:
            return
        best, host = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        if best >= MIN_COSINE and best >= MARGIN * runner_up:
            parent[root(k)] = host

    keyed = [_key(g) for g in groups]
    of_day: dict[tuple[str, date], list[int]] = defaultdict(list)  # (status, day) -> its groups of day dates
    for k, (status, _, day, _) in enumerate(keyed):
        if day is not None:
            of_day[(status, day)].append(k)
    # in the order told, a day's recaps before a week's told the same day: each compares events made so far
    for k in sorted(range(len(groups)), key=lambda k: (told[k] or date.max, keyed[k][1] == "week", k)):
        if told[k] is not None:
            attach(k, _hosts(k, keyed, told, of_day))
    merged: dict[int, list[Claim]] = {}
    for k, g in enumerate(groups):
        merged.setdefault(root(k), []).extend(g)
    return [merged[k] for k in sorted(merged)]


def _key(group: Sequence[Claim]) -> tuple[str, str, date | None, tuple[date, date] | None]:
    """(status, kind of date, its day if a day, its first and last day if a week)."""
    when = group[0].date
    assert when is not None
    kind = timex.kind(when.value)
    return (when.status, kind, _day(when.value) if kind == "day" else None,
            timex.covered(when.value) if kind == "week" else None)  # fmt: skip


def _hosts(k: int, keyed: Sequence[tuple], told: Sequence[date | None],
           of_day: Mapping[tuple[str, date], list[int]]) -> list[int]:  # fmt: skip
    """The groups ``k`` may recall, by its kind (module doc): looked up by day, so the cost follows
    the size of a day (a week: seven), not of the corpus."""
    status, kind, day, span = keyed[k]
    mine = told[k]
    assert mine is not None
    if kind == "day" and day is not None and (status == "announced" or mine > day):  # a recap: told after
        days = [day]
    elif kind == "week" and span is not None and status == "happened":
        days = [span[0] + timedelta(n) for n in range((span[1] - span[0]).days + 1)]
        days = [d for d in days if d < mine]
    else:
        return []
    hosts = [(h, t) for d in days for h in of_day.get((status, d), ()) if h != k and (t := told[h]) is not None]
    # an announcement joins one told before it; a recap, one told no later (a report of the day itself)
    return [h for h, t in hosts if (t < mine if status == "announced" else t <= mine)]


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _told(group: Sequence[Claim], statement: Mapping[str, Statement], published: Mapping[str, date]) -> date | None:
    """The earliest publication day among the articles reporting the group, if any is known."""
    days = [published[statement[s].article] for c in group for s in c.statements
            if s in statement and statement[s].article in published]  # fmt: skip
    return min(days, default=None)


def _vectors(groups: Sequence[Sequence[Claim]], statement: Mapping[str, Statement]) -> list[dict[str, float]]:
    """Each group's content words (its claims' body statements pooled), weighed by TF-IDF over the groups;
    not the calendar words of their dates ("on June 17", "on Tuesday"): the groups compared are of one
    day, and each says so, which tells nothing of which happening they report."""
    counts = []
    for g in groups:
        count: Counter = Counter()
        for c in g:
            for s in c.statements:
                st = statement.get(s)
                if st is not None and st.kind != "headline":
                    words = wording.content_words(undated(st.text, st))
                    count.update(w for w in words if w not in WEEKDAYS)
        counts.append(count)
    return wording.tfidf(counts)


def undated(text: str, st: Statement, at: int = 0) -> str:
    """``text``, the statement's from offset ``at`` on, without the calendar words of its date
    expressions ("June 17", "2025", "Tuesday"): every group of a day names them. The rest stays:
    "morning" or "evening" tells happenings of one day apart."""
    for m in sorted(st.dates, key=lambda m: -m.start):
        a, b = max(0, m.start - st.start - at), max(0, m.end - st.start - at)
        if a < b <= len(text):
            text = text[:a] + _CALENDAR.sub(" ", text[a:b]) + text[b:]
    return text


# ---------------------------------------------------------------- recall clauses


def link(events: Sequence[Event], stmts_by_article: Mapping[str, Sequence[Statement]],
         decided: Mapping[str, str | None] | None = None) -> list[Event]:  # fmt: skip
    """``events`` with ``recalls`` filled: each recall clause (``recalls``) of any statement, in the
    event of its time it shares most words with (``EventWords``). ``decided`` (``overrides.yml``
    ``recalls``): statement id -> the event id its clauses go to instead (the whole statement when
    none was found), or None: to none."""
    decided = decided or {}
    found = [(st, a, b, m) for sts in stmts_by_article.values() for st in sts if not st.hidden
             and st.id not in decided for a, b, m in recalls.clauses(st)]  # fmt: skip
    holds: dict[int, list[Recall]] = defaultdict(list)
    if found:
        words = EventWords(events, {st.id: st for sts in stmts_by_article.values() for st in sts})
        for st, a, b, m in found:
            at = _antecedent(st.text, a)
            k = words.best(words.of_time(m.value, happened=True), st, at, b)
            if k is not None:
                holds[k].append(Recall(st.id, st.start + a, st.start + b))
    for k, r in _decided(events, stmts_by_article, decided):
        holds[k].append(r)
    return [replace(e, recalls=tuple(sorted(holds[k], key=lambda r: (r.statement, r.start)))) if k in holds else e
            for k, e in enumerate(events)]  # fmt: skip


def _decided(events: Sequence[Event], stmts_by_article: Mapping[str, Sequence[Statement]],
             decided: Mapping[str, str | None]) -> list[tuple[int, Recall]]:  # fmt: skip
    """The editor's links: each clause of a statement to the event named (by its id or an id it had),
    the whole statement when no clause was found; a statement or event that is not there links nothing
    (``pipeline.unmatched_overrides`` warns of it)."""
    if not any(decided.values()):
        return []
    index = {old: k for k, e in enumerate(events) for old in e.former_ids}
    index.update({e.id: k for k, e in enumerate(events)})
    out = []
    for sts in stmts_by_article.values():
        for st in sts:
            k = index.get(decided.get(st.id) or "")
            if k is None or st.hidden:
                continue
            spans = [(a, b) for a, b, _ in recalls.clauses(st)] or [(0, len(st.text))]
            out += [(k, Recall(st.id, st.start + a, st.start + b, editor=True)) for a, b in spans]
    return out


class EventWords:
    """The events' words (their claims' statements pooled, recall clauses and calendar words left
    out), to tell which happening of a time a stretch of text tells of. Weighed by TF-IDF over the
    events compared, those of one time: what tells them apart, and an article about another time
    added changes nothing here."""

    def __init__(self, events: Sequence[Event], statement: Mapping[str, Statement]):
        self.events, self.statement = events, statement
        self.counts: dict[int, Counter] = {}  # pooled when first compared: most events never are
        self.happened = [e.status == "happened" for e in events]
        self.by_day: dict[date, list[int]] = defaultdict(list)  # events of day precision
        for k, e in enumerate(events):
            span = timex.covered(e.date)
            if span is not None and span[0] == span[1]:
                self.by_day[span[0]].append(k)
        self._weighed: dict[tuple[int, ...], tuple[dict[str, float], dict[int, dict[str, float]]]] = {}
        self._postings: dict[tuple[int, ...], dict[str, set[int]]] = {}

    @staticmethod
    def _pooled(e: Event, statement: Mapping[str, Statement]) -> Counter:
        count: Counter = Counter()
        for c in e.claims:
            for sid in c.statements:
                st = statement.get(sid)
                if st is not None and st.kind != "headline":
                    count.update(_content(recalls.own_text(st), st, 0))
        return count

    def of_time(self, value: str, happened: bool = False) -> list[int]:
        """The events of the days a time value covers (a day, a week, a month at most: ``recalls``);
        ``happened``: not those announced for then."""
        span = timex.covered(value)
        if span is None or (span[1] - span[0]).days > 31:
            return []
        return self.of_span(span[0], span[1], happened)

    def of_span(self, first: date, last: date, happened: bool = False) -> list[int]:
        """The events of day precision from day ``first`` to ``last``; ``happened``: not those announced."""
        days = (first + timedelta(n) for n in range((last - first).days + 1))
        return sorted({k for day in days for k in self.by_day.get(day, ()) if self.happened[k] or not happened})

    def best(self, candidates: Sequence[int], st: Statement, a: int = 0, b: int | None = None,
             among: Sequence[int] | None = None, least: float = 0.0) -> int | None:  # fmt: skip
        """Of ``candidates``, the event the statement's text from ``a`` to ``b`` shares most words with,
        when it shares any (a cosine of ``least`` at least) and is clearly the one (``MARGIN`` over the
        runner-up); words weighed among the events ``among`` (all of one time, the candidates by default)."""
        if not candidates:
            return None
        idf, vectors = self._weigh(tuple(among if among is not None else candidates))
        end = len(st.text) if b is None else b
        clause = wording.weigh(Counter(_content(st.text[a:end], st, a)), idf)
        ranked = sorted(((wording.cosine(clause, vectors[k]), -k) for k in candidates), reverse=True)
        best, k = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        return -k if best > 0 and best >= least and best >= MARGIN * runner_up else None

    def sharing(self, candidates: Sequence[int], st: Statement, among: Sequence[int]) -> list[int]:
        """Of ``candidates``, those sharing a content word with the statement (the others' cosine is 0,
        so ``best`` among these is ``best`` among all), looked up in the words of the events ``among``."""
        key = tuple(among)
        self._weigh(key)
        if key not in self._postings:
            self._postings[key] = post = defaultdict(set)
            for k in key:
                for w in self.counts[k]:
                    post[w].add(k)
        post = self._postings[key]
        found = set().union(*(post[w] for w in set(_content(st.text, st, 0)) if w in post))
        return [k for k in candidates if k in found]

    def forget(self, among: Sequence[int]) -> None:
        """Drop what was weighed among these events: a key used once (one article's month) need not stay."""
        self._weighed.pop(tuple(among), None)
        self._postings.pop(tuple(among), None)

    def shared(self, k: int, st: Statement) -> int:
        """How many distinct content words the statement shares with event ``k`` (compared already)."""
        return len(set(_content(st.text, st, 0)) & self.counts[k].keys())

    def _weigh(self, key: tuple[int, ...]) -> tuple[dict[str, float], dict[int, dict[str, float]]]:
        if key not in self._weighed:
            for k in key:
                if k not in self.counts:
                    self.counts[k] = self._pooled(self.events[k], self.statement)
            idf = wording.document_idf([self.counts[k] for k in key])
            self._weighed[key] = (idf, {k: wording.weigh(self.counts[k], idf) for k in key})
        return self._weighed[key]


def _antecedent(text: str, a: int) -> int:
    """Where the words a recall clause tells about begin: its clause's words before it ("the
    authority, which opened an investigation"; "after a wildfire that has burned since Monday")."""
    before = text[:a].rstrip(" ,")
    return max(before.rfind(c) for c in ",;:(") + 1


def _content(text: str, st: Statement, at: int) -> list[str]:
    """Content words of a stretch of the statement starting at ``at``, not the calendar words of its dates."""
    return [w for w in wording.content_words(undated(text, st, at)) if w not in WEEKDAYS]
