"""The people index as a reader and the search box see it: each person's statement count is the
number of entries on that person's page (a passage there may hold several statements), and the
search index's text of an entry never ends in a separator left by the count it leaves out.
Fictional outlet, people and town."""

from __future__ import annotations

import re

import markdown
from material.plugins.search.plugin import Parser
from mkdocs.utils.meta import get_data

from generator.model import Article, Claim, Entity, Event, EventDate, Source, Statement, Timeline
from generator.site.pages import render_pages

BODY = ("Elena Varga said the quay would close and the ferries would stop.\n"
        "\"The quay closes on Friday. No ferry will sail,\" Varga said.\n"
        "Mayor Tomas Reyes said the town would pay for repairs.\n")


def _stmt(n: int, sentence: int, text: str, speaker: str) -> Statement:
    start = BODY.index(text)
    return Statement(id=f"a1#s{n}", article="a1", start=start, end=start + len(text), text=text, kind="claim",
                     sentence=sentence, speaker=speaker, speaker_name=speaker.split("-")[0].title())


def _timeline() -> Timeline:
    stmts = (
        _stmt(1, 1, "Elena Varga said the quay would close", "elena-varga"),  # two clauses, one sentence
        _stmt(2, 1, "and the ferries would stop.", "elena-varga"),
        _stmt(3, 2, "\"The quay closes on Friday.", "elena-varga"),  # one quote over two sentences
        _stmt(4, 3, "No ferry will sail,\" Varga said.", "elena-varga"),
        _stmt(5, 4, "Mayor Tomas Reyes said the town would pay for repairs.", "tomas-reyes"),
    )
    day = EventDate("2024-03-04", "day", "publication date")
    claims = tuple(Claim(f"c-{s.id}", s.text, (s.id,), ("harbour-times",), speaker=s.speaker, date=day)
                   for s in stmts)
    return Timeline(
        sources=(Source("harbour-times", "Harbour Times"),),
        articles=(Article(id="a1", path="articles/a1.txt", source="harbour-times", title="Quay to close",
                          url=None, published=None, published_text=None, published_has_time=False,
                          body=BODY, body_line=1),),
        segments={},
        statements={"a1": stmts},
        entities=(Entity("elena-varga", "Elena Varga", (), "person"),
                  Entity("tomas-reyes", "Tomas Reyes", ("Reyes",), "person", "Mayor")),
        mentions=(),
        events=(Event("2024-03-04-quay", "2024-03-04", "day", day.how, "The quay closes", claims),),
    )


def _search_texts(md_text: str) -> list[str]:
    """The text of each list item as Material's search plugin indexes it."""
    body, _meta = get_data(md_text)
    parser = Parser()
    parser.feed(markdown.markdown(body, extensions=["attr_list", "md_in_html", "toc"]))
    parser.close()
    text = " ".join("".join(section.text) for section in parser.data)
    return [re.sub(r"\s+", " ", item).strip() for item in re.findall(r"<li>(.*?)</li>", text, re.S)]


def test_search_entry_of_a_person_ends_without_a_separator():
    texts = _search_texts(render_pages(_timeline())["people/index.md"])
    assert texts == ["Elena Varga", "Tomas Reyes · Mayor · Also written as: Reyes"]


def test_people_index_counts_the_entries_of_the_person_page():
    pages = render_pages(_timeline())
    index = pages["people/index.md"]
    assert '<span data-search-exclude> · 2 statements</span>' in index  # four statements, two passages
    assert '<span data-search-exclude> · 1 statement</span>' in index
    assert pages["people/elena-varga.md"].count('<li class="cl-st-') == 2
    assert pages["people/tomas-reyes.md"].count('<li class="cl-st-') == 1
