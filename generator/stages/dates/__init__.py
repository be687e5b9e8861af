"""Date stage: every date expression of an article resolved, and each statement's event date.

``grammar.find_dates`` does the finding and resolving on plain text (the benchmark calls it
directly); ``resolve`` runs it over an article's statements in order, so that "the next day"
counts from the date the article named last, then decides what each statement's main clause
is about (``event.py``), a quotation of several sentences on one day (``quotations.py``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from generator.model import Article, Overrides, Statement, replaced
from generator.stages.dates import recalled
from generator.stages.dates.event import event_dates
from generator.stages.dates.grammar import Narrative, find_dates
from generator.stages.dates.quotations import one_day
from generator.text.timex import VALUE_RE

__all__ = ["VALUE_RE", "find_dates", "local_anchor", "resolve"]


def local_anchor(article: Article) -> datetime | None:
    """The publication datetime in the article's own time zone.

    ``published`` is always aware, but a loader may have normalised it to UTC; the editor's
    ``published_text`` keeps the offset the outlet wrote, and "last night" depends on it.
    """
    when = article.published
    if when is None:
        return None
    text = article.published_text
    if text:
        try:
            written = datetime.fromisoformat(text.strip())
        except ValueError:
            written = None
        if written is not None and written.tzinfo is not None and written == when:
            return written
    return when


def resolve(article: Article, statements: tuple[Statement, ...], overrides: Overrides) -> tuple[Statement, ...]:
    """The statements with ``dates`` and ``event_date`` filled (see the model's docstrings).

    An article whose ``published`` is None gets its absolute dates only; the pipeline runs
    this again once it has inferred the date.
    """
    anchor = local_anchor(article)
    story = Narrative()
    with_dates: list[Statement] = []
    for st in statements:
        in_body = article.body[st.start:st.end] == st.text and st.end > st.start
        # page furniture must not become "the date last named" for the story
        narrative = Narrative() if st.kind == "boilerplate" else story
        mentions = find_dates(
            st.text, anchor, article.published_has_time, narrative=narrative, offset=st.start,
            inferred=article.published_inferred,
        )
        if not in_body:
            # a headline from the front-matter title is not in the body: keep its text,
            # point at the statement's own (empty) span
            mentions = [replace(m, start=st.start, end=st.start) for m in mentions]
        with_dates.append(replaced(st, dates=tuple(mentions)))
    # a quotation's opening sentences are said on the day its attribution names (``quotations``)
    dated = one_day(event_dates(tuple(with_dates), overrides, anchor, inferred=article.published_inferred))
    # days counted from a day the sentence names ("four days after police closed it"): named, never its date
    return recalled.add(dated, article.body, anchor.date() if anchor is not None else None)
