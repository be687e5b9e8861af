"""Days a statement counts from a day it names ("four days after a landslide closed it") are days it
names, never its date (dates/recalled.py).

Fixture: a fictional coastal town's paper (tests/fixtures/recalled-days), published on Friday
4 June 2027: a road reopened on Friday four days after a landslide; a vote that "comes a day after"
a resignation (told in the present, no day of its own); tickets on sale on June 8, two days before a
festival; a phrase opening its sentence ("A day before the vote, ..."), and a vague span ("less than
a week after")."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Statement
from generator.pipeline import build_timeline
from generator.stages.dates import recalled

COVE = Path(__file__).parent / "fixtures" / "recalled-days"


@pytest.fixture(scope="module")
def said() -> dict[str, Statement]:
    t = build_timeline(COVE)
    return {s.text: s for s in t.statements["ch-0604-coast-road"]}


def _st(said: dict[str, Statement], opening: str) -> Statement:
    return next(s for text, s in said.items() if text.startswith(opening))


def _recalled(st: Statement) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in st.dates if "counted from" in m.anchor and m.text.endswith(("after", "before"))]


def test_a_day_counted_back_from_the_day_named_before_it(said):
    st = _st(said, "The Wrenmouth coast road reopened")
    assert _recalled(st) == [("four days after", "2027-05-31")]
    assert st.event_date is not None and st.event_date.value == "2027-06-04"  # still the reopening's day


def test_a_day_counted_from_the_report_when_told_in_the_present(said):
    assert _recalled(_st(said, "The council's vote")) == [("a day after", "2027-06-03")]


def test_a_day_counted_on_is_to_come(said):
    st = _st(said, "Tickets for the sea festival")
    assert _recalled(st) == [("two days before", "2027-06-10")]
    assert next(m for m in st.dates if m.text == "two days before").future


def test_a_phrase_opening_the_sentence_or_a_vague_span_names_no_day(said):
    assert _recalled(_st(said, "A day before the vote")) == []
    assert _recalled(_st(said, "Buses returned")) == []


def test_the_recalled_day_is_set_aside_from_the_claims_date(said):
    from generator.stages.dates import event

    st = _st(said, "The Wrenmouth coast road reopened")
    m = next(m for m in st.dates if m.text == "four days after")
    assert event.set_aside(st, m)


def test_the_timeline_has_no_event_on_a_recalled_day():
    t = build_timeline(COVE)
    assert "2027-05-31" not in {e.date for e in t.events}


@pytest.mark.parametrize(("text", "found"), [
    ("The road reopened on Friday, four days after a landslide closed it.", ["four days after"]),
    ("The vote comes just two weeks before the election.", ["just two weeks before"]),
    ("Five days after it broke out, the fire was contained.", []),
    ("It reopened days after the slide.", []),
])
def test_what_counts_as_a_recall_phrase(text: str, found: list[str]) -> None:
    assert [m["phrase"] for m in recalled.RECALL.finditer(text)] == found
