"""Recaps (events/recaps.py): a happening told again days later joins the event that first told it.

Fixture: a fictional harbour town's week told by two fictional outlets (tests/fixtures/recaps):
on Tuesday a ferry runs aground (one outlet) and the council votes to close a bridge (the
other); on Thursday the second outlet recalls the grounding in words of its own; on Friday the
first reports, for the first time, a resignation of Tuesday."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from generator.export.contract import to_contract
from generator.model import Claim, EventDate, Statement, Timeline
from generator.pipeline import build_timeline
from generator.stages.events import recaps

from .conftest import event_of

WEEK = Path(__file__).parent / "fixtures" / "recaps"
RECAP = "vp-0508-refloated#s2"  # "The Marla had been stuck on the sandbank since ... on Tuesday morning."


@pytest.fixture(scope="module")
def week() -> Timeline:
    return build_timeline(WEEK)


def test_a_recap_told_days_later_joins_the_event_of_the_happening_it_recalls(week):
    recap = next(c for e in week.events for c in e.claims if RECAP in c.statements)
    assert recap.statements == (RECAP,)  # its own claim: the claims stage did not match the wording
    assert event_of(week, RECAP) is event_of(week, "bh-0506-ferry#s1")


def test_a_recap_does_not_join_another_happening_of_its_day(week):
    assert event_of(week, RECAP) is not event_of(week, "vp-0506-bridge#s1")
    bridge = event_of(week, "vp-0506-bridge#s1")
    assert {a for c in bridge.claims for a in c.sources} == {"osk-valley-post"}
    assert all(s.startswith("vp-0506-bridge#") for c in bridge.claims for s in c.statements)


def test_news_first_told_days_later_stays_an_event_of_its_own(week):
    resigned = event_of(week, "bh-0509-pilot#s1")  # a resignation of Tuesday, first told on Friday
    assert resigned.date == "2025-05-06"
    assert resigned is not event_of(week, "bh-0506-ferry#s1")
    assert resigned is not event_of(week, "vp-0506-bridge#s1")


def test_the_event_keeps_its_id_and_page_when_the_recapping_article_is_added(tmp_path, week):
    early = tmp_path / "content"
    shutil.copytree(WEEK, early)
    (early / "articles" / "vp-0508-refloated.md").unlink()
    before = {e["id"]: e for e in to_contract(build_timeline(early))["events"]}
    after = {e["id"]: e for e in to_contract(week)["events"]}
    ferry = event_of(week, "bh-0506-ferry#s1")
    assert ferry.id in before
    assert after[ferry.id]["page"] == before[ferry.id]["page"]
    assert len(after[ferry.id]["claims"]) == len(before[ferry.id]["claims"]) + 1


# ---------------------------------------------------------------- the rule on hand-made groups


def _claim(
    cid: str, article: str, text: str, day: str = "2025-05-06", precision: str = "day"
) -> tuple[Claim, Statement]:
    st = Statement(f"{article}#{cid}", article, 0, len(text), text, "claim", 1)
    return Claim(cid, text, (st.id,), (article,), date=EventDate(day, precision, "test")), st


def _join(groups: list[list[tuple[Claim, Statement]]], published: dict[str, date]) -> list[set[str]]:
    statement = {st.id: st for g in groups for _, st in g}
    out = recaps.join([[c for c, _ in g] for g in groups], statement, published)
    return sorted(({c.id for c in g} for g in out), key=sorted)


TUESDAY, THURSDAY = date(2025, 5, 6), date(2025, 5, 8)


def test_a_report_of_the_day_itself_is_not_a_recap():
    ferry = [_claim("a", "one", "The ferry Marla ran aground on a sandbank off Brennick.")]
    other = [_claim("b", "two", "The ferry Marla stuck on the sandbank off Brennick harbour.")]
    assert _join([ferry, other], {"one": TUESDAY, "two": TUESDAY}) == [{"a"}, {"b"}]


def test_a_recap_as_alike_to_two_happenings_of_its_day_joins_neither():
    ferry = [_claim("a", "one", "The ferry hit a sandbank.")]
    bridge = [_claim("b", "two", "The council shut a bridge.")]
    recap = [_claim("c", "three", "Sandbank and bridge news.")]  # one word of each, as much alike
    got = _join([ferry, bridge, recap], {"one": TUESDAY, "two": TUESDAY, "three": THURSDAY})
    assert got == [{"a"}, {"b"}, {"c"}]


def test_a_recap_of_a_week_is_not_joined():
    week_ = [_claim("a", "one", "Dockers struck at the Port of Alder.", "2025-W19", "week")]
    recap = [_claim("b", "two", "Last week's dockers' strike at the Port of Alder.", "2025-W19", "week")]
    assert _join([week_, recap], {"one": TUESDAY, "two": date(2025, 5, 13)}) == [{"a"}, {"b"}]
