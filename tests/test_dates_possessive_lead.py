"""A weekday in the possessive in an article's lead ("the toll from Tuesday's explosion has risen")
names the day of the thing it qualifies, not the day the article's story is on
(dates.event._narrative_date): a broadcast of Wednesday whose lead recalls Tuesday's explosion
put every later turn of the transcript on Tuesday (a new user's red-team corpus).

Fixture: a fictional town, written here.
"""

from __future__ import annotations

from .test_dates_clauses import dated

WEDNESDAY = "2026-03-11T21:00:00+00:00"


def test_a_possessive_weekday_in_the_lead_does_not_date_the_story():
    by = dated([["The death toll from Tuesday's explosion at the Harlow plant has risen to five."],
                ["Union leader Daniel Okoro called for the plant to be closed for good."]], WEDNESDAY)
    assert by("Union leader").value == "2026-03-11"


def test_a_weekday_of_its_own_in_the_lead_still_does():
    by = dated([["The Harlow plant exploded on Tuesday, killing five workers."],
                ["Firefighters worked through the night to contain the blaze."]], WEDNESDAY)
    assert by("Firefighters").value == "2026-03-10"
