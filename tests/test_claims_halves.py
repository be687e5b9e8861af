"""A sentence of two claims whose other outlets say one of them only is a claim of its own and
stands in theirs as a shared statement (claims/halves.py).

Fixtures: fictional outlets, people and places.
"""

from __future__ import annotations

from dataclasses import replace

from generator.model import DateMention, EventDate, Overrides
from generator.stages import claims
from generator.stages.claims import halves, items

from .test_claims import art, st

TWO = ("Two crew members of the Harlow lifeboat were flown to hospital in Denby, where doctors said one of "
       "them was in a serious condition.")  # fmt: skip
ONE = "Two crew members of the Harlow lifeboat were flown to hospital in Denby on Monday."


def _match(first, second):
    a, b = art("a", "one"), art("b", "two")
    return claims.match([a, b], {"a": (first,), "b": (second,)}, [], Overrides())


def test_a_sentence_whose_other_half_no_other_outlet_says_is_a_claim_of_its_own():
    found = _match(st("a", 1, TWO), st("b", 1, ONE))
    assert len(found) == 2
    both = next(c for c in found if "b#s1" in c.statements)
    own = next(c for c in found if c is not both)
    # the other outlet's claim lists the sentence as shared, with its outlet; its text and id stay its own
    assert both.shared == ("a#s1",) and both.sources == ("one", "two") and both.id == "c-b-s1"
    # the sentence's own claim carries what only its outlet says
    assert own.statements == ("a#s1",) and own.sources == ("one",) and "doctors" in own.text


def test_a_word_in_common_with_the_other_half_keeps_the_sentence_in_the_claim():
    other = "Two crew members of the Harlow lifeboat were flown to hospital in Denby, one in a serious condition."
    found = _match(st("a", 1, TWO), st("b", 1, other))
    assert len(found) == 1 and set(found[0].statements) == {"a#s1", "b#s1"} and not found[0].shared


def test_a_sentence_the_other_outlet_says_whole_is_not_taken_out():
    said = "Two crew members of the Harlow lifeboat were flown to hospital in Denby, where doctors treated them."
    found = _match(st("a", 1, said), st("b", 1, "Doctors in Denby treated two crew members of the Harlow lifeboat "
                                                "who were flown to hospital."))  # fmt: skip
    assert len(found) == 1 and not found[0].shared


def _dated(aid: str, text: str, day_words: str, value: str = "2024-03-02") -> object:
    at = text.index(day_words)
    mention = DateMention(day_words, at, at + len(day_words), value, "day", "weekday before publication")
    return replace(st(aid, 1, text), dates=(mention,), event_date=EventDate(value, "day", "its words", mention=mention))


def test_a_sentence_whose_rest_is_another_time_is_a_claim_dated_as_its_rest_tells():
    # "on Saturday" dates the search's end, not the divers still at work: the claim of the rest takes
    # its article's day (``clauses.rest_date``), not Saturday
    text = ("The Denby coastguard called off the search for the trawler Kestrel Bay on Saturday, though divers are "
            "still checking the wreck.")  # fmt: skip
    other = "The Denby coastguard called off the search for the trawler Kestrel Bay on Saturday."
    found = _match(_dated("a", text, "on Saturday"), _dated("b", other, "on Saturday"))
    search = next(c for c in found if "b#s1" in c.statements)
    own = next(c for c in found if c.statements == ("a#s1",))
    assert search.shared == ("a#s1",) and search.date.value == "2024-03-02"
    assert own.date is not None and own.date.value == "2024-03-04"  # the article's day


def test_two_past_clauses_share_their_day_so_the_sentence_is_taken_out():
    text = ("The Denby coastguard called off the search for the trawler Kestrel Bay on Saturday, and the crew's "
            "families held a vigil at the harbour.")  # fmt: skip
    other = "The Denby coastguard called off the search for the trawler Kestrel Bay on Saturday."
    found = _match(_dated("a", text, "on Saturday"), _dated("b", other, "on Saturday"))
    assert len(found) == 2
    own = next(c for c in found if c.statements == ("a#s1",))
    assert own.date is not None and own.date.value == "2024-03-02"


