"""Three readings of real text the dates and names stages got wrong, on a fictional harbour town's
week (tests/fixtures/dated-appositions): the council elects a mayor on Monday (Mellby Gazette); on
Thursday the Skarn Post reports the festival she opened.

- An apposition with a participle tells a happening of its own ("Petra Lindqvist, elected on
  Monday, opened the harbour festival on Thursday"): its day is not the statement's, and the
  clause recalls the election (dates/appositions.py, events/recalls.py).
- A season that modifies the noun after it names no date ("before the autumn term", "the winter
  storms"); a season followed by a word of time still does ("in the summer months").
- A name of two capitals the text describes as a firm ("Orvik Halstead, the shipbuilder,"; "Orvik
  Halstead said its yard") is an organisation, not a person (entities/firms.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Statement, Timeline
from generator.pipeline import build_timeline
from generator.stages.dates import appositions
from generator.stages.entities import firms

from .conftest import event_of

WEEK = Path(__file__).parent / "fixtures" / "dated-appositions"


@pytest.fixture(scope="module")
def week() -> Timeline:
    return build_timeline(WEEK)


def _st(t: Timeline, opening: str) -> Statement:
    return next(s for ss in t.statements.values() for s in ss if s.text.startswith(opening))


def test_an_apposition_with_a_participle_does_not_date_its_sentence(week):
    st = _st(week, "Petra Lindqvist, elected on Monday,")
    assert [(m.text, m.value) for m in st.dates] == [("Monday", "2025-06-09"), ("Thursday", "2025-06-12")]
    assert st.event_date.value == "2025-06-12"  # the opening of the festival, not the election
    election = event_of(week, "mg-0609-vote#s1")
    assert event_of(week, st.id) is not election
    body = next(a.body for a in week.articles if a.id == "sp-0612-festival")
    assert [body[r.start:r.end] for r in election.recalls if r.statement == st.id] == [", elected on Monday"]


@pytest.mark.parametrize("text, clause", [
    ("Petra Lindqvist, elected on Monday, opened the festival.", ", elected on Monday"),
    ("Amalia Brost, the retired teacher chosen last week, chaired the board.", ", the retired teacher chosen last week"),
    ("Petra Lindqvist, elected on Monday, and her deputy.", None),  # no verb outside: no apposition
    ("In response, the council offered loans, officials said.", None),  # not after a name
    ("The mayor, Petra Lindqvist, said so.", None),  # no participle
    # the verb after a description closed by a comma, a relative clause after it: no apposition
    ("Orla Vennick, the mayor of Skarn, visited Skarn, where 60 residents had gathered.", None),
    ("Orla Vennick, the mayor of Skarn, visited Skarn, and left at noon.", None),
    ("On Thursday, Petra Lindqvist, elected on Monday, opened the festival.", ", elected on Monday"),
])  # fmt: skip
def test_which_appositions_are_set_aside(text, clause):
    found = [text[a:b] for a, b in appositions.spans(text)]
    assert found == ([clause] if clause else [])


def test_a_season_that_modifies_a_noun_is_no_date(week):
    assert _st(week, "The school will repaint").dates == ()  # "before the autumn term"
    assert _st(week, "Crews must finish the new pier").dates == ()  # "before the winter storms"
    months = _st(week, "The town expects more visitors")
    assert [(m.text, m.value) for m in months.dates] == [("the summer", "2025-SU")]  # "the summer months"
    assert [m.value for m in _st(week, "Orvik Halstead said its yard").dates] == ["2025-SU"]  # "this summer"


def test_a_name_the_text_describes_as_a_firm_is_an_organisation(week):
    kinds = {e.name: e.kind for e in week.entities}
    assert kinds["Orvik Halstead"] == "body"
    assert kinds["Petra Lindqvist"] == "person"
    assert kinds["Jonas Berg"] == "person"  # "said his company"


@pytest.mark.parametrize("text, end, firm", [
    ("Orvik Halstead, the shipbuilder, won a contract.", 14, True),
    ("Orvik Halstead, the Mellby defence contractor, won a contract.", 14, True),
    ("Orvik Halstead's shares fell 4 per cent.", 14, True),
    ("Orvik Halstead said its yard would hire welders.", 14, True),
    ("Orvik Halstead said his yard would hire welders.", 14, False),
    ("Petra Lindqvist, the mayor, said so.", 15, False),
    ("Petra Lindqvist, the company's founder, said so.", 15, False),
])  # fmt: skip
def test_what_shows_a_firm(text, end, firm):
    assert firms.described(text, end) is firm
