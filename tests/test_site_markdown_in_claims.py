"""Markdown and HTML syntax inside an article's sentences (emphasis stars and underscores, a
link's brackets, code ticks, strike-through tildes, a <b> tag, a '#', attr_list braces) is never
interpreted: no page kind turns it into emphasis, code, a link or a heading, and the search index
holds it as text. A Markdown article's inline syntax (emphasis, code, a link's brackets and
address) is read as its words, in its claims as on its page (README, "An article in Markdown");
what is left (tildes, a <b> tag) and every character of a raw text dump is shown as the file
holds it. Fictional outlets, people and places."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from generator.site.build import build_site

from .inert_html import scan

SOURCES = ("harbour-times:\n  name: The Harbour Times\nvalley-post:\n  name: Valley Post\n"
           "quay-wire:\n  name: Quay Wire\n")
A1 = """\
---
title: Orrin council approves new bridge
source: harbour-times
published: 2024-03-04
---
The Orrin council approved the *new* bridge on Monday for 4*5 million euros, said Mayor Edda Lindqvist.

The plan, called [Quay One](http://evil.example/x) by its __architects__, passed 9 to 2 on Monday with <b>bold</b> support.

"We will call it `the_bridge` and ~~not~~ the **ferry**," said Mayor Edda Lindqvist on Monday.
"""
B1 = """\
---
title: Orrin approves new bridge
source: valley-post
published: 2024-03-05
---
The Orrin council approved the *new* bridge on Monday for 4*5 million euros.

"We will call it `the_bridge` and ~~not~~ the **ferry**," said Mayor Edda Lindqvist.

The plan, called [Quay One](http://evil.example/x) by its __architects__, passed 9 to 2 with <b>bold</b> support.
"""
# what the reader of the Markdown articles reads: their words, the syntax that is not Markdown's inline kept
WORDS = ["the new bridge", "the_bridge and ~~not~~ the ferry", "called Quay One by its architects", "<b>bold</b>"]
# a raw dump (.txt) is not Markdown: its characters stay as they are, shown, never interpreted
C1 = ("The Orrin harbour board closed the *old* pier on Friday, calling it [Pier Two](http://evil.example/y) "
      "and `the_pier`, a **ferry** berth of __1902__.\n")
LITERAL = ["the *old* pier", "[Pier Two](http://evil.example/y)", "`the_pier`", "**ferry**", "__1902__"]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("md-claims")
    (root / "content" / "articles").mkdir(parents=True)
    (root / "content" / "sources.yml").write_text(SOURCES, encoding="utf-8")
    (root / "content" / "articles" / "a1.md").write_text(A1, encoding="utf-8")
    (root / "content" / "articles" / "b1.md").write_text(B1, encoding="utf-8")
    (root / "content" / "articles" / "c1.txt").write_text(C1, encoding="utf-8")
    (root / "content" / "articles" / "c1.yml").write_text("source: quay-wire\npublished: 2024-03-09\n", encoding="utf-8")
    build_site(root / "content", site_dir=root / "site", progress=False, cache=False)
    return root / "site"


def _pages(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text(encoding="utf-8") for p in site.rglob("*.html")}


@pytest.mark.slow
def test_no_page_interprets_the_syntax_inside_a_claim(site):
    for rel, page in _pages(site).items():
        problems, _visible = scan(page, ("assets/",))
        assert problems == [], rel
        assert not re.search(r"<(?:em|strong|code|del|b)>(?:new|ferry|the_bridge|not|bold|architects|old|the_pier)<",
                             page), rel
        assert not any(h.startswith("http://evil.example") for h in re.findall(r'href="([^"]*)"', page)), rel


@pytest.mark.slow
def test_every_page_kind_shows_the_claim_as_the_outlet_wrote_it(site):
    pages = _pages(site)
    kinds = {"index.html": "home", "outlets/harbour-times/index.html": "outlet",
             "people/edda-lindqvist/index.html": "person"}
    kinds.update({rel: "event" for rel in pages if rel.startswith("events/") and rel.count("/") == 2})
    assert "event" in kinds.values()
    for rel, kind in kinds.items():
        _problems, visible = scan(pages[rel], ("assets/",))
        shown = [s for s in WORDS + LITERAL if s in visible]
        assert shown, (kind, rel)
        assert "evil.example/x" not in pages[rel] and "*new*" not in visible, rel  # the Markdown's syntax is read
    _problems, home = scan(pages["index.html"], ("assets/",))
    assert all(s in home for s in WORDS + LITERAL)


@pytest.mark.slow
def test_the_search_index_holds_the_syntax_as_text(site):
    docs = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    text = " ".join(d["text"] for d in docs if d["location"].startswith("events/"))
    assert "<b>" not in text and "&lt;b&gt;bold&lt;/b&gt;" in text  # the index's text is HTML: shown as typed
    plain = html.unescape(text)
    assert "[Pier Two](http://evil.example/y)" in plain and "**ferry**" in plain  # a raw dump's characters
    assert "called Quay One by its architects" in plain and "evil.example/x" not in plain  # a Markdown link's words
