"""A date after "until" takes the tense of the verb it hangs on, not of the saying around it.

Published on Tuesday 2026-03-10, "said it would last until March 31" points ahead of the saying,
to this month's 31st; only a plain past of the clause's own verb ("the ban ran until March 31")
keeps the past reading (a year back). Fictional outlets, people and places.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from generator.stages.dates import find_dates

PUBLISHED = datetime(2026, 3, 10, 12, tzinfo=UTC)


def _values(text: str) -> dict[str, str]:
    return {m.text: m.value for m in find_dates(text, PUBLISHED, True)}


@pytest.mark.parametrize("text", [
    "The Tarvel port authority said the closure would last until March 31.",
    "Councillor Ema Drobny said the curfew in Lisk would remain in place until March 31, officials said.",
    "The Ostrel ministry said on Monday the ban will last until March 31.",
    "The ban, which would last until March 31, was announced by the Velm council.",
])
def test_a_future_in_past_until_points_ahead_of_the_saying(text):
    assert _values(text)["March 31"] == "2026-03-31"


def test_a_present_until_in_a_reported_clause_points_ahead():
    assert _values("Velm officials said the ban is in force until March 31.")["March 31"] == "2026-03-31"


@pytest.mark.parametrize("text", [
    "The ban ran until March 31.",
    "The Tarvel ban, which ran until March 31, was widely ignored.",
])
def test_a_plain_past_until_keeps_the_past_reading(text):
    assert _values(text)["March 31"] == "2025-03-31"


def test_last_after_a_modal_is_the_verb_the_until_hangs_on():
    assert _values("The Lisk council said the closure could last until March 31.")["March 31"] == "2026-03-31"
    assert _values("Prices in Lisk fell last week until March 3.")["March 3"] == "2026-03-03"


def test_a_modal_before_the_until_points_ahead():
    text = "The Ostrel harbour master said the quay could remain shut until March 28."
    assert _values(text)["March 28"] == "2026-03-28"
    assert _values("The Lisk ban did not last until March 31.")["March 31"] == "2025-03-31"


MAY = datetime(2026, 5, 10, 12, tzinfo=UTC)


@pytest.mark.parametrize(("text", "mention", "value"), [
    ("The Tarvel roads agency said the bridge would reopen on March 20.", "March 20", "2026-03-20"),
    ("The Lisk ministry said the curfew would last until March 31.", "March 31", "2026-03-31"),
    ("The Velm council said the vote would be held on May 20.", "May 20", "2026-05-20"),
])
def test_a_future_in_past_is_ahead_of_the_saying_not_of_publication(text, mention, value):
    """Published in May, "said the bridge would reopen on March 20" is this March (the saying came
    before it), not next year's: the date nearest publication, on either side."""
    assert {m.text: m.value for m in find_dates(text, MAY, True)}[mention] == value
