"""A month name is a whole word, and a clock time's minutes are no day of the month: "14:10 Mayor
Petra Ossendrup says ..." holds no 10 May, "The 12 Marketing staff" no 12 March (a new user's
live blog read them as dates and made an event in May of them). Fixtures: made-up text."""

from __future__ import annotations

import pytest

from generator.stages.dates import patterns


def _found(text: str) -> list[str]:
    return [m.group(0) for m in patterns.scan(text)]


@pytest.mark.parametrize("text", [
    "14:10 Mayor Petra Ossendrup says everyone will be housed at the sports hall.",
    "The 12 Marketing staff were sent home.",
    "All 3 Junior doctors at the clinic walked out.",
    "The 5 Augustinian friars of the abbey stayed.",
    "Gate 4 Decks were closed to visitors.",
])
def test_a_word_that_begins_like_a_month_is_no_month(text):
    assert _found(text) == []


@pytest.mark.parametrize(("text", "date"), [
    ("The barrier was closed on 10 May.", "10 May"),
    ("It reopened on 12 Mar. 2024 at noon.", "12 Mar. 2024"),
    ("By 4 Sept the quay was dry.", "4 Sept"),
    ("On MAY 5 the vote was held.", "MAY 5"),
    ("Updated 14:10, 10 May: the road is open.", "10 May"),
])
def test_a_month_that_ends_its_word_is_still_read(text, date):
    assert date in _found(text)


def test_the_minutes_of_a_clock_time_are_no_day():
    assert "12 May" not in _found("At 09:12 May brought rain.")
