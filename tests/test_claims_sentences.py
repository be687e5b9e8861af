"""Claims that read as sentences (issue 10 item 6): a clause cut from its sentence carries its
subject in the claim's text (claims/sentences.py), and a body's name with "and" in it is not cut
into two clauses (statements). Fixture: a fictional flood told by a fictional outlet
(tests/fixtures/clause-subjects)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.model import Timeline
from generator.pipeline import build_timeline
from generator.stages.claims.sentences import subject_of

FLOOD = Path(__file__).parent / "fixtures" / "clause-subjects"


@pytest.fixture(scope="module")
def flood() -> Timeline:
    return build_timeline(FLOOD)


def _text(t: Timeline, statement: str) -> str:
    return next(c.text for e in t.events for c in (*e.claims, *e.context) if c.statements[0] == statement)


def _statement(t: Timeline, sid: str) -> str:
    return next(s.text for ss in t.statements.values() for s in ss if s.id == sid)


def test_a_clause_after_a_name_that_opens_the_sentence_takes_the_name(flood):
    assert _statement(flood, "fp-0412#s1.2").startswith("and told shop owners")  # the outlet's words stay
    assert _text(flood, "fp-0412#s1.2") == "Edda Lindqvist told shop owners that the town would pay for the clean-up."


def test_and_that_after_a_body_that_said_reads_as_the_body_saying_it(flood):
    assert _text(flood, "fp-0412#s2.2") == "The water board said that no homes had been flooded."


def test_a_clause_with_a_speaker_takes_the_speaker(flood):
    assert _text(flood, "fp-0412#s3.2") == "Pieter Vann warned that the river would rise again on Monday."


def test_the_first_clause_and_whole_sentences_keep_their_words(flood):
    assert _text(flood, "fp-0412#s1.1") == "Mayor Edda Lindqvist toured the flooded Orrin quay on Saturday"
    assert _text(flood, "fp-0412#s5") == "On Saturday the mayor said that the quay would reopen within a week."


def test_a_body_named_with_and_is_one_clause(flood):
    sids = [s.id for s in flood.statements["fp-0412"]]
    assert "fp-0412#s4" in sids and "fp-0412#s4.1" not in sids
    assert _statement(flood, "fp-0412#s4").startswith("The Fenmark Roads and Bridges Agency said on Saturday")


@pytest.mark.parametrize(("clause", "subject"), [
    ("Mayor Edda Lindqvist toured the flooded quay on Saturday", "Edda Lindqvist"),
    ("The water board said on Saturday that the barrier had held", "The water board"),
    ("The Ministry of Harbours said on Friday that", "The Ministry of Harbours"),
    ("Police said the quay was closed", "Police"),
])
def test_the_subject_of_a_first_clause(clause, subject):
    assert subject_of(clause) == subject


@pytest.mark.parametrize("clause", [
    "On Saturday the mayor said that the quay would reopen",  # a time first, then the subject
    "The board on Saturday said that",  # a phrase after the noun is no plain subject
    "The board, which met on Friday, said that",
    "Police closed the quay",  # no reporting verb, no name
])
def test_no_plain_subject_no_subject(clause):
    assert subject_of(clause) is None
