"""A claim's "Figures as each outlet gave them" shows each figure with its unit or the word it
counts: "about 60 tonnes" against "roughly 40 tons", not "about 60" against "roughly 40" (and
"about 40 tonnes" against "roughly 40 tons" is one figure, text/numbers). Fixture: two fictional
outlets of a river town (tests/fixtures/numbers-with-units)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.pipeline import build_timeline
from generator.site.figures import with_unit
from generator.site.pages import render_pages

FIXTURE = Path(__file__).parent / "fixtures" / "numbers-with-units"


def test_the_figures_line_shows_the_units_that_differ() -> None:
    pages = render_pages(build_timeline(FIXTURE))
    [event] = [v for k, v in pages.items() if k.startswith("events/") and "barge" in k]
    [line] = [ln for ln in event.splitlines() if ln.startswith('<p class="cl-numbers">')]
    assert line == ('<p class="cl-numbers">Figures as each outlet gave them: '
                    '<span class="cl-numpair">Kessel Wire: <mark class="cl-num">roughly 40 tons</mark></span>; '
                    '<span class="cl-numpair">Orland Post: <mark class="cl-num">about 60 tonnes</mark></span></p>')


@pytest.mark.parametrize(("sentence", "figure", "shown"), [
    ("forcing about 300 residents from their homes", "about 300", "about 300 residents"),
    ("a fire over 68 square kilometres of forest", "68", "68 square kilometres"),
    ("a 40-tonne load", "40", "40-tonne"),
    ("turnout rose to 18% in the town", "18", "18%"),
    ("turnout rose to 18 per cent", "18", "18 per cent"),
    ("the plan costs $15 billion", "15 billion", "$15 billion"),
    ("at least 15 were hurt", "at least 15", "at least 15"),  # a function word counts nothing
    ("the ferry carried 120.", "120", "120"),
    ("a figure the sentence does not hold", "12", "12"),
])
def test_a_figure_keeps_its_unit_or_counted_word(sentence: str, figure: str, shown: str) -> None:
    assert with_unit(sentence, figure) == shown
