"""Which kind a name is, on real text: two capitalised words are taken for a person's name only
for want of a better reading, and MEANTIME's Wikinews articles listed many firms, products and
jobs as people ("Aer Lingus Group PLC", "Ford Australia", "Treasury Secretary", "Big Three").
A firm's legal form, a role that ends the run, a number word, a demonym that opens it, a place's
opening or closing word, and the firm's own name used alone elsewhere each tell the name is no
one's (text/names.classify, stages/entities/merge._brand_names, naming.cluster_kind).

Measured by ``benchmarks/entities.py`` (entity kinds against MEANTIME's types). Fixtures:
fictional firms, people and places.
"""

from __future__ import annotations

import pytest

from generator.model import Article, Segment
from generator.stages.entities import resolve
from generator.stages.statements import split
from generator.text.names import classify, find_names


def run(bodies: dict[str, str]):
    arts = [Article(id=aid, path=f"{aid}.txt", source=aid, title=None, url=None, published=None,
                    published_text=None, published_has_time=False, body=b, body_line=1)
            for aid, b in bodies.items()]
    stmts = {a.id: split(a, (Segment(0, len(a.body), a.body, False),)) for a in arts}
    return resolve(arts, stmts, ())[0]


def kind_of(ents, name: str) -> str:
    hits = [e for e in ents if e.name == name or name in e.aliases]
    assert len(hits) == 1, (name, [(e.name, e.aliases) for e in ents])
    return hits[0].kind


@pytest.mark.parametrize("name, kind", [
    ("Harlow Lingus Group PLC", "body"),
    ("Corvella Holdings Ltd", "body"),
    ("Vantrell Brothers", "body"),
    ("Osterby Pty", "body"),
])  # fmt: skip
def test_a_legal_form_makes_a_firm(name, kind):
    assert classify(name) == kind


@pytest.mark.parametrize("name", ["Corvella Chairman", "Treasury Secretary", "Fenmark Spokesman"])
def test_a_job_without_its_holder_is_no_person(name):
    assert classify(name) == "other"


@pytest.mark.parametrize("name", ["Carole Vantrell King", "Mira Judge", "Tomas Prince"])
def test_a_surname_that_is_also_a_role_stays_a_person(name):
    assert classify(name) == "person"


@pytest.mark.parametrize("name", ["Big Three", "Orrin Five Hundred"])
def test_a_count_is_no_person(name):
    assert classify(name) == "other"


@pytest.mark.parametrize("name", ["Peruvian Condor", "Kenyan Skyways"])
def test_a_name_opened_by_a_demonym_is_a_national_firm(name):
    assert classify(name) == "body"


@pytest.mark.parametrize("name", ["Sami Lunde", "Levi Orsted", "Dawn French"])
def test_a_first_name_that_looks_like_a_demonym_stays_a_person(name):
    assert classify(name) == "person"


@pytest.mark.parametrize("name", ["St. Halvard", "San Orlo", "Brenna Beach", "Orrin Factory"])
def test_a_place_by_its_opening_or_closing_word(name):
    assert classify(name) == "place"


def test_a_legal_form_ends_the_firm_before_its_officer_s_name():
    found = find_names("\"We grew,\" said the chairman of Harlow LLC Ada Lunde.")
    assert [(n.name, n.kind) for n in found] == [("Harlow LLC", "body"), ("Ada Lunde", "person")]
    found = find_names("Harlow Group Chief Executive Ada Lunde said so.")
    assert [(n.name, n.kind) for n in found] == [("Harlow Group", "body"), ("Ada Lunde", "person")]


def test_the_firm_s_long_name_outweighs_its_short_one_read_as_a_person():
    ents = run({
        "a": "Harlow Lingus Group PLC said on Monday that it would cut 300 jobs.",
        "b": "Harlow Lingus will cut jobs. Harlow Lingus said profits fell. Shares in Harlow Lingus fell.",
    })
    assert kind_of(ents, "Harlow Lingus") == "body"


def test_a_branch_of_a_firm_named_alone_is_no_person():
    ents = run({
        "a": "Shares of Halvik fell on Monday. Analysts said Halvik would cut jobs.",
        "b": "Halvik Australia will close its plant in Orrin, the union said. Halvik said it regretted it.",
    })
    assert kind_of(ents, "Halvik Australia") != "person"


def test_a_first_name_used_alone_once_keeps_the_person():
    ents = run({
        "a": "Tomas Verhoeven opened the bridge on Monday. Tomas Verhoeven said it cost too much.",
        "b": "The crowd cheered when Tomas Verhoeven arrived. Friends said Tomas and Ada were late.",
    })
    assert kind_of(ents, "Tomas Verhoeven") == "person"


def test_a_first_name_that_opens_a_titled_name_is_no_firm():
    """'Steve' alone, more often than 'Steve Wozniak': still a first name, since 'CEO Steve Lind'
    shows it opens a person's name."""
    ents = run({
        "a": "Apple CEO Steve Lind spoke on Monday. Steve said sales rose. Later Steve left.",
        "b": "On Tuesday Steve Orrinson was not there, but Steve sent a note. Steve smiled.",
    })
    assert kind_of(ents, "Steve Orrinson") == "person"


@pytest.mark.parametrize("name", ["Chief Operating Officer", "Corvella Chairman"])
def test_a_job_is_no_person_even_after_a_title(name):
    assert classify(name, cued=True) == "other"


@pytest.mark.parametrize("name", ["Orrin Air", "Penske Auto", "Harlow Wireless", "Velden Lending"])
def test_a_common_noun_of_firms_makes_no_person(name):
    assert classify(name) != "person"


def test_a_name_mostly_written_after_the_is_no_one():
    """'the Kessel Mondray': an index, a building, a programme; a person is never 'the Ada Lunde'."""
    ents = run({
        "a": "The Kessel Mondray fell 3 per cent on Monday. Traders said the Kessel Mondray would recover.",
        "b": "Kessel Mondray slips again. By noon the Kessel Mondray had lost 40 points.",
    })
    assert kind_of(ents, "Kessel Mondray") == "other"


def test_a_person_named_once_before_a_noun_after_the_stays_a_person():
    """'the Ada Lunde government' once, 'Ada Lunde said' twice: a person, named in full."""
    ents = run({
        "a": "Ada Lunde said on Monday that taxes would rise. Critics of the Ada Lunde government disagreed.",
        "b": "Ada Lunde told reporters she would not resign.",
    })
    assert kind_of(ents, "Ada Lunde") == "person"


def test_a_name_read_once_as_an_employer_is_a_body():
    """'Harlow Vance CEO Dana Wirth' shows Harlow Vance employs someone: the same two capitals
    elsewhere ('Harlow Vance said on Monday') are the firm, not a person."""
    ents = run({
        "a": "Harlow Vance CEO Dana Wirth said the plant would close.",
        "b": "Harlow Vance said on Monday that 300 jobs would go. Shares of Harlow Vance fell.",
    })
    assert kind_of(ents, "Harlow Vance") == "body"
    assert kind_of(ents, "Dana Wirth") == "person"
