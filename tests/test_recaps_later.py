"""Recaps beyond the day (events/recaps.py): a recap that names only its week, a later report of an
announced day, and the date words every group of a day shares, which say nothing of the happening.

Fixture: a fictional reservoir town told by two fictional outlets (tests/fixtures/recaps-later): on
Wednesday the water board opens an inquiry and the council announces a meeting for June 17 (one
outlet); the next Monday the other outlet reports diesel in the reservoir and recalls that the board's
engineers began examining it "last week"; on Tuesday the first announces a regatta, also on June 17."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from generator.export.contract import to_contract
from generator.model import Claim, DateMention, EventDate, Statement, Timeline
from generator.pipeline import build_timeline
from generator.stages.events import recaps

from .conftest import event_of

TOWN = Path(__file__).parent / "fixtures" / "recaps-later"
WEEK_RECAP = "lp-0609-diesel#s2"  # "Engineers of the water board began examining ... last week."
INQUIRY = "tg-0604-inquiry#s1"  # "The Velmar water board opened an inquiry on Wednesday ..."


@pytest.fixture(scope="module")
def town() -> Timeline:
    return build_timeline(TOWN)


def test_a_recap_that_names_only_its_week_joins_the_day_it_recalls(town):
    recap = next(c for e in town.events for c in e.claims if WEEK_RECAP in c.statements)
    assert recap.date is not None and recap.date.value == "2025-W23"  # "last week", told on Monday 9 June
    event = event_of(town, WEEK_RECAP)
    assert event is event_of(town, INQUIRY)
    assert event.date == "2025-06-04"  # the event keeps the day, the claim its week


def test_a_week_recap_does_not_join_news_of_the_day_it_is_told(town):
    assert event_of(town, WEEK_RECAP) is not event_of(town, "lp-0609-diesel#s1")


def test_an_announcement_of_another_thing_on_the_same_day_stays_apart(town):
    regatta = event_of(town, "tg-0610-regatta#s1")  # "... regatta will be held ... on June 17"
    assert regatta.status == "announced" and regatta.date == "2025-06-17"
    assert regatta is not event_of(town, "tg-0604-inquiry#s3")  # the council's meeting that day


def test_the_event_keeps_its_id_when_the_week_recap_is_added(tmp_path, town):
    early = tmp_path / "content"
    shutil.copytree(TOWN, early)
    (early / "articles" / "lp-0609-diesel.md").unlink()
    before = {e["id"]: e for e in to_contract(build_timeline(early))["events"]}
    after = {e["id"]: e for e in to_contract(town)["events"]}
    inquiry = event_of(town, INQUIRY)
    assert inquiry.id in before
    assert after[inquiry.id]["page"] == before[inquiry.id]["page"]
    assert len(after[inquiry.id]["claims"]) == len(before[inquiry.id]["claims"]) + 1


# ---------------------------------------------------------------- the rule on hand-made groups


def _claim(cid: str, article: str, text: str, day: str, precision: str = "day", status: str = "happened",
           dates: tuple = ()) -> tuple[Claim, Statement]:  # fmt: skip
    st = Statement(f"{article}#{cid}", article, 0, len(text), text, "claim", 1, dates=dates)
    return Claim(cid, text, (st.id,), (article,), date=EventDate(day, precision, "test", status)), st


def _join(groups: list[list[tuple[Claim, Statement]]], published: dict[str, date]) -> list[set[str]]:
    statement = {st.id: st for g in groups for _, st in g}
    out = recaps.join([[c for c, _ in g] for g in groups], statement, published)
    return sorted(({c.id for c in g} for g in out), key=sorted)


JUNE_4, JUNE_9, JUNE_10 = date(2025, 6, 4), date(2025, 6, 9), date(2025, 6, 10)


def test_a_later_report_of_an_announced_day_joins_the_first_announcement():
    first = [_claim("a", "one", "The council will hold a public hearing on the reservoir.", "2025-06-17",
                    status="announced")]  # fmt: skip
    later = [_claim("b", "two", "Board engineers are due to testify at the reservoir hearing.", "2025-06-17",
                    status="announced")]  # fmt: skip
    assert _join([first, later], {"one": JUNE_4, "two": JUNE_9}) == [{"a", "b"}]


def test_two_announcements_told_the_same_day_are_not_recaps_of_each_other():
    one = [_claim("a", "one", "The council will hold a public hearing on the reservoir.", "2025-06-17",
                  status="announced")]  # fmt: skip
    two = [_claim("b", "two", "Engineers are due to testify at the reservoir hearing.", "2025-06-17",
                  status="announced")]  # fmt: skip
    assert _join([one, two], {"one": JUNE_9, "two": JUNE_9}) == [{"a"}, {"b"}]


def test_a_week_recap_as_alike_to_two_days_of_its_week_joins_neither():
    inquiry = [_claim("a", "one", "The board opened an inquiry into the reservoir.", "2025-06-04")]
    closure = [_claim("b", "two", "The board closed the dam road.", "2025-06-05")]
    recap = [_claim("c", "three", "Board inquiry and road news.", "2025-W23", "week")]
    got = _join([inquiry, closure, recap], {"one": JUNE_4, "two": date(2025, 6, 5), "three": JUNE_10})
    assert got == [{"a"}, {"b"}, {"c"}]


def test_a_month_recap_is_not_joined():
    inquiry = [_claim("a", "one", "The board opened an inquiry into the reservoir.", "2025-06-04")]
    recap = [_claim("b", "two", "The board opened its reservoir inquiry earlier this month.", "2025-06", "month")]
    assert _join([inquiry, recap], {"one": JUNE_4, "two": date(2025, 6, 20)}) == [{"a"}, {"b"}]


def test_a_recap_joined_to_its_event_is_no_runner_up_against_that_event():
    ferry = [_claim("a", "one", "The ferry Marla ran aground on the sandbank.", "2025-06-04")]
    first = [_claim("b", "two", "Tugs refloated the ferry Marla.", "2025-06-04")]  # a recap, joined first
    # as alike to both (0.71 and 0.58): one event, so nothing to choose between
    second = [_claim("c", "three", "Tugs refloated the Marla, which ran aground on the sandbank.", "2025-06-04")]
    got = _join([ferry, first, second], {"one": JUNE_4, "two": JUNE_9, "three": JUNE_10})
    assert got == [{"a", "b", "c"}]


def test_the_words_of_the_date_do_not_make_two_announcements_alike():
    day = "on June 17"
    text_a, text_b = f"The regatta will be rowed {day}.", f"The council meets {day}."

    def mention(text: str) -> tuple[DateMention, ...]:
        at = text.index(day)
        return (DateMention(day, at, at + len(day), "2025-06-17", "day", "test", True),)

    a = [_claim("a", "one", text_a, "2025-06-17", status="announced", dates=mention(text_a))]
    b = [_claim("b", "two", text_b, "2025-06-17", status="announced", dates=mention(text_b))]
    assert _join([a, b], {"one": JUNE_4, "two": JUNE_9}) == [{"a"}, {"b"}]
