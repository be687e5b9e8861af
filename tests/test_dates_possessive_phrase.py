"""A day written as a possessive after a preposition ("evacuated after Monday's warehouse fire",
"closed until Friday after Monday's fire") names when that other thing happened: background. The
day on the statement's own verb ("return home on Wednesday") or its saying ("the port authority said
on Tuesday") dates it. A possessive that puts the event inside the thing ("apologised in Monday's
statement") or opens the clause ("Monday's fire destroyed ...") still dates it.

Fixture: a fictional harbour town (a new user's review), written here.
"""

from __future__ import annotations

from .test_dates_clauses import dated

THURSDAY = "2025-03-13T09:00:00+00:00"
LEAD = ["A fire destroyed a warehouse in Marlow Bay on Monday, the fire service said."]


def test_reviewer_case_day_on_the_main_verb_dates_it_not_the_possessive():
    by = dated([LEAD, ["Residents evacuated after Monday's warehouse fire in Marlow Bay were allowed to return "
                       "home on Wednesday."]], THURSDAY)
    assert by("Residents evacuated").value == "2025-03-12"


def test_reviewer_case_a_plan_is_dated_by_its_saying_not_the_possessive():
    by = dated([LEAD, ["The port of Marlow Bay will stay closed until Friday after Monday's warehouse fire, the "
                       "port authority said on Tuesday."]], THURSDAY)
    assert by("The port of Marlow Bay").value == "2025-03-11"


def test_possessive_that_holds_the_event_still_dates_it():
    by = dated([LEAD, ["Harbour master Ilse Varga apologised to residents in Monday's statement."]], THURSDAY)
    assert by("Harbour master").value == "2025-03-10"


def test_possessive_opening_the_clause_dates_its_subject():
    by = dated([["Tuesday's storm flooded the quay at Wrenmouth, the coastguard said on Wednesday."]], THURSDAY)
    assert by("Tuesday's storm").value == "2025-03-11"
