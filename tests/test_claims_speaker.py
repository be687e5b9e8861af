"""'Said by' on a claim is whoever its shown wording credits (claims.build.claim): the claim
shows one outlet's words, so another outlet's speaker under them misattributes the quote (a new
user's report: two outlets credited a spelling variant the entity stage had not joined, and the
majority's variant was shown under the first outlet's sentence).

Fixtures: fictional outlets, people and places. The statements are joined by an editor's merge,
so the test is about who is named, not about whether the scorer joins them.
"""

from __future__ import annotations

from generator.model import Overrides
from generator.stages import claims

from .test_claims import art, st

PIER = "The east pier at Calder will close on Friday for repairs, {} said."


def _merged(first_speaker, others_speaker):
    a, b, c = art("a", "one"), art("b", "two"), art("c", "three")
    stmts = {
        "a": (st("a", 1, PIER.format("harbour master Ines Vidal"), speaker=first_speaker),),
        "b": (st("b", 1, PIER.format("port spokesman Tomas Berg"), speaker=others_speaker),),
        "c": (st("c", 1, PIER.format("port spokesman Tomas Berg"), speaker=others_speaker),),
    }
    ov = Overrides(merge=(("a#s1", "b#s1"), ("a#s1", "c#s1")))
    (found,) = [c for c in claims.match([a, b, c], stmts, [], ov) if "a#s1" in c.statements]
    return found


def test_the_speaker_is_the_one_the_shown_wording_credits_even_against_the_majority():
    found = _merged("ines-vidal", "tomas-berg")
    assert found.text == PIER.format("harbour master Ines Vidal")
    assert found.speaker == "ines-vidal"


def test_a_wording_that_credits_nobody_takes_the_speaker_most_outlets_credit():
    found = _merged(None, "tomas-berg")
    assert found.speaker == "tomas-berg"
