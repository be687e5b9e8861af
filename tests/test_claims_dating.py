"""A claim's date from its statements' event dates (claims/dating.py). Fictional people and places."""

from __future__ import annotations

from generator.model import DateMention, EventDate, Statement
from generator.stages.claims.dating import claim_date

VISIT = "She also met the family of Ranger Tomas Vilk, who was killed on Tuesday, and laid flowers in Ferris."


def _statement(n: int, text: str, event_date: EventDate, dates: tuple[DateMention, ...] = ()) -> Statement:
    return Statement(f"a#s{n}", "a", 0, len(text), text, "claim", n, dates=dates, event_date=event_date)


def test_a_day_in_a_relative_clause_does_not_date_the_claim():
    at = VISIT.index("Tuesday")
    tuesday = DateMention("Tuesday", at, at + 7, "2026-05-05", "day", "the most recent Tuesday")
    narrative = EventDate("2026-05-07", "day", "narrative date of the article")
    date = claim_date([_statement(1, VISIT, narrative, (tuesday,))], first_report=None)
    assert date is not None and date.value == "2026-05-07"


def test_a_day_the_statement_names_for_its_event_outweighs_an_inherited_one():
    told = DateMention("Monday", 0, 6, "2026-05-04", "day", "the most recent Monday")
    own = _statement(1, "On Monday the Ferris bridge was closed.", EventDate("2026-05-04", "day", "its words", mention=told),
                     (told,))  # fmt: skip
    inherited = _statement(2, "The Ferris bridge was closed.", EventDate("2026-05-07", "day", "narrative date"))
    assert claim_date([inherited, own]).value == "2026-05-04"
