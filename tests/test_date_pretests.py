"""Cheap tests the date stage asks before slow ones: ``aspect.may_be_perfect`` (a substring test)
before splitting a clause into words for ``aspect.perfect``, the cue words of relative clauses
and comparisons before their patterns. A cheap test must never say no where the slow one says yes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.stages.dates import aspect
from generator.stages.dates.event import _low

WORDS = ["has", "Has", "HAS", "have", "Have", "hasn't", "haven't", "I've", "they've", "'ve", "had", "having",
         "phase", "behave", "been", "long", "also", "never", "already", "quickly", "provided", "taken", "won",
         "since", "hired", "n't", "the", "ferry", "Harbour", "Mira", "Okafor", "Ḣas", "hаs", "HAVE", "ſince"]
SEPARATORS = [" ", " ", ", ", ". ", "\n", "-", "'", "’", ""]
texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=12).map(
    lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=1500, deadline=None)
@given(st.one_of(texts, st.text(max_size=60)))
def test_no_form_of_have_means_no_perfect(text):
    if aspect.perfect(_low(text)):
        assert aspect.may_be_perfect(text)


def test_the_cheap_test_lets_a_perfect_through_and_stops_a_clause_without_have():
    assert aspect.may_be_perfect("The ferry has resumed service") and aspect.perfect(_low("The ferry has resumed"))
    assert not aspect.may_be_perfect("The ferry resumed service on Monday")


ASIDE_WORDS = ["which", "Which", "WHICH", "who", "whom", "whose", "where", "that", "That", "it", "he", "has", "had",
               "been", "published", "burned", "taken", "comes", "came", "Coming", "follows", "followed", "following",
               "weeks", "a few", "two", "days", "after", "After", "AFTER", "before", "bеfore", "ſome", "just", "the",
               "ferry", "in June", "on Monday", "-", "—", ",", ";", "–"]
aside_texts = st.lists(st.tuples(st.sampled_from(ASIDE_WORDS), st.sampled_from(SEPARATORS)), max_size=14).map(
    lambda parts: "".join(w + s for w, s in parts))


@settings(max_examples=1500, deadline=None)
@given(st.one_of(aside_texts, st.text(max_size=60)))
def test_the_cues_rule_out_only_texts_with_no_relative_clause_or_comparison(text):
    from generator.stages.dates import appositions, event

    slow = sorted({*event._relatives(text), *(m.span("aside") for m in event._COMPARISON.finditer(text)),
                   *appositions.spans(text)})
    assert event._aside(text) == slow
