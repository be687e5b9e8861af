"""The date of each claim, from every outlet that reports it.

The date stage dates a statement by its own words when they name a day for its event ("fell
18% on Tuesday"), else by a day named in its reporting frame ("had said on March 4 that ...")
or by its article's narrative date. Once claims are matched, each of a claim's statements
votes for the past days it gives (``_days``): a day its own words name for the event counts
``TOLD``, one named in a frame ``NAMED``, an inherited one ``INHERITED``; a day that opens a
stretch of time ("since Monday") is no day of it, nor is one inside a quote (what was said)
or an aside (``dates.event.set_aside``). A day after the claim's earliest report cannot be when
it happened, unless several statements name that later day in their own words and outweigh all
the earlier report gives (then that report is of something else, joined to the claim). A claim
mostly told as to come keeps its announced date.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

from generator.model import EventDate, Statement
from generator.stages.dates import event

# Set on the dev corpora's event-date figure (score_gold.py), not fitted: few articles to fit on
TOLD = 2.0  # weight of a date the statement's own words name for its event ("fell 18% on Tuesday")
NAMED = 1.0  # ... of a day it names in a reporting frame ("had said on March 4 that ...")
INHERITED = 0.5  # ... of a date it inherits from its article's narrative
LATER_TOLD = 2  # statements that must name one day after a claim's earliest report to outvote it


def _told(st: Statement) -> bool:
    ed = st.event_date
    return ed is not None and (ed.mention is not None or ed.editor)


def _days(st: Statement) -> list[tuple[str, float]]:
    """The past days a statement gives for what it reports, with how much each tells."""
    ed = st.event_date
    found = []
    if ed is not None and ed.precision == "day" and ed.status == "happened":
        found.append((ed.value, TOLD if _told(st) else INHERITED))
    found += [(m.value, NAMED) for m in st.dates if m.precision == "day" and not m.future
              and (ed is None or m.value != ed.value) and not _spans(st, m) and not event.set_aside(st, m)]  # fmt: skip
    return found


_SPAN = re.compile(r"\b(?:since|until|till|through|throughout|from)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _spans(st: Statement, m) -> bool:
    """Whether a date mention opens or closes a stretch of time ("since Monday"): not a day of it."""
    at = event.offset_in(st, m)
    return _SPAN.search(st.text[max(0, at - 30):at]) is not None


def _ordinal(value: str) -> int:
    try:
        return date.fromisoformat(value).toordinal()
    except ValueError:
        return -1


def claim_date(members: Sequence[Statement], first_report: int | None = None) -> EventDate | None:
    """The date of a claim (``members`` in corpus order, its representative first; see the module doc).

    The past days its statements give vote (``_days``); a day after ``first_report`` (the day
    of its earliest report, an ordinal) cannot be the day it happened, unless ``LATER_TOLD``
    statements tell it in their own words and outweigh the rest. Without such a day, the
    date most of its statements give (an announced one, a week, a year), the first's on a tie.
    A date an editor set on a statement of it (``overrides.yml``) is the claim's, unweighed.
    """
    sts = list(members)
    decided = next((st.event_date for st in sts if st.event_date is not None and st.event_date.editor), None)
    if decided is not None:
        return decided  # an editor's date wins, whatever its precision ("2025-W09", a season)
    ahead = sum(1 for st in sts if st.event_date is not None and st.event_date.status == "announced")
    if 2 * ahead > sum(1 for st in sts if st.event_date is not None):
        return _most(sts)  # mostly told as to come: the announced event
    votes: dict[str, float] = defaultdict(float)
    later: dict[str, list[float]] = defaultdict(list)  # days after the earliest report, told in own words
    rank: dict[str, int] = {}  # where the first statement giving a day stands: the representative's wins a tie
    for k, st in enumerate(sts):
        for value, weight in _days(st):
            rank.setdefault(value, k)
            if first_report is None or _ordinal(value) <= first_report:
                votes[value] += weight
            elif weight == TOLD:
                later[value].append(weight)
    told_later = {v: sum(ws) for v, ws in later.items() if len(ws) >= LATER_TOLD}
    if told_later and max(told_later.values()) > sum(votes.values()):
        # statements that each name a later day outweigh all the earlier report gives: that report
        # is of something else (a lead joined to the claim), not when this happened
        votes = defaultdict(float, told_later)
    if votes:
        best = min(votes, key=lambda v: (-votes[v], rank[v], v))
        return _event_date(sts, best)
    return _most(sts)


def _most(sts: Sequence[Statement]) -> EventDate | None:
    """The event date most statements give, the first's on a tie."""
    dated = [st.event_date for st in sts if st.event_date is not None]
    if not dated:
        return None
    count = Counter(ed.value for ed in dated)
    top = max(count.values())
    return next(ed for ed in dated if count[ed.value] == top)


def _event_date(sts: Sequence[Statement], value: str) -> EventDate:
    """The event date of the first statement dated ``value``, else one made from a day it names."""
    for st in sts:
        if st.event_date is not None and st.event_date.value == value:
            return st.event_date
    m = next(m for st in sts for m in st.dates if m.value == value and m.precision == "day")
    return EventDate(value=value, precision="day", how=f'"{m.text}", the day a report of it names ({m.anchor})',
                     mention=m)
