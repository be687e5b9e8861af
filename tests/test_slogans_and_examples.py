"""Lines and clauses that are no claim of their own: a protest's chants and placards on lines of
their own, and an "including ..." clause whose agent is the sentence's. Fictional places and firms."""

from __future__ import annotations

import pytest

from generator.model import Article, Overrides
from generator.stages.boilerplate import separate, shapes
from generator.stages.statements import split

MARCH = ("Hundreds marched through Tarvel on Saturday against the Harlow Chemicals plant.\n"
         "Protesters chanted outside the gates for two hours.\n"
         "Shut Harlow Down!\n"
         "No More Poison in Our River\n")


def _statements(body: str, path: str = "a.txt"):
    a = Article(id="a", path=path, source="tarvel-post", title=None, url=None, published=None,
                published_text=None, published_has_time=False, body=body, body_line=1)
    return split(a, separate(a, Overrides()))


def test_trailing_chant_lines_are_no_claims():
    stmts = _statements(MARCH)
    assert [s.text for s in stmts if s.kind == "claim"] == [
        "Hundreds marched through Tarvel on Saturday against the Harlow Chemicals plant.",
        "Protesters chanted outside the gates for two hours."]
    assert {s.boilerplate_reason for s in stmts if s.kind == "boilerplate"} == {"slogan or crosshead"}


def test_a_title_case_line_wrapped_into_a_sentence_is_still_text():
    body = "Hundreds marched through Tarvel on Saturday.\n\nThe marchers named Ana Mirel, Ivo Lant And\nothers.\n"
    assert all(s.kind == "claim" for s in _statements(body, "a.md"))


@pytest.mark.parametrize(("text", "slogan"), [
    ("Shut Harlow Down", True),
    ("Save Our Valley, Stop The Dump!", True),
    ("Police closed the Tarvel road.", False),
    ("Harlow Chemicals shut the plant", False),  # a sentence left without its full stop
    ("Phase 2 Begins", False),
    ("Why Tarvel Marched?", False),
])
def test_a_slogan_is_a_short_line_in_title_case(text, slogan):
    assert shapes.is_slogan(text) is slogan


def test_an_including_clause_without_an_agent_of_its_own_stays_in_its_sentence():
    stmts = _statements("The Velm council approved the plan, including a clause that lets the plant reopen.\n")
    assert len(stmts) == 1
    stmts = _statements("The firm made promises, including a pledge to rebuild the Tarvel bridge.\n")
    assert len(stmts) == 1


def test_an_including_clause_with_its_own_agent_is_its_own_claim():
    stmts = _statements("The ministers agreed a package, including Tarvel's pledge to rebuild the bridge.\n")
    assert [s.text for s in stmts] == ["The ministers agreed a package,",
                                      "including Tarvel's pledge to rebuild the bridge."]
