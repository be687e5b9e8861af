"""A sentence of several claims read clause by clause (claims/clauses.py): a clause another outlet
reports lets the sentence stand in that outlet's claim, and a clause no outlet in its claim says
makes a claim of its own, dated as that clause tells.

Fixtures: fictional outlets, people and places.
"""

from __future__ import annotations

from dataclasses import replace

from generator.model import DateMention, EventDate, Overrides
from generator.stages import claims
from generator.stages.claims import clauses

from .test_claims import art, st


def _dated(aid: str, text: str, marks: list[tuple[str, str]]) -> object:
    """Statement 1 of article ``aid``, dated by the first of the days its words name (``marks``)."""
    found = []
    for words, value in marks:
        at = text.index(words)
        found.append(DateMention(words, at, at + len(words), value, "day", "a weekday before publication"))
    return replace(st(aid, 1, text), dates=tuple(found),
                   event_date=EventDate(found[0].value, "day", "its words", mention=found[0]))  # fmt: skip


def _match(*statements):
    arts = [art(s.article, f"outlet-{s.article}") for s in statements]
    return claims.match(arts, {s.article: (s,) for s in statements}, [], Overrides())


TUGS = _dated("a", "The Denby harbour reopened on Friday morning, and the two Norvik tugboats, which arrived on Thursday, "
                   "worked from first light until dusk.", [("on Friday", "2024-03-01"), ("on Thursday", "2024-02-29")])
ARRIVED = _dated("b", "The two Norvik tugboats arrived in Denby harbour on Thursday morning and began towing the stranded "
                      "ferry.", [("on Thursday", "2024-02-29")])
ARRIVED_TOO = _dated("c", "Two tugboats sent by Norvik arrived at Denby harbour on Thursday and started work on the "
                          "stranded ferry.", [("on Thursday", "2024-02-29")])


def test_a_relative_clause_another_outlet_reports_puts_its_sentence_in_that_claim():
    # whole, the sentence names Friday and Thursday and says more than the arrival: no link; its clause
    # "the two Norvik tugboats, which arrived on Thursday" is the arrival the two others report
    found = _match(TUGS, ARRIVED, ARRIVED_TOO)
    arrival = next(c for c in found if "b#s1" in c.statements)
    assert set(arrival.statements) == {"a#s1", "b#s1", "c#s1"} and arrival.shared == ("a#s1",)
    assert arrival.date is not None and arrival.date.value == "2024-02-29"  # a shared statement dates nothing
    assert any(c.statements == ("a#s1",) for c in found)  # and the sentence keeps its own claim


def test_a_clause_about_another_happening_does_not_put_its_sentence_in_a_claim():
    left = _dated("b", "The two Norvik tugboats left Denby harbour on Sunday morning after towing the stranded ferry "
                       "out to sea.", [("on Sunday", "2024-03-03")])  # fmt: skip
    found = _match(TUGS, left)
    assert not any(c.shared for c in found)


def test_a_clause_no_outlet_in_its_claim_says_is_a_claim_dated_by_its_own_day():
    # the other outlet shares a word with the rest ("edge"), so the words alone keep the sentence in the
    # claim (halves); read as a clause, the rest says nothing the other says
    both = _dated("d", "The fire broke out on Monday afternoon in pine forest above Harlow, and by last night it had "
                       "reached the upper edge of Denby.", [("on Monday", "2024-03-04"), ("last night", "2024-03-05")])
    other = _dated("e", "The fire broke out on Monday afternoon in the pine forest above Harlow, near the edge of the "
                        "valley.", [("on Monday", "2024-03-04")])  # fmt: skip
    found = _match(both, other)
    outbreak = next(c for c in found if "e#s1" in c.statements)
    own = next(c for c in found if c.statements == ("d#s1",))
    assert outbreak.shared == ("d#s1",) and outbreak.date.value == "2024-03-04"
    assert own.date is not None and own.date.value == "2024-03-05"  # "by last night", not Monday


def test_clauses_are_cut_at_structure_not_at_an_acronym_or_a_time():
    assert clauses.spans("The Harlow Coast Agency (HCA) said about 900 people had left by Tuesday evening, after an "
                         "order covering two villages was extended to Denby.") == [
        "The Harlow Coast Agency (HCA) said about 900 people had left by Tuesday evening",
        "after an order covering two villages was extended to Denby.",
    ]  # fmt: skip
    assert clauses.spans("The Denby ferry left the harbour at 06:00 this morning with forty passengers on board.") == []


def test_a_relative_clause_set_off_by_commas_is_read_with_what_it_tells_about():
    found = clauses.spans("Mayor Ilse Brandvold, who visited Denby on Thursday, has promised aid to every household "
                          "that lost its boat.")  # fmt: skip
    assert found == ["Mayor Ilse Brandvold has promised aid to every household that lost its boat.",
                     "Mayor Ilse Brandvold, who visited Denby on Thursday"]  # fmt: skip


def test_a_participle_clause_is_a_clause_and_a_frame_before_a_colon_is_none():
    assert clauses.spans("Prosecutors released the Denby fisherman on Friday, saying there was not enough evidence "
                         "to hold him.") == [
        "Prosecutors released the Denby fisherman on Friday",
        "saying there was not enough evidence to hold him.",
    ]  # fmt: skip
    assert clauses.spans("The harbour master told reporters: the storm wrecked six boats and flooded the quay.") == []
