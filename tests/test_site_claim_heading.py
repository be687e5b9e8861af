"""A claim's heading reads as a sentence and credits whoever its words credit. Case (fictional
town and outlets): the claim is named after one outlet's later clause ("including a pledge by the
port authority to dredge the channel, according to Radio Kestrel"), and the claims stage credits
it to the harbour master, whose quote another outlet printed. The heading is the quote, credited
to him; a claim whose statements all open mid-sentence keeps its text, credited to no one when
its words credit an outlet ('according to')."""

from __future__ import annotations

import pytest

from generator.model import Article, Claim, Entity, Event, EventDate, Source, Statement, Timeline
from generator.site.claimtext import reads_as_sentence, shown
from generator.site.pages import render_pages

CLAUSE = "including a pledge by the port authority to dredge the channel, according to Radio Kestrel."
QUOTE = 'Harbour master Ilse Brandt said: "We will dredge the channel before the winter storms."'
BODY_A = "The council and the port authority agreed a plan on Monday, " + CLAUSE + "\n"
BODY_B = QUOTE + "\n"
DAY = EventDate("2024-03-04", "day", "publication date")


def _st(sid: str, article: str, body: str, text: str, **kw) -> Statement:
    start = body.index(text)
    return Statement(id=sid, article=article, start=start, end=start + len(text), text=text, kind="claim",
                     sentence=1, **kw)


CLAUSE_ST = _st("tg-dredge#s1.2", "tg-dredge", BODY_A, CLAUSE, attributed_to="Radio Kestrel")
QUOTE_ST = _st("fw-dredge#s1", "fw-dredge", BODY_B, QUOTE, quoted=True, speaker="ilse-brandt",
               speaker_name="Ilse Brandt")
STATEMENTS = {s.id: s for s in (CLAUSE_ST, QUOTE_ST)}


def _claim(statements: tuple[str, ...], speaker: str | None = "ilse-brandt") -> Claim:
    return Claim("c-tg-dredge-s1.2", CLAUSE, statements, ("fennick-wire", "tarrow-gazette"), speaker=speaker,
                 date=DAY)


def test_a_claim_named_after_a_later_clause_is_headed_by_a_sentence_and_its_speaker():
    assert shown(_claim(("tg-dredge#s1.2", "fw-dredge#s1")), STATEMENTS) == (QUOTE, "ilse-brandt")


def test_a_claim_with_no_sentence_keeps_its_text_and_credits_the_outlet_cited_not_another_speaker():
    only_clause = Claim("c-tg-dredge-s1.2", CLAUSE, ("tg-dredge#s1.2",), ("tarrow-gazette",), speaker="ilse-brandt")
    assert shown(only_clause, STATEMENTS) == (CLAUSE, None)


def test_a_claim_that_reads_as_a_sentence_is_shown_as_it_is():
    claim = Claim("c-fw-dredge-s1", QUOTE, ("fw-dredge#s1", "tg-dredge#s1.2"), ("fennick-wire", "tarrow-gazette"),
                  speaker="ilse-brandt")
    assert shown(claim, STATEMENTS) == (QUOTE, "ilse-brandt")


def test_the_credit_is_of_the_statement_whose_words_the_claim_shows_not_a_headline_before_it():
    headline = Statement(id="fw-dredge#s0", article="fw-dredge", start=0, end=0, text="Channel to be dredged",
                         kind="headline", sentence=0)
    claim = Claim("c-fw-dredge-s1", QUOTE, ("fw-dredge#s0", "fw-dredge#s1"), ("fennick-wire",), speaker=None)
    assert shown(claim, {**STATEMENTS, headline.id: headline}) == (QUOTE, "ilse-brandt")


@pytest.mark.parametrize(("text", "reads"), [
    ("including a pledge by the port authority", False),
    ("and stressed the need to act", False),
    ('"We will dredge the channel," she said.', True),
    ("“Nobody was hurt,” he said.", True),
    ("40 tonnes of grain spilled.", True),
    ("Ilse Brandt said so.", True),
])
def test_reads_as_sentence(text, reads):
    assert reads_as_sentence(text) is reads


def test_the_event_page_heads_the_claim_with_the_sentence_and_credits_its_speaker():
    claim = _claim(("tg-dredge#s1.2", "fw-dredge#s1"))
    timeline = Timeline(
        sources=(Source("tarrow-gazette", "Tarrow Gazette"), Source("fennick-wire", "Fennick Wire")),
        articles=tuple(Article(id=aid, path=f"articles/{aid}.txt", source=src, title="Channel to be dredged",
                               url=None, published=None, published_text=None, published_has_time=False,
                               body=body, body_line=1)
                       for aid, src, body in (("tg-dredge", "tarrow-gazette", BODY_A),
                                              ("fw-dredge", "fennick-wire", BODY_B))),
        segments={},
        statements={"tg-dredge": (CLAUSE_ST,), "fw-dredge": (QUOTE_ST,)},
        entities=(Entity("ilse-brandt", "Ilse Brandt", (), "person", "Harbour master"),),
        mentions=(),
        events=(Event("2024-03-04-dredge", "2024-03-04", "day", DAY.how, "Channel to be dredged", (claim,)),),
    )
    page = render_pages(timeline)["events/2024-03-04-dredge.md"]
    assert ('<h3 id="h-c-tg-dredge-s1.2">Harbour master Ilse Brandt said: &#34;We will dredge the channel before '
            'the winter storms.&#34;</h3>') in page
    assert 'Said by <a href="../../people/ilse-brandt/" class="cl-speaker">Ilse Brandt</a>.' in page
    assert f"<h3 id=\"h-c-tg-dredge-s1.2\">{CLAUSE}" not in page
