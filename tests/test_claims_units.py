"""One figure written in two metric units is one claim, not a disputed figure (text/numbers.py,
lexicon/measure-units.txt). Fixtures: fictional outlets and places."""

from __future__ import annotations

from .test_claims import art, run, st


def test_a_figure_in_hectares_and_in_square_kilometres_is_one_claim():
    a, b = art("a", "one"), art("b", "two")
    found = run(
        (a, [st("a", 1, "The Tolvin fire has burned about 4,200 hectares of scrub and pasture.")]),
        (b, [st("b", 1, "It burned some 42 square kilometres of scrub and pasture around Tolvin.")]),
    )
    assert len(found) == 1 and len(found[0].statements) == 2
    assert "number_differs" not in found[0].flags


def test_two_areas_that_differ_are_still_flagged():
    a, b = art("a", "one"), art("b", "two")
    found = run(
        (a, [st("a", 1, "The Tolvin fire has burned about 4,200 hectares of scrub and pasture.")]),
        (b, [st("b", 1, "The Tolvin fire has burned about 5,100 hectares of scrub and pasture.")]),
    )
    joined = [c for c in found if len(c.statements) == 2]
    assert not joined or "number_differs" in joined[0].flags


def test_a_figure_in_tonnes_and_in_tons_is_one_claim():
    a, b = art("a", "one"), art("b", "two")
    found = run(
        (a, [st("a", 1, "Crews cleared 40 tonnes of debris from the Harlow Quay slipway on Monday.")]),
        (b, [st("b", 1, "Roughly 40 tons of debris were cleared from the Harlow Quay slipway on Monday.")]),
    )
    assert len(found) == 1 and len(found[0].statements) == 2
    assert "number_differs" not in found[0].flags


def test_a_distance_in_miles_and_in_kilometres_is_one_claim():
    a, b = art("a", "one"), art("b", "two")
    found = run(
        (a, [st("a", 1, "The Orrin oil slick now covers 6 miles of coastline south of Brell.")]),
        (b, [st("b", 1, "The Orrin oil slick covers 10 kilometres of coastline south of Brell.")]),
    )
    assert len(found) == 1 and "number_differs" not in found[0].flags
