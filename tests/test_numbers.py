"""Numbers in statements: found in digits and words, dates skipped, compared across outlets."""

from __future__ import annotations

import pytest

from generator.text import numbers


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("12 people were injured", [("12", 12)]),
        ("at least 15 injured", [("at least 15", 15)]),
        ("twenty-five soldiers and two hundred civilians", [("twenty-five", 25), ("two hundred", 200)]),
        ("a dozen eggs and 3.5 million dollars", [("a dozen", 12), ("3.5 million", 3_500_000)]),
        ("1,000 troops", [("1,000", 1000)]),
        ("the 6th tripartite summit on July 1, 2020", []),
        ("one of the officials", []),
    ],
)
def test_numbers_in_digits_and_words(text, found):
    assert [(n.text, n.value) for n in numbers.find(text)] == found


def test_numbers_inside_dates_are_skipped():
    text = "On 4 March, 17 people were hurt"
    assert [n.text for n in numbers.find(text, skip=((3, 10),))] == ["17"]


def test_numbers_disagree_only_when_they_cannot_be_the_same():
    f = numbers.find
    assert numbers.disagree(f("12 injured"), f("at least 15 injured"))
    assert not numbers.disagree(f("twelve injured"), f("12 injured"))
    assert not numbers.disagree(f("12 injured"), f("no figure given"))


def test_a_number_as_written_keeps_its_qualifier_and_its_offsets():
    text = "Officials said at least 15 people were wounded."
    (n,) = numbers.find(text)
    assert (n.text, n.low, n.high) == ("at least 15", 15, float("inf"))
    assert text[n.start : n.end] == "at least 15"


def test_a_figure_in_another_metric_unit_is_the_same_figure():
    hectares, square_km = numbers.find("The blaze burned about 4,200 hectares of scrub near Tolvin.")[0], numbers.find(
        "The blaze burned some 42 square kilometres of scrub near Tolvin.")[0]  # fmt: skip
    assert (hectares.value, hectares.kind) == (square_km.value, square_km.kind) == (4200.0, "area")
    assert hectares.text == "about 4,200"  # shown as written
    assert not numbers.disagree([hectares], [square_km])
    metres, km = numbers.find("a 12,000 metres stretch")[0], numbers.find("a 12 km stretch")[0]
    assert not numbers.disagree([metres], [km])


def test_a_figure_with_a_unit_and_a_bare_count_or_another_kind_disagree():
    assert numbers.disagree(numbers.find("42 square kilometres"), numbers.find("42 homes"))
    assert numbers.disagree(numbers.find("5 kilometres"), numbers.find("5,000 kilograms"))
    assert numbers.find("£5m for the fund") == []  # a one-letter "m" is a million as often as a metre


@pytest.mark.parametrize(("text", "figures"), [
    ("14:10 Mayor Petra Ossendrup says 200 people were moved.", ["200"]),  # a live blog's stamp
    ("The road reopened at 06:00 this morning; 3 lanes are open.", ["3"]),
    ("At 6.30pm the 12 ships left.", ["12"]),
    ("At 6:30 pm, 4 boats were out.", ["4"]),
])
def test_a_time_of_day_is_no_figure_of_the_claim(text, figures):
    assert [n.text for n in numbers.find(text)] == figures


@pytest.mark.parametrize(("text", "figures"), [
    ("The fee rose to 2.50 euros.", ["2.50"]),  # a price: a dot and no am/pm
    ("The home side led 3:1 at the break.", ["3", "1"]),  # a score: one digit after the colon
])
def test_a_figure_that_looks_like_a_time_is_still_one(text, figures):
    assert [n.text for n in numbers.find(text)] == figures


def test_a_figure_something_changed_from_is_not_one_the_statement_reports():
    def figures(text):
        return [n.text for n in numbers.current(text, numbers.find(text))]

    assert figures("The Holm council raised its count of flooded homes to 64 on Monday, from 43.") == ["64"]
    assert figures("The Holm council raised its count of flooded homes from 43 to 64.") == ["64"]
    assert figures("In all 1.2 million members were affected, up from the roughly 400,000 first given.") == ["1.2 million"]
    # "from" with no figure changed to: where they came from, not what was
    assert figures("Fourteen people came from 3 villages above Holm.") == ["Fourteen", "3"]
    assert figures("The ferry sailed from 2 ports.") == ["2"]


