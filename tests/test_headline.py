"""headline.with_subject: a clause cut from a sentence reads as a sentence of its own."""

from __future__ import annotations

import pytest

from generator.text.headline import with_subject


@pytest.mark.parametrize(("clause", "subject", "expected"), [
    ("and stressed the need to confront the sanctions, according to Al-Mayadeen.", "Ayyoub",
     "Ayyoub stressed the need to confront the sanctions, according to Al-Mayadeen."),
    ("and also warned that the quay would flood.", "Maria Lind", "Maria Lind also warned that the quay would flood."),
    ("but denied that the barrier had failed.", "Jen Okafor", "Jen Okafor denied that the barrier had failed."),
    ("and that rebel groups are part of the aggression.", "Ayyoub",
     "Ayyoub said that rebel groups are part of the aggression."),
])
def test_a_clause_cut_from_its_sentence_carries_its_subject(clause, subject, expected):
    assert with_subject(clause, subject) == expected


@pytest.mark.parametrize(("text", "subject"), [
    ("The ministers signed the deal on Wednesday.", "Ayyoub"),
    ("and the ministers left.", "Ayyoub"),
    ("and stressed the need to act.", None),
])
def test_a_sentence_or_a_clause_without_a_speaker_is_left_as_it_is(text, subject):
    assert with_subject(text, subject) == text
