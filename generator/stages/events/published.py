"""Publication days for articles without one, borrowed from the dated articles they share claims with."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from generator.model import Article, Claim, Statement
from generator.text.calendar_words import WEEKDAYS as _WEEKDAYS

_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_TODAY = re.compile(r"\b(?:today|today's|this morning|this afternoon|this evening|tonight)\b", re.IGNORECASE)


def infer_published(
    articles: Sequence[Article], stmts_by_article: Mapping[str, Sequence[Statement]], claims: Sequence[Claim]
) -> dict[str, Article]:
    """Publication days for articles without one, borrowed from the dated articles they share claims with.

    Each claim an undated article shares with dated ones votes for the publication day of
    each dated article in it. A day is kept only if it agrees with what the undated
    article says itself: a weekday it names ("on Wednesday") must fall, counted back from
    that day, on the claim's event date, and "today" must be that date.
    """
    by_id = {a.id: a for a in articles}
    article_of = {st.id: aid for aid, sts in stmts_by_article.items() for st in sts}
    text_of = {st.id: st.text for sts in stmts_by_article.values() for st in sts}
    undated = {a.id for a in articles if a.published is None}
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        for aid in sorted({article_of.get(s) for s in claim.statements} & undated):
            claims_of[aid].append(claim)
    out: dict[str, Article] = {}
    for article in sorted(articles, key=lambda a: a.path):
        if article.published is not None:
            continue
        votes: Counter = Counter()
        checks: list[tuple[str, date]] = []  # (own statement text, the claim's event day)
        for claim in claims_of.get(article.id, ()):
            mine = [s for s in claim.statements if article_of.get(s) == article.id]
            partners = {article_of[s] for s in claim.statements if article_of.get(s) in by_id}
            dated = sorted(p for p in partners if by_id[p].published is not None)
            if not dated:
                continue
            for p in dated:
                votes[by_id[p].published.date()] += 1
            if claim.date and claim.date.precision == "day":
                try:
                    day = date.fromisoformat(claim.date.value)
                except ValueError:
                    continue
                checks.extend((text_of[s], day) for s in mine)
        consistent = [d for d in votes if all(_agrees(text, day, d) for text, day in checks)]
        if not consistent:
            continue
        best = max(consistent, key=lambda d: (votes[d], -d.toordinal()))
        out[article.id] = replace(
            article,
            published=datetime(best.year, best.month, best.day, tzinfo=UTC),
            published_text=best.isoformat(),
            published_has_time=False,
            published_inferred=True,
        )
    return out


def _agrees(text: str, event_day: date, published: date) -> bool:
    """Whether a statement's own time words fit an event on ``event_day`` reported on ``published``."""
    if event_day > published:
        return False
    for m in _WEEKDAY.finditer(text):
        back = (published.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
        if published - timedelta(days=back) != event_day:
            return False
    return not (_TODAY.search(text) and event_day != published)
