"""The statement a claim is shown in, named after and credited by is chosen once, in the claims stage
(``sentences.representative``), and the site heads the claim with the same one (``site.claimtext.shown``).
Case (fictional town and outlets): one outlet's later clause ("including a pledge by the port
authority to dredge the channel, according to Radio Kestrel") comes first in corpus order; another
outlet quotes the harbour master. timeline.json's claim is the quote, credited to him, as the site shows."""

from __future__ import annotations

from datetime import timedelta

from generator.model import Overrides, Statement
from generator.site.claimtext import shown
from generator.stages import claims
from generator.stages.claims.sentences import openings, representative

from .test_claims import T0, art

FIRST = "The council and the port authority agreed a plan on Monday,"
CLAUSE = "including a pledge by the port authority to dredge the channel, according to Radio Kestrel."
QUOTE = 'Harbour master Ilse Brandt said: "We will dredge the channel before the winter storms."'


def _st(sid: str, text: str, n: str, **kw) -> Statement:
    aid, sentence = sid.split("#")[0], int(n.split(".")[0])
    return Statement(sid, aid, 0, len(text), text, "claim", sentence, **kw)


def _match(*groups: tuple[str, ...]):
    a, b = art("tg", "tarrow-gazette", T0), art("fw", "fennick-wire", T0 + timedelta(hours=2))
    stmts = {
        "tg": (_st("tg#s1.1", FIRST, "1.1"), _st("tg#s1.2", CLAUSE, "1.2", attributed_to="Radio Kestrel")),
        "fw": (_st("fw#s1", QUOTE, "1", quoted=True, speaker="ilse-brandt", speaker_name="Ilse Brandt"),),
    }
    found = claims.match([a, b], stmts, [], Overrides(merge=groups))
    return found, {s.id: s for sts in stmts.values() for s in sts}


def test_a_claim_whose_first_statement_is_a_later_clause_is_the_sentence_another_outlet_wrote():
    found, statements = _match(("tg#s1.2", "fw#s1"))
    claim = next(c for c in found if "fw#s1" in c.statements)
    assert claim.statements == ("tg#s1.2", "fw#s1")  # corpus order kept
    assert (claim.id, claim.text, claim.speaker) == ("c-fw-s1", QUOTE, "ilse-brandt")
    assert shown(claim, statements) == (claim.text, claim.speaker)


def test_a_clause_alone_keeps_its_words_and_credits_the_outlet_it_cites_not_another_speaker():
    found, statements = _match()
    claim = next(c for c in found if c.statements == ("tg#s1.2",))
    assert claim.id == "c-tg-s1.2" and claim.speaker is None
    assert claim.text.endswith(CLAUSE)  # given its subject by ``sentences``, where it has a plain one
    assert shown(claim, statements) == (claim.text, None)


def test_representative_is_the_first_body_statement_that_reads_as_a_sentence():
    first, clause, quote = _st("tg#s1.1", FIRST, "1.1"), _st("tg#s1.2", CLAUSE, "1.2"), _st("fw#s1", QUOTE, "1")
    headline = Statement("fw#s0", "fw", 0, 0, "Channel to be dredged", "headline", 0)
    opening = openings([first, clause, quote, headline])
    assert representative([headline, clause, quote], opening) == (quote, QUOTE)
    assert representative([headline, clause], opening) == (clause, CLAUSE)
    assert representative([headline], opening) == (headline, headline.text)
    # a later clause given its subject reads as a sentence, and is the first
    joined = _st("tg#s1.2", "and stressed that the channel would be dredged.", "1.2")
    said = _st("tg#s1.1", "The harbour board said the plan was agreed,", "1.1")
    assert representative([joined, quote], openings([said, joined])) == (
        joined, "The harbour board stressed that the channel would be dredged.")
