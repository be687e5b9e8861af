"""The title an article page gives page furniture says what it is once: the boilerplate stage's
reason for a line of no more precise kind ("page furniture") is the kind itself, so neither
"page furniture: page furniture" nor "page furniture, not article text (page furniture)"."""

from __future__ import annotations

from dataclasses import replace

from generator.model import Segment
from generator.site.pages import render_pages

from .timeline_fixture import JPOST_BODY, make_timeline


def _jpost_page(reason: str, statement: bool = True) -> str:
    """The fixture's JPost page, its first line furniture for ``reason``: a statement of its own
    (``statement``), or a segment no statement covers."""
    t = make_timeline()
    stmts = tuple(replace(s, boilerplate_reason=reason) if s.kind == "boilerplate" else s
                  for s in t.statements["000_jpost"] if statement or s.kind != "boilerplate")
    cut = JPOST_BODY.index("\n" if statement else "\n\n")  # without it, the paragraph the line opens
    segments = {**t.segments, "000_jpost": (Segment(0, cut, JPOST_BODY[:cut], True, reason),
                                            Segment(cut, len(JPOST_BODY), JPOST_BODY[cut:], False))}
    t = replace(t, statements={**t.statements, "000_jpost": stmts}, segments=segments)
    return render_pages(t)["articles/000_jpost.md"]


def test_furniture_of_no_precise_kind_is_named_once():
    page = _jpost_page("page furniture")
    assert 'id="st-s1" title="page furniture">' in page
    assert "page furniture: page furniture" not in page and "(page furniture)" not in page


def test_furniture_of_a_precise_kind_says_its_kind():
    assert 'id="st-s1" title="page furniture: navigation">' in _jpost_page("navigation")


def test_furniture_line_no_statement_covers_is_named_once():
    page = _jpost_page("page furniture", statement=False)
    assert '<span class="cl-boiler" title="page furniture, not article text">' in page
    assert "(page furniture)" not in page
    assert ('<span class="cl-boiler" title="page furniture, not article text (navigation)">'
            in _jpost_page("navigation", statement=False))
