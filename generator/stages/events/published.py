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
    each dated article in it; a claim the undated article tells as of "today" ("reopened this
    morning") proposes its own event day too. A day is kept only if no weekday or "today" the
    undated article names contradicts it (a weekday it names ("on Wednesday") must fall,
    counted back from that day, on the claim's event date, and "today" must be that date);
    of those, the one fewest claims dated after it contradict, then the most voted.
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
        best = _best_day(*_evidence(article.id, claims_of.get(article.id, ()), by_id, article_of, text_of))
        if best is None:
            continue
        out[article.id] = replace(
            article,
            published=datetime(best.year, best.month, best.day, tzinfo=UTC),
            published_text=best.isoformat(),
            published_has_time=False,
            published_inferred=True,
        )
    return out


def _evidence(aid: str, shared: Sequence[Claim], by_id: Mapping[str, Article], article_of: Mapping[str, str],
              text_of: Mapping[str, str]) -> tuple[Counter, list[tuple[str, date]]]:
    """The days an undated article's shared claims vote for, and (its own statement, the claim's
    event day) pairs to check a day against."""
    votes: Counter = Counter()
    checks: list[tuple[str, date]] = []
    for claim in shared:
        mine = [s for s in claim.statements if article_of.get(s) == aid]
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
            if any(_TODAY.search(text_of[s]) for s in mine):
                votes.setdefault(day, 0)  # told as of today: its event day is a candidate
    return votes, checks


def _best_day(votes: Counter, checks: list[tuple[str, date]]) -> date | None:
    """The candidate no weekday or "today" of the article contradicts, fewest claims dated after
    it next, most votes then, the earliest on a tie; None if every candidate is contradicted."""
    ranked = []
    for d in votes:
        against = [_told(text) for text, day in checks if not _agrees(text, day, d)]  # True: told in own words
        if not any(against):
            ranked.append((len(against), -votes[d], d.toordinal(), d))
    return min(ranked)[3] if ranked else None


def _told(text: str) -> bool:
    """The statement names a weekday or "today" of its own."""
    return bool(_WEEKDAY.search(text) or _TODAY.search(text))


def _agrees(text: str, event_day: date, published: date) -> bool:
    """Whether a statement's own time words fit an event on ``event_day`` reported on ``published``."""
    if event_day > published:
        return False
    for m in _WEEKDAY.finditer(text):
        back = (published.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7
        if published - timedelta(days=back) != event_day:
            return False
    return not (_TODAY.search(text) and event_day != published)
