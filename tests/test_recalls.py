"""Recalls (events/recalls.py, recaps.link): a clause telling again a happening of an earlier day
links its statement to that day's event, without making it a claim of that event.

Fixture: a fictional mountain town's week told by two fictional outlets (tests/fixtures/recalls):
on Monday a landslide blocks a road (one outlet) and the school board elects a chair (the other);
on Wednesday the second outlet reports the road reopened, recalling the landslide in a relative
clause and in days counted back, and tells of a coordinated clause and a storm; on Thursday the
first outlet recalls the election in an apposition to the new chair's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Timeline
from generator.pipeline import build_timeline
from generator.stages.events import recalls

from .conftest import event_of

WEEK = Path(__file__).parent / "fixtures" / "recalls"
RELATIVE = "vn-0604-reopened#s1"  # "The Vell road, which was blocked by a landslide ... on Monday, reopened ..."
COUNTED = "vn-0604-reopened#s2"  # "One lane opened at noon, two days after the boulders cut off ..."
COORDINATED = "vn-0604-reopened#s3"  # "..., and drivers who waited since Monday cheered the crews."
STORM = "vn-0604-reopened#s4"  # "A storm that had raged over the valley since Sunday flooded ..."
APPOSITION = "tc-0605-board#s1"  # "Amalia Brost, the retired teacher elected earlier this week, chaired ..."


@pytest.fixture(scope="module")
def week() -> Timeline:
    return build_timeline(WEEK)


def _statement(tl: Timeline, sid: str):
    return next(s for ss in tl.statements.values() for s in ss if s.id == sid)


def _recalled(tl: Timeline, sid: str) -> list[tuple[str, str]]:
    """(event id, clause text) of each recall of the statement."""
    body = {a.id: a.body for a in tl.articles}
    return [(e.id, body[sid.split("#")[0]][r.start:r.end]) for e in tl.events for r in e.recalls if r.statement == sid]


def test_a_relative_clause_recalling_a_day_links_its_statement_to_that_days_event(week):
    landslide = event_of(week, "tc-0602-landslide#s1")
    assert _recalled(week, RELATIVE) == [(landslide.id, ", which was blocked by a landslide near the old quarry on Monday")]
    # the statement's claim stays with what its main clause tells: the reopening, on Wednesday; its relative
    # clause tells the landslide too, so it stands in that claim as well, shared (claims/clauses.py)
    own = next(e for e in week.events if any(RELATIVE in c.statements and RELATIVE not in c.shared for c in e.claims))
    assert own.date == "2025-06-04" and own is not landslide
    assert all(RELATIVE in c.shared for c in landslide.claims if RELATIVE in c.statements)


def test_a_recall_goes_to_the_happening_it_tells_not_to_another_of_its_day(week):
    school = event_of(week, "vn-0602-school#s1")
    assert school.date == "2025-06-02"
    assert [r.statement for r in school.recalls] == [APPOSITION]  # the road's recalls went to the landslide


def test_an_apposition_with_a_participle_recalls_the_happening_it_tells(week):
    # "Amalia Brost, the retired teacher elected earlier this week, chaired her first meeting ... on Thursday."
    school = event_of(week, "vn-0602-school#s1")
    assert _recalled(week, APPOSITION) == [(school.id, ", the retired teacher elected earlier this week")]
    assert event_of(week, APPOSITION).date == "2025-06-05"


def test_days_counted_back_are_a_recall_of_the_day_they_count_to(week):
    landslide = event_of(week, "tc-0602-landslide#s1")
    assert _recalled(week, COUNTED) == [(landslide.id, "two days after the boulders cut off the households beyond the quarry.")]


def test_a_coordinated_clause_with_a_subject_of_its_own_is_no_recall(week):
    st = _statement(week, COORDINATED)
    assert any(m.value == "2025-06-02" for m in st.dates)  # it names Monday ...
    assert recalls.clauses(st) == []  # ... in ", and drivers who waited since Monday cheered": a main clause
    assert _recalled(week, COORDINATED) == []


def test_a_relative_clause_without_a_closing_comma_ends_before_the_main_verb(week):
    st = _statement(week, STORM)
    assert [st.text[a:b] for a, b, _ in recalls.clauses(st)] == ["that had raged over the valley since Sunday"]
    assert _recalled(week, STORM) == []  # no event of Sunday: nothing to link
    assert "flooded" in recalls.own_text(st) and "raged" not in recalls.own_text(st)


def test_a_recall_links_a_statement_only_to_an_event_of_an_earlier_day(week):
    # every recall lies in a statement of a later day than the event it links to
    for e in week.events:
        for r in e.recalls:
            assert _statement(week, r.statement).event_date.value > e.date


def test_a_relative_clause_telling_what_is_expected_is_no_recall(week):
    # "The repair, which is expected later this month, will be paid for by the county."
    st = _statement(week, "tc-0605-board#s3")
    assert [m.value for m in st.dates] == ["2025-06"] and not st.dates[0].future  # a month, not read as ahead
    assert recalls.clauses(st) == []
