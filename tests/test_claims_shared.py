"""A sentence that reports two claims stands in both (claims/shared.py), and the parts of a
sentence are compared on their own (items.Item.clauses, the ``clause_cosine`` signal).

Fixtures: fictional outlets, people and places.
"""

from __future__ import annotations

from dataclasses import replace

from generator.model import Overrides
from generator.stages import claims
from generator.stages.claims import features, items, scorer

from .test_claims import art, run, st

BOTH = ("The Marlowe council declared a state of emergency in the Ferris district on Friday after ranger "
        "Tomas Vilk was killed by a falling tree.")  # fmt: skip
DEATH = "Ranger Tomas Vilk, 41, was killed by a falling tree near Ferris on Friday."
EMERGENCY = "The Marlowe council declared a state of emergency in the Ferris district on Friday evening."


def _three(model=scorer.MODEL):
    a, b, c = art("a", "one"), art("b", "two"), art("c", "three")
    pairs = [(a, [st("a", 1, BOTH)]), (b, [st("b", 1, DEATH)]), (c, [st("c", 1, EMERGENCY)])]
    return claims.match([x for x, _ in pairs], {x.id: tuple(s) for x, s in pairs}, [], Overrides(), model=model)


def test_a_sentence_reporting_two_claims_stands_in_both():
    found = _three()
    assert len(found) == 2
    death = next(c for c in found if "b#s1" in c.statements)
    emergency = next(c for c in found if "c#s1" in c.statements)
    assert "a#s1" in death.statements and "a#s1" in emergency.statements
    # its own claim is one of them; in the other it is shared: listed with its outlet, not the claim's text
    assert [c for c in found if "a#s1" in c.shared] in ([death], [emergency])
    for c in found:
        assert c.sources == tuple(sorted({"one", "two" if c is death else "three"}))
        assert c.id != "c-a-s1" or "a#s1" not in c.shared


def test_a_shared_statement_never_names_or_dates_the_claim_it_joins():
    found = _three()
    shared = next(c for c in found if c.shared)
    assert shared.id != "c-a-s1" and shared.text != BOTH


def test_without_sharing_a_sentence_of_two_claims_stays_in_one():
    found = _three(replace(scorer.MODEL, share=2.0))
    assert sum("a#s1" in c.statements for c in found) == 1
    assert not any(c.shared for c in found)


def test_a_sentence_of_one_claim_is_shared_with_no_other():
    a, b, c = art("a", "one"), art("b", "two"), art("c", "three")
    found = run(
        (a, [st("a", 1, DEATH)]),
        (b, [st("b", 1, "Ranger Tomas Vilk was killed on Friday when a tree fell on him near Ferris.")]),
        (c, [st("c", 1, EMERGENCY)]),
    )
    assert not any(c.shared for c in found)
    assert sum(len(c.statements) for c in found) == 3


def test_a_sentence_is_cut_into_clauses_at_clause_openers_not_at_commas():
    its = items.build([art("a", "one")], {"a": (st("a", 1, BOTH), st("a", 2, DEATH), st("a", 3, "Rain fell."))},
                      Overrides())  # fmt: skip
    both, death, short = its
    assert len(both.clauses()) == 2  # "... Friday" | "after ranger Tomas Vilk was killed ..."
    assert both.clauses()[1][:3] == ["ranger", "toma", "vilk"]
    assert death.clauses() == []  # a comma sets off "41", not a clause
    assert short.clauses() == []  # one clause: nothing to compare apart


def test_a_clause_that_says_the_other_sentence_scores_more_than_the_whole():
    a, b = art("a", "one"), art("b", "two")
    its = items.build([a, b], {"a": (st("a", 1, BOTH),), "b": (st("b", 1, DEATH),)}, Overrides())
    idf = items.word_idf(its)
    vectors = items.Vectors(its, idf)
    x = features.features(its[0], its[1], vectors, idf)
    named = dict(zip(features.FEATURES, x, strict=True))
    assert named["clause_cosine"] > named["word_cosine"] + 0.15  # 0.71 against 0.55
