"""What a name is, from the words around it: its head word (a company's, an institution's, a
venue's), a role abbreviation before it, a role "of" a place before it. Fictional people and places."""

from __future__ import annotations

import pytest

from generator.text.names import find_names


def _kinds(text: str) -> dict[str, str]:
    return {n.name: n.kind for n in find_names(text)}


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Workers at Harlow Chemicals walked out on Monday.", "Harlow Chemicals", "body"),
    ("Orrin Foods said it would appeal.", "Orrin Foods", "body"),
    ("Fans gathered at Callan Arena for the rally.", "Callan Arena", "place"),
    ("Trains to Velm Central Station were cancelled.", "Velm Central Station", "place"),
    ("Pupils at Lisk Academy were sent home.", "Lisk Academy", "body"),
])
def test_a_company_institution_or_venue_head_is_no_person(text, name, kind):
    assert _kinds(text)[name] == kind


@pytest.mark.parametrize("text", ["Danielle Steel wrote to the council.", "Stuart Hall spoke on Monday."])
def test_a_surname_that_is_also_a_building_word_stays_a_person(text):
    assert list(_kinds(text).values()) == ["person"]


def test_a_saints_possessive_before_an_institution_is_one_name():
    found = _kinds("Four patients were moved to St. Brigid's Hospital in Lisk.")
    assert found["St. Brigid's Hospital"] == "body" and "St. Brigid" not in found and "Hospital" not in found
    # a possessive before more than the head still ends the name: Tarvel | President Ivo Lant
    assert [n.name for n in find_names("Tarvel's President Ivo Lant spoke.")] == ["Tarvel", "Ivo Lant"]


def test_a_role_abbreviation_before_a_name_is_its_role():
    found = find_names("PM Havgaard said the Harlow plant would close.")
    assert (found[0].name, found[0].kind, found[0].role) == ("Havgaard", "person", "PM")


@pytest.mark.parametrize("text", ["The vote in Lisk closes at 10 PM Tuesday.", "Polls close at 10 PM Havgaard time."])
def test_a_clock_word_after_a_number_is_no_role(text):
    assert all(n.kind != "person" for n in find_names(text))


def test_a_role_of_a_place_then_a_name_gives_the_person():
    found = find_names("Governor of Estmere Tomas Reyvik said the ban would stay.")
    assert [(n.name, n.kind, n.role) for n in found] == [("Estmere", "place", ""),
                                                         ("Tomas Reyvik", "person", "Governor of Estmere")]
    found = find_names("Chief Executive of Harlow Chemicals Dana Wirth resigned.")
    assert [(n.name, n.kind) for n in found] == [("Dana Wirth", "person")]
    # no person after the object: the object stays whole ("CEO of Orrin Commercial Airplanes")
    assert [n.name for n in find_names("Ivo Lant, CEO of Orrin Commercial Airplanes, resigned.")][-1] == \
        "Orrin Commercial Airplanes"


@pytest.mark.parametrize("text, place", [
    ("Mayor of Orrin Edda Lindqvist opened the quay.", "Orrin"),
    ("The governor of Estmere said the ban would stay.", "Estmere"),
    ("The Prime Minister of Ostria, Tomas Reyvik, said the talks failed.", "Ostria"),
    ("Ambassador of Valdoria Amara Lind left the talks.", "Valdoria"),
])  # fmt: skip
def test_the_name_a_place_s_role_is_held_over_is_a_place(text, place):
    found = {n.name: (n.kind, n.role) for n in find_names(text)}
    assert found[place] == ("place", "")


@pytest.mark.parametrize("text, name, kind", [
    ("The head of Corvella said profits fell.", "Corvella", "other"),  # a firm's role: no place
    ("Governor of the Bank of Velden Ada Lunde said rates would rise.", "Bank of Velden", "body"),
])  # fmt: skip
def test_a_body_after_of_or_a_firm_s_role_is_no_place(text, name, kind):
    found = {n.name: n.kind for n in find_names(text)}
    assert found.get(name, kind) == kind and "place" not in found.values()
