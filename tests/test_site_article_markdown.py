"""An article written in Markdown reads on its page as text, not as Markdown source: no "**14:10**",
no "> " before a quoted statement, no link address; a raw text dump keeps every character."""

from __future__ import annotations

import pytest

from generator.content.load import load_corpus
from generator.pipeline import run
from generator.site.articletext import markdown_hidden
from generator.site.pages import render_pages


@pytest.mark.parametrize(("line", "shown"), [
    ("**14:10**", "14:10"),
    ("> The strike will cost the operator 80,000 crowns.", "The strike will cost the operator 80,000 crowns."),
    (">", ""),
    ("> > a quote in a quote", "a quote in a quote"),
    ("## What the operator says", "What the operator says"),
    ("called the offer *insulting* and the talks __over__", "called the offer insulting and the talks over"),
    ("according to [the union's statement](https://example.org/s).", "according to the union's statement."),
    ("![the quay at dawn](quay.jpg)", "the quay at dawn"),
    ('the [timetable](https://example.org/t "Winter timetable") changed', "the timetable changed"),
    ("[a](b [a](b unclosed", "[a](b [a](b unclosed"),
    ("the [river](https://en.wikipedia.org/wiki/Orrin_(river)) rose", "the river rose"),
    ("[click me](javascript:alert(9))", "click me"),
    ("the `ferry-7` timetable", "the ferry-7 timetable"),
    ("The file_name_v2 and the sum 5 * 3 stay as written.", "The file_name_v2 and the sum 5 * 3 stay as written."),
    ("#hashtag and 3 > 2 inside a line stay", "#hashtag and 3 > 2 inside a line stay"),
    ("a lone * star and ** two", "a lone * star and ** two"),
])  # fmt: skip
def test_markdown_syntax_is_hidden_and_the_offsets_kept(line, shown):
    hidden = markdown_hidden(line)
    assert len(hidden) == len(line)  # the pipeline's offsets still point at the same words
    assert hidden.replace("\0", "") == shown


HARBOUR_LIVE = """---
source: harbour-post
title: "Live: Ferry strike halts crossings to Orrin Island"
published: 2026-05-06T18:00:00+02:00
---
**14:10**

The ferry workers' union said its members would stop work at noon on Tuesday.

> The strike will cost the operator about 80,000 crowns a day.

Union leader Petra Lund called the offer *insulting*, according to [the union's statement](https://example.org/s).
"""


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    content = tmp_path_factory.mktemp("harbour") / "content"
    (content / "articles").mkdir(parents=True)
    (content / "sources.yml").write_text("harbour-post:\n  name: The Harbour Post\n", encoding="utf-8")
    (content / "articles" / "harbour-live.md").write_text(HARBOUR_LIVE, encoding="utf-8")
    (content / "articles" / "harbour-dump.txt").write_text("**14:10** The union met the operator on Monday.\n",
                                                           encoding="utf-8")
    (content / "articles" / "harbour-dump.yml").write_text("source: harbour-post\npublished: 2026-05-06\n",
                                                           encoding="utf-8")
    return render_pages(run(load_corpus(content), jobs=1), {"site_name": "Harbour"})


def _body(page: str) -> str:
    return page[page.index('<div class="cl-text"'):page.index("## On the timeline")]


def test_a_markdown_article_page_shows_its_text_without_the_syntax(pages):
    body = _body(pages["articles/harbour-live.md"])
    assert 'title="page furniture: dateline">14:10</span></p>' in body
    assert "&#42;" not in body and "&#62;" not in body and "example.org" not in body
    assert "called the offer insulting, according to the union&#39;s statement." in body
    assert '<blockquote><p><span class="cl-st cl-context" id="st-s3" title="context">The strike will cost' in body


def test_a_raw_text_dump_keeps_its_asterisks(pages):
    assert "&#42;&#42;14:10&#42;&#42; The union met the operator" in _body(pages["articles/harbour-dump.md"])
