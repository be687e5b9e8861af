"""A sentence that stops at a colon to announce the text after it ("Here is the agency's
statement in full:", "The letter reads:") is a lead-in, no claim (stages/asserting.lead_in); the
quote it announces keeps the lead-in's speaker. Fictional outlets, people and places."""

from __future__ import annotations

from generator.model import Article, Overrides
from generator.stages.boilerplate import separate
from generator.stages.statements import split

BODY = (
    "The port of Orrin closed on Monday after a storm damaged the northern quay.\n\n"
    "Here is the harbour authority's statement in full:\n\n"
    "\"The northern quay suffered damage to its moorings. The port will reopen on Friday.\"\n\n"
    "The statement reads:\n\n"
    "\"We thank the crews for their work.\"\n\n"
    "Mayor Edda Lindqvist told reporters at the quay:\n\n"
    "\"The repairs will take four days.\"\n\n"
    "Officials listed three causes: high winds, a broken mooring and a late warning.\n\n"
    "The quay was rebuilt in 1990, and the harbour master added:\n\n"
    "\"It held for thirty years.\"\n"
)


def _statements(body: str):
    a = Article(id="a", path="a.txt", source="harbour-times", title=None, url=None, published=None,
                published_text=None, published_has_time=False, body=body, body_line=1)
    return split(a, separate(a, Overrides()))


def test_a_lead_in_ending_in_a_colon_is_no_claim():
    reasons = {s.text: s.boilerplate_reason for s in _statements(BODY) if s.kind == "boilerplate"}
    assert reasons == {"Here is the harbour authority's statement in full:": "lead-in",
                       "The statement reads:": "lead-in",
                       "Mayor Edda Lindqvist told reporters at the quay:": "lead-in"}


def test_the_text_a_lead_in_announces_stays_a_claim():
    kept = [s.text for s in _statements(BODY) if s.kind in ("claim", "quote")]
    assert "The northern quay suffered damage to its moorings." in " ".join(kept)
    assert "\"We thank the crews for their work.\"" in kept


def test_a_colon_inside_a_sentence_is_no_lead_in():
    kept = [s.text for s in _statements(BODY) if s.kind in ("claim", "quote")]
    assert "Officials listed three causes: high winds, a broken mooring and a late warning." in kept


def test_a_clause_of_its_own_before_the_announcement_keeps_the_sentence_a_claim():
    kept = [s.text for s in _statements(BODY) if s.kind in ("claim", "quote")]
    assert any(t.startswith("The quay was rebuilt in 1990") for t in kept)


def test_the_announced_quote_keeps_the_lead_in_s_speaker():
    said = {s.text: s.speaker_name for s in _statements(BODY)}
    assert said["\"The repairs will take four days.\""] == "Edda Lindqvist"
