"""Three rules on real text: a quote attributed to an organisation by its head word ('"...," the
ministry said') is the organisation named before's (stages/speakers._body_named); a question
reported with an asking verb ('Officials asked whether ...?') is a claim, the narrator's own
question is not (stages/asserting); the place a role is held over is a place ('the governor of
Estmere') is in tests/test_names_heads.py. Fictional outlets, bodies, people and places."""

from __future__ import annotations

import pytest

from generator.model import Article, Overrides
from generator.stages.boilerplate import separate
from generator.stages.statements import split


def _said(body: str) -> dict[str, tuple[str, str | None, str | None]]:
    a = Article(id="a", path="a.txt", source="harbour-times", title=None, url=None, published=None,
                published_text=None, published_has_time=False, body=body, body_line=1)
    return {s.text: (s.kind, s.speaker_name, s.boilerplate_reason) for s in split(a, separate(a, Overrides()))}


def test_a_quote_the_ministry_said_is_the_ministry_named_before():
    said = _said("The Fenmark Defence Ministry said on Monday that the drills would end.\n\n"
                 "\"The drills will end on Friday,\" the ministry said.\n\n"
                 "\"No ship will be stopped,\" said the defence ministry.\n")
    assert said["\"The drills will end on Friday,\" the ministry said."][1] == "Fenmark Defence Ministry"
    assert said["\"No ship will be stopped,\" said the defence ministry."][1] == "Fenmark Defence Ministry"


def test_the_last_body_with_that_head_speaks():
    said = _said("The Orrin Harbour Authority closed the quay. The Velden Port Authority kept its own open.\n\n"
                 "\"We will reopen on Friday,\" the authority said.\n")
    assert said["\"We will reopen on Friday,\" the authority said."][1] == "Velden Port Authority"


def test_an_organisation_never_named_gives_no_speaker():
    said = _said("The quay closed on Monday.\n\n\"Repairs will take a week,\" said the harbour authority.\n")
    assert said["\"Repairs will take a week,\" said the harbour authority."][1] is None


def test_a_head_word_the_named_body_lacks_gives_no_speaker():
    said = _said("The Fenmark Defence Ministry said the drills would end.\n\n"
                 "\"The quay is closed,\" the harbour authority said.\n")
    assert said["\"The quay is closed,\" the harbour authority said."][1] is None


@pytest.mark.parametrize("text", [
    "Officials asked whether the quay would reopen by Friday?",
    "The mayor asked why the port had not been warned?",
    "Residents wanted to know when the ferry would run again?",
])  # fmt: skip
def test_a_reported_question_is_a_claim(text):
    assert _said(text + "\n")[text][0] == "claim"


@pytest.mark.parametrize("text", [
    "Will the port reopen by Friday?",
    "Did the mayor ask whether the port would close?",
    "Why did you ask if the port would close?",
])  # fmt: skip
def test_the_narrator_s_own_question_is_no_claim(text):
    assert _said(text + "\n")[text][::2] == ("boilerplate", "question")
