"""Recalls: a clause that tells again a happening of an earlier time links its statement to that event.

"The authority, which opened an investigation last week, said it had been told of the revised
figure" is one statement: one unbroken stretch of text with one claim, what its main clause tells,
dated by it (``dates.event.set_aside`` keeps the clause's day from the claim). The relative clause
cannot stand alone as a claim, yet it tells again another happening, so its statement reports two:
grouped by all its words, the claim bridges the two happenings or splits the one it recalls. A
*recall* is such a clause: a relative clause (``dates.event.relative_clauses``, or an apposition to
a name with a participle, ``dates.appositions``: "Dan Marek, the firefighter killed last week, will be
buried"), or a day counted
back (", four days after police closed it", ``dates.recalled``) holding a date expression of a day,
week or month other than its statement's own date and not ahead of it, and telling nothing ahead
("which is expected in late May" is an expectation, not a recall). So:

- its words are no part of its claim's likeness when claims are grouped (``own_text``);
- it is linked to the event of its time most alike to its words (``recaps.link``: by the rule a
  recap told in a claim of its own joins its event) and kept in ``Event.recalls``: where the
  happening was told again, which ``salience`` counts as an article naming it.

A clause after ", and" or ", but" with a subject of its own ("and families who lost their homes can
apply from September 1") is a second main clause, not a recall; a relative clause with no comma to
close it ends at its date when a verb follows ("a wildfire that has burned since Monday killed a
firefighter": the killing is the sentence's own).
"""

from __future__ import annotations

import re
from datetime import date

from generator.model import DateMention, Statement
from generator.stages.dates import appositions, recalled
from generator.stages.dates.event import offset_in, relative_clauses
from generator.stages.dates.tense import markers
from generator.text import timex

_KINDS = frozenset({"day", "week", "month"})  # a year or longer holds too many happenings to tell which
_COORDINATED = re.compile(r"\b(?:and|but|or|while|whereas)\b", re.IGNORECASE)
_WH = re.compile(r"\b(?:which|who|whom|whose|where|that)\b", re.IGNORECASE)
_TOLD = frozenset({"claim", "quote", "context"})  # article text, not a headline or furniture


def clauses(st: Statement) -> list[tuple[int, int, DateMention]]:
    """The statement's recall clauses: (start, end) in its text and the date expression they recall."""
    if st.kind not in _TOLD or not st.dates:
        return []
    own = st.event_date.value if st.event_date is not None else None
    ahead = timex.covered(own)[1] if own and timex.covered(own) else None
    out = []
    for a, b in _spans(st.text):
        inside = [m for m in st.dates if a <= offset_in(st, m) < b and not m.future and m.value != own
                  and timex.kind(m.value) in _KINDS and _not_after(m.value, ahead)]  # fmt: skip
        if not inside or any(tense == "future" for _, tense in markers(st.text[a:b])):
            continue  # "which is expected in late May", "that it might run out by March": no recall
        m = inside[-1]
        end = offset_in(st, m) + len(m.text)
        b = _closed(st.text, end, b)
        out.append((a, len(st.text[:b].rstrip()), m))
    return out


def _spans(text: str) -> list[tuple[int, int]]:
    spans = [(a, b) for a, b in relative_clauses(text) if not _coordinated(text, a, b)]
    spans += [(a, b) for a, b in appositions.spans(text) if not any(x <= a < y for x, y in spans)]
    if " after" in text or " before" in text:
        spans += recalled.spans(text)
    return sorted(set(spans))


def _coordinated(text: str, a: int, b: int) -> bool:
    """A clause after ", and" with a subject ("and families who lost their homes can apply"): a main clause."""
    wh = _WH.search(text, a, b)
    return wh is not None and _COORDINATED.search(text, a, wh.start()) is not None


def _closed(text: str, date_end: int, end: int) -> int:
    """Where a relative clause ends: at its date when a verb follows it at once, else ``end``."""
    nxt = re.match(r"\s+(?=\w)", text[date_end:end])
    if nxt is None:
        return end
    at = date_end + nxt.end()
    return date_end if any(pos == at for pos, _ in markers(text)) else end


def _not_after(value: str, ahead: date | None) -> bool:
    span = timex.covered(value)
    return span is not None and (ahead is None or span[0] <= ahead)


def own_text(st: Statement) -> str:
    """The statement's text with its recall clauses blanked: what its claim tells, for grouping."""
    text = st.text
    for a, b, _ in clauses(st):
        text = text[:a] + " " * (b - a) + text[b:]
    return text
