"""benchmarks/meantime.py: MEANTIME's tokens back into the running text claimline reads."""

from __future__ import annotations

from benchmarks import meantime


def test_treebank_quotation_marks_hold_on_to_the_words_they_enclose():
    tokens = ["Ms", "Vale", "said", "``", "We", "are", "ready", ".", "''"]
    assert meantime.detok(tokens) == 'Ms Vale said "We are ready."'


def test_plain_double_quotes_open_then_close_in_turn():
    tokens = ["the", "so-called", '"', "red", "line", '"', ",", "he", "said", ",", '"', "stays", '"', "."]
    assert meantime.detok(tokens) == 'the so-called "red line", he said, "stays".'


def test_clitics_and_brackets_join_their_words():
    tokens = ["Orlen", "'s", "shares", "(", "up", "4", "%", ")", "did", "n't", "fall"]
    assert meantime.detok(tokens) == "Orlen's shares (up 4%) didn't fall"


def test_a_quotation_open_at_a_sentences_end_goes_on_in_the_same_paragraph():
    sentences = ['He said: "We will appeal.', 'The ruling is wrong."', "The court declined to comment.",
                 'A spokesman called it "final".']
    assert meantime.paragraphs(sentences) == [
        'He said: "We will appeal. The ruling is wrong."', "The court declined to comment.",
        'A spokesman called it "final".']


def test_a_quotation_never_closed_runs_to_the_articles_end_rather_than_being_lost():
    assert meantime.paragraphs(['"One.', "Two.", "Three."]) == ['"One. Two. Three.']