def test_clause_texts_are_cut_as_the_clause_words_are():
    it = items.build([art("a", "one")], {"a": (st("a", 1, TWO),)}, Overrides())[0]
    texts = halves._clause_texts(TWO)
    assert len(texts) == len(it.clauses()) == 2
    assert texts[1][0].strip().startswith("doctors said") and texts[1][1] == "where"


def test_the_frame_of_what_the_other_outlet_says_is_no_claim_of_its_own():
    quoted = 'Harbour master Ilse Varga, for her part, said: "The Kestrel Bay sank within minutes of the collision."'
    for text in (quoted, "Harbour master Ilse Varga told reporters at the quay that the Kestrel Bay sank within "
                         "minutes of the collision."):  # fmt: skip
        found = _match(st("a", 1, text), st("b", 1, "The Kestrel Bay sank within minutes of the collision."))
        assert len(found) == 1 and not found[0].shared


# a relative clause set off by commas inside the sentence ("X, who said ..., declined ..."): the
# clause other outlets say is the relative one, and the sentence's own claim is what stands around it
EMBEDDED = ("Harbour master Ilse Brandvold, who said on Monday that the Denby pier had been closed too late, "
            "declined to comment on the ferry inquiry.")  # fmt: skip


def test_a_sentence_whose_embedded_relative_clause_other_outlets_say_is_a_claim_of_its_own():
    other = "The Denby pier had been closed too late, she said."
    found = _match(st("a", 1, EMBEDDED), st("b", 1, other))
    assert len(found) == 2
    both = next(c for c in found if "b#s1" in c.statements)
    own = next(c for c in found if c is not both)
    assert both.shared == ("a#s1",) and both.sources == ("one", "two")
    assert own.statements == ("a#s1",) and "declined" in own.text


def test_the_text_around_an_embedded_relative_clause_is_one_clause():
    texts = halves._clause_texts(EMBEDDED)
    assert [o for _, o in texts] == ["", "who"]
    assert "declined to comment" in texts[0][0] and "Brandvold" in texts[0][0] and "pier" in texts[1][0]


def test_a_sentence_whose_first_two_clauses_other_outlets_say_is_a_claim_of_its_own_for_the_third():
    # the other outlet says "escaped with burns" and "airlifted to hospital" (two clauses, cut at
    # "and"), nothing of the doctors: the doctors' clause is this outlet's own claim
    three = ("Two of the Harlow lifeboat crew escaped with burns and were airlifted to hospital in Denby; "
             "doctors there said one remained in a critical condition.")  # fmt: skip
    other = "Two of the Harlow lifeboat crew suffered burns and were flown to hospital in Denby."
    found = _match(st("a", 1, three), st("b", 1, other))
    assert len(found) == 2
    both = next(c for c in found if "b#s1" in c.statements)
    own = next(c for c in found if c is not both)
    assert both.shared == ("a#s1",) and own.statements == ("a#s1",)


def test_an_outlet_naming_what_an_embedded_relative_clause_tells_about_does_not_say_the_clause_around_it():
    # both clauses are about the harbour authority: the other outlet naming it says the inquiry only
    text = ("The Denby harbour authority, which opened an inquiry into the ferry collision last week, said it "
            "had been told of a second accident and would review it.")  # fmt: skip
    other = "The Denby harbour authority opened an inquiry into the ferry collision last week."
    found = _match(st("a", 1, text), st("b", 1, other))
    assert len(found) == 2
    both = next(c for c in found if "b#s1" in c.statements)
    own = next(c for c in found if c is not both)
    assert both.shared == ("a#s1",) and own.statements == ("a#s1",)
    assert halves._antecedents(text) == {"denby", "harbour", "authority"}
