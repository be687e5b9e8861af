"""headline: a clause cut from a sentence reads as a sentence of its own (with_subject); an outlet's
name after a bar leaves a title, the headline's own bar stays."""

from __future__ import annotations

import pytest

from generator.text.headline import headline, with_subject


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


@pytest.mark.parametrize(("title", "expected"), [
    ("Flood barrier holds | Reuters", "Flood barrier holds"),
    ("Flood barrier holds | The Kestrel Courier", "Flood barrier holds"),
    ("Council votes 5 | 4 on the harbour budget", "Council votes 5 | 4 on the harbour budget"),
    ("Vote count | live updates from the town hall", "Vote count | live updates from the town hall"),
])
def test_only_a_name_after_the_last_bar_is_taken_for_the_outlets(title, expected):
    assert headline(title) == expected


@pytest.mark.parametrize(("title", "expected"), [
    ("LIVE: Port Callan chemical plant explosion - latest updates", "Port Callan chemical plant explosion"),
    ("BREAKING: Plant explodes in Port Callan", "Plant explodes in Port Callan"),
    ("Explosion at Harlow plant kills five - as it happened", "Explosion at Harlow plant kills five"),
    ("Watch - Drone footage shows the damage at Harlow", "Drone footage shows the damage at Harlow"),
    ("NATO: Russia must withdraw its troops now", "NATO: Russia must withdraw its troops now"),
    ("Live music returns to Orrin", "Live music returns to Orrin"),
    ("Live: five dead", "Live: five dead"),  # too little left without it
])  # fmt: skip
def test_a_page_kind_label_before_or_after_a_title_is_no_part_of_it(title, expected):
    """A new user's live blog became the event 'LIVE: ... - latest updates' (lexicon/kicker-words)."""
    assert headline(title) == expected


def test_a_long_title_is_not_cut_between_a_verb_and_the_to_it_takes():
    # cut after "wants", the title would say nothing; the clause before the first comma is kept whole
    text = ("The northern carmaker Halden Motors LLC has said that it wants to close 78, or about a quarter, "
            "of its 320 dealers in Ostrel by early June.")
    assert headline(text) == "The northern carmaker Halden Motors LLC wants to close 78"
