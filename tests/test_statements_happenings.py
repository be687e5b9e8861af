"""A sentence that tells two happenings, each with its own subject, verb and time ("X resigned on
Monday, and the regulator opened an inquiry on Tuesday"), is two statements: each is dated, matched
and grouped into its event on its own.

Fixture: a fictional port town (tests/fixtures/two-happenings): the Tarrow Gazette tells the
mayor's resignation (Monday) and the audit office's inquiry (Tuesday) in one sentence; the
Fennick Wire tells each in an article of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Article, Segment, Timeline
from generator.pipeline import build_timeline
from generator.stages.statements import split

from .conftest import event_of

TOWN = Path(__file__).parent / "fixtures" / "two-happenings"


def _texts(body: str) -> list[str]:
    a = Article(id="a", path="a.md", source="test", title=None, url=None, published=None, published_text=None,
                published_has_time=False, body=body, body_line=1)
    return [s.text for s in split(a, (Segment(0, len(body), body, False),))]


def test_two_happenings_each_with_its_time_are_two_statements() -> None:
    assert _texts("Mayor Ilse Varna resigned on Monday, and the audit office opened an inquiry on Tuesday.") == [
        "Mayor Ilse Varna resigned on Monday,", "and the audit office opened an inquiry on Tuesday."]


def test_a_second_happening_after_a_semicolon_or_but_is_its_own_statement() -> None:
    assert len(_texts("The Tarrow ferry sailed on March 2; but the Fennick ferry stayed in port until March 9.")) == 2


@pytest.mark.parametrize("body", [
    # the second clause names no time: one happening told in two steps
    "Mayor Ilse Varna resigned on Monday, and her deputy Oskar Lind took over the council.",
    # the first names none
    "Mayor Ilse Varna resigned, and the audit office opened an inquiry on Tuesday.",
    # a relative clause gives the first its time, but it has no verb of its own: a compound subject
    "Ilse Varna, who resigned last week, and her deputy, Oskar Lind, are due to appear on March 26.",
    # a list after the time, no subject and verb of its own
    "The council met on Monday, and on Tuesday and Wednesday.",
])
def test_no_split_without_a_subject_verb_and_time_on_each_side(body: str) -> None:
    assert len(_texts(body)) == 1


@pytest.fixture(scope="module")
def town() -> Timeline:
    return build_timeline(TOWN)


def test_each_happening_of_one_sentence_is_dated_and_grouped_on_its_own(town: Timeline) -> None:
    resigned, inquiry = event_of(town, "tg-0312-mayor#s1.1"), event_of(town, "tg-0312-mayor#s1.2")
    assert (resigned.date, inquiry.date) == ("2031-03-10", "2031-03-11")
    assert resigned is not inquiry
    # each clause is matched with the other outlet's report of its own happening
    assert resigned is event_of(town, "fw-0310-mayor#s1")
    assert inquiry is event_of(town, "fw-0312-inquiry#s1")
