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
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta

from generator.model import Claim, Statement
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
                    count.update(w for w in wording.content_words(_undated(st)) if w not in WEEKDAYS)
        counts.append(count)
    return wording.tfidf(counts)


def _undated(st: Statement) -> str:
    """The statement's text without the calendar words of its date expressions ("June 17", "2025",
    "Tuesday"): every group of a day names them. The rest stays: "morning" or "evening" tells
    happenings of one day apart."""
    text = st.text
    for m in sorted(st.dates, key=lambda m: -m.start):
        a, b = max(0, m.start - st.start), max(0, m.end - st.start)
        if a < b <= len(text):
            text = text[:a] + _CALENDAR.sub(" ", text[a:b]) + text[b:]
    return text