@pytest.mark.parametrize(("text", "figures"), [
    ("The Tessford 100 index fell 2% on Monday.", ["2"]),  # an index named with a number
    ("Analysts at the bank said the Marlow 500 was down more than 7%.", ["more than 7"]),
    ("The Vestal 787 will seat up to 330 passengers.", ["up to 330"]),  # a model
    ("Orders for the new Halden iPhone 4 reached 1.7 million.", ["1.7 million"]),
    ("KORVA 40 shares rose by 3 points.", ["3"]),  # a capitalised index opening the sentence
    ("The VX350 carries 555 people.", ["555"]),  # digits glued to letters: a code
    ("Police closed the A3 motorway after 2 crashes.", ["2"]),
])
def test_a_number_that_is_part_of_a_name_is_no_figure(text, figures):
    assert [n.text for n in numbers.find(text)] == figures


@pytest.mark.parametrize(("text", "figures"), [
    ("Another 40 homes burned near Holm.", ["40"]),  # a capitalised first word is no name
    ("Only 12 people came to the hearing in Ostrel.", ["12"]),
    ("On Monday 500 people marched in Ostrel.", ["500"]),  # the calendar
    ("The council borrowed USD 40 million.", ["40 million"]),  # a currency code
    ("A 40-page report was published.", ["40"]),
    ("The 20 people were rescued.", ["20"]),
])
def test_a_number_after_a_capital_that_names_nothing_is_still_a_figure(text, figures):
    assert [n.text for n in numbers.find(text)] == figures


@pytest.mark.parametrize(("text", "value", "written"), [
    ("Shares in Pellmar Foods fell nearly a fifth on Monday.", 20.0, "nearly a fifth"),
    ("Orvik Mutual covers close to two-thirds of the islanders.", 66.666667, "close to two-thirds"),
    ("The levy reaches more than a quarter of the households.", 25.0, "more than a quarter"),
    ("Close to two in three voters in Branhal stayed home.", 66.666667, "Close to two in three"),
    ("More than half of the fires in Tesk are started by people.", 50.0, "More than half"),
    ("Pellmar shares fell 18 percent.", 18.0, "18"),
    ("Pellmar shares fell 18.4%.", 18.4, "18.4"),
])
def test_a_share_in_words_or_in_percent_is_a_figure_in_percent(text, value, written):
    (n,) = numbers.find(text)
    assert (n.text, n.value, n.kind) == (written, value, numbers.SHARE)


@pytest.mark.parametrize("text", [
    "The search went on for a fifth day near Tesk.",  # an ordinal
    "The order was extended to a fourth village, Olm.",
    "The hearing lasted half an hour.",  # a time
    "He left on the third of May.",
])
def test_an_ordinal_or_a_time_is_no_share(text):
    assert [n.kind for n in numbers.find(text)] == []


@pytest.mark.parametrize(("a", "b"), [
    ("Pellmar shares fell nearly a fifth", "Pellmar shares slumped 18 percent"),
    ("Pellmar shares fell 18%", "Pellmar shares closed 18.4 percent lower"),
    ("Orvik covers close to two in three islanders", "Orvik covers nearly two-thirds of the islanders"),
    ("the data of about 40,000 members", "the data of 40,000 members"),
    ("more than 120 homes burned", "at least 120 homes burned"),
])
def test_one_figure_told_two_ways_agrees(a, b):
    xs, ys = numbers.find(a), numbers.find(b)
    assert numbers.agree(xs, ys) and not numbers.disagree(xs, ys)


def test_an_open_range_may_hold_a_figure_without_agreeing_with_it():
    xs, ys = numbers.find("the breach now affects more than a million people"), numbers.find("1.2 million members")
    assert not numbers.disagree(xs, ys) and not numbers.agree(xs, ys)  # neither a penalty nor a match
    # ... only near its bound: "more than 40,000 calls" is not "about 400,000 members"
    assert numbers.disagree(numbers.find("more than 40,000 calls"), numbers.find("about 400,000 members"))
    assert numbers.disagree(numbers.find("up to 6,000 litres"), numbers.find("more than 3,000 people"))


