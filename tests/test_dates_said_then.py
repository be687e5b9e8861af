"""A saying "at the time" is dated by the time its paragraph named last (dates/event.py, ``_said_then``).

Fixture: a fictional island ferry town's paper (tests/fixtures/said-then), published on Thursday
14 May 2026: a council that called a hearing on Monday, its chair quoted over two sentences and
"said at the time"; a company whose first count "reflected what it could confirm at the time" (no
saying then); a deckhand who "said at the time of the first cancellations" (a time of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Statement
from generator.pipeline import build_timeline

FERRY = Path(__file__).parent / "fixtures" / "said-then"


@pytest.fixture(scope="module")
def timeline():
    return build_timeline(FERRY)


@pytest.fixture(scope="module")
def said(timeline) -> dict[str, Statement]:
    return {s.text: s for s in timeline.statements["sp-0514-ferry-chief"]}


def _day(said: dict[str, Statement], opening: str) -> str | None:
    st = next(s for text, s in said.items() if text.startswith(opening))
    return st.event_date.value if st.event_date else None


def test_a_saying_at_the_time_is_of_the_time_its_paragraph_named(said):
    assert _day(said, "When it called the hearing on Monday") == "2026-05-11"
    assert _day(said, "They deserve to hear") == "2026-05-11"  # '..., the chair said at the time'
    st = next(s for text, s in said.items() if text.startswith("They deserve to hear"))
    assert st.event_date is not None and 'at the time' in st.event_date.how


def test_the_quotation_it_closes_is_of_that_time_too(said):
    assert _day(said, '"Islanders pay for these crossings') == "2026-05-11"


def test_at_the_time_without_a_saying_keeps_the_story_day(said):
    # the count reflected what could be confirmed then; the company says so now
    assert _day(said, "It now says its first count") == "2026-05-13"


def test_at_the_time_of_something_is_not_the_time_named_before(said):
    assert _day(said, '"The timetable was never realistic') == "2026-05-13"


def test_the_council_and_its_chair_are_one_event_of_the_monday(timeline):
    monday = [e for e in timeline.events if e.date == "2026-05-11"]
    assert len(monday) == 1
    texts = " ".join(c.text for c in monday[0].claims)
    assert "called the hearing" in texts and "deserve to hear" in texts and "Islanders pay" in texts


@pytest.mark.parametrize(("text", "then"), [
    ('"It is over," she said at the time.', True),
    ("The mayor told reporters at the time that the road was safe.", True),
    ("At the time, the agency confirmed at the time only two cases.", True),
    ("The count reflected what it could confirm at the time.", False),
    ("He said at the time of the vote that he would abstain.", False),
    ("The insurer said it was not sure at the time.", False),
])
def test_what_counts_as_a_saying_at_the_time(text: str, then: bool) -> None:
    from generator.stages.dates import event

    assert bool(event._SAID_THEN.search(text)) is then
