"""Find date expressions in English news text and resolve each to a TIMEX3 value.

One compiled regular expression proposes candidates (every alternative is a whole
expression: "July 1, 2020", "last week", "on Wednesday", "the 1990s", "in recent years"), so
ordinary words never become dates by themselves: "We", "the 37th", "at the 6th", "may",
"march on", "Sun" and "second" match nothing. Each candidate is then parsed by the small
pattern of its kind and resolved against

* the anchor: the publication datetime, in the article's own time zone;
* the tense of its clause (``tense.py``), for weekdays, months, seasons and quarters that do
  not name their year;
* the narrative: the date the article named last, for "the next day", "that week",
  "two days later".

dateparser parses the numeric forms ("7/8/07", "08.07.2020") whose field order is its
business; everything with a month name is parsed here, because the precision a reader sees
("May 2010" is a month, not 2010-05-22) must come from the expression itself.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import datetime

from generator.model import DateMention
from generator.stages.dates import absolute, relative
from generator.stages.dates.context import Anchor, Found, Narrative, story_day
from generator.stages.dates.patterns import PARSERS, SENTENCE_END, scan
from generator.text import timex

__all__ = ["Anchor", "Narrative", "find_dates"]
_story_day = story_day  # the name tests and the benchmark know

# ---------------------------------------------------------------- public


def find_dates(
    text: str,
    anchor: datetime | None,
    has_time: bool = True,
    narrative: Narrative | None = None,
    offset: int = 0,
    inferred: bool = False,
) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``anchor`` (publication datetime).

    With ``anchor=None`` only absolute dates (with their year) are returned. ``narrative``
    carries the last named date across calls (one call per statement of an article);
    ``offset`` is added to the mention offsets (the statement's start in the body).
    ``inferred``: the anchor is a publication date inferred by the pipeline, and each value
    resting on it says so.
    """
    ctx = Anchor(anchor, has_time, inferred)
    story = narrative if narrative is not None else Narrative()
    sentences = _sentence_spans(text)
    sentence_starts = [s for s, _ in sentences]
    sentence_text: dict[int, str] = {}  # one string per sentence: the tense reader keeps it
    out: list[DateMention] = []
    for m in scan(text):
        kind = m.lastgroup
        assert kind is not None
        start, end = m.span()
        s_start, s_end = sentences[max(bisect_right(sentence_starts, start) - 1, 0)]
        if s_start not in sentence_text:
            sentence_text[s_start] = text[s_start:s_end]
        sentence = sentence_text[s_start]
        found = _resolve(kind, m.group(0), text, start, end, sentence, start - s_start, ctx, story)
        if found is None:
            continue
        start += found.trim
        if found.value not in timex.VAGUE:
            story.note(found.value, text[start:end])
        out.append(
            DateMention(
                text=text[start:end],
                start=start + offset,
                end=end + offset,
                value=found.value,
                precision=found.precision,
                anchor=found.how,
                future=timex.is_future(found.value, ctx.today),
            )
        )
    return out


# ---------------------------------------------------------------- resolution


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _resolve(kind: str, s: str, text: str, start: int, end: int, sentence: str, rel: int,
             ctx: Anchor, story: Narrative) -> Found | None:
    g = PARSERS[kind].fullmatch(s)
    if g is None:  # the scanner's \b made a match the parser does not (cannot happen)
        return None
    handler = _HANDLERS[kind]
    try:
        found = handler(g, s, text, start, end, sentence, rel, ctx, story)
    except (OverflowError, ValueError):
        return None  # "yesterday" published on 0001-01-01: before the calendar begins
    if found is not None and found.relative and ctx.today is None:
        return None
    if found is not None and not timex.in_calendar(found.value):
        return None  # "next year" published in 9999: no year 10000 to name
    return found


_HANDLERS = {
    "iso": absolute.iso,
    "mdy": absolute.month_day,
    "dmy": absolute.month_day,
    "my": absolute.month_year,
    "short_year": absolute.short_year,
    "same_period": relative.same_period,
    "the_day": relative.the_day,
    "the_year": relative.the_year,
    "numeric": absolute.numeric,
    "century": absolute.century,
    "decade": absolute.decade,
    "quarter": absolute.quarter,
    "season": absolute.season,
    "ago": relative.ago,
    "narrative": relative.narrative,
    "relday": relative.relday,
    "relunit": relative.relunit,
    "weekend": relative.weekend,
    "weekday": relative.weekday,
    "year": absolute.year,
    "bare_month": absolute.bare_month,
    "past_ref": relative.vague("PAST_REF"),
    "present_ref": relative.vague("PRESENT_REF"),
    "future_ref": relative.vague("FUTURE_REF"),
}
