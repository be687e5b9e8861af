"""How statements are worded: material differences, names, directions, tolls and synonyms."""

from __future__ import annotations

import pytest

from generator.text import wording


def test_wording_differs_materially():
    assert wording.differs_materially(
        "rebel groups are part of the aggression", "Terrorist groups are part of the aggression"
    )
    assert not wording.differs_materially("Bagheri said Turkey is late", "Baqeri added that Turkey is late")
    assert not wording.differs_materially(
        "Israel is a strong partner", "\u201cIsrael is a strong partner,\u201d he said."
    )


def test_names_agreement():
    f = wording.names_agreement
    assert f(frozenset({"tallinn"}), frozenset({"harare"})) == pytest.approx(0.4)
    assert f(frozenset({"peru", "chile"}), frozenset({"peru", "togo"})) == pytest.approx(0.7)
    assert f(frozenset({"bagheri", "turkey"}), frozenset({"baqeri", "turkey"})) == 1.0  # a transliteration
    assert f(frozenset({"iran", "american"}), frozenset({"iranian", "us"})) == 1.0  # demonym, US / American
    assert f(frozenset({"syria"}), frozenset({"syria", "al-mayadeen"})) == 1.0  # one names more
    assert f(frozenset(), frozenset({"oslo"})) == 1.0


def test_a_name_romanised_two_ways_is_one_name():
    # Serbian "-ić" and Ukrainian "-ych" of one fictional governor: too far apart for the spelling ratio alone
    assert wording.same_name("mirkovic", "myrkovych") and wording.same_name("lazic", "lazych")
    assert wording.names_agreement(frozenset({"mirkovic", "velmar"}), frozenset({"myrkovych", "velmar"})) == 1.0
    assert not wording.same_name("hassan", "hussein")  # a vowel transliteration keeps


def test_names_set_two_statements_apart_only_against_names_of_their_kind():
    f = wording.names_compared
    valley, volunteer = frozenset({"orsava"}), frozenset({"anka", "brelic"})
    # "... in the Orsava valley" / "volunteer Anka Brelic ...": one tells where, the other who
    assert f(valley, volunteer, frozenset(), volunteer)[1] == 1.0
    assert f(valley, volunteer)[1] == pytest.approx(0.4)  # kinds unknown: apart, as before
    # two places, or two people, still set them apart
    assert f(valley, frozenset({"tarnel"}))[1] == pytest.approx(0.4)
    assert f(volunteer, frozenset({"ivo", "sedak"}), volunteer, frozenset({"ivo", "sedak"}))[1] == pytest.approx(0.4)


def test_names_are_what_the_corpus_capitalises_and_never_writes_in_lower_case():
    find = wording.NameFinder(
        ["Floods hit Tallinn on Sunday.", "The floods in Harare", "Gen. Mohammad Baqeri said it"]
    )
    assert find("Floods hit Tallinn on Sunday.") == {"tallinn"}
    assert find("Referring to Harare, Maj. Gen. Baqeri said") == {"harare", "baqeri"}


def test_reports_moving_opposite_ways_are_opposed():
    cw = wording.content_words
    assert wording.opposed(cw("The FTSE 100 dropped 2.36%"), cw("The FTSE 100 rose 8.04%"))
    assert not wording.opposed(cw("The FTSE 100 dropped 2.36%"), cw("The FTSE 100 fell 2.4%"))


def test_news_synonyms_are_made_one_and_nothing_else_is():
    cw = wording.content_words
    assert wording.meanings(cw("15 people were wounded in an explosion")) == wording.meanings(
        cw("15 persons were injured in a blast")
    )
    assert wording.meanings(cw("killed")) != wording.meanings(cw("injured"))
    assert wording.meanings(cw("the rate rose")) == cw("the rate rose")


def test_a_toll_of_the_dead_is_another_than_one_of_the_injured():
    cw = wording.content_words
    assert wording.other_toll(cw("12 people were killed"), cw("15 people were wounded"))
    assert wording.other_toll(cw("15 people were hurt"), cw("12 died"))
    assert not wording.other_toll(cw("12 killed and 40 injured"), cw("12 dead and 40 wounded"))
    assert not wording.other_toll(cw("12 killed"), cw("at least 15 dead"))


def test_people_of_other_fates_are_other_counts():
    cw = wording.content_words
    assert wording.other_toll(cw("12 protesters were injured in Korvel"), cw("12 protesters were detained in Korvel"))
    assert wording.other_toll(cw("three climbers are missing"), cw("three climbers died"))
    assert not wording.other_toll(cw("four were arrested and two hurt"), cw("police detained four"))
    assert not wording.other_toll(cw("the ferry sank"), cw("12 people were killed"))  # no fate in one


def test_an_action_and_its_reverse_are_undone():
    cw = wording.content_words
    assert wording.undone(cw("Police closed the ring road"), cw("The ring road reopened on Friday"))
    assert wording.undone(cw("The council imposed a curfew"), cw("The council lifted the curfew"))
    assert wording.undone(cw("Police detained a man"), cw("Prosecutors released the man"))
    assert not wording.undone(cw("The road reopened four days after police closed it"), cw("The road reopened"))
    assert not wording.undone(cw("Police closed the road"), cw("Police shut the road"))
