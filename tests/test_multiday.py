"""A story told over a week: distinct happenings of one day and place stay apart, a recap keeps
the date it names, and events keep their ids and pages when later articles are added. Fixture: a
fictional port strike told by three fictional outlets (tests/fixtures/multiday).

The recap joins the walkout's event (``events.recaps``). Not yet here (issue 11 item 1): another
outlet's report of the same day and the weekly round-up ("last week's strike") joining it; they
are events of their own."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.export.contract import to_contract
from generator.model import Timeline
from generator.pipeline import build_timeline

from .conftest import event_of

STORY = Path(__file__).parent / "fixtures" / "multiday"
LATER = ("aw-0306", "kc-0310")  # a recap on Thursday, a round-up the next Monday


@pytest.fixture(scope="module")
def story() -> Timeline:
    return build_timeline(STORY)


def test_a_recap_days_later_keeps_the_date_it_names(story):
    recap = next(c for e in story.events for c in e.claims if "aw-0306#s2" in c.statements)  # "... began on Monday"
    assert recap.date is not None and recap.date.value == "2025-03-03"
    assert event_of(story, "aw-0306#s2").date == "2025-03-03"
    assert event_of(story, "aw-0306#s1").date == "2025-03-06"  # Thursday's offer is news of its own


def test_a_recap_days_later_joins_the_event_of_the_happening_it_names(story):
    assert event_of(story, "aw-0306#s2") is event_of(story, "kc-0303#s1")  # "... began on Monday"
    assert event_of(story, "aw-0306#s2") is not event_of(story, "aw-0306#s1")


def test_injured_and_detained_on_one_day_stay_apart(story):
    assert event_of(story, "cr-0304#s1") is not event_of(story, "kc-0304#s1")


def test_one_days_count_and_the_next_days_stay_apart(story):
    monday = next(c for e in story.events for c in e.claims if "kc-0303#s3" in c.statements)  # fourteen ships
    tuesday = next(c for e in story.events for c in e.claims if "aw-0304#s1" in c.statements)  # twenty-three
    assert monday is not tuesday
    assert (monday.date.value, tuesday.date.value) == ("2025-03-03", "2025-03-04")
    assert event_of(story, "aw-0304#s1") is not event_of(story, "kc-0303#s3")


def test_events_keep_their_ids_and_pages_when_recapping_articles_are_added(tmp_path, story):
    early = tmp_path / "content"
    shutil.copytree(STORY, early)
    for aid in LATER:
        (early / "articles" / f"{aid}.md").unlink()
    before = to_contract(build_timeline(early))["events"]
    after = {e["id"]: e for e in to_contract(story)["events"]}
    assert before
    for e in before:
        assert e["id"] in after, e["id"]
        assert after[e["id"]]["page"] == e["page"]
        assert after[e["id"]]["date"] == e["date"]
    walkout = event_of(story, "kc-0303#s1")
    assert any(e["id"] == walkout.id for e in before)
