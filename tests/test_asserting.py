"""Sentences that assert nothing (a transcript's greetings and thanks, an interviewer's question)
are kept as text but are no claims. Fictional outlets, people and places."""

from __future__ import annotations

import pytest

from generator.model import Article, Overrides
from generator.stages.asserting import no_claim
from generator.stages.boilerplate import separate
from generator.stages.statements import split

TRANSCRIPT = (
    "MARA LISKOVA: Good evening, and welcome to the programme.\n"
    "MARA LISKOVA: Chief Mirel, what happened at the Tarvel depot?\n"
    "ANA MIREL: Thank you, Mara. The fire started at six in the solvent store.\n"
    "MARA LISKOVA: Was anyone hurt?\n"
    "ANA MIREL: Two workers were treated for smoke.\n"
    "MARA LISKOVA: Chief Mirel, thank you very much.\n"
    "ANA MIREL: Thank you.\n"
)


def _statements(body: str):
    a = Article(id="a", path="a.txt", source="lisk-radio", title=None, url=None, published=None,
                published_text=None, published_has_time=False, body=body, body_line=1)
    return split(a, separate(a, Overrides()))


def test_a_transcripts_greetings_thanks_and_questions_are_no_claims():
    stmts = _statements(TRANSCRIPT)
    claims = [(s.text, s.speaker_name) for s in stmts if s.kind in ("claim", "quote")]
    assert claims == [("The fire started at six in the solvent store.", "Ana Mirel"),
                      ("Two workers were treated for smoke.", "Ana Mirel")]
    reasons = {s.text: s.boilerplate_reason for s in stmts if s.kind == "boilerplate" and not s.text.isupper()}
    assert reasons["Good evening, and welcome to the programme."] == "set phrase"
    assert reasons["Thank you, Mara."] == "set phrase"
    assert reasons["Chief Mirel, thank you very much."] == "set phrase"
    assert reasons["Was anyone hurt?"] == "question"
    assert reasons["Chief Mirel, what happened at the Tarvel depot?"] == "question"


@pytest.mark.parametrize("text", [
    "Good news came on Monday for the Lisk ferry crews.",
    "Thank you notes piled up outside the Tarvel fire station.",
    "Yes, the fire is contained, Ana Mirel said.",
    "The mayor thanked the crews for their work.",
    "No More Poison In Our River",  # a placard, not a reply: its capitals are no addressee's
    "Thank you Lisk, the mayor wrote on a banner over the quay.",
])
def test_a_sentence_that_opens_like_a_formula_but_says_more_is_a_claim(text):
    assert no_claim(text, quoted=False) is None


def test_a_quoted_question_is_a_quote_not_the_narrators_question():
    assert no_claim('"Who will pay for this?" asked a Lisk resident.', quoted=True) is None
    assert no_claim('Residents of Lisk ask one thing: "Who will pay for this?"', quoted=False) is None
    stmts = _statements('"Who will pay for this?" asked Ivo Lant, a resident of Lisk.\n')
    assert [s.kind for s in stmts if s.kind == "boilerplate"] == []
