"""A Markdown article's inline syntax (links, emphasis, code) is read once, at the same offsets, by
the pipeline and the article page alike: its claims, event titles and addresses hold its words,
every statement keeps its anchor, a heading is a section title, and a raw dump keeps its characters."""

from __future__ import annotations

import pytest

from generator.content.load import load_corpus
from generator.export import claims_csv, contract, feeds, ics, timelinejs
from generator.pipeline import run
from generator.site.pages import render_pages
from generator.text import markup


@pytest.mark.parametrize(("line", "read"), [
    ("The [port authority](https://port.example) reopened", "The                         port authority reopened"),
    ("**Bold claim**: the depot burned", "    Bold claim: the depot burned"),
    ("*Ships* were allowed", "  Ships were allowed"),
    ("the `ferry-7` timetable", "the   ferry-7 timetable"),
    ("**[the quay](q.html)** closed", " " * 14 + "the quay closed"),
    ("the `a*b*c` flag", "the   a*b*c flag"),
    ("file_name_v2 and 5 * 3 and a lone * star", "file_name_v2 and 5 * 3 and a lone * star"),
    ("[a](b [a](b unclosed", "[a](b [a](b unclosed"),
])  # fmt: skip
def test_inline_syntax_is_blanked_before_its_words_at_the_same_length(line, read):
    assert markup.read(line) == read
    assert len(markup.read(line, "\0")) == len(line)


def test_only_markdown_files_are_read_as_markdown():
    assert markup.is_markdown("articles/a.md") and markup.is_markdown("articles/b.Markdown")
    assert not markup.is_markdown("articles/c.txt")


WRENMOUTH = """---
source: gull-gazette
title: "Harbour of Wrenmouth reopens after depot fire"
published: 2025-03-13T10:00:00+00:00
---
The [port authority](https://port.example) reopened the harbour of Wrenmouth on Wednesday.

**Bold claim**: the depot fire destroyed 40 containers on Monday, officials said.

*Ships* were allowed to dock again on Wednesday, harbour master Ilse Varga said.

The `ferry-7` timetable resumed on Thursday.

## Cleanup

Crews removed the burnt containers on Wednesday.
"""

DUMP = "The [quay office](https://quay.example) closed the **north** pier on Tuesday.\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    content = tmp_path_factory.mktemp("wrenmouth") / "content"
    (content / "articles").mkdir(parents=True)
    (content / "sources.yml").write_text("gull-gazette:\n  name: The Gull Gazette\n", encoding="utf-8")
    (content / "articles" / "wrenmouth.md").write_text(WRENMOUTH, encoding="utf-8")
    timeline = run(load_corpus(content), jobs=1)
    return timeline, render_pages(timeline, {"site_name": "Gull"})


def _claims(timeline, article: str) -> list[str]:
    return [c.text for e in timeline.events for c in (*e.claims, *e.context)
            if any(s.startswith(article + "#") for s in c.statements)]


def test_reviewer_case_claims_hold_the_words_not_the_markdown(built):
    timeline, _pages = built
    texts = _claims(timeline, "wrenmouth")
    assert "The port authority reopened the harbour of Wrenmouth on Wednesday." in texts
    assert "Bold claim: the depot fire destroyed 40 containers on Monday, officials said." in texts
    assert "Ships were allowed to dock again on Wednesday, harbour master Ilse Varga said." in texts
    assert "The ferry-7 timetable resumed on Thursday." in texts
    out = (contract.render(timeline) + claims_csv.render(timeline) + feeds.jsonfeed(timeline, None, True, "G")
           + feeds.atom(timeline, None, True, "G") + ics.render(timeline, None, True, "G") + timelinejs.render(timeline, None, True, "G"))
    for syntax in ("port.example", "**", "*Ships", "`", "[port", "ferry-7`"):
        assert syntax not in out, syntax
    assert "The port authority reopened" in claims_csv.render(timeline)  # its statement's words too, one space apart
    assert not any("https" in e.id or "port-example" in e.id for e in timeline.events)


def test_reviewer_case_heading_is_a_section_title_not_a_claim(built):
    timeline, _pages = built
    assert "Cleanup" not in _claims(timeline, "wrenmouth")
    heading = next(s for s in timeline.statements["wrenmouth"] if "Cleanup" in s.text)
    assert (heading.kind, heading.boilerplate_reason) == ("boilerplate", "section heading")


def test_reviewer_case_every_statement_has_its_anchor_on_the_article_page(built):
    timeline, pages = built
    page = pages["articles/wrenmouth.md"]
    for st in timeline.statements["wrenmouth"]:
        if st.end > st.start:
            assert f'id="st-{st.id.split("#")[1]}"' in page, st.text
    assert "port.example" not in page and "&#42;" not in page and "&#96;" not in page


def test_a_raw_dump_keeps_its_markdown_like_characters(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "sources.yml").write_text("gull-gazette:\n  name: The Gull Gazette\n", encoding="utf-8")
    (content / "articles" / "dump.txt").write_text(DUMP, encoding="utf-8")
    (content / "articles" / "dump.yml").write_text("source: gull-gazette\npublished: 2025-03-13\n", encoding="utf-8")
    timeline = run(load_corpus(content), jobs=1)
    assert any("[quay office](https://quay.example)" in t and "**north**" in t for t in _claims(timeline, "dump"))


def test_an_editors_furniture_line_copied_with_its_syntax_still_matches(tmp_path):
    content = tmp_path / "content"
    (content / "articles").mkdir(parents=True)
    (content / "sources.yml").write_text("gull-gazette:\n  name: The Gull Gazette\n", encoding="utf-8")
    (content / "articles" / "wrenmouth.md").write_text(
        WRENMOUTH.replace("## Cleanup\n", "**Sponsored by Wrenmouth Ferries**\n"), encoding="utf-8")
    (content / "overrides.yml").write_text(
        'boilerplate:\n  wrenmouth:\n    - "**Sponsored by Wrenmouth Ferries**"\n', encoding="utf-8")
    timeline = run(load_corpus(content), jobs=1)
    line = next(s for s in timeline.statements["wrenmouth"] if "Sponsored" in s.text)
    assert (line.kind, line.boilerplate_reason) == ("boilerplate", "editor")
    assert not [p for p in timeline.problems if "overrides" in str(p)]
