"""A quotation of several sentences is said on the day its attribution names (dates/quotations.py).

Fixture: a fictional mountain town's paper (tests/fixtures/quotations), published on Thursday
11 September 2025, quoting a mayor (told the council on Tuesday), an engineer (one quotation
without a day, one said on Wednesday, then a quoted sentence alone) and a driver (told the paper
on Tuesday, after a sentence naming Monday)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Statement
from generator.pipeline import build_timeline

PASS = Path(__file__).parent / "fixtures" / "quotations"


@pytest.fixture(scope="module")
def said() -> dict[str, Statement]:
    t = build_timeline(PASS)
    return {s.text: s for s in t.statements["ac-0911-pass"]}


def _day(said: dict[str, Statement], opening: str) -> str | None:
    st = next(s for text, s in said.items() if text.startswith(opening))
    return st.event_date.value if st.event_date else None


def test_a_quotation_opened_before_its_dated_attribution_is_of_the_attribution_day(said):
    assert _day(said, "Our buses cannot wait") == "2025-09-09"  # "... told the town council on Tuesday"
    assert _day(said, '"They have had three days') == "2025-09-09"  # its opening sentence: one utterance


def test_the_opening_sentence_says_how_it_got_its_day(said):
    st = next(s for text, s in said.items() if text.startswith('"The slope moved again'))
    assert st.event_date is not None and st.event_date.value == "2025-09-10"  # "Kern said on Wednesday"
    assert "attribution closing its quotation" in st.event_date.how


def test_a_quotation_whose_attribution_names_no_day_keeps_the_story_day(said):
    assert _day(said, '"We are clearing it') == "2025-09-11"


def test_a_quoted_sentence_of_another_paragraph_is_not_joined(said):
    assert _day(said, '"The pass is the town') == "2025-09-11"  # a paragraph of its own after Wednesday's


def test_a_sentence_naming_its_own_day_keeps_it(said):
    assert _day(said, '"Nobody was hurt on Monday') == "2025-09-08"  # not the Tuesday of its attribution
