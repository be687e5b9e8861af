"""A quotation running over two sentences is not cut where its second sentence would stand
without its opening mark and without its speaker. Fictional people, places and outlets."""

from __future__ import annotations

from generator.model import Article, Segment
from generator.stages.statements import split


def _run(body: str):
    a = Article(id="a", path="a.txt", source="tarvel-post", title=None, url=None, published=None,
                published_text=None, published_has_time=False, body=body, body_line=1)
    return split(a, (Segment(0, len(body), body, False),))


def test_a_quotation_after_its_attribution_is_one_statement():
    stmts = _run('Mayor Ivo Lant told the Lisk Herald: "The plant will not reopen. Harlow has lost our trust."')
    assert [(s.text, s.kind, s.speaker_name) for s in stmts] == [
        ('Mayor Ivo Lant told the Lisk Herald: "The plant will not reopen. Harlow has lost our trust."', "quote",
         "Ivo Lant")]


def test_a_partial_quotation_running_over_a_full_stop_stays_whole():
    stmts = _run('The plant manager, Dana Wirth, said the blast was "a shock. Nobody expected it."')
    assert len(stmts) == 1 and stmts[0].speaker_name == "Dana Wirth"


def test_a_sentence_with_its_own_attribution_stays_apart():
    stmts = _run('"The valley is safe. We are going home," Ana Mirel said. "The crews stay."')
    assert [s.text for s in stmts] == ['"The valley is safe.', 'We are going home," Ana Mirel said.',
                                       '"The crews stay."']
    assert {s.speaker_name for s in stmts} == {"Ana Mirel"}


def test_sentences_outside_the_quotation_are_not_joined_to_it():
    stmts = _run('It was over. "Nobody expected it. Not here." The crews left Tarvel.')
    assert [s.text for s in stmts] == ["It was over.", '"Nobody expected it. Not here."', "The crews left Tarvel."]
