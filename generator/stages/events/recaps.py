"""Recaps: a happening told again days later joins the event that first told it.

``happenings`` groups the claims an article reports together. An article published days after
a happening that recalls it ("the strike, which began on Monday"; "the insurer first detected the
intrusion a week ago") tells it apart from the reports of the day, often in words of its own,
so its claims of that day would stand as an event of their own beside the event they recall.
Such a *recap* (a group of claims of one day, every report of it published after that day)
joins the event of that day and status that was told before it and is most alike in words
(pooled TF-IDF cosine), when that likeness reaches ``MIN_COSINE`` and beats the runner-up of
that day by ``MARGIN``: a day of several happenings gives a recap to the one it recalls, and
news told for the first time days later (nothing alike that day) stays an event of its own.

Only day dates: a week or a month holds several days' happenings. The event told first keeps
its founding statement, so its id does not change when a recapping article is added.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date

from generator.model import Claim, Statement
from generator.text import wording
from generator.text.calendar_words import WEEKDAYS

# Measured with benchmarks.happenings and benchmarks.keyevents over a grid 0, 0.03, 0.05, 0.1, 0.15:
# key events did not move (2+ docs 0.367 -> 0.408 at every point) and the dev corpora by one pair
# under 0.05 (a share fall told in other words, 0.044); on MEANTIME the joins under 0.1 read mixed
# (a central bank's announcement to a day of world markets), so the stricter end of the flat range.
MIN_COSINE = 0.1
# A recap as alike to two happenings of its day says nothing of which it recalls: the best must
# be half again the runner-up (tests/fixtures/multiday's recap: 0.21 against 0.12 for another
# outlet's report of the same walkout; no dev corpus day has two candidates).
MARGIN = 1.5


def join(groups: list[list[Claim]], statement: Mapping[str, Statement],
         published: Mapping[str, date]) -> list[list[Claim]]:  # fmt: skip
    """``groups`` (claims of one date and status each) with every recap joined to its event."""
    told = [_told(g, statement, published) for g in groups]
    vectors = _vectors(groups, statement)
    by_day: dict[tuple[str, str], list[int]] = defaultdict(list)
    for k, g in enumerate(groups):
        assert g[0].date is not None
        by_day[(g[0].date.value, g[0].date.status)].append(k)
    parent = list(range(len(groups)))

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    for key in sorted(by_day):
        members = by_day[key]
        day = _day(key[0], groups[members[0]][0])
        if day is None or len(members) < 2:
            continue
        for k in sorted(members, key=lambda k: (told[k] or date.max, k)):
            if told[k] is None or told[k] <= day:
                continue  # reported on its day (or not known when): news of the day, not a recap
            hosts = sorted(((wording.cosine(vectors[k], vectors[h]), h) for h in members
                            if h != k and told[h] is not None and told[h] <= told[k]), reverse=True)  # fmt: skip
            if not hosts:
                continue
            best, host = hosts[0]
            runner_up = hosts[1][0] if len(hosts) > 1 else 0.0
            if best >= MIN_COSINE and best >= MARGIN * runner_up:
                parent[root(k)] = root(host)
    merged: dict[int, list[Claim]] = {}
    for k, g in enumerate(groups):
        merged.setdefault(root(k), []).extend(g)
    return [merged[k] for k in sorted(merged)]


def _day(value: str, claim: Claim) -> date | None:
    if claim.date is None or claim.date.precision != "day":
        return None
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
    not the weekdays: the groups compared are of one day, and "on Tuesday" says so in each."""
    counts = []
    for g in groups:
        count: Counter = Counter()
        for c in g:
            for s in c.statements:
                st = statement.get(s)
                if st is not None and st.kind != "headline":
                    count.update(w for w in wording.content_words(st.text) if w not in WEEKDAYS)
        counts.append(count)
    return wording.tfidf(counts)