@pytest.mark.parametrize(("a", "b"), [
    ("12 injured", "13 injured"),  # two exact counts one apart are two counts
    ("about 3,000 people left", "about 3,400 people left"),  # two estimates further apart than their words allow
    ("18 percent", "18 people"),  # a share and a count
    ("thousands more", "up to 5,000 crowns"),
])
def test_figures_that_are_not_one_figure_do_not_agree(a, b):
    assert not numbers.agree(numbers.find(a), numbers.find(b))


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Ostrel Motors may need as much as $30 billion.", 0.0, 30e9),  # a ceiling, not the figure
    ("As many as 300 jobs could go at Ostrel.", 0.0, 300.0),
    ("The Pellmar loss came to more than €15 billion.", 15e9, float("inf")),  # a currency sign after the qualifier
])
def test_a_ceiling_or_a_floor_in_words_is_an_open_range(text, low, high):
    (n,) = numbers.find(text)
    assert (n.low, n.high, n.bound) == (low, high, "open")


def test_a_ceiling_does_not_agree_with_the_figure_it_bounds():
    ceiling, paid = numbers.find("Ostrel may need as much as $30 billion"), numbers.find("Ostrel was given $30 billion")
    assert not numbers.agree(ceiling, paid) and not numbers.disagree(ceiling, paid)


@pytest.mark.parametrize(("a", "b"), [
    ("Crews at Harlow Quay cleared 40 tonnes of debris", "crews cleared roughly 40 tons of debris at Harlow Quay"),
    ("the barge carried 40 tons of grain", "the barge carried 36 tonnes of grain"),  # 40 short tons
    ("the slick covered 6 miles of the Orrin coast", "the slick covered 10 kilometres of the Orrin coast"),
    ("about 500 acres of Fenwold farmland flooded", "some 200 hectares of Fenwold farmland flooded"),
])
def test_a_figure_in_an_imperial_unit_or_in_tons_is_its_metric_figure(a, b):
    xs, ys = numbers.find(a), numbers.find(b)
    assert numbers.agree(xs, ys) and not numbers.disagree(xs, ys)


def test_tons_of_one_size_or_the_other_do_not_stretch_to_any_figure():
    assert numbers.disagree(numbers.find("40 tons of grain"), numbers.find("30 tonnes of grain"))
    assert numbers.disagree(numbers.find("6 miles of coast"), numbers.find("6 kilometres of coast"))


def test_pounds_are_money_as_often_as_weight():
    (n,) = numbers.find("a fine of 5,000 pounds")
    assert n.kind == ""


@pytest.mark.parametrize(("a", "b", "rounded"), [
    ("about 300 residents left Tesk", "Around 350 people left Tesk", True),  # 300 may be 350 rounded to hundreds
    ("some 2,000 homes", "2,400 homes", True),
    ("about 300 residents", "about 400 residents", False),  # further than either estimate's rounding
    ("about 4,200 hectares", "about 5,100 hectares", False),
    ("12 injured", "15 injured", False),  # exact counts are told to the unit
])
def test_an_estimate_is_told_to_its_roundness(a, b, rounded):
    xs, ys = numbers.find(a), numbers.find(b)
    assert numbers.disagree(xs, ys)  # a claim's flag: the figures differ as told
    assert numbers.disagree(xs, ys, rounded=True) is not rounded  # the scorer: no evidence against one claim


@pytest.mark.parametrize(("a", "b"), [
    ("The former mayor was jailed for four and a half years.", "The former mayor was jailed for 54 months."),
    ("The union called a 48-hour strike at the port.", "The union called a two-day strike at the port."),
    ("The coach signed a three-year contract.", "The coach signed a contract for three years."),
    ("The dam will be closed for two weeks.", "The dam will be closed for 14 days."),
])  # fmt: skip
def test_a_span_of_time_in_another_unit_is_the_same_figure(a, b):
    assert numbers.agree(numbers.find(a), numbers.find(b))


@pytest.mark.parametrize(("a", "b"), [
    ("The former mayor was jailed for three years.", "The former mayor was jailed for 54 months."),
    ("The court closed for three days.", "The court closed for three weeks."),
])  # fmt: skip
def test_spans_of_time_that_cannot_be_one_disagree(a, b):
    assert not numbers.agree(numbers.find(a), numbers.find(b))


def test_an_age_is_no_span_of_time():
    young, old = numbers.find("The striker, a 24-year-old from Holm, scored twice."), numbers.find("He is 24 years old.")
    assert [(n.value, n.kind) for n in young] == [(24.0, "")] and [(n.value, n.kind) for n in old] == [(24.0, "")]


def test_and_a_half_adds_a_half():
    (found,) = numbers.find("Prices rose for four and a half months.")
    assert found.text == "four and a half" and found.kind == "time" and found.value == 4.5 * 29.5
