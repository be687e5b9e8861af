"""Days a statement recalls by counting from a day it names: "reopened this morning, four days after
police closed it", "GM's move comes a day after Chrysler released a list", "available on June 17,
two days before the phone launches".

News dates one thing and measures another from it: the phrase follows the day it counts from (a
comma or "comes"/"came" before it: the main clause is told first), so that day is the one the
sentence named last before the phrase, else the statement's own event day. The counted day is a
``DateMention`` of the statement, added after its event date is decided: it is never the
statement's date (``event.set_aside`` holds the phrase to its clause: "of something else"), but it
names a day other reports tell, which ``salience`` counts. A phrase opening the sentence ("A day
before the announcement, GM said ...") counts from the thing it names, which only the reader
knows, and is left alone; so are vague spans ("less than a week after", "days after").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from generator.model import DateMention, Statement, replaced
from generator.stages.dates.context import count_word
from generator.text import timex

RECALL = re.compile(
    r"(?:,[^\S\n]*|\b(?:comes?|came|coming)[^\S\n]+)(?P<phrase>(?:(?:just|only|some|about|nearly|almost|exactly)"
    r"[^\S\n]+)?(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[^\S\n]+(?P<u>day|week)s?"
    r"[^\S\n]+(?P<dir>after|before))\b",
    re.IGNORECASE,
)


def add(statements: tuple[Statement, ...], body: str, today: date | None) -> tuple[Statement, ...]:
    """``statements`` with the days their recall phrases count to added to their ``dates`` (``body``:
    the article's text, which a statement's offsets index; ``today``: the publication day)."""
    return tuple(_with_recalls(st, today) if st.kind in _TOLD and _cue(st.text) and body[st.start:st.end] == st.text
                 else st for st in statements)  # fmt: skip


_TOLD = frozenset({"claim", "quote", "context"})  # article text: not a headline (maybe not in the body) nor furniture


def spans(text: str) -> list[tuple[int, int]]:
    """Each recall phrase to the end of its clause: what it tells is of another day than the statement's."""
    out = []
    for m in RECALL.finditer(text):
        end = min((k for k in (text.find(c, m.end()) for c in ",;") if k >= 0), default=len(text))
        out.append((m.start("phrase"), end))
    return out


def _cue(text: str) -> bool:
    return " after" in text or " before" in text


def _with_recalls(st: Statement, today: date | None) -> Statement:
    found = []
    for m in RECALL.finditer(st.text):
        base, what = _counted_from(st, m.start(), today if _present(m) else None)
        n = count_word(m["n"])
        if base is None or n is None:
            continue
        step = timedelta(days=n * (7 if m["u"].lower() == "week" else 1))
        day = base - step if m["dir"].lower() == "after" else base + step
        a = st.start + m.start("phrase")
        if any(d.start < a + len(m["phrase"]) and a < d.end for d in st.dates):
            continue  # a date expression of its own already
        found.append(DateMention(m["phrase"], a, a + len(m["phrase"]), timex.day(day), "day",
                                 f'"{m["phrase"]}" counted from {what} ({base.isoformat()})',
                                 future=today is not None and day > today))
    if not found:
        return st
    return replaced(st, dates=tuple(sorted((*st.dates, *found), key=lambda d: (d.start, d.end))))


def _present(m: re.Match) -> bool:
    """"X comes a day after Y": told in the present, X is the news of the day of the report."""
    return m.group(0).lower().startswith(("comes", "coming"))


def _counted_from(st: Statement, at: int, now: date | None) -> tuple[date | None, str]:
    """The day a phrase at ``at`` counts from: the last day the sentence names before it, else the
    statement's event day, else (``now``, a phrase in the present) the day of the report."""
    before = [d for d in st.dates if d.precision == "day" and d.end - st.start <= at]
    if before:
        last = max(before, key=lambda d: d.end)
        return _day(last.value), f'"{last.text}", named before it'
    ev = st.event_date
    if ev is not None and ev.precision == "day":
        return _day(ev.value), "the statement's own day"
    if now is not None:
        return now, "the day of the report, told in the present"
    return None, ""


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
